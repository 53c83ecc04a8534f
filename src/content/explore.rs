//! What the "What moves it?" dialog says: which lever matters most for a number, and what it
//! would take to bring the number to a level. Only the on-demand module shows these words, so
//! the first view never carries them.
//!
//! Both answers are the model's arithmetic under the editors' assumptions; the words say so,
//! and phrase a target as a level, never as advice.

use crate::content::words;
use crate::model::number;
use crate::model::sensitivity::{Bar, Measure, Sought};
use crate::model::{Input, Scenario};

/// The button at the end of each "why" list that opens the dialog.
pub const OPEN: &str = "Which lever matters most, and what would it take?";

/// The dialog's heading.
pub fn title(measure: Measure) -> String {
    format!("What moves {}?", in_sentence(measure))
}

/// Said once, at the top of the dialog.
pub const FRAMING: &str = "The model’s arithmetic under the editors’ assumptions: what each lever can do to this number from the scenario on screen. Not a forecast, and not a recommendation.";

/// Labels the choice of number.
pub const PICK: &str = "Number";

/// The first view's heading.
pub const MATTERS_TITLE: &str = "Which lever matters most";

/// How to read the bars.
pub const MATTERS_INTRO: &str = "Each bar is the range one lever alone can give, from one end of its slider to the other, with the other seven where they are now; the dot is now. The figure beside each lever is its part of the move from the summit.";

/// A lever whose whole travel leaves the number where it is.
pub const NO_EFFECT: &str = "No effect here";

/// Before a lever's part of the move.
pub const SHARE_LABEL: &str = "Part of the move from the summit: ";

/// The table that repeats the bars in words.
pub const TABLE_SUMMARY: &str = "The bars as a table";

/// The table's columns.
pub const TABLE_COLUMNS: [&str; 4] =
    ["Lever", "With the lever at 0", "With the lever at 100", "Part of the move from the summit"];

/// The second view's heading.
pub const TAKE_TITLE: &str = "What would it take";

/// How the search works, in a line.
pub fn take_intro(measure: Measure) -> String {
    format!(
        "Choose a level for {}. The explainer finds the scenario closest to the one on screen that gives it, moving only the levers you allow and keeping every market within the range its cited history supports.",
        in_sentence(measure)
    )
}

/// Labels the target field.
pub const TARGET_LABEL: &str = "Level to reach";

/// The target's unit, after its label: "in €/MWh".
pub fn unit_hint(measure: Measure) -> &'static str {
    use crate::model::Indicator;
    match measure {
        Measure::Indicator(indicator) => match indicator {
            Indicator::Ttf => "in €/MWh",
            Indicator::CurveSlope | Indicator::Brent => "in $/bbl",
            Indicator::BtpBund => "in basis points",
            Indicator::EurUsd => "in dollars per euro",
            Indicator::Defence => "as an index, summit = 100",
            Indicator::UsdRub => "in roubles per dollar",
            Indicator::UkraineBonds => "in cents on the dollar",
        },
        Measure::Cohesion | Measure::Reintegration => "out of 100",
        Measure::Rotation => "in bp-equivalents; above 0, the test is met",
    }
}

/// Labels the levers the search may move.
pub const LEVERS_LEGEND: &str = "Levers it may move";

/// The search's button.
pub const FIND: &str = "Find a scenario";

/// A target that is not a number.
pub const BAD_TARGET: &str = "Type a level as a number, such as 70.";

/// No lever left free.
pub const NO_LEVERS: &str = "Allow at least one lever to move.";

/// Applies the nearest level the search reached.
pub fn show_nearest(measure: Measure, level: f64) -> String {
    format!("Show the scenario at {}", self::level(measure, level))
}

/// The measure's name as a reader says it.
pub fn name(measure: Measure) -> &'static str {
    match measure {
        Measure::Indicator(indicator) => words::indicator_name(indicator),
        Measure::Cohesion => words::COHESION.name,
        Measure::Reintegration => words::REINTEGRATION.name,
        Measure::Rotation => words::ROTATION.name,
    }
}

