//! Where each mark and label stands: the backdrop's notes placed without colliding, and the
//! marks of a scenario (the arrow, its label, the band and A's diamond).

use super::*;

impl Note {
    /// This label, anchored so that it stays on a plot `width` wide (centred if it can be) and
    /// leaves a gap of at least [`GAP`] to each of `placed`; `None` if no anchor does.
    pub(super) fn placed(&self, placed: &[Note], width: f64) -> Option<Note> {
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
    pub(super) fn extent(&self, width: f64) -> (f64, f64) {
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
