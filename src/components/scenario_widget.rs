//! The capital-flows scenario widget: sliders and presets on one side, the market charts,
//! readouts and summary on the other. Stateless: the scenario comes in as props and every
//! change goes out through callbacks; the outcome is derived here on each render.

use yew::prelude::*;

use crate::components::assumptions_table::AssumptionsTable;
use crate::components::indicator_chart::IndicatorChart;
use crate::components::kept::Kept;
use crate::components::preset_bar::PresetBar;
use crate::components::readouts::Readouts;
use crate::components::scenario_summary::ScenarioSummary;
use crate::components::share_bar::ShareBar;
use crate::components::slider::Slider;
use crate::content::words::{self, ticker};
use crate::content::WIDGET_ID;
use crate::model::{evaluate, number, Group, Indicator, Input, Outcome, Preset, Scenario};

/// Props for [`ScenarioWidget`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The scenario on screen.
    pub scenario: Scenario,
    /// The last scenario the reader settled on, for the screen-reader announcement.
    pub settled: Scenario,
    /// The settled scenario before it, so the announcement says what changed.
    pub previous: Scenario,
    /// The scenario pinned as "A" for comparison, if any.
    pub pinned: Option<Scenario>,
    /// Called when the reader pins or unpins A.
    pub on_pin: Callback<()>,
    /// Called with a slider and its new position on every step.
    pub on_move: Callback<(Input, u8)>,
    /// Called when a slider move settles.
    pub on_settle: Callback<()>,
    /// Called when the reader picks a preset.
    pub on_preset: Callback<Preset>,
    /// The page's address without query, for share links and embed codes.
    pub page_url: AttrValue,
}

/// The whole widget, as a labelled region.
#[component]
pub fn ScenarioWidget(props: &Props) -> Html {
    let scenario = props.scenario;
    // Derived on every render: the model takes microseconds, so there is nothing to cache.
    let outcome = evaluate(&scenario);
    let pinned = props.pinned;
    let pinned_outcome = pinned.as_ref().map(evaluate);
    html! {
        <section id={WIDGET_ID} class="widget" aria-labelledby="widget-title">
            <h2 id="widget-title">{ words::WIDGET_TITLE }</h2>
            <Kept name="widget-intro">{ prerendered!(html! {
                <>
                    <p class="widget-intro">{ words::WIDGET_INTRO }</p>
                    // Only the prerendered page can show these: without JavaScript, or when
                    // the boot script marks the page as failed. The running app never needs
                    // them.
                    <noscript><p class="notice widget-static">{ words::NEEDS_JAVASCRIPT }</p></noscript>
                    <p class="notice widget-static widget-failed" role="status">{ words::FAILED_TO_START }</p>
                    <p class="illustrative illustrative-banner">{ words::honesty() }</p>
                </>
            }) }</Kept>
            <div class="widget-layout">
                <div class="widget-controls">
                    <PresetBar {scenario} on_preset={props.on_preset.clone()} />
                    <ShareBar {scenario} {pinned} on_pin={props.on_pin.clone()} page_url={props.page_url.clone()} />
                    <h3 class="widget-subtitle">{ words::INPUTS_TITLE }</h3>
                    { for Group::ALL.iter().map(|&group| html! {
                        <fieldset class="slider-group">
                            <legend>{ words::group_words(group).title }</legend>
                            <Kept name={format!("group-{}", group as usize)}>{ prerendered!(html! {
                                <p class="group-phrase">{ words::group_words(group).phrase }</p>
                            }) }</Kept>
                            { for Input::ALL.iter().filter(|input| input.info().group == group).map(|&input| html! {
                                <Slider {input} value={scenario.get(input)} on_input={props.on_move.clone()}
                                    on_settle={props.on_settle.clone()} />
                            }) }
                        </fieldset>
                    }) }
                    { view_ticker(&outcome) }
                </div>
                <div class="widget-outputs">
                    <ScenarioSummary {scenario} outcome={outcome.clone()} settled={props.settled} previous={props.previous}
                        {pinned} pinned_outcome={pinned_outcome.clone()} />
                    <section class="indicators">
                        <h3 id="indicators-title" class="widget-subtitle">
                            { words::INDICATORS_TITLE }<span class="badge" aria-hidden="true">{ words::ILLUSTRATIVE_SHORT }</span>
                        </h3>
                        <Kept name="chart-key">{ prerendered!(html! { <p class="chart-key">{ words::CHART_KEY }</p> }) }</Kept>
                        <div class="indicator-grid">
                            { for outcome.readings.iter().map(|reading| html! {
                                <IndicatorChart reading={reading.clone()}
                                    pinned={pinned_outcome.as_ref().map(|a| a.reading(reading.indicator).value)} />
                            }) }
                        </div>
                    </section>
                    <Readouts outcome={outcome.clone()} pinned={pinned_outcome} />
                    <AssumptionsTable />
                </div>
            </div>
        </section>
    }
}

/// A strip of headline figures that sticks to the bottom of a phone's screen while the reader
/// moves the sliders, so the effect of a move is visible without scrolling to the charts.
/// Hidden from screen readers, which get the settled summary instead, and on wide screens,
/// where the charts sit beside the sliders.
fn view_ticker(outcome: &Outcome) -> Html {
    let figure = |label: &'static str, indicator: Indicator| {
        html! {
            <span class="ticker-item">
                <span class="ticker-label">{ label }</span>
                { words::level(indicator, outcome.reading(indicator).value) }
            </span>
        }
    };
    html! {
        <div class="ticker" aria-hidden="true">
            { figure(ticker::GAS, Indicator::Ttf) }
            { figure(ticker::SPREAD, Indicator::BtpBund) }
            { figure(ticker::UKRAINE, Indicator::UkraineBonds) }
            <span class="ticker-item">
                <span class="ticker-label">{ ticker::COHESION }</span>
                { number::text(outcome.cohesion.value, 0) }
            </span>
            <span class="ticker-item">
                <span class="ticker-label">{ ticker::ROTATION }</span>
                { ticker::verdict(outcome.rotation_test_met()) }
            </span>
        </div>
    }
}
