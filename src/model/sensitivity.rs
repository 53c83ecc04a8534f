//! Which lever matters most for a number, and what it would take to bring the number to a
//! level: the model's arithmetic run many times over, for the reader's two questions.
//!
//! Both answers are the model's arithmetic under the editors' assumptions, never advice. Pure
//! and deterministic, like [`evaluate()`]: the same scenario and question give the same answer.

use crate::model::{evaluate, Indicator, Input, Outcome, Scenario};

/// A number the reader can ask about: a market indicator or one of the politics readouts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// A market indicator.
    Indicator(Indicator),
    /// Sanctions-coalition cohesion, 0–100.
    Cohesion,
    /// Russia's economic reintegration, 0–100.
    Reintegration,
    /// The margin of the model's test for a broad market rally, in bp-equivalents.
    Rotation,
}

impl Measure {
    /// Every measure, indicators first, in the page's order.
    pub fn all() -> impl Iterator<Item = Measure> {
        Indicator::ALL.into_iter().map(Measure::Indicator).chain([
            Measure::Cohesion,
            Measure::Reintegration,
            Measure::Rotation,
        ])
    }

    /// The measure's key in the page's markup and the on-demand module's requests: an indicator's slug,
    /// or the readout's name (the same keys as the charts' `Subject::slug`).
    pub fn slug(self) -> &'static str {
        match self {
            Measure::Indicator(indicator) => indicator.info().slug,
            Measure::Cohesion => "cohesion",
            Measure::Reintegration => "reintegration",
            Measure::Rotation => "rotation",
        }
    }

    /// The measure a key names, if any.
    pub fn from_slug(slug: &str) -> Option<Measure> {
        Measure::all().find(|measure| measure.slug() == slug)
    }

    /// The measure's level in an outcome.
    pub fn value(self, outcome: &Outcome) -> f64 {
        match self {
            Measure::Indicator(indicator) => outcome.reading(indicator).value,
            Measure::Cohesion => outcome.cohesion.value,
            Measure::Reintegration => outcome.reintegration.value,
            Measure::Rotation => outcome.rotation.value,
        }
    }

    /// Each lever's share of the measure's move from the summit (the Shapley split the "why"
    /// lists show), in [`Input::ALL`] order.
    pub fn shares(self, outcome: &Outcome) -> [f64; Input::COUNT] {
        let contributions = match self {
            Measure::Indicator(indicator) => &outcome.reading(indicator).contributions,
            Measure::Cohesion => &outcome.cohesion.contributions,
            Measure::Reintegration => &outcome.reintegration.contributions,
            Measure::Rotation => &outcome.rotation.contributions,
        };
        let mut shares = [0.0; Input::COUNT];
        for contribution in contributions {
            shares[contribution.input as usize] += contribution.amount;
        }
        shares
    }

    /// Half the smallest step the page shows (a tenth of a bp-equivalent, a whole point, a
    /// cent): a target is met when the level is within it.
    pub fn tolerance(self) -> f64 {
        match self {
            Measure::Indicator(indicator) => 0.5 * 10f64.powi(-(indicator.info().decimals as i32)),
            Measure::Cohesion | Measure::Reintegration | Measure::Rotation => 0.5,
        }
    }
}

/// One lever's bar in the tornado: what that lever alone can do with the others held.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    /// The lever.
    pub input: Input,
    /// The measure with this lever at 0.
    pub at_zero: f64,
    /// The measure with this lever at 100.
    pub at_full: f64,
    /// The lever's share of the current move from the summit.
    pub share: f64,
}

impl Bar {
    /// How far the lever alone can move the measure.
    pub fn span(&self) -> f64 {
        (self.at_full - self.at_zero).abs()
    }
}

