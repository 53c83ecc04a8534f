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

use crate::content::words::{self, Measure};
use crate::model::{evaluate, Indicator, Scenario};

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

impl Subject {
    /// Every chart the widget draws: the eight indicators, then the three readouts.
    pub const ALL: [Subject; 11] = [
        Subject::Indicator(Indicator::Ttf),
        Subject::Indicator(Indicator::CurveSlope),
        Subject::Indicator(Indicator::Brent),
        Subject::Indicator(Indicator::BtpBund),
        Subject::Indicator(Indicator::EurUsd),
        Subject::Indicator(Indicator::Defence),
        Subject::Indicator(Indicator::UsdRub),
        Subject::Indicator(Indicator::UkraineBonds),
        Subject::Cohesion,
        Subject::Reintegration,
        Subject::Rotation,
    ];

    /// A stable short name, for element ids and the kept backdrop.
    pub const fn slug(self) -> &'static str {
        match self {
            Subject::Indicator(indicator) => indicator.info().slug,
            Subject::Cohesion => "cohesion",
            Subject::Reintegration => "reintegration",
            Subject::Rotation => "rotation",
        }
    }

    /// The axis: what the model can reach for this subject over every scenario, rounded out
    /// to round numbers (`chart::tests` holds each span to the model's reach, and the reach to
    /// most of the span, so a change to the model that leaves a span stale fails there).
    pub const fn scale(self) -> Scale {
        let (low, high) = match self {
            Subject::Indicator(indicator) => match indicator {
                Indicator::Ttf => (10.0, 45.0),
                Indicator::CurveSlope => (-1.0, 3.0),
                Indicator::Brent => (58.0, 70.0),
                Indicator::BtpBund => (50.0, 105.0),
                Indicator::EurUsd => (1.14, 1.22),
                Indicator::Defence => (90.0, 106.0),
                Indicator::UsdRub => (45.0, 95.0),
                Indicator::UkraineBonds => (30.0, 85.0),
            },
            Subject::Cohesion | Subject::Reintegration => (0.0, 100.0),
            Subject::Rotation => (-60.0, 40.0),
        };
        Scale { low, high }
    }

    /// How a change of this subject is written.
    pub const fn measure(self) -> Measure {
        match self {
            Subject::Indicator(indicator) => Measure::Indicator(indicator),
            Subject::Cohesion | Subject::Reintegration => Measure::Points,
            Subject::Rotation => Measure::BpEquivalents,
        }
    }

    /// A level as the chart labels it, short: "€34", "83 bp", "62".
    pub fn short(self, value: f64) -> String {
        match self {
            Subject::Indicator(indicator) => words::chart_level(indicator, value),
            Subject::Cohesion | Subject::Reintegration => crate::model::number::text(value, 0),
            Subject::Rotation => words::signed_whole(value),
        }
    }

    /// The summit's level (for a readout, the model's at the default scenario).
    pub fn summit(self) -> f64 {
        match self {
            Subject::Indicator(indicator) => indicator.info().summit,
            readout => {
                let outcome = evaluate(&Scenario::default());
                match readout {
                    Subject::Cohesion => outcome.cohesion.summit,
                    Subject::Reintegration => outcome.reintegration.summit,
                    _ => outcome.rotation.summit,
                }
            }
        }
    }

    /// The labelled levels under the track, most important first: the summit, the rotation
    /// test's threshold, the historical levels beyond each end of the axis (the farthest on
    /// each side), then those on it. Only what fits without overlapping at the narrowest plot
    /// is kept, so at most two or three reference levels are labelled; the full dated list is
    /// in the card's disclosure.
    pub fn backdrop(self) -> Backdrop {
        let scale = self.scale();
        let summit = scale.fraction(self.summit());
        let summit = Note {
            at: summit,
            anchor: Anchor::at(summit),
            text: words::chart_summit(&self.short(self.summit())),
            rule: None,
            wide: false,
        };
        let mut candidates = Vec::new();
        if self == Subject::Rotation {
            let at = scale.fraction(0.0);
            candidates.push(Note {
                at,
                anchor: Anchor::Start,
                text: words::CHART_THRESHOLD.to_owned(),
                rule: Some(Role::Threshold),
                wide: false,
            });
        }
        if let Subject::Indicator(indicator) = self {
            let ticks = indicator.info().ticks;
            let below = ticks
                .iter()
                .filter(|t| t.value < scale.low)
                .min_by(|a, b| a.value.total_cmp(&b.value));
            let above = ticks
                .iter()
                .filter(|t| t.value > scale.high)
                .max_by(|a, b| a.value.total_cmp(&b.value));
            if let Some(tick) = below {
                candidates.push(Note {
                    at: 0.0,
                    anchor: Anchor::Start,
                    text: words::chart_off_scale_low(tick.short, &self.short(tick.value)),
                    rule: None,
                    wide: false,
                });
            }
            if let Some(tick) = above {
                candidates.push(Note {
                    at: 1.0,
                    anchor: Anchor::End,
                    text: words::chart_off_scale_high(tick.short, &self.short(tick.value)),
                    rule: None,
                    wide: false,
                });
            }
            let info = indicator.info();
            let on_scale = ticks.iter().map(|tick| (tick.value, tick.short));
            // The evidence's edges are reference levels too, where no dated level repeats them.
            let edges = [info.evidence_low, info.evidence_high]
                .into_iter()
                .flatten()
                .filter(|bound| ticks.iter().all(|tick| tick.value != bound.value))
                .map(|bound| (bound.value, bound.short));
            for (value, what) in on_scale.chain(edges).filter(|&(value, _)| scale.contains(value)) {
                let at = scale.fraction(value);
                candidates.push(Note {
                    at,
                    anchor: Anchor::at(at),
                    text: words::chart_reference(what, &self.short(value)),
                    rule: Some(Role::Reference),
                    wide: false,
                });
            }
        }
        // First what fits the narrowest plot, then, marked `wide`, what fits a wide one too;
        // each label centred on its level if it can be, else starting or ending there.
        let mut notes: Vec<Note> = Vec::new();
        let mut left_out = Vec::new();
        for note in candidates {
            match note.placed(&notes, NARROWEST_PLOT) {
                Some(placed) => notes.push(placed),
                None => left_out.push(note),
            }
        }
        for note in left_out {
            if let Some(placed) = note.placed(&notes, WIDE_PLOT) {
                notes.push(Note { wide: true, ..placed });
            }
        }
        Backdrop { summit, notes }
    }
}

