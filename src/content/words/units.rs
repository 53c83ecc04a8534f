//! Numbers with their units, written once for the screen, the CSV and the SVG: levels,
//! changes, bands, chart labels and a chart's text alternative.

use super::*;

/// An indicator's name, short enough for a spoken sentence.
pub const fn short_name(indicator: Indicator) -> &'static str {
    match indicator {
        Indicator::Ttf => "European gas",
        Indicator::CurveSlope => "the oil curve",
        Indicator::Brent => "Brent",
        Indicator::BtpBund => "the Italy–Germany spread",
        Indicator::EurUsd => "EUR/USD",
        Indicator::Defence => "defence shares",
        Indicator::UsdRub => "USD/RUB",
        Indicator::UkraineBonds => "Ukraine’s bonds",
    }
}

/// An indicator's name, plain and short enough for one line of its row.
pub const fn indicator_name(indicator: Indicator) -> &'static str {
    match indicator {
        Indicator::Ttf => "European gas (TTF)",
        Indicator::CurveSlope => "Oil curve (1st − 6th month)",
        Indicator::Brent => "Brent crude",
        Indicator::BtpBund => "Italy–Germany bond spread",
        Indicator::EurUsd => "EUR/USD",
        Indicator::Defence => "European defence shares",
        Indicator::UsdRub => "USD/RUB",
        Indicator::UkraineBonds => "Ukraine’s dollar bonds",
    }
}

/// How an indicator's numbers are written: the one place its unit is spelled, for the screen,
/// the SVG and the CSV alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unit {
    /// Before the number: "€", "$".
    pub before: &'static str,
    /// After the number: " bp", " ₽", "¢".
    pub after: &'static str,
    /// What a level and a change add that a chart's label leaves out: "/MWh", "/bbl", "/$".
    pub per: &'static str,
    /// Whether a level carries its sign (the oil curve's slope is above or below zero).
    pub signed: bool,
    /// Whether a change is in index points (defence shares: the level is an index).
    pub index_points: bool,
    /// The unit as a spreadsheet's column spells it.
    pub spreadsheet: &'static str,
}

/// An indicator's [`Unit`].
pub fn unit(indicator: Indicator) -> Unit {
    UNITS[indicator as usize]
}

/// A unit with nothing around the number, to build the table from.
const PLAIN: Unit =
    Unit { before: "", after: "", per: "", signed: false, index_points: false, spreadsheet: "" };

/// The units, in the order of `Indicator`'s variants. A table, not a `match`: one row of data
/// each costs the first view's wasm less than a struct built at every call.
static UNITS: [Unit; Indicator::COUNT] = [
    Unit { before: "€", per: "/MWh", spreadsheet: "EUR/MWh", ..PLAIN },
    Unit { before: "$", per: "/bbl", signed: true, spreadsheet: "USD/bbl", ..PLAIN },
    Unit { before: "$", per: "/bbl", spreadsheet: "USD/bbl", ..PLAIN },
    Unit { after: " bp", spreadsheet: "bp", ..PLAIN },
    Unit { spreadsheet: "USD per EUR", ..PLAIN },
    Unit { index_points: true, spreadsheet: "index (summit = 100)", ..PLAIN },
    Unit { after: " ₽", per: "/$", spreadsheet: "RUB per USD", ..PLAIN },
    Unit { after: "¢", spreadsheet: "cents on the dollar", ..PLAIN },
];

/// A level with its unit, as a reader writes it: "€34/MWh", "83 bp", "1.165".
pub fn level(indicator: Indicator, value: f64) -> String {
    let mut text = chart_level(indicator, value);
    text.push_str(unit(indicator).per);
    text
}

/// A level as a chart labels it, without the "per" of its unit: "€34", "+$1.5", "80 ₽".
pub fn chart_level(indicator: Indicator, value: f64) -> String {
    let decimals = indicator.info().decimals;
    let Unit { before, after, signed, .. } = unit(indicator);
    let sign = match (signed, value < 0.0) {
        (false, _) => "",
        (true, true) => "−",
        (true, false) => "+",
    };
    let number =
        if signed { number::magnitude(value, decimals) } else { number::text(value, decimals) };
    [sign, before, &number, after].concat()
}

