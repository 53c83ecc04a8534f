//! The readouts that are not prices: coalition cohesion, Russia's reintegration, and
//! whether an early-cycle risk rotation is warranted.

use yew::prelude::*;

use crate::chart::{Chart, Subject};
use crate::components::chart_view::ChartView;
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
    /// The three charts' text alternatives (`Subject::description`), of the settled scenario.
    pub descriptions: [AttrValue; 3],
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

/// A readout's chart: the same arrow from the summit as the indicators', with its axis.
fn view_chart(
    subject: Subject,
    description: &AttrValue,
    readout: &Readout,
    pinned: Option<&Readout>,
) -> Html {
    let chart = Chart::new(subject, readout.summit, readout.value, None, pinned.map(|a| a.value));
    html! { <ChartView {chart} description={description.clone()} /> }
}

fn view_scale(
    subject: Subject,
    said: ReadoutWords,
    description: &AttrValue,
    readout: &Readout,
    pinned: Option<&Readout>,
) -> Html {
    let id = subject.slug();
    let title_id = format!("readout-{id}");
    html! {
        <article class="readout" aria-labelledby={title_id.clone()}>
            <div class="indicator-head">
                <h4 id={title_id.clone()} class="indicator-name">{ said.name }</h4>
                <p class="indicator-figures">
                    <span class="indicator-value" data-readout={id}>{ number::text(readout.value, 0) }</span>
                    <span class="indicator-change">{ words::out_of_100(readout.summit) }</span>
                    { view_pinned(pinned.map(|a| a.value), readout.value, whole, Measure::Points) }
                </p>
            </div>
            { view_chart(subject, description, readout, pinned) }
            <div class="indicator-foot">
                <Kept name={format!("readout-phrase-{id}")}>{ prerendered!(html! {
                    <p class="readout-phrase">{ said.phrase }</p>
                }) }</Kept>
                <WhyList contributions={readout.contributions.clone()} measure={Measure::Points} subject={said.name} explore={id} />
            </div>
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
                { view_scale(Subject::Cohesion, words::COHESION, &props.descriptions[0], &outcome.cohesion, pinned.map(|a| &a.cohesion)) }
                { view_scale(Subject::Reintegration, words::REINTEGRATION, &props.descriptions[1], &outcome.reintegration, pinned.map(|a| &a.reintegration)) }
                <article class="readout" aria-labelledby="readout-rotation">
                    <div class="indicator-head">
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
                    </div>
                    { view_chart(Subject::Rotation, &props.descriptions[2], rotation, pinned.map(|a| &a.rotation)) }
                    <div class="indicator-foot">
                        <Kept name="readout-phrase-rotation">{ prerendered!(html! {
                            <p class="readout-phrase">{ words::ROTATION.phrase }</p>
                        }) }</Kept>
                        <WhyList contributions={rotation.contributions.clone()} measure={Measure::BpEquivalents} subject="the rotation test" explore={Subject::Rotation.slug()} />
                    </div>
                </article>
            </div>
        </section>
    }
}