impl Note {
    /// This label, anchored so that it stays on a plot `width` wide (centred if it can be) and
    /// leaves a gap of at least [`GAP`] to each of `placed`; `None` if no anchor does.
    fn placed(&self, placed: &[Note], width: f64) -> Option<Note> {
        let anchors = match self.anchor {
            Anchor::Middle => [Anchor::Middle, Anchor::Start, Anchor::End],
            fixed => [fixed; 3],
        };
        anchors.into_iter().map(|anchor| Note { anchor, ..self.clone() }).find(|note| {
            let (left, right) = note.extent(width);
            left >= 0.0
                && right <= width
                && placed.iter().all(|other| {
                    let (other_left, other_right) = other.extent(width);
                    right + GAP <= other_left || left >= other_right + GAP
                })
        })
    }

    /// Where the label stands, left and right, in px on a plot `width` wide.
    fn extent(&self, width: f64) -> (f64, f64) {
        let x = self.at * width;
        let wide = text_width(&self.text);
        match self.anchor {
            Anchor::Start => (x, x + wide),
            Anchor::Middle => (x - wide / 2.0, x + wide / 2.0),
            Anchor::End => (x - wide, x),
        }
    }
}

impl Chart {
    /// The chart of `subject` at a scenario's `value`, moved from the `summit`'s level, with
    /// its judgement range (`band`, for indicators) and A's level (`pinned`, when comparing).
    pub fn new(
        subject: Subject,
        summit: f64,
        value: f64,
        band: Option<(f64, f64)>,
        pinned: Option<f64>,
    ) -> Chart {
        let scale = subject.scale();
        Chart {
            subject,
            scale,
            marks: Marks {
                summit: scale.fraction(summit),
                scenario: scale.fraction(value),
                band: band.map(|(low, high)| (scale.fraction(low), scale.fraction(high))),
                label: subject.short(value),
                pinned: pinned.map(|pinned| {
                    (scale.fraction(pinned), words::chart_pinned(&subject.short(pinned)))
                }),
            },
        }
    }

