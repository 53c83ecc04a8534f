//! The capital-flows scenario widget: sliders and presets on one side, the market charts,
//! readouts and summary on the other. Stateless: the scenario comes in as props and every
//! change goes out through callbacks; the outcome is derived here on each render.

use yew::prelude::*;

use crate::chart::Subject;
use crate::components::assumptions_table::AssumptionsTable;
use crate::components::indicator_chart::IndicatorChart;
use crate::components::kept::Kept;
use crate::components::preset_bar::PresetBar;
use crate::components::readouts::Readouts;
use crate::components::scenario_summary::ScenarioSummary;
use crate::components::share_bar::ShareBar;
use crate::components::slider::Slider;
use crate::content::words::{self, ticker, Measure};
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
    /// When a link opened the page at a scenario, the line that says which
    /// (`words::landing`), shown above the widget's title.
    #[prop_or_default]
    pub landed: Option<AttrValue>,
}

/// The whole widget, as a labelled region.
#[component]
pub fn ScenarioWidget(props: &Props) -> Html {
    let scenario = props.scenario;
    // Derived on every render: the model takes microseconds, so there is nothing to cache.
    let outcome = evaluate(&scenario);
    let pinned = props.pinned;
    let pinned_outcome = pinned.as_ref().map(evaluate);
    // The charts' text alternatives follow the settled scenario: a screen reader's reader
    // settles on every key press, and a drag would otherwise rewrite eleven long labels on
    // every step for no one (measured: about a sixth of a step's script time).
    let described = use_memo((props.settled, pinned), |(settled, pinned)| {
        Subject::descriptions(settled, pinned.as_ref())
            .into_iter()
            .map(AttrValue::from)
            .collect::<Vec<_>>()
    });
    html! {
        <section id={WIDGET_ID} class="widget" aria-labelledby="widget-title">
            if let Some(name) = &props.landed {
                <p class="landed">
                    { name.clone() }{ " " }
                    <a href={format!("#{}", words::TOP_ID)}>{ words::BACK_TO_ARTICLES }<span aria-hidden="true">{ " ↑" }</span></a>
                </p>
            }
            <h2 id="widget-title">{ words::WIDGET_TITLE }</h2>
            <Kept name="widget-intro">{ prerendered!(html! {
                <>
                    <p class="widget-intro">{ words::WIDGET_INTRO }</p>
                    <p class="widget-disclaimer">
                        { words::DISCLAIMER }{ " " }
                        <a href={format!("#{}", words::HOW_BUILT_ID)}>{ words::HOW_BUILT }</a>
                    </p>
                    // Only the prerendered page can show these: without JavaScript, or when
                    // the boot script marks the page as failed. The running app never needs
                    // them.
                    <noscript><p class="notice widget-static">{ words::NEEDS_JAVASCRIPT }</p></noscript>
                    <p class="notice widget-static widget-failed" role="status">{ words::FAILED_TO_START }</p>
                </>
            }) }</Kept>
            // The worlds across the top, then the levers beside the charts.
            <PresetBar {scenario} on_preset={props.on_preset.clone()} />
            <div class="widget-layout">
                <div class="widget-controls" id="levers" tabindex="-1">
                    <h3 class="widget-subtitle visually-hidden">{ words::INPUTS_TITLE }</h3>
                    { for Group::ALL.iter().map(|&group| html! {
                        <fieldset class="slider-group">
                            <legend>{ words::group_words(group).title }</legend>
                            { for Input::ALL.iter().filter(|input| input.info().group == group).map(|&input| html! {
                                <Slider {input} value={scenario.get(input)} on_input={props.on_move.clone()}
                                    on_settle={props.on_settle.clone()} />
                            }) }
                        </fieldset>
                    }) }
                    <a class="skip-link" href="#results">{ words::SKIP_TO_RESULTS }</a>
                    // The tools come after the levers: the worlds and the levers stand together.
                    <ShareBar {scenario} {pinned} on_pin={props.on_pin.clone()} page_url={props.page_url.clone()} />
                    { view_ticker(&outcome) }
                </div>
                <div class="widget-outputs" id="results" tabindex="-1">
                    <ScenarioSummary {scenario} outcome={outcome.clone()} settled={props.settled} previous={props.previous}
                        {pinned} pinned_outcome={pinned_outcome.clone()} />
                    <section class="indicators">
                        <h3 id="indicators-title" class="widget-subtitle">
                            { words::INDICATORS_TITLE }<span class="badge" aria-hidden="true">{ words::ILLUSTRATIVE_SHORT }</span>
                        </h3>
                        <Kept name="chart-key">{ prerendered!(html! { <p class="chart-key">{ words::CHART_KEY }</p> }) }</Kept>
                        <div class="indicator-grid">
                            { for outcome.readings.iter().zip(described.iter()).map(|(reading, description)| html! {
                                <IndicatorChart reading={reading.clone()} description={description.clone()}
                                    pinned={pinned_outcome.as_ref().map(|a| a.reading(reading.indicator).value)} />
                            }) }
                        </div>
                    </section>
                    <Readouts outcome={outcome.clone()} pinned={pinned_outcome}
                        descriptions={[described[8].clone(), described[9].clone(), described[10].clone()]} />
                    <a class="skip-link" href="#levers">{ words::BACK_TO_LEVERS }</a>
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
    // Each figure with its change from the summit: the level alone did not show a move.
    let figure = |label: &'static str, indicator: Indicator| {
        let value = outcome.reading(indicator).value;
        let moved = words::change(Measure::Indicator(indicator), value - indicator.info().summit);
        html! {
            <span class="ticker-item">
                <span class="ticker-label">{ label }</span>
                { words::level(indicator, value) }
                if !words::reads_as_zero(&moved) {
                    <span class="ticker-change">{ moved }</span>
                }
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
