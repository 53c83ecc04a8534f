//! The chart geometry: axes against the model's reach, visible moves, labels that fit.

use super::*;
use crate::model::{Outcome, Preset};

/// Every corner of the scenario space: each output is monotone in each input (the model's
/// property tests), so its extremes over every scenario are at corners.
fn corners() -> impl Iterator<Item = Outcome> {
    (0u32..1 << 8).map(|mask| {
        let values = std::array::from_fn(|i| if mask & (1 << i) != 0 { 100 } else { 0 });
        evaluate(&Scenario::from_values(values))
    })
}

fn value_of(subject: Subject, outcome: &Outcome) -> f64 {
    subject.reading_in(outcome).1
}

fn chart_of(subject: Subject, outcome: &Outcome) -> Chart {
    let (_, value, band) = subject.reading_in(outcome);
    Chart::new(subject, subject.summit(), value, band, None)
}

#[test]
fn each_axis_spans_what_the_model_reaches_and_little_more() {
    for subject in Subject::ALL {
        let scale = subject.scale();
        let (mut low, mut high) = (f64::MAX, f64::MIN);
        for outcome in corners() {
            let value = value_of(subject, &outcome);
            low = low.min(value);
            high = high.max(value);
        }
        assert!(
            scale.contains(low) && scale.contains(high),
            "{subject:?}: reach {low}..{high} leaves {scale:?}"
        );
        assert!(scale.contains(subject.summit()), "{subject:?}");
        let covered = (high - low) / (scale.high - scale.low);
        assert!(
            covered >= 0.75,
            "{subject:?}: the model reaches only {covered:.2} of the axis {scale:?}"
        );
    }
}

#[test]
fn every_world_moves_the_median_indicator_visibly() {
    // The plot widths the stylesheet gives a chart at 1,280 px and in the compact embed at
    // 650 px are measured in the browser (tests/browser/charts.test.mjs); here the share of
    // the axis is held to what those widths need: 25 px of at least 420, 15 of at least 250.
    for preset in Preset::ALL.into_iter().filter(|&preset| preset != Preset::Alaska) {
        let outcome = evaluate(&preset.scenario());
        let mut moves: Vec<f64> = Indicator::ALL
            .map(|indicator| {
                let marks = chart_of(Subject::Indicator(indicator), &outcome).marks;
                (marks.scenario - marks.summit).abs()
            })
            .to_vec();
        moves.sort_by(f64::total_cmp);
        let median = (moves[3] + moves[4]) / 2.0;
        assert!(
            median >= (25.0f64 / 420.0).max(15.0 / 250.0),
            "{preset:?}: the median indicator moves {median:.3} of its axis"
        );
    }
}

#[test]
fn labels_under_the_track_never_overlap_and_stay_on_the_plot() {
    for subject in Subject::ALL {
        let backdrop = subject.backdrop();
        assert!(backdrop.summit.text.starts_with("Summit "), "{subject:?}");
        let references =
            backdrop.notes.iter().filter(|note| note.rule == Some(Role::Reference)).count();
        assert!(references <= 3, "{subject:?}");
        for (width, notes) in [
            (NARROWEST_PLOT, backdrop.notes.iter().filter(|note| !note.wide).collect::<Vec<_>>()),
            (WIDE_PLOT, backdrop.notes.iter().collect()),
        ] {
            let mut extents: Vec<(f64, f64)> =
                notes.iter().map(|note| note.extent(width)).collect();
            extents.sort_by(|a, b| a.0.total_cmp(&b.0));
            for (left, right) in &extents {
                assert!(*left >= 0.0 && *right <= width, "{subject:?}: {left}..{right}");
            }
            for pair in extents.windows(2) {
                assert!(pair[0].1 + GAP <= pair[1].0, "{subject:?} at {width}: {pair:?}");
            }
        }
    }
}

#[test]
fn historical_levels_beyond_the_axis_become_labelled_arrows_at_its_ends() {
    let brent = Subject::Indicator(Indicator::Brent).backdrop();
    assert!(
        brent.notes.iter().any(|note| note.at == 1.0 && note.text == "2022 peak $139 →"),
        "{brent:?}"
    );
    let ttf = Subject::Indicator(Indicator::Ttf).backdrop();
    assert!(
        ttf.notes.iter().any(|note| note.at == 1.0 && note.text.ends_with(" €88 →")),
        "{ttf:?}"
    );
    let rotation = Subject::Rotation.backdrop();
    assert!(rotation.notes.iter().any(|note| note.rule == Some(Role::Threshold)), "{rotation:?}");
}

