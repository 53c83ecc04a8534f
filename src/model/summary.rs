//! The outcome in a few sentences, with live numbers, for the page and for screen readers.

use crate::model::number;
use crate::model::{Indicator, Outcome};

/// A whole number as a reader writes it, with a proper minus sign.
fn whole(value: f64) -> String {
    number::text(value, 0)
}

/// The summary, one sentence per string.
pub fn sentences(outcome: &Outcome) -> Vec<String> {
    let level = |indicator: Indicator| {
        let reading = outcome.reading(indicator);
        let info = indicator.info();
        (indicator.format(reading.value), indicator.format(info.today))
    };
    let (gas, gas_today) = level(Indicator::Ttf);
    let (spread, spread_today) = level(Indicator::BtpBund);
    let (euro, euro_today) = level(Indicator::EurUsd);
    let (bonds, bonds_today) = level(Indicator::UkraineBonds);

    let margin = outcome.rotation.value;
    let rotation = if outcome.rotation_warranted() {
        format!(
            "An early-cycle risk rotation is warranted: the rate and FX complex clears the bar by {} bp-equivalents.",
            whole(margin)
        )
    } else {
        format!(
            "An early-cycle risk rotation is not warranted: the rate and FX complex falls {} bp-equivalents short of the bar.",
            whole(-margin).trim_start_matches('−')
        )
    };

    vec![
        format!(
            "In this scenario European gas trades near {gas} (today ≈ {gas_today}) and the Italy–Germany spread near {spread} (today ≈ {spread_today}); EUR/USD is {euro} (today ≈ {euro_today})."
        ),
        rotation,
        format!(
            "Sanctions-coalition cohesion is {} out of 100 ({} in the Alaska outcome) and Russia’s economic reintegration {} out of 100 ({}).",
            whole(outcome.cohesion.value),
            whole(outcome.cohesion.today),
            whole(outcome.reintegration.value),
            whole(outcome.reintegration.today)
        ),
        format!("Ukraine’s dollar bonds trade near {bonds} (today ≈ {bonds_today})."),
    ]
}