/// A whole number with its sign: "+12", "−25", "0".
pub fn signed_whole(value: f64) -> String {
    let number = number::magnitude(value, 0);
    let rounded = value.round();
    if rounded == 0.0 {
        number
    } else if rounded < 0.0 {
        format!("−{number}")
    } else {
        format!("+{number}")
    }
}

/// The summit's label under a chart's track.
pub fn chart_summit(level: &str) -> String {
    format!("Summit {level}")
}

/// A reference level's label under a chart's track: "€18 Feb 2021".
pub fn chart_reference(what: &str, level: &str) -> String {
    format!("{level} {what}")
}

/// A historical level beyond the right end of a chart's axis: "2022 peak $139 →".
pub fn chart_off_scale_high(what: &str, level: &str) -> String {
    format!("{what} {level} →")
}

/// A historical level beyond the left end of a chart's axis: "← 2022 low 0.960".
pub fn chart_off_scale_low(what: &str, level: &str) -> String {
    format!("← {what} {level}")
}

/// A's label on a chart, when comparing.
pub fn chart_pinned(level: &str) -> String {
    format!("A {level}")
}

/// The rotation chart's threshold: above it the model's test for a broad rally is met.
pub const CHART_THRESHOLD: &str = "Test met →";

/// What an output's change is measured in, for writing it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Measure {
    /// A market indicator's own unit.
    Indicator(Indicator),
    /// Points on a 0–100 scale.
    Points,
    /// Basis-point equivalents of the rotation test.
    BpEquivalents,
}

/// A change with its sign and unit: "−€3/MWh", "+12 bp", "+1.5 pts".
pub fn change(measure: Measure, change: f64) -> String {
    let decimals = match measure {
        Measure::Indicator(indicator) => indicator.info().decimals,
        Measure::Points | Measure::BpEquivalents => 1,
    };
    let amount = number::magnitude(change, decimals);
    // A change that rounds to nothing has no sign: "−$0/bbl" after one nudge read as a fall.
    let sign = if reads_as_zero(&amount) {
        ""
    } else if change < 0.0 {
        "−"
    } else {
        "+"
    };
    match measure {
        Measure::Indicator(indicator) => {
            let Unit { before, after, per, index_points, .. } = unit(indicator);
            let points = if index_points { " pts" } else { "" };
            [sign, before, &amount, after, per, points].concat()
        }
        Measure::Points => format!("{sign}{amount} pts"),
        Measure::BpEquivalents => format!("{sign}{amount} bp-eq"),
    }
}

/// An indicator card's change line: "+€3/MWh vs €34/MWh at the summit", or "unchanged vs …".
pub fn change_from_summit(indicator: Indicator, change_amount: f64) -> String {
    let moved = if change_amount.abs() < 1e-9 {
        "unchanged".to_owned()
    } else {
        change(Measure::Indicator(indicator), change_amount)
    };
    format!("{moved} vs {} at the summit", level(indicator, indicator.info().summit))
}

/// An indicator card's band line.
pub fn band(indicator: Indicator, low: f64, high: f64) -> String {
    format!("Plausible range {} – {}", level(indicator, low), level(indicator, high))
}

/// A level's move from the summit, in words: "down €10/MWh from the summit", "as at the
/// summit" when it rounds to nothing.
pub fn move_from_summit(measure: Measure, amount: f64) -> String {
    let written = change(measure, amount);
    if reads_as_zero(&written) {
        return "as at the summit".to_owned();
    }
    let magnitude = written.trim_start_matches(['−', '+']);
    let way = if amount < 0.0 { "down" } else { "up" };
    format!("{way} {magnitude} from the summit")
}

/// A chart's text alternative: the level, its move from the summit, the range when there is
/// one, and the axis.
pub fn chart_description(
    name: &str,
    level: &str,
    moved: &str,
    range: Option<(String, String)>,
    axis: (String, String),
) -> String {
    let range = match range {
        Some((low, high)) => format!(" Plausible range {low} to {high}."),
        None => String::new(),
    };
    format!(
        "{name}: {level} in this scenario, {moved}.{range} The chart runs from {} to {}.",
        axis.0, axis.1
    )
}
