//! The outcome in a few sentences, with live numbers, for the page and for screen readers.
//! The model returns numbers; these are its words.

use crate::content::words::{self, level};
use crate::model::{number, Indicator, Outcome};

/// The summary, one sentence per string.
pub fn sentences(outcome: &Outcome) -> Vec<String> {
    let now_and_today = |indicator: Indicator| {
        let reading = outcome.reading(indicator);
        (level(indicator, reading.value), level(indicator, indicator.info().today))
    };
    let (gas, gas_today) = now_and_today(Indicator::Ttf);
    let (spread, spread_today) = now_and_today(Indicator::BtpBund);
    let (euro, euro_today) = now_and_today(Indicator::EurUsd);
    let (bonds, bonds_today) = now_and_today(Indicator::UkraineBonds);
    let whole = |value: f64| number::text(value, 0);
    vec![
        format!(
            "In this scenario European gas trades near {gas} ({gas_today} at the summit, Aug 2025) and the Italy–Germany spread near {spread} ({spread_today}); EUR/USD is {euro} ({euro_today})."
        ),
        format!(
            "The model’s test for an early-cycle risk rotation is {}.",
            words::rotation_margin(outcome.rotation.value)
        ),
        format!(
            "Sanctions-coalition cohesion is {} out of 100 ({} in the Alaska outcome) and Russia’s economic reintegration {} out of 100 ({}).",
            whole(outcome.cohesion.value),
            whole(outcome.cohesion.today),
            whole(outcome.reintegration.value),
            whole(outcome.reintegration.today)
        ),
        format!("Ukraine’s dollar bonds trade near {bonds} ({bonds_today} at the summit)."),
    ]
}