/// Every lever's span for `measure` around `scenario` (16 evaluations), widest first; ties
/// keep the levers' order. The current level lies on every bar.
pub fn tornado(scenario: &Scenario, measure: Measure) -> Vec<Bar> {
    let shares = measure.shares(&evaluate(scenario));
    let mut bars: Vec<Bar> = Input::ALL
        .iter()
        .map(|&input| Bar {
            input,
            at_zero: measure.value(&evaluate(&scenario.with(input, 0))),
            at_full: measure.value(&evaluate(&scenario.with(input, Scenario::MAX))),
            share: shares[input as usize],
        })
        .collect();
    // A stable sort: equal spans stay in the levers' order.
    bars.sort_by(|a, b| b.span().total_cmp(&a.span()));
    bars
}

/// What the search found: a scenario, the level it gives, and whether that meets the target.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sought {
    /// The scenario: the starting one with some free levers moved.
    pub scenario: Scenario,
    /// The measure's level there.
    pub level: f64,
    /// Whether the level meets the target within [`Measure::tolerance`]. When it does not,
    /// `level` is the nearest the free levers reach within the evidence bounds.
    pub met: bool,
}

/// A scenario that brings `measure` to `target`, moving only the `free` levers, with as
/// little total lever movement from `from` as the search finds.
///
/// The search is greedy and deterministic: each step moves one free lever by one position,
/// the lever (and direction) that brings the measure closest to the target for that step,
/// never pushing an indicator beyond its evidence bounds (or further beyond, if `from`
/// already is). It stops when the target is met within the tolerance or no step helps. For
/// effects that add up, as most of the model's do, the lever with the largest effect per
/// position is the cheapest way to the target, so greedy steps find the least movement; with
/// one free lever, and the model monotone in each lever, it is the nearest position on the
/// way. A target no step can reach returns the nearest level found, with `met: false`.
pub fn seek(from: &Scenario, measure: Measure, target: f64, free: &[Input]) -> Sought {
    let tolerance = measure.tolerance();
    let start = evaluate(from);
    let limits = Limits::of(&start);
    let mut scenario = *from;
    let mut level = measure.value(&start);
    // Every step brings the level strictly closer; the cap (every free lever's whole travel)
    // only bounds the work.
    for _ in 0..free.len() * usize::from(Scenario::MAX) {
        if (level - target).abs() <= tolerance {
            break;
        }
        let mut best: Option<(Scenario, f64)> = None;
        for &input in free {
            let position = scenario.get(input);
            for next in [position.checked_sub(1), position.checked_add(1)] {
                let Some(next) = next.filter(|&next| next <= Scenario::MAX) else { continue };
                let candidate = scenario.with(input, next);
                let outcome = evaluate(&candidate);
                if !limits.allow(&outcome) {
                    continue;
                }
                let reached = measure.value(&outcome);
                let closer = (reached - target).abs() < (level - target).abs() - 1e-12;
                let better =
                    best.is_none_or(|(_, b)| (reached - target).abs() < (b - target).abs() - 1e-12);
                if closer && better {
                    best = Some((candidate, reached));
                }
            }
        }
        let Some((next, reached)) = best else { break };
        scenario = next;
        level = reached;
    }
    Sought { scenario, level, met: (level - target).abs() <= tolerance }
}

/// How far each indicator may go: its evidence bounds, or where it already is if the
/// starting scenario is beyond them.
struct Limits {
    bounds: [(f64, f64); Indicator::COUNT],
}

impl Limits {
    fn of(start: &Outcome) -> Self {
        Limits {
            bounds: std::array::from_fn(|i| {
                let reading = &start.readings[i];
                let info = reading.indicator.info();
                let low = info.evidence_low.map_or(f64::NEG_INFINITY, |bound| bound.value);
                let high = info.evidence_high.map_or(f64::INFINITY, |bound| bound.value);
                (low.min(reading.value), high.max(reading.value))
            }),
        }
    }

    fn allow(&self, outcome: &Outcome) -> bool {
        outcome
            .readings
            .iter()
            .zip(self.bounds)
            .all(|(reading, (low, high))| (low..=high).contains(&reading.value))
    }
}

#[cfg(test)]
mod tests;
