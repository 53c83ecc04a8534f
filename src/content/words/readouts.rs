//! The politics readouts' words: their names, the article phrases behind them, and how
//! their levels and the rotation test are written.

use super::*;

/// A readout's name and the article phrase behind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadoutWords {
    /// The readout's name.
    pub name: &'static str,
    /// The article's words for it.
    pub phrase: &'static str,
}

/// Sanctions-coalition cohesion.
pub const COHESION: ReadoutWords = ReadoutWords {
    name: "Sanctions-coalition cohesion",
    phrase: static_text!("“Sanctions are only as strong as the unity behind them.”"),
};
/// Russia's economic reintegration.
pub const REINTEGRATION: ReadoutWords = ReadoutWords {
    name: "Russia’s economic reintegration",
    phrase: static_text!(
        "“Putin gains economic legitimacy”: “Restores global influence without war’s end”"
    ),
};
/// The early-cycle risk rotation.
pub const ROTATION: ReadoutWords = ReadoutWords {
    name: "Test for a broad market rally",
    phrase: static_text!("“nothing in the rate or FX complex improves enough to warrant an early-cycle risk rotation”"),
};

/// The rotation test's result, as the readout shows it: the model's test, never advice.
pub const fn rotation_verdict(met: bool) -> &'static str {
    if met {
        "Test met"
    } else {
        "Test not met"
    }
}

/// The rotation test's margin, written once for the readout and the summary: "met by 12
/// bp-equivalents", "not met, by 20 bp-equivalents".
pub fn rotation_margin(margin: f64) -> String {
    let amount = number::magnitude(margin, 0);
    let unit = if amount == "1" { "bp-equivalent" } else { "bp-equivalents" };
    if margin > 0.0 {
        format!("met by {amount} {unit}")
    } else {
        format!("not met, by {amount} {unit}")
    }
}

/// A 0–100 readout's level beside the Alaska outcome's.
pub fn out_of_100(summit: f64) -> String {
    format!("out of 100 · summit {}", number::text(summit, 0))
}

/// A 0–100 readout's level, for its meter's text.
pub fn meter_text(value: f64) -> String {
    format!("{} out of 100", number::text(value, 0))
}
