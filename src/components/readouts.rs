//! The readouts that are not prices: coalition cohesion, Russia's reintegration, and
//! whether an early-cycle risk rotation is warranted.

use yew::prelude::*;

use crate::components::kept::Kept;
use crate::components::why_list::WhyList;
use crate::content::words::{self, Measure, ReadoutWords};
use crate::model::{number, Outcome, Readout};

/// Props for [`Readouts`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The scenario's outcome.
    pub outcome: Outcome,
    /// The pinned scenario's ("A") outcome, when comparing.
    #[prop_or_default]
    pub pinned: Option<Outcome>,
}

/// A readout's line for A, when comparing: A's level, as `level` writes it, and this
/// scenario's difference from it.
fn view_pinned(
    pinned: Option<f64>,
    value: f64,
    level: fn(f64) -> String,
    measure: Measure,
) -> Html {
    match pinned {
        Some(pinned) => html! {
            <span class="indicator-pinned">
                { words::against_pinned(level(pinned), words::change(measure, value - pinned)) }
            </span>
        },
        None => Html::default(),
    }
}

/// A 0–100 readout's level, as its card shows it.
fn whole(value: f64) -> String {
    number::text(value, 0)
}

fn view_scale(id: &str, said: ReadoutWords, readout: &Readout, pinned: Option<&Readout>) -> Html {
    let title_id = format!("readout-{id}");
    html! {
        <article class="readout" aria-labelledby={title_id.clone()}>
            <h4 id={title_id.clone()} class="indicator-name">{ said.name }</h4>
            <p class="indicator-figures">
                <span class="indicator-value" data-readout={id.to_owned()}>{ number::text(readout.value, 0) }</span>
                <span class="indicator-change">{ words::out_of_100(readout.today) }</span>
                { view_pinned(pinned.map(|a| a.value), readout.value, whole, Measure::Points) }
            </p>
            <meter min="0" max="100" low="35" high="65" optimum="100" value={number::fixed(readout.value, 1)}
                aria-labelledby={title_id}>{ words::meter_text(readout.value) }</meter>
            <Kept name={format!("readout-phrase-{id}")}>{ prerendered!(html! {
                <p class="readout-phrase">{ said.phrase }</p>
            }) }</Kept>
            <WhyList contributions={readout.contributions.clone()} measure={Measure::Points} subject={said.name} />
        </article>
    }
}

/// The three readouts, side by side where there is room.
#[component]
pub fn Readouts(props: &Props) -> Html {
    let outcome = &props.outcome;
    let rotation = &outcome.rotation;
    let warranted = outcome.rotation_test_met();
    let pinned = props.pinned.as_ref();
    html! {
        <section class="readouts">
            <h3 id="readouts-title" class="widget-subtitle">
                { words::READOUTS_TITLE }<span class="badge" aria-hidden="true">{ words::ILLUSTRATIVE_SHORT }</span>
            </h3>
            <div class="readout-grid">
                { view_scale("cohesion", words::COHESION, &outcome.cohesion, pinned.map(|a| &a.cohesion)) }
                { view_scale("reintegration", words::REINTEGRATION, &outcome.reintegration, pinned.map(|a| &a.reintegration)) }
                <article class="readout" aria-labelledby="readout-rotation">
                    <h4 id="readout-rotation" class="indicator-name">{ words::ROTATION.name }</h4>
                    <p class="indicator-figures">
                        <span class={classes!("indicator-value", "verdict", warranted.then_some("verdict-yes"))} data-readout="rotation">
                            { words::rotation_verdict(warranted) }
                        </span>
                        <span class="indicator-change">
                            { words::rotation_margin(rotation.value) }
                        </span>
                        { view_pinned(pinned.map(|a| a.rotation.value), rotation.value, words::rotation_margin, Measure::BpEquivalents) }
                    </p>
                    <Kept name="readout-phrase-rotation">{ prerendered!(html! {
                        <p class="readout-phrase">{ words::ROTATION.phrase }</p>
                    }) }</Kept>
                    <WhyList contributions={rotation.contributions.clone()} measure={Measure::BpEquivalents} subject="the rotation test" />
                </article>
            </div>
        </section>
    }
}
