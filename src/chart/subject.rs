//! What each chart is about: its axis (the span the model can reach), its reference and
//! off-scale levels, and how its numbers are written.

use super::*;

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

    /// Every chart's text alternative, in the order of `ALL`, for a scenario and the pinned
    /// one. The widget builds them from the settled scenario only, so a drag does not rewrite
    /// eleven long labels on every step.
    pub fn descriptions(scenario: &Scenario, pinned: Option<&Scenario>) -> Vec<String> {
        let (outcome, pinned) = (evaluate(scenario), pinned.map(evaluate));
        Subject::ALL.iter().map(|subject| subject.description(&outcome, pinned.as_ref())).collect()
    }

    /// The chart's text alternative, one sentence for assistive technology: the level, the
    /// move from the summit and the plausible range, and, when comparing, A's level.
    pub fn description(self, outcome: &Outcome, pinned: Option<&Outcome>) -> String {
        let text = |value: f64| match self {
            Subject::Indicator(indicator) => words::level(indicator, value),
            _ => self.short(value),
        };
        let (name, value, band) = self.reading_in(outcome);
        let (summit, scale) = (self.summit(), self.scale());
        let moved = words::move_from_summit(self.measure(), value - summit);
        let description = words::chart_description(
            name,
            &text(value),
            &format!("{moved} ({})", text(summit)),
            band.map(|(low, high)| (text(low), text(high))),
            (text(scale.low), text(scale.high)),
        );
        match pinned.map(|a| self.reading_in(a).1) {
            Some(a) => format!(
                "{description} {}.",
                words::against_pinned(text(a), words::change(self.measure(), value - a))
            ),
            None => description,
        }
    }

    /// The chart's name, its value in an outcome and the plausible range, where it has one.
    pub fn reading_in(self, outcome: &Outcome) -> (&'static str, f64, Option<(f64, f64)>) {
        let readout = match self {
            Subject::Indicator(indicator) => {
                let reading = outcome.reading(indicator);
                let band = Some((reading.low, reading.high));
                return (words::indicator_name(indicator), reading.value, band);
            }
            Subject::Cohesion => (words::COHESION.name, &outcome.cohesion),
            Subject::Reintegration => (words::REINTEGRATION.name, &outcome.reintegration),
            Subject::Rotation => (words::ROTATION.name, &outcome.rotation),
        };
        (readout.0, readout.1.value, None)
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
