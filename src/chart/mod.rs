//! One chart geometry for the screen and the downloads.
//!
//! Every indicator and readout is drawn as an arrow from the summit's level to the scenario's,
//! on an axis that spans what the model can reach for it, not history: the move is the mark.
//! This module decides everything about the drawing but the pixels: the axis, where each mark
//! and label stands (as a fraction of the plot's width, 0 at the left end, 1 at the right),
//! how labels are anchored so they never leave the plot, which reference levels are labelled
//! without colliding, and which historical levels fall off the scale. The card component
//! (`components::indicator_chart`) writes the fractions as percentages, so its text keeps its
//! size at every width; the SVG download (`export::svg`) multiplies them by its plot's width.
//! Both draw the same [`Shape`]s, from [`Chart::backdrop_shapes`] and [`Chart::mark_shapes`].
//!
//! Two layers, so that the browser builds only what moves: the [`Backdrop`] (reference lines
//! and the labels under the track, the same for every scenario: the build renders it and the
//! island keeps it) and the [`Marks`] (the judgement band, the arrow, the scenario's label
//! and A's mark, drawn on every move).
//!
//! This file holds the drawing's types; `subject` says what each chart is about (its axis,
//! reference levels and words), `layout` places the marks and labels.

mod layout;
mod subject;

use crate::content::words::{self, Measure};
use crate::model::{evaluate, Indicator, Outcome, Scenario};

/// What a chart shows: a market indicator or one of the three readouts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    /// A market indicator.
    Indicator(Indicator),
    /// Sanctions-coalition cohesion, 0–100.
    Cohesion,
    /// Russia's economic reintegration, 0–100.
    Reintegration,
    /// The risk-rotation margin, in basis-point equivalents (0 is the test's threshold).
    Rotation,
}

/// The axis: the span the chart draws, in the subject's unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// The value at the left end.
    pub low: f64,
    /// The value at the right end.
    pub high: f64,
}

impl Scale {
    /// Where `value` stands, as a fraction of the plot's width, held to the plot.
    pub fn fraction(self, value: f64) -> f64 {
        ((value - self.low) / (self.high - self.low)).clamp(0.0, 1.0)
    }

    /// Whether `value` is on the axis.
    pub fn contains(self, value: f64) -> bool {
        (self.low..=self.high).contains(&value)
    }
}

/// How a label stands against its point: starting there, centred on it, or ending there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at the point.
    Start,
    /// The text is centred on the point.
    Middle,
    /// The text ends at the point.
    End,
}

impl Anchor {
    /// SVG's `text-anchor` value.
    pub const fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }

    /// Centred unless the text would leave the plot at `at` (a fraction): a label near an end
    /// starts or ends there instead.
    fn at(at: f64) -> Anchor {
        if at < EDGE {
            Anchor::Start
        } else if at > 1.0 - EDGE {
            Anchor::End
        } else {
            Anchor::Middle
        }
    }
}

/// How near an end (as a fraction) a centred label would leave the plot at the narrowest width.
const EDGE: f64 = 0.12;

/// The narrowest plot the labels must fit without colliding (a 320 px phone, less margins).
pub const NARROWEST_PLOT: f64 = 270.0;
/// The narrowest plot that shows the labels marked `wide` too (the stylesheet hides them in
/// a narrower chart with a container query on the same width).
pub const WIDE_PLOT: f64 = 420.0;

/// An estimate of a label's width in CSS px at the chart's 12 px type: wide enough for the
/// widest fallback sans-serif (DejaVu Sans), so a layout that fits here fits everywhere.
fn text_width(text: &str) -> f64 {
    text.chars().count() as f64 * 7.2 + 6.0
}

/// The vertical layout, in CSS px from the chart's top: the same on the screen and in files.
pub mod lane {
    /// The scenario's label: its baseline.
    pub const VALUE_TEXT: f64 = 13.0;
    /// The summit's label: its baseline.
    pub const SUMMIT_TEXT: f64 = 27.0;
    /// The track's top (the band, the arrow and the reference lines).
    pub const TRACK_TOP: f64 = 32.0;
    /// The track's centre: the arrow and the dots.
    pub const TRACK_MID: f64 = 40.0;
    /// The track's bottom.
    pub const TRACK_BOTTOM: f64 = 48.0;
    /// The reference levels' labels: their baseline.
    pub const REFERENCE_TEXT: f64 = 63.0;
    /// A's label, when comparing: its baseline.
    pub const PINNED_TEXT: f64 = 80.0;
    /// The chart's height without A.
    pub const HEIGHT: f64 = 68.0;
    /// The chart's height when comparing.
    pub const HEIGHT_PINNED: f64 = 85.0;
}

/// An arrowhead pointing right with its tip at the origin, in CSS px.
pub const HEAD_RIGHT: &str = "M0 0L-12 -7V7Z";
/// An arrowhead pointing left with its tip at the origin.
pub const HEAD_LEFT: &str = "M0 0L12 -7V7Z";
/// The scenario's mark when it has not moved far enough to point: a dot 5.5 px in radius,
/// centred on the origin, drawn as a path like the heads so that the page swaps one `d`
/// attribute, not one element for another, when a drag passes the summit.
pub const STILL: &str = "M-5.5 0A5.5 5.5 0 1 0 5.5 0A5.5 5.5 0 1 0 -5.5 0Z";
/// A's diamond, centred on the origin: larger than the head, so it shows around it.
pub const DIAMOND: &str = "M0 -9L9 0L0 9L-9 0Z";

