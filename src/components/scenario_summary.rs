//! The outcome in sentences: shown live, and announced to screen readers once a move settles.

use yew::prelude::*;

use crate::content::{summary, words};
use crate::model::{evaluate, Outcome, Scenario};

/// Props for [`ScenarioSummary`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The scenario on screen.
    pub scenario: Scenario,
    /// The outcome on screen, which the visible sentences follow on every step.
    pub outcome: Outcome,
    /// The last scenario the reader settled on, which the live region announces.
    pub settled: Scenario,
    /// The settled scenario before it: the announcement says what changed between them.
    pub previous: Scenario,
    /// The scenario pinned as "A", if any: then the comparison is shown and announced.
    pub pinned: Option<Scenario>,
    /// A's outcome, derived once by the widget for every card.
    pub pinned_outcome: Option<Outcome>,
}

/// The visible summary, plus a visually hidden polite live region that changes only when
/// the reader settles (a key press, the end of a drag, a preset), so a drag is not read
/// out pixel by pixel. The region says only what changed, in one short sentence: the lever
/// or world, and the largest moves. The slider itself voices its own value.
#[component]
pub fn ScenarioSummary(props: &Props) -> Html {
    // The summit's outcome, evaluated again on every step: memoising it cost the first
    // view's wasm more bytes than the microseconds it saves.
    let visible = summary::sentences(&evaluate(&Scenario::default()), &props.outcome).join(" ");
    // The announced scenario changes only when a move settles; during a drag every step
    // re-renders this component, and the settled outcome need not be recomputed each time.
    // While A is pinned, a settled move is announced as the comparison with A.
    let announced =
        use_memo((props.previous, props.settled, props.pinned), |(previous, settled, pinned)| {
            match pinned {
                Some(pinned) => {
                    summary::comparison(pinned, settled, &evaluate(pinned), &evaluate(settled))
                }
                None if previous == settled => String::new(),
                None => summary::announcement(
                    previous,
                    settled,
                    &evaluate(previous),
                    &evaluate(settled),
                ),
            }
        });
    let compared = props
        .pinned
        .zip(props.pinned_outcome.as_ref())
        .map(|(pinned, a)| summary::comparison(&pinned, &props.scenario, a, &props.outcome));
    html! {
        <section class="summary">
            <h3 id="summary-title" class="widget-subtitle">{ words::SUMMARY_TITLE }</h3>
            <p class="summary-text" id="summary-text" aria-hidden="true">{ visible }</p>
            if let Some(compared) = compared {
                <p class="summary-text comparison" id="comparison-text" aria-hidden="true">
                    <span class="pin-mark">{ "A" }</span>{ compared }
                </p>
            }
            <p class="visually-hidden" id="summary-live" aria-live="polite" aria-atomic="true">{ (*announced).clone() }</p>
        </section>
    }
}
