//! The words of a "why" list: each lever's share of a move, and what is said when a level
//! goes beyond what the evidence supports.

use super::*;

/// One share in a "why" list: "+€3/MWh from energy-flow relief".
pub fn why_share(measure: Measure, amount: f64, input: Input) -> (String, String) {
    (change(measure, amount), lever_in_sentence(input))
}

/// A lever's name inside a sentence: "energy-flow relief".
pub fn lever_in_sentence(input: Input) -> String {
    input_words(input).label.to_lowercase()
}

/// Whether a written amount shows no non-zero digit ("+$0/bbl", "−0.0 pts").
pub fn reads_as_zero(text: &str) -> bool {
    !text.chars().any(|c| c.is_ascii_digit() && c != '0')
}

/// A lever whose part of the move comes from an effect a row above gave the reason for.
pub fn why_same_effect(other: Input) -> String {
    format!("Through the same effect as {}, above.", lever_in_sentence(other))
}

/// Joins a "why" share's amount and its input.
pub const WHY_FROM: &str = " from ";

/// Said in a "why" list when a scenario's level goes beyond what the cited evidence supports.
pub fn beyond_evidence(indicator: Indicator, beyond: Beyond) -> String {
    let (side, bound) = match beyond {
        Beyond::Below(bound) => ("below", bound),
        Beyond::Above(bound) => ("above", bound),
    };
    format!(
        "Beyond the evidence: this level is {side} {}, the edge of what the figures cited here support ({}). Read it as the model’s arithmetic, not as a level anyone has reported.",
        level(indicator, bound.value),
        bound.figure
    )
}
