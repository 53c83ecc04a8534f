//! The readouts that are not prices: coalition cohesion, Russia's reintegration, and
//! whether an early-cycle risk rotation is warranted.

use yew::prelude::*;

use crate::components::why_list::{Measure, WhyList};
use crate::content::page;
use crate::model::{number, Outcome, Readout};

/// Props for [`Readouts`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The scenario's outcome.
    pub outcome: Outcome,
}

fn view_scale(id: &str, (name, phrase): (&'static str, &'static str), readout: &Readout) -> Html {
    let title_id = format!("readout-{id}");
    html! {
        <article class="readout" aria-labelledby={title_id.clone()}>
            <h4 id={title_id.clone()} class="indicator-name">{ name }</h4>
            <p class="indicator-figures">
                <span class="indicator-value" data-readout={id.to_owned()}>{ number::text(readout.value, 0) }</span>
                <span class="indicator-change">{ format!("out of 100 · Alaska outcome {}", number::text(readout.today, 0)) }</span>
            </p>
            <meter min="0" max="100" low="35" high="65" optimum="100" value={number::fixed(readout.value, 1)}
                aria-labelledby={title_id}>{ format!("{} out of 100", number::text(readout.value, 0)) }</meter>
            <p class="readout-phrase">{ phrase }</p>
            <WhyList contributions={readout.contributions.clone()} measure={Measure::Points} />
        </article>
    }
}

/// The three readouts, side by side where there is room.
#[component]
pub fn Readouts(props: &Props) -> Html {
    let outcome = &props.outcome;
    let rotation = &outcome.rotation;
    let warranted = outcome.rotation_warranted();
    html! {
        <section class="readouts" aria-labelledby="readouts-title">
            <h3 id="readouts-title" class="widget-subtitle">
                { page::READOUTS_TITLE }<span class="badge">{ page::ILLUSTRATIVE_SHORT }</span>
            </h3>
            <div class="readout-grid">
                { view_scale("cohesion", page::COHESION, &outcome.cohesion) }
                { view_scale("reintegration", page::REINTEGRATION, &outcome.reintegration) }
                <article class="readout" aria-labelledby="readout-rotation">
                    <h4 id="readout-rotation" class="indicator-name">{ page::ROTATION.0 }</h4>
                    <p class="indicator-figures">
                        <span class={classes!("indicator-value", "verdict", warranted.then_some("verdict-yes"))} data-readout="rotation">
                            { if warranted { page::ROTATION_VERDICTS.0 } else { page::ROTATION_VERDICTS.1 } }
                        </span>
                        <span class="indicator-change">
                            { if warranted {
                                format!("clears the bar by {} bp-equivalents", number::text(rotation.value, 0))
                            } else {
                                format!("{} bp-equivalents short of the bar", number::text(-rotation.value, 0))
                            } }
                        </span>
                    </p>
                    <p class="readout-phrase">{ page::ROTATION.1 }</p>
                    <WhyList contributions={rotation.contributions.clone()} measure={Measure::BpEquivalents} />
                </article>
            </div>
        </section>
    }
}
