//! One market indicator as a row of the markets panel: its name and level with the move from
//! the summit, the arrow chart (`chart_view`), one source line with the dated reference
//! figures behind a disclosure, and the "why" disclosure.

use yew::prelude::*;

use crate::chart::{Chart, Subject};
use crate::components::chart_view::ChartView;
use crate::components::kept::Kept;
use crate::components::why_list::WhyList;
use crate::content::words::{self, Measure};
use crate::model::Reading;

/// Props for [`IndicatorChart`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The scenario's reading of this indicator.
    pub reading: Reading,
    /// The pinned scenario's ("A") level of this indicator, when comparing.
    #[prop_or_default]
    pub pinned: Option<f64>,
    /// The chart's text alternative (`Subject::description`), of the settled scenario.
    pub description: AttrValue,
}

/// An indicator's row: name, figures, chart, sources and the "why" disclosure.
#[component]
pub fn IndicatorChart(props: &Props) -> Html {
    let reading = &props.reading;
    let indicator = reading.indicator;
    let info = indicator.info();
    let measure = Measure::Indicator(indicator);
    let title_id = format!("indicator-{}", info.slug);
    let level = |value: f64| words::level(indicator, value);
    let moved = words::move_from_summit(measure, reading.value - info.summit);
    let against = props.pinned.map(|pinned| {
        words::against_pinned(level(pinned), words::change(measure, reading.value - pinned))
    });
    let chart = Chart::new(
        Subject::Indicator(indicator),
        info.summit,
        reading.value,
        Some((reading.low, reading.high)),
        props.pinned,
    );
    html! {
        <article class="indicator" id={format!("card-{}", info.slug)} aria-labelledby={title_id.clone()}>
            <div class="indicator-head">
                <h4 id={title_id} class="indicator-name">{ words::indicator_name(indicator) }</h4>
                <p class="indicator-figures">
                    <span class="indicator-value" data-indicator={info.slug}>{ level(reading.value) }</span>
                    <span class="indicator-change">{ moved }</span>
                    <span class="indicator-band">{ words::band(indicator, reading.low, reading.high) }</span>
                    if let Some(line) = against {
                        <span class="indicator-pinned">{ line }</span>
                    }
                </p>
            </div>
            <ChartView {chart} description={props.description.clone()} />
            <div class="indicator-foot">
            // The sources never change: built once, at build time.
            <Kept name={format!("sources-{}", info.slug)}>{ prerendered!(html! {
                <>
                    <details class="references">
                        <summary class="indicator-source">
                            { words::sources_line(indicator) }
                            <span class="visually-hidden">{ words::REFERENCES_OPEN }</span>
                        </summary>
                        <ul class="ticks">
                            <li class="tick-today">{ words::summit_line(indicator) }</li>
                            { for info.ticks.iter().map(|tick| html! {
                                <li>
                                    { level(tick.value) }{ words::DASH }{ tick.label }{ " (" }{ tick.date }{ ", " }
                                    if tick.url.is_empty() {
                                        { tick.source }
                                    } else {
                                        <a href={tick.url} rel="noopener noreferrer" target="_blank">
                                            { tick.source }
                                            <span aria-hidden="true">{ " ↗" }</span>
                                            <span class="visually-hidden">{ words::NEW_TAB }</span>
                                        </a>
                                    }
                                    { ")" }
                                </li>
                            }) }
                        </ul>
                        if let Some(caveat) = info.caveat {
                            <p class="indicator-caveat">{ caveat }</p>
                        }
                    </details>
                </>
            }) }</Kept>
            <WhyList contributions={reading.contributions.clone()} measure={measure} limited={reading.limited} beyond={reading.beyond} subject={words::short_name(indicator)} explore={info.slug} />
            </div>
        </article>
    }
}
