//! The outcome in sentences: shown live, and announced to screen readers once a move settles.

use yew::prelude::*;

use crate::components::kept::Kept;
use crate::content::{summary, words};
use crate::model::{evaluate, Outcome, Scenario};

/// Props for [`ScenarioSummary`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The outcome on screen, which the visible sentences follow on every step.
    pub outcome: Outcome,
    /// The last scenario the reader settled on, which the live region announces.
    pub settled: Scenario,
    /// The settled scenario before it: the announcement says what changed between them.
    pub previous: Scenario,
}

/// The visible summary, plus a visually hidden polite live region that changes only when
/// the reader settles (a key press, the end of a drag, a preset), so a drag is not read
/// out pixel by pixel. The region says only what changed, in one short sentence: the lever
/// or world, and the largest moves. The slider itself voices its own value.
#[component]
pub fn ScenarioSummary(props: &Props) -> Html {
    let visible = summary::sentences(&props.outcome).join(" ");
    // The announced scenario changes only when a move settles; during a drag every step
    // re-renders this component, and the settled outcome need not be recomputed each time.
    let announced = use_memo((props.previous, props.settled), |(previous, settled)| {
        if previous == settled {
            String::new()
        } else {
            summary::announcement(previous, settled, &evaluate(previous), &evaluate(settled))
        }
    });
    html! {
        <section class="summary">
            <h3 id="summary-title" class="widget-subtitle">{ words::SUMMARY_TITLE }</h3>
            <p class="summary-text" id="summary-text" aria-hidden="true">{ visible }</p>
            <p class="visually-hidden" id="summary-live" aria-live="polite" aria-atomic="true">{ (*announced).clone() }</p>
            <Kept name="summary-illustrative">{ prerendered!(html! {
                <p class="illustrative">{ words::honesty() }</p>
            }) }</Kept>
        </section>
    }
}
