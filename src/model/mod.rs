//! The capital-flows scenario model: a [`Scenario`] of eight inputs in, an [`Outcome`] of
//! market indicators and readouts out, through one pure function, [`evaluate()`].
//!
//! Everything here is illustrative, not a forecast. Each effect's sign comes from a phrase in
//! the second article and its size is bounded by a dated historical figure; both are attached
//! to the coefficient that carries them (see [`coefficients`]) so the page can show them.
//! The model measures everything from the "Alaska outcome as it stands", the default scenario,
//! which is also where the market levels of the summit window (August 2025) sit.
//!
//! This module has no web dependencies and is tested natively.

pub mod coefficients;
pub mod evaluate;
pub mod indicators;
pub mod inputs;
pub mod number;
pub mod presets;
pub mod sensitivity;
pub mod terms;

#[cfg(test)]
mod tests;

/// The model's version. It goes up with every change that moves a number for some scenario
/// (a coefficient, a summit level, a limit), and every link records it (`mv`), so a shared
/// link whose numbers have since been revised says so. `content::changelog` says what each
/// version changed; a test holds the two together.
pub const VERSION: u32 = 2;

pub use evaluate::{evaluate, Beyond, Contribution, Outcome, Reading, Readout};
pub use indicators::{Bound, Indicator, IndicatorInfo, Primary, Series, Tick};
pub use inputs::{Group, Input, InputInfo};
pub use presets::{Preset, PresetInfo};

/// Every slider's position, 0 to 100, indexed by [`Input`].
///
/// Positions are whole numbers so that a scenario has one exact form in a shared link and
/// the same scenario always draws the same picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Scenario {
    values: [u8; Input::COUNT],
}

impl Scenario {
    /// The highest position of every slider.
    pub const MAX: u8 = 100;

    /// Builds a scenario from positions in [`Input::ALL`] order, clamping each to 0–100.
    pub const fn from_values(values: [u8; Input::COUNT]) -> Self {
        let mut clamped = values;
        let mut index = 0;
        while index < Input::COUNT {
            if clamped[index] > Self::MAX {
                clamped[index] = Self::MAX;
            }
            index += 1;
        }
        Self { values: clamped }
    }

    /// The position of one slider, 0 to 100.
    pub const fn get(&self, input: Input) -> u8 {
        self.values[input as usize]
    }

    /// The position of one slider as a fraction, 0.0 to 1.0.
    pub fn fraction(&self, input: Input) -> f64 {
        f64::from(self.get(input)) / f64::from(Self::MAX)
    }

    /// Returns this scenario with one slider moved, clamped to 0–100.
    #[must_use]
    pub const fn with(mut self, input: Input, value: u8) -> Self {
        self.values[input as usize] = if value > Self::MAX { Self::MAX } else { value };
        self
    }

    /// All positions, in [`Input::ALL`] order.
    pub const fn values(&self) -> [u8; Input::COUNT] {
        self.values
    }
}

impl Default for Scenario {
    /// The Alaska outcome as it stands: "a dialogue that surfaces instruments … without
    /// negotiable convergence".
    fn default() -> Self {
        Preset::Alaska.scenario()
    }
}