/// The name inside a sentence.
fn in_sentence(measure: Measure) -> String {
    match measure {
        Measure::Indicator(indicator) => words::indicator_name(indicator).to_owned(),
        Measure::Cohesion => "sanctions-coalition cohesion".to_owned(),
        Measure::Reintegration => "Russia’s economic reintegration".to_owned(),
        Measure::Rotation => "the test for a broad market rally".to_owned(),
    }
}

/// A level with its unit: "€31/MWh", "62 out of 100", "−25 bp-equivalents".
pub fn level(measure: Measure, value: f64) -> String {
    match measure {
        Measure::Indicator(indicator) => words::level(indicator, value),
        Measure::Cohesion | Measure::Reintegration => words::meter_text(value),
        Measure::Rotation => format!("{} bp-equivalents", words::signed_whole(value)),
    }
}

/// A change with its sign and unit, as the "why" lists write it.
pub fn change(measure: Measure, amount: f64) -> String {
    let unit = match measure {
        Measure::Indicator(indicator) => words::Measure::Indicator(indicator),
        Measure::Cohesion | Measure::Reintegration => words::Measure::Points,
        Measure::Rotation => words::Measure::BpEquivalents,
    };
    words::change(unit, amount)
}

/// A bar's end as it is labelled: the level, short, and the slider's end it comes from:
/// "€25/MWh (Caps as now)", "43 (U.S. alone)".
pub fn bar_end(measure: Measure, bar: &Bar, full: bool) -> String {
    let (low, high) = words::slider_short_ends(bar.input);
    let (value, end) = if full { (bar.at_full, high) } else { (bar.at_zero, low) };
    let short = match measure {
        Measure::Indicator(indicator) => words::level(indicator, value),
        Measure::Cohesion | Measure::Reintegration => number::text(value, 0),
        Measure::Rotation => words::signed_whole(value),
    };
    format!("{short} ({end})")
}

/// Reads a typed level leniently: "70", "70¢", "€30", "1,200", "−5" (with a typographic
/// minus). `None` for anything with no number in it.
pub fn parse_target(text: &str) -> Option<f64> {
    let kept: String = text
        .trim()
        .chars()
        .filter_map(|c| match c {
            '0'..='9' | '.' | '-' => Some(c),
            '−' | '–' => Some('-'),
            _ => None,
        })
        .collect();
    kept.parse::<f64>().ok().filter(|value| value.is_finite())
}

/// The levers that moved, as a sentence's clause: "guarantee clarity from 20 to 45 and
/// fighting intensity from 15 to 8".
fn moves(from: &Scenario, to: &Scenario) -> String {
    let moved: Vec<String> = Input::ALL
        .iter()
        .filter(|&&input| from.get(input) != to.get(input))
        .map(|&input| {
            let lever = words::lever_in_sentence(input);
            format!("{lever} from {} to {}", from.get(input), to.get(input))
        })
        .collect();
    match moved.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// What the search found, in one sentence, which the dialog announces. The sentences never
/// put a verb after the name, which may be singular or plural.
pub fn result(measure: Measure, from: &Scenario, target: f64, sought: &Sought) -> String {
    let name = in_sentence(measure);
    let reached = level(measure, sought.level);
    if sought.met && sought.scenario == *from {
        return format!("Nothing needs to move: the scenario on screen gives {name} at {reached}.");
    }
    if sought.met {
        return format!(
            "To bring {name} to {reached}, the levers moved (positions out of 100): {}. Back undoes it.",
            moves(from, &sought.scenario)
        );
    }
    let extreme = if target < sought.level { "low" } else { "high" };
    format!(
        "The levers you allowed cannot take {name} to {}: within the range the cited history supports, {reached} is as {extreme} as it goes. Nothing was moved.",
        level(measure, target),
    )
}

/// A lever's part of the current move, written for the bar: "−€5/MWh", or nothing when it
/// rounds away.
pub fn share(measure: Measure, amount: f64) -> Option<String> {
    let text = change(measure, amount);
    (!words::reads_as_zero(&text)).then_some(text)
}

/// Whole numbers for a 0–100 readout, the indicator's decimals otherwise: what the target
/// field shows to start with.
pub fn target_text(measure: Measure, value: f64) -> String {
    let decimals = match measure {
        Measure::Indicator(indicator) => indicator.info().decimals,
        _ => 0,
    };
    number::text(value, decimals)
}

#[cfg(test)]
mod tests;
