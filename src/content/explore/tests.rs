//! The explore dialog's words: targets read leniently, sentences that name what moved, labels.

use crate::content::explore::{self, parse_target};
use crate::model::sensitivity::{seek, tornado, Measure};
use crate::model::{Indicator, Input, Preset, Scenario};

#[test]
fn typed_levels_are_read_leniently_and_nothing_else_is_a_level() {
    assert_eq!(parse_target("70"), Some(70.0));
    assert_eq!(parse_target(" 70¢ "), Some(70.0));
    assert_eq!(parse_target("€31.5/MWh"), Some(31.5));
    assert_eq!(parse_target("1,200"), Some(1200.0));
    assert_eq!(parse_target("−5"), Some(-5.0));
    for bad in ["", "lots", "¢", "1.2.3", "--4", "NaN", "inf"] {
        assert_eq!(parse_target(bad), None, "{bad:?}");
    }
}

#[test]
fn every_measure_has_a_name_a_unit_and_a_key_the_cards_use() {
    for measure in Measure::all() {
        assert_eq!(Measure::from_slug(measure.slug()), Some(measure));
        assert!(!explore::name(measure).is_empty());
        assert!(!explore::unit_hint(measure).is_empty());
        assert!(explore::title(measure).ends_with('?'));
    }
    assert_eq!(Measure::from_slug("nothing"), None);
}

#[test]
fn a_met_target_names_every_lever_that_moved_and_how_far() {
    let from = Scenario::default();
    let measure = Measure::Indicator(Indicator::UkraineBonds);
    let sought = seek(&from, measure, 70.0, &Input::ALL);
    assert!(sought.met);
    let said = explore::result(measure, &from, 70.0, &sought);
    assert!(said.starts_with("To bring Ukraine’s dollar bonds to 70¢, the levers moved"), "{said}");
    assert!(said.ends_with("Back undoes it."), "{said}");
    for input in Input::ALL {
        let (was, now) = (from.get(input), sought.scenario.get(input));
        let clause =
            format!("{} from {was} to {now}", crate::content::words::lever_in_sentence(input));
        assert_eq!(said.contains(&clause), was != now, "{clause} in {said}");
    }
}

#[test]
fn an_unreachable_target_says_so_with_the_nearest_level_and_moves_nothing() {
    let from = Scenario::default();
    let measure = Measure::Indicator(Indicator::Ttf);
    let sought = seek(&from, measure, 2.0, &Input::ALL);
    assert!(!sought.met);
    let said = explore::result(measure, &from, 2.0, &sought);
    let nearest = explore::level(measure, sought.level);
    assert!(said.contains(&format!("{nearest} is as low as it goes")), "{said}");
    assert!(said.contains("€2/MWh"), "{said}");
    assert!(said.ends_with("Nothing was moved."), "{said}");
    let already = seek(&from, measure, sought.level.max(31.0), &[]);
    let said = explore::result(measure, &from, 31.0, &already);
    assert!(said.starts_with("Nothing needs to move"), "{said}");
}

#[test]
fn the_bars_are_labelled_with_the_levels_and_the_slider_ends_they_come_from() {
    let bars = tornado(&Preset::Freeze.scenario(), Measure::Cohesion);
    for bar in &bars {
        let (low, high) = crate::content::words::slider_short_ends(bar.input);
        let zero = explore::bar_end(Measure::Cohesion, bar, false);
        assert_eq!(zero, format!("{} ({low})", crate::model::number::text(bar.at_zero, 0)));
        assert!(explore::bar_end(Measure::Cohesion, bar, true).ends_with(&format!("({high})")));
    }
    // A share that rounds away is not written ("+0.0 pts" says nothing).
    assert_eq!(explore::share(Measure::Cohesion, 0.01), None);
    assert_eq!(explore::share(Measure::Rotation, -12.0).as_deref(), Some("−12.0 bp-eq"));
}
