//! The tornado's bars are the model at each lever's ends; the search meets its targets inside
//! every bound, says so when it cannot, and gives the same answer for the same question.

use super::{seek, tornado, Measure};
use crate::model::{evaluate, Indicator, Input, Preset, Scenario};

/// The starting points: every world from the articles.
fn worlds() -> impl Iterator<Item = Scenario> {
    Preset::ALL.iter().map(|preset| preset.scenario())
}

#[test]
fn each_bar_is_the_model_at_its_levers_ends_sorted_with_the_current_level_on_it() {
    for scenario in worlds() {
        for measure in Measure::all() {
            let bars = tornado(&scenario, measure);
            let current = measure.value(&evaluate(&scenario));
            assert_eq!(bars.len(), Input::COUNT);
            for bar in &bars {
                assert_eq!(bar.at_zero, measure.value(&evaluate(&scenario.with(bar.input, 0))));
                assert_eq!(bar.at_full, measure.value(&evaluate(&scenario.with(bar.input, 100))));
                let (low, high) = (bar.at_zero.min(bar.at_full), bar.at_zero.max(bar.at_full));
                assert!(
                    (low - 1e-9..=high + 1e-9).contains(&current),
                    "{measure:?} {:?}",
                    bar.input
                );
            }
            assert!(bars.windows(2).all(|pair| pair[0].span() >= pair[1].span()), "{measure:?}");
            let mut inputs: Vec<Input> = bars.iter().map(|bar| bar.input).collect();
            inputs.sort_by_key(|input| *input as usize);
            assert_eq!(inputs, Input::ALL.to_vec(), "every lever once");
            // The shares are the why-list's split of the move from the summit.
            let summit = measure.value(&evaluate(&Scenario::default()));
            let shared: f64 = bars.iter().map(|bar| bar.share).sum();
            // (A level held at a limit moved less than its shares add up to.)
            let held =
                matches!(measure, Measure::Indicator(i) if evaluate(&scenario).reading(i).limited);
            assert!(held || (shared - (current - summit)).abs() < 1e-6, "{measure:?}");
        }
    }
}

/// Does `outcome` keep every indicator inside its evidence bounds, or no further beyond them
/// than `start` was?
fn within_bounds(start: &Scenario, found: &Scenario) -> bool {
    let (start, found) = (evaluate(start), evaluate(found));
    Indicator::ALL.iter().all(|&indicator| {
        let info = indicator.info();
        let (was, is) = (start.reading(indicator).value, found.reading(indicator).value);
        let low = info.evidence_low.map_or(f64::NEG_INFINITY, |b| b.value).min(was);
        let high = info.evidence_high.map_or(f64::INFINITY, |b| b.value).max(was);
        (low..=high).contains(&is)
    })
}

#[test]
fn every_answer_meets_its_target_inside_the_bounds_or_says_how_near_it_got() {
    let mut met = 0;
    for from in worlds() {
        for measure in Measure::all() {
            let bars = tornado(&from, measure);
            let reachable_low =
                bars.iter().map(|bar| bar.at_zero.min(bar.at_full)).fold(f64::INFINITY, f64::min);
            let reachable_high = bars
                .iter()
                .map(|bar| bar.at_zero.max(bar.at_full))
                .fold(f64::NEG_INFINITY, f64::max);
            for fraction in [0.1, 0.5, 0.9] {
                let target = reachable_low + fraction * (reachable_high - reachable_low);
                let found = seek(&from, measure, target, &Input::ALL);
                assert_eq!(found.level, measure.value(&evaluate(&found.scenario)));
                assert!(
                    within_bounds(&from, &found.scenario),
                    "{measure:?} to {target} from {from:?}"
                );
                assert_eq!(found.met, (found.level - target).abs() <= measure.tolerance());
                if found.met {
                    met += 1;
                } else {
                    // Not met: no single free step from there brings it closer within bounds.
                    for input in Input::ALL {
                        for next in [
                            found.scenario.get(input).saturating_sub(1),
                            (found.scenario.get(input) + 1).min(100),
                        ] {
                            let step = found.scenario.with(input, next);
                            let closer = (measure.value(&evaluate(&step)) - target).abs()
                                < (found.level - target).abs() - 1e-12;
                            assert!(
                                !closer || !within_bounds(&from, &step),
                                "{measure:?}: a step on {input:?} was left"
                            );
                        }
                    }
                }
                // The same question, the same answer.
                assert_eq!(seek(&from, measure, target, &Input::ALL), found);
            }
        }
    }
    assert!(met >= 6 * 11 * 2, "only {met} targets met");
}

