//! The model's machinery: [`evaluate`], the outcome it returns, and the Shapley split.
//! What each output is made of is the modeller's table in [`crate::model::terms`]; this file
//! only runs it.
//!
//! Each output is the summit's level plus a sum of terms. A term is a coefficient times a shape:
//! a blend of one or more inputs, each a fraction from 0 to 1. A term contributes
//! `coefficient × (shape(scenario) − shape(default))`, so the default scenario reproduces
//! the summit's levels exactly. When a shape blends several inputs (relief discounted by snap-back
//! triggers, say), its contribution is split between them by their Shapley values: each
//! input's average marginal effect over every order of moving the inputs from their defaults.
//! The split is exact (the shares add up to the term) and does not depend on listing order.

use crate::model::coefficients::{self as c, Coefficient};
use crate::model::terms::{Shape, Target, TERMS};
use crate::model::{Bound, Indicator, Indicator as I, Input, Input as In, Scenario};

/// An input's share of one term's effect on one output.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Contribution {
    /// The input whose move caused this share.
    pub input: Input,
    /// The coefficient of the term, with its phrase and figure.
    pub coefficient: &'static Coefficient,
    /// The share, in the output's unit.
    pub amount: f64,
}

/// One indicator in one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// Which indicator.
    pub indicator: Indicator,
    /// The scenario's level, within the indicator's display range.
    pub value: f64,
    /// The low end of the uncertainty band, within the display range.
    pub low: f64,
    /// The high end of the uncertainty band, within the display range.
    pub high: f64,
    /// Each input's share of the move from the summit, largest first; zero shares are left out.
    pub contributions: Vec<Contribution>,
    /// Whether the level was held at a limit (the display range, or the defence floor).
    pub limited: bool,
    /// The edge of the cited evidence this level goes beyond, if any.
    pub beyond: Option<Beyond>,
}

/// Which edge of an indicator's evidence a level goes beyond.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Beyond {
    /// Below the lowest level the evidence supports.
    Below(Bound),
    /// Above the highest.
    Above(Bound),
}

/// A readout that is not a price: a 0–100 scale, or the risk-rotation margin.
#[derive(Clone, Debug, PartialEq)]
pub struct Readout {
    /// The level in the Alaska outcome.
    pub summit: f64,
    /// The scenario's level.
    pub value: f64,
    /// Each input's share of the move from the summit, largest first.
    pub contributions: Vec<Contribution>,
}

/// Everything the model says about one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The market indicators, in [`Indicator::ALL`] order.
    pub readings: Vec<Reading>,
    /// Sanctions-coalition cohesion, 0–100.
    pub cohesion: Readout,
    /// Russia's economic reintegration, 0–100.
    pub reintegration: Readout,
    /// By how many bp-equivalents the rate and FX complex clears (positive) or misses
    /// (negative) the bar for an early-cycle risk rotation.
    pub rotation: Readout,
    /// How ambiguous the scenario is, in ambiguity units (0 is perfectly clear).
    pub ambiguity: f64,
}

impl Outcome {
    /// The reading for one indicator.
    pub fn reading(&self, indicator: Indicator) -> &Reading {
        &self.readings[indicator as usize]
    }

    /// Whether the model's test for an early-cycle risk rotation is met.
    pub fn rotation_test_met(&self) -> bool {
        self.rotation.value > 0.0
    }
}

fn fractions(scenario: &Scenario) -> [f64; Input::COUNT] {
    Input::ALL.map(|input| scenario.fraction(input))
}

/// Splits `coefficient × (shape(scenario) − shape(default))` between the shape's inputs by
/// their Shapley values, and appends the non-zero shares to `out`.
pub(crate) fn split_term(
    coefficient: &'static Coefficient,
    shape: Shape,
    now: &[f64; Input::COUNT],
    base: &[f64; Input::COUNT],
    out: &mut Vec<Contribution>,
) {
    let inputs = shape.inputs();
    let n = inputs.len();
    if inputs.iter().all(|&input| now[input as usize] == base[input as usize]) {
        return;
    }
    // The shape's value with the inputs in `mask` at the scenario and the rest at default.
    let mut values = [0.0; 32];
    for (mask, slot) in values.iter_mut().enumerate().take(1 << n) {
        let mut x = *base;
        for (bit, &input) in inputs.iter().enumerate() {
            if mask & (1 << bit) != 0 {
                x[input as usize] = now[input as usize];
            }
        }
        *slot = shape.value(&x);
    }
    const FACTORIAL: [f64; 6] = [1.0, 1.0, 2.0, 6.0, 24.0, 120.0];
    for (bit, &input) in inputs.iter().enumerate() {
        let mut share = 0.0;
        for mask in 0..(1usize << n) {
            if mask & (1 << bit) == 0 {
                let size = mask.count_ones() as usize;
                let weight = FACTORIAL[size] * FACTORIAL[n - size - 1] / FACTORIAL[n];
                share += weight * (values[mask | (1 << bit)] - values[mask]);
            }
        }
        let amount = coefficient.value * share;
        if amount != 0.0 {
            out.push(Contribution { input, coefficient, amount });
        }
    }
}