    /// The chart's height in CSS px.
    pub fn height(&self) -> f64 {
        if self.marks.pinned.is_some() {
            lane::HEIGHT_PINNED
        } else {
            lane::HEIGHT
        }
    }

    /// The backdrop's shapes: reference lines across the track, and the labels under it.
    pub fn backdrop_shapes(&self) -> Vec<Shape> {
        let backdrop = self.subject.backdrop();
        let mut shapes = Vec::new();
        for note in &backdrop.notes {
            if let Some(role) = note.rule {
                shapes.push(Shape::Rule {
                    role,
                    x: note.at,
                    top: lane::TRACK_TOP - 3.0,
                    bottom: lane::TRACK_BOTTOM + 3.0,
                    wide: note.wide,
                });
            }
        }
        shapes.push(Shape::Text {
            role: Role::SummitText,
            x: backdrop.summit.at,
            y: lane::SUMMIT_TEXT,
            anchor: backdrop.summit.anchor,
            text: backdrop.summit.text,
            wide: false,
        });
        for note in backdrop.notes {
            shapes.push(Shape::Text {
                role: Role::Note,
                x: note.at,
                y: lane::REFERENCE_TEXT,
                anchor: note.anchor,
                text: note.text,
                wide: note.wide,
            });
        }
        shapes
    }

    /// The moving layer's shapes, in drawing order: the band, the arrow's shaft, the summit's
    /// hollow dot, the head (or a dot, for a move too small to point), the scenario's label,
    /// then A on top,
    /// a diamond larger than the scenario's mark so it shows even where the two coincide.
    pub fn mark_shapes(&self) -> Vec<Shape> {
        let marks = &self.marks;
        let mut shapes = Vec::new();
        if let Some((low, high)) = marks.band {
            shapes.push(Shape::Span {
                role: Role::Band,
                from: low,
                to: high,
                top: lane::TRACK_TOP,
                bottom: lane::TRACK_BOTTOM,
            });
        }
        let moved = marks.scenario - marks.summit;
        let direction = if moved.abs() < SMALLEST_ARROW {
            Direction::Still
        } else if moved > 0.0 {
            Direction::Right
        } else {
            Direction::Left
        };
        // The shaft runs from the summit's centre to the tip, under the summit's hollow dot
        // (filled with the background) and the head, which are drawn after it. It is drawn
        // even when the move is too small to point, with no length: the page then keeps the
        // same elements through a whole drag and only moves them.
        let tip = if direction == Direction::Still { marks.summit } else { marks.scenario };
        shapes.push(Shape::Shaft {
            role: Role::Arrow,
            from: marks.summit,
            to: tip,
            y: lane::TRACK_MID,
        });
        shapes.push(Shape::Dot {
            role: Role::Summit,
            x: marks.summit,
            y: lane::TRACK_MID,
            radius: 5.0,
        });
        shapes.push(Shape::Head {
            role: Role::Scenario,
            x: marks.scenario,
            y: lane::TRACK_MID,
            direction,
        });
        shapes.push(Shape::Text {
            role: Role::ScenarioText,
            x: marks.scenario,
            y: lane::VALUE_TEXT,
            anchor: Anchor::at(marks.scenario),
            text: marks.label.clone(),
            wide: false,
        });
        if let Some((at, label)) = &marks.pinned {
            shapes.push(Shape::Diamond { role: Role::Pinned, x: *at, y: lane::TRACK_MID });
            shapes.push(Shape::Text {
                role: Role::PinnedText,
                x: *at,
                y: lane::PINNED_TEXT,
                anchor: Anchor::at(*at),
                text: label.clone(),
                wide: false,
            });
        }
        shapes
    }
}

#[cfg(test)]
mod tests;