#[test]
fn the_move_is_an_arrow_from_the_summit_to_the_scenario_with_its_value_written_there() {
    let outcome = evaluate(&Preset::Freeze.scenario());
    let chart = chart_of(Subject::Indicator(Indicator::Ttf), &outcome);
    let shapes = chart.mark_shapes();
    let head = shapes.iter().find_map(|shape| match shape {
        Shape::Head { x, direction, .. } => Some((*x, *direction)),
        _ => None,
    });
    assert_eq!(head, Some((chart.marks.scenario, Direction::Left)));
    assert!(shapes.iter().any(
        |shape| matches!(shape, Shape::Text { role: Role::ScenarioText, text, .. } if text == "€21")
    ));
    // No move: a dot, not an arrow, and a shaft of no length.
    let still =
        chart_of(Subject::Indicator(Indicator::Ttf), &evaluate(&Scenario::default())).mark_shapes();
    assert!(still.iter().any(|shape| matches!(
        shape,
        Shape::Head { role: Role::Scenario, direction: Direction::Still, .. }
    )));
    assert!(still.iter().any(|shape| matches!(shape, Shape::Shaft { from, to, .. } if from == to)));
}

#[test]
fn a_is_drawn_last_and_larger_so_it_shows_where_it_coincides_with_the_scenario() {
    let outcome = evaluate(&Preset::Freeze.scenario());
    let value = outcome.reading(Indicator::Ttf).value;
    let chart = Chart::new(Subject::Indicator(Indicator::Ttf), 34.0, value, None, Some(value));
    let shapes = chart.mark_shapes();
    let diamond = shapes.iter().position(|shape| matches!(shape, Shape::Diamond { .. })).unwrap();
    let head = shapes.iter().position(|shape| matches!(shape, Shape::Head { .. })).unwrap();
    assert!(diamond > head);
    assert!(
        matches!(shapes.last(), Some(Shape::Text { role: Role::PinnedText, text, .. }) if text == "A €21")
    );
    assert_eq!(chart.height(), lane::HEIGHT_PINNED);
}

/// A drag only moves the page's elements and never swaps one for another (which cost a
/// fifth of a slider step's DOM work when the arrow turned into a dot): every scenario draws
/// the same kinds of shape in the same order, with A's two at the end when comparing.
#[test]
fn the_marks_are_the_same_shapes_in_every_scenario() {
    let kinds = |chart: &Chart| -> Vec<std::mem::Discriminant<Shape>> {
        chart.mark_shapes().iter().map(std::mem::discriminant).collect()
    };
    for subject in Subject::ALL {
        let mut expected = chart_of(subject, &evaluate(&Scenario::default()));
        for pinned in [None, Some((0.5, "A".to_owned()))] {
            expected.marks.pinned = pinned.clone();
            for outcome in corners().step_by(7) {
                let mut chart = chart_of(subject, &outcome);
                chart.marks.pinned = pinned.clone();
                assert_eq!(kinds(&chart), kinds(&expected), "{subject:?}");
            }
        }
    }
}

#[test]
fn each_text_alternative_says_the_level_the_move_the_range_and_a() {
    let freeze = evaluate(&Preset::Freeze.scenario());
    let alaska = evaluate(&Preset::Alaska.scenario());
    for subject in Subject::ALL {
        let alone = subject.description(&freeze, None);
        let compared = subject.description(&freeze, Some(&alaska));
        let (name, value, band) = subject.reading_in(&freeze);
        let text = |value: f64| match subject {
            Subject::Indicator(indicator) => words::level(indicator, value),
            _ => subject.short(value),
        };
        assert!(alone.starts_with(name), "{alone}");
        assert!(alone.contains(&format!("{} in this scenario", text(value))), "{alone}");
        assert!(alone.contains(&format!("({})", text(subject.summit()))), "{alone}");
        let scale = subject.scale();
        let axis = format!("The chart runs from {} to {}.", text(scale.low), text(scale.high));
        assert!(alone.contains(&axis), "{alone}");
        if let Some((low, high)) = band {
            let range = format!("Plausible range {} to {}.", text(low), text(high));
            assert!(alone.contains(&range), "{alone}");
        }
        assert!(!alone.contains("A: "), "{alone}");
        let a = format!("A: {}", text(subject.reading_in(&alaska).1));
        assert!(compared.starts_with(&alone) && compared.contains(&a), "{compared}");
    }
    let scenarios = Subject::descriptions(&Preset::Freeze.scenario(), None);
    let each: Vec<String> = Subject::ALL.iter().map(|s| s.description(&freeze, None)).collect();
    assert_eq!(scenarios, each);
}