/// The least gap between two labels, in CSS px.
pub const GAP: f64 = 8.0;

/// The smallest move drawn as an arrow, as a fraction of the plot; a smaller one is a dot.
const SMALLEST_ARROW: f64 = 0.02;

/// What each shape is, as a class name (`chart-…` on the screen and in the files).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A reference level's line across the track.
    Reference,
    /// The rotation test's threshold.
    Threshold,
    /// The judgement range.
    Band,
    /// The move from the summit to the scenario.
    Arrow,
    /// The summit's level.
    Summit,
    /// The scenario's level.
    Scenario,
    /// The pinned scenario, A.
    Pinned,
    /// The summit's label.
    SummitText,
    /// A label in muted ink under the track: a reference level's, an off-scale level's.
    Note,
    /// The scenario's label.
    ScenarioText,
    /// A's label.
    PinnedText,
}

impl Role {
    /// The class the screen and the files give the shape.
    pub const fn class(self) -> &'static str {
        match self {
            Role::Reference => "chart-reference",
            Role::Threshold => "chart-threshold",
            Role::Band => "chart-band",
            Role::Arrow => "chart-arrow",
            Role::Summit => "chart-summit",
            Role::Scenario => "chart-scenario",
            Role::Pinned => "chart-pinned",
            Role::SummitText => "chart-summit-text",
            Role::Note => "chart-note",
            Role::ScenarioText => "chart-scenario-text",
            Role::PinnedText => "chart-pinned-text",
        }
    }
}

/// Which way an arrowhead points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// To the right: the level rose.
    Right,
    /// To the left: the level fell.
    Left,
    /// Nowhere: the move is too small to point, and the mark is a dot ([`STILL`]).
    Still,
}

impl Direction {
    /// The mark's outline, placed with its tip (or centre) at the origin.
    pub const fn path(self) -> &'static str {
        match self {
            Direction::Right => HEAD_RIGHT,
            Direction::Left => HEAD_LEFT,
            Direction::Still => STILL,
        }
    }
}

/// One thing drawn. In every variant `role` says what it is, horizontal positions (`x`,
/// `from`, `to`) are fractions of the plot's width, vertical ones (`y`, `top`, `bottom`) CSS
/// px from the chart's top, sizes CSS px, and `wide` marks a label or line shown only on a
/// plot [`WIDE_PLOT`] wide or wider.
#[derive(Clone, Debug, PartialEq)]
#[allow(missing_docs)] // The fields mean the same in every variant, as said above.
pub enum Shape {
    /// A vertical line across the track.
    Rule { role: Role, x: f64, top: f64, bottom: f64, wide: bool },
    /// A horizontal span: the band.
    Span { role: Role, from: f64, to: f64, top: f64, bottom: f64 },
    /// A horizontal line: the arrow's shaft.
    Shaft { role: Role, from: f64, to: f64, y: f64 },
    /// An arrowhead whose tip is at `x` ([`HEAD_RIGHT`] or [`HEAD_LEFT`]), or the dot centred
    /// there ([`STILL`]) when the move is too small to point.
    Head { role: Role, x: f64, y: f64, direction: Direction },
    /// A dot: hollow for the summit, filled for the scenario.
    Dot { role: Role, x: f64, y: f64, radius: f64 },
    /// A diamond outline centred on `x` ([`DIAMOND`]): A.
    Diamond { role: Role, x: f64, y: f64 },
    /// A label.
    Text { role: Role, x: f64, y: f64, anchor: Anchor, text: String, wide: bool },
}

/// A labelled level under the track: the summit, a reference level inside the axis, or an
/// arrow to one outside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    /// Where it points, as a fraction.
    pub at: f64,
    /// How the label stands against that point.
    pub anchor: Anchor,
    /// The label.
    pub text: String,
    /// Whether a line marks the level across the track (not for the summit, which has its
    /// dot, nor for a level off the scale).
    pub rule: Option<Role>,
    /// Whether it fits only on a plot [`WIDE_PLOT`] wide or wider.
    pub wide: bool,
}

/// The layer that never changes: the summit's label over the track and the labelled levels
/// under it.
#[derive(Clone, Debug, PartialEq)]
pub struct Backdrop {
    /// The summit's label, in a lane of its own.
    pub summit: Note,
    /// The labels placed: those not `wide` overlap none at the narrowest plot, and all of
    /// them overlap none at [`WIDE_PLOT`].
    pub notes: Vec<Note>,
}

/// The layer that moves: the scenario against the summit, with its band and A.
#[derive(Clone, Debug, PartialEq)]
pub struct Marks {
    /// The summit's level, as a fraction.
    pub summit: f64,
    /// The scenario's level, as a fraction.
    pub scenario: f64,
    /// The judgement range, as fractions, if the subject has one.
    pub band: Option<(f64, f64)>,
    /// The scenario's label, written at its mark.
    pub label: String,
    /// A's level as a fraction, and its label, when comparing.
    pub pinned: Option<(f64, String)>,
}

/// A chart: its subject, its axis, and what moves. The backdrop is the subject's
/// ([`Subject::backdrop`]), built only where it is drawn: by the build and the downloads.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// What it shows.
    pub subject: Subject,
    /// Its axis.
    pub scale: Scale,
    /// What moves.
    pub marks: Marks,
}

#[cfg(test)]
mod tests;