#[test]
fn one_free_lever_moves_only_that_lever_to_the_nearest_position_that_meets_the_target() {
    let from = Scenario::default();
    let measure = Measure::Indicator(Indicator::Brent);
    let target = measure.value(&evaluate(&from.with(Input::Fighting, 30)));
    let found = seek(&from, measure, target, &[Input::Fighting]);
    assert!(found.met);
    let moved: Vec<Input> =
        Input::ALL.into_iter().filter(|&i| found.scenario.get(i) != from.get(i)).collect();
    assert_eq!(moved, vec![Input::Fighting]);
    // No position nearer the start meets it.
    let position = found.scenario.get(Input::Fighting);
    let (near, far) =
        (position.min(from.get(Input::Fighting)), position.max(from.get(Input::Fighting)));
    for other in near..far {
        if other == position {
            continue;
        }
        let level = measure.value(&evaluate(&from.with(Input::Fighting, other)));
        let closer_to_start = other.abs_diff(from.get(Input::Fighting))
            < position.abs_diff(from.get(Input::Fighting));
        assert!(!closer_to_start || (level - target).abs() > measure.tolerance(), "{other}");
    }
}

#[test]
fn ukraines_bonds_reach_70_cents_and_gas_below_its_evidence_floor_is_out_of_reach() {
    let from = Scenario::default();
    let bonds = Measure::Indicator(Indicator::UkraineBonds);
    let found = seek(&from, bonds, 70.0, &Input::ALL);
    assert!(found.met && found.level >= 70.0 - bonds.tolerance(), "{found:?}");
    assert!(within_bounds(&from, &found.scenario));

    let gas = Measure::Indicator(Indicator::Ttf);
    let floor = Indicator::Ttf
        .info()
        .evidence_low
        .map(|bound| bound.value)
        .unwrap_or(Indicator::Ttf.info().min);
    let found = seek(&from, gas, floor - 5.0, &Input::ALL);
    assert!(!found.met, "{found:?}");
    assert!(
        found.level >= floor - 1e-9,
        "nearest {} stays at or above the floor {floor}",
        found.level
    );
    // Nothing moved: a target already met needs no movement.
    let here = seek(&from, gas, gas.value(&evaluate(&from)), &Input::ALL);
    assert_eq!((here.scenario, here.met), (from, true));
}

/// A target between two of a lever's whole positions is met as nearly as those positions
/// allow, not reported as out of reach: every whole level (at the page's precision) between
/// the lowest and highest the levers reach is met.
#[test]
fn every_level_between_the_reachable_ends_is_met() {
    let from = Scenario::default();
    let mut free: Vec<Vec<Input>> = Input::ALL.iter().map(|&input| vec![input]).collect();
    free.push(Input::ALL.to_vec());
    for measure in Measure::all() {
        for levers in &free {
            let low = seek(&from, measure, -1e9, levers).level;
            let high = seek(&from, measure, 1e9, levers).level;
            let step = 2.0 * measure.tolerance();
            let mut target = (low / step).ceil() * step;
            while target <= high {
                let sought = seek(&from, measure, target, levers);
                assert!(sought.met, "{measure:?} {levers:?} {target}: stopped at {}", sought.level);
                target += step * 11.0;
            }
        }
    }
}
