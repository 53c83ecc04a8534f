//! The outcome in a few sentences, with live numbers, for the page and for screen readers.
//! The model returns numbers; these are its words.

use crate::content::words;
use crate::model::{Contribution, Indicator, Input, Outcome, Preset, Scenario};

/// The summary, one sentence per string, at most three short lines: what moved most from the
/// summit and which lever did it, then where the model's rally test stands. At the summit
/// itself it says so and what to do, instead of echoing each level beside itself. `summit` is
/// the summit's outcome, which the caller evaluates once rather than on every slider step.
pub fn sentences(summit: &Outcome, outcome: &Outcome) -> Vec<String> {
    let largest = largest_moves(summit, outcome, true);
    let moves = if largest.is_empty() {
        words::AT_THE_SUMMIT.to_owned()
    } else {
        format!("From the summit (Aug 2025): {}.", largest.join(", "))
    };
    vec![
        moves,
        format!(
            "The model’s test for a broad market rally is {}.",
            words::rotation_margin(outcome.rotation.value)
        ),
    ]
}

/// What a screen reader hears when a move settles: one short sentence with what changed
/// (the lever, or the world chosen) and the two or three largest moves, each measured
/// against its chart's range so that a cent and a euro compare fairly.
pub fn announcement(
    before_scenario: &Scenario,
    after_scenario: &Scenario,
    before: &Outcome,
    after: &Outcome,
) -> String {
    let moved: Vec<Input> = Input::ALL
        .into_iter()
        .filter(|&input| before_scenario.get(input) != after_scenario.get(input))
        .collect();
    let what = match (moved.as_slice(), Preset::matching(after_scenario)) {
        ([input], _) => format!(
            "{} {}.",
            words::input_words(*input).label,
            words::value_text(*input, after_scenario.get(*input))
        ),
        (_, Some(preset)) => format!("{}.", words::preset_words(preset).label),
        (inputs, None) => format!("{} levers changed.", inputs.len()),
    };
    let largest = largest_moves(before, after, false);
    let effect = if largest.is_empty() {
        "Nothing else moves much.".to_owned()
    } else {
        format!("Largest moves: {}.", largest.join(", "))
    };
    let rotation = match (before.rotation_test_met(), after.rotation_test_met()) {
        (false, true) => " The rotation test is now met.",
        (true, false) => " The rotation test is no longer met.",
        _ => "",
    };
    format!("{what} {effect}{rotation}")
}

/// The two or three largest moves from one outcome to another, each measured against its
/// chart's range so that a cent and a euro compare fairly: "Ukraine’s bonds +9¢". With
/// `attributed`, the moves are grouped by the lever that did most of each, and each group
/// names its lever once: "Ukraine’s bonds +9¢ and defence shares −5 pts (mostly fighting
/// intensity)".
fn largest_moves(before: &Outcome, after: &Outcome, attributed: bool) -> Vec<String> {
    let moves = moves(before, after, attributed);
    let mut groups: Vec<(Option<Input>, Vec<String>)> = Vec::new();
    for (said, driver) in moves {
        match groups.iter_mut().find(|(lever, _)| driver.is_some() && *lever == driver) {
            Some((_, list)) => list.push(said),
            None => groups.push((driver, vec![said])),
        }
    }
    groups
        .into_iter()
        .map(|(driver, list)| {
            let joined = match list.as_slice() {
                [only] => only.clone(),
                [init @ .., last] => format!("{} and {last}", init.join(", ")),
                [] => String::new(),
            };
            match driver {
                Some(input) => format!("{joined} (mostly {})", words::lever_in_sentence(input)),
                None => joined,
            }
        })
        .collect()
}