fn contributions_to(
    target: Target,
    now: &[f64; Input::COUNT],
    base: &[f64; Input::COUNT],
) -> Vec<Contribution> {
    let mut out = Vec::new();
    for &(term_target, coefficient, shape) in TERMS {
        if term_target == target {
            split_term(coefficient, shape, now, base, &mut out);
        }
    }
    out
}

fn total(contributions: &[Contribution]) -> f64 {
    contributions.iter().map(|c| c.amount).sum()
}

/// The contributions, largest first; equal ones keep their order (the terms table's).
///
/// An insertion sort by hand: the lists hold at most eight terms, and the standard library's
/// stable sort, monomorphised for this one type, cost the wasm about 3.4 KB.
fn largest_first(mut contributions: Vec<Contribution>) -> Vec<Contribution> {
    for end in 1..contributions.len() {
        let mut at = end;
        while at > 0 && contributions[at - 1].amount.abs() < contributions[at].amount.abs() {
            contributions.swap(at - 1, at);
            at -= 1;
        }
    }
    contributions
}

/// How ambiguous a scenario is: vague guarantees, weak discipline, relief without triggers,
/// minerals talk and fighting all widen the bands.
fn ambiguity(x: &[f64; Input::COUNT]) -> f64 {
    let get = |input: Input| x[input as usize];
    let relief = get(In::EnergyRelief).max(get(In::BankingRelief)).max(get(In::DebtRelief));
    c::BAND_VAGUE_GUARANTEES.value * (1.0 - get(In::GuaranteeClarity))
        + c::BAND_WEAK_DISCIPLINE.value * (1.0 - get(In::AlliedDiscipline))
        + c::BAND_UNTRIGGERED_RELIEF.value * relief * (1.0 - get(In::SnapBack))
        + c::BAND_MINERALS.value * get(In::Minerals)
        + c::BAND_FIGHTING.value * get(In::Fighting)
}

/// The model: one scenario in, everything the page shows out. Pure and deterministic; for
/// every scenario, every number is finite and within its display range.
pub fn evaluate(scenario: &Scenario) -> Outcome {
    let now = fractions(scenario);
    let base = fractions(&Scenario::default());
    let ambiguity = ambiguity(&now);
    let widening = 1.0 + c::BAND_WIDENING.value * ambiguity;

    let readings: Vec<Reading> = Indicator::ALL
        .iter()
        .map(|&indicator| {
            let info = indicator.info();
            let contributions =
                largest_first(contributions_to(Target::Indicator(indicator), &now, &base));
            let raw = info.summit + total(&contributions);
            let floor =
                if indicator == Indicator::Defence { c::DEFENCE_FLOOR.value } else { info.min };
            let value = raw.clamp(floor, info.max);
            let half_band = info.band_floor * widening;
            Reading {
                indicator,
                value,
                low: (value - half_band).max(info.min),
                high: (value + half_band).min(info.max),
                contributions,
                limited: value != raw,
                beyond: match (info.evidence_low, info.evidence_high) {
                    (Some(bound), _) if value < bound.value - 1e-9 => Some(Beyond::Below(bound)),
                    (_, Some(bound)) if value > bound.value + 1e-9 => Some(Beyond::Above(bound)),
                    _ => None,
                },
            }
        })
        .collect();

    let readout = |target: Target, summit: f64| {
        let contributions = largest_first(contributions_to(target, &now, &base));
        let value = (summit + total(&contributions)).clamp(0.0, 100.0);
        Readout { summit, value, contributions }
    };
    let cohesion = readout(Target::Cohesion, c::COHESION_BASE.value);
    let reintegration = readout(Target::Reintegration, c::REINTEGRATION_BASE.value);

    // The rotation test reads the rate and FX complex: spread compression plus the euro's
    // rise, in bp-equivalents, against a threshold. Its shares are the two indicators' shares.
    let bp_per_dollar = c::ROTATION_BP_PER_CENT.value * 100.0;
    let mut rotation_shares: Vec<Contribution> = readings[I::BtpBund as usize]
        .contributions
        .iter()
        .map(|share| Contribution { amount: -share.amount, ..*share })
        .chain(
            readings[I::EurUsd as usize]
                .contributions
                .iter()
                .map(|share| Contribution { amount: share.amount * bp_per_dollar, ..*share }),
        )
        .collect();
    rotation_shares = largest_first(rotation_shares);
    let btp = &readings[I::BtpBund as usize];
    let eur = &readings[I::EurUsd as usize];
    let improvement = (I::BtpBund.info().summit - btp.value)
        + (eur.value - I::EurUsd.info().summit) * bp_per_dollar;
    let rotation = Readout {
        summit: -c::ROTATION_THRESHOLD.value,
        value: improvement - c::ROTATION_THRESHOLD.value,
        contributions: rotation_shares,
    };

    Outcome { readings, cohesion, reintegration, rotation, ambiguity }
}