/// The largest moves, each with the lever that did most of it when `attributed`.
fn moves(before: &Outcome, after: &Outcome, attributed: bool) -> Vec<(String, Option<Input>)> {
    // Each candidate's move as a share of its chart's range (the readouts' range is 0–100).
    // The three largest are picked by hand rather than by sorting: a sort of these pairs
    // would cost the wasm more than this whole function.
    let mut shares = [0.0; Indicator::COUNT + 2];
    for (slot, &indicator) in shares.iter_mut().zip(Indicator::ALL.iter()) {
        let info = indicator.info();
        *slot = (after.reading(indicator).value - before.reading(indicator).value).abs()
            / (info.max - info.min);
    }
    shares[Indicator::COUNT] = (after.cohesion.value - before.cohesion.value).abs() / 100.0;
    shares[Indicator::COUNT + 1] =
        (after.reintegration.value - before.reintegration.value).abs() / 100.0;
    let mut largest = Vec::new();
    for _ in 0..3 {
        let (index, share) = shares
            .iter()
            .copied()
            .enumerate()
            .fold((0, 0.0), |best, (i, share)| if share > best.1 { (i, share) } else { best });
        if share <= 0.005 {
            break;
        }
        shares[index] = 0.0;
        let said = match index {
            i if i < Indicator::COUNT => {
                let indicator = Indicator::ALL[i];
                let change = after.reading(indicator).value - before.reading(indicator).value;
                format!(
                    "{} {}",
                    words::short_name(indicator),
                    words::change(words::Measure::Indicator(indicator), change)
                )
            }
            i => {
                let (name, change) = if i == Indicator::COUNT {
                    ("cohesion", after.cohesion.value - before.cohesion.value)
                } else {
                    ("reintegration", after.reintegration.value - before.reintegration.value)
                };
                format!("{name} {}", words::change(words::Measure::Points, change))
            }
        };
        largest.push((said, attributed.then(|| driver(index, before, after)).flatten()));
    }
    largest
}

/// The lever that did most of the move of candidate `index` (an indicator, then cohesion and
/// reintegration) between two outcomes: each outcome splits its move from the Alaska outcome
/// between the levers, so the difference of two splits splits the difference between them.
fn driver(index: usize, before: &Outcome, after: &Outcome) -> Option<Input> {
    let (before, after) = (split(before, index), split(after, index));
    let of = |shares: &[Contribution], input: Input| -> f64 {
        shares.iter().filter(|share| share.input == input).map(|share| share.amount).sum()
    };
    Input::ALL
        .into_iter()
        .map(|input| (input, (of(after, input) - of(before, input)).abs()))
        .fold(None, |best: Option<(Input, f64)>, (input, moved)| match best {
            Some((_, most)) if most >= moved => best,
            _ if moved > 0.0 => Some((input, moved)),
            _ => best,
        })
        .map(|(input, _)| input)
}

/// How one outcome splits candidate `index`'s move between the levers.
fn split(outcome: &Outcome, index: usize) -> &[Contribution] {
    match index {
        i if i < Indicator::COUNT => &outcome.readings[i].contributions,
        i if i == Indicator::COUNT => &outcome.cohesion.contributions,
        _ => &outcome.reintegration.contributions,
    }
}

/// The comparison with the pinned scenario "A", in one sentence, shown under the summary and
/// announced when a move settles while A is pinned: the levers that differ (A's position,
/// then this one's) and the largest differences.
pub fn comparison(pinned: &Scenario, scenario: &Scenario, a: &Outcome, now: &Outcome) -> String {
    let levers: Vec<String> = Input::ALL
        .into_iter()
        .filter(|&input| pinned.get(input) != scenario.get(input))
        .map(|input| {
            format!(
                "{} {}\u{2192}{}",
                words::input_words(input).label,
                pinned.get(input),
                scenario.get(input)
            )
        })
        .collect();
    if levers.is_empty() {
        return words::SAME_AS_PINNED.to_owned();
    }
    let largest = largest_moves(a, now, true);
    let effect = if largest.is_empty() {
        "nothing moves much".to_owned()
    } else {
        format!("the largest differences are {}", largest.join(", "))
    };
    format!("Compared with A ({}), {effect}.", levers.join(", "))
}
