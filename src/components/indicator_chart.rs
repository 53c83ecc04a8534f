//! One market indicator: today's level, the scenario's level and band, and the historical
//! reference ticks, drawn on one scale, with the same figures as text.

use yew::prelude::*;

use crate::components::kept::Kept;
use crate::components::why_list::WhyList;
use crate::content::words::{self, Measure};
use crate::model::{number, Reading};

/// Props for [`IndicatorChart`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The scenario's reading of this indicator.
    pub reading: Reading,
    /// The pinned scenario's ("A") level of this indicator, when comparing.
    #[prop_or_default]
    pub pinned: Option<f64>,
}

/// The chart's drawing width, in SVG units; the SVG scales to its container.
const WIDTH: f64 = 320.0;
/// The SVG's viewBox, written out: formatting the float width at run time would bring the
/// standard library's float printing (several kilobytes) into the wasm.
const VIEW_BOX: &str = "0 0 320 44";
/// Left and right margins, so markers at the ends are not cut off.
const PAD: f64 = 8.0;

/// Formats a number for an SVG attribute.
fn at(x: f64) -> String {
    number::fixed(x, 1)
}

/// An indicator card: name, figures, chart, reference list and the "why" disclosure.
#[component]
pub fn IndicatorChart(props: &Props) -> Html {
    let reading = &props.reading;
    let indicator = reading.indicator;
    let info = indicator.info();
    let x = |value: f64| PAD + (value - info.min) / (info.max - info.min) * (WIDTH - 2.0 * PAD);
    let title_id = format!("indicator-{}", info.slug);
    let level = |value: f64| words::level(indicator, value);
    let against = props.pinned.map(|pinned| {
        let change = words::change(Measure::Indicator(indicator), reading.value - pinned);
        words::against_pinned(level(pinned), change)
    });
    let description = words::chart_description(indicator, reading.value, reading.low, reading.high);
    let description = match &against {
        Some(line) => format!("{description} {line}."),
        None => description,
    };
    html! {
        <article class="indicator" id={format!("card-{}", info.slug)} aria-labelledby={title_id.clone()}>
            <h4 id={title_id} class="indicator-name">{ words::indicator_name(indicator) }</h4>
            <p class="indicator-figures">
                <span class="indicator-value" data-indicator={info.slug}>{ level(reading.value) }</span>
                <span class="indicator-change">{ words::change_from_today(indicator, reading.value - info.today) }</span>
                <span class="indicator-band">{ words::band(indicator, reading.low, reading.high) }</span>
                if let Some(line) = against {
                    <span class="indicator-pinned">{ line }</span>
                }
            </p>
            <svg class="chart" viewBox={VIEW_BOX} role="img" aria-label={description}>
                <line class="chart-axis" x1={at(PAD)} x2={at(WIDTH - PAD)} y1="30" y2="30" />
                { for info.ticks.iter().map(|tick| html! {
                    <line class="chart-tick" x1={at(x(tick.value))} x2={at(x(tick.value))} y1="24" y2="36" />
                }) }
                <rect class="chart-band" x={at(x(reading.low))} y="22"
                    width={at((x(reading.high) - x(reading.low)).max(1.0))} height="16" rx="3" />
                <line class="chart-today" x1={at(x(info.today))} x2={at(x(info.today))} y1="16" y2="42" />
                if let Some(pinned) = props.pinned {
                    <circle class="chart-pinned" cx={at(x(pinned))} cy="30" r="5" />
                    <text class="chart-label chart-pin-label" x={at(x(pinned))} y="19" aria-hidden="true">{ "A" }</text>
                }
                <circle class="chart-value" cx={at(x(reading.value))} cy="30" r="6" />
                <text class="chart-label" x={at(PAD)} y="12" aria-hidden="true">{ level(info.min) }</text>
                <text class="chart-label chart-label-end" x={at(WIDTH - PAD)} y="12" aria-hidden="true">{ level(info.max) }</text>
            </svg>
            // The reference list never changes: built once, at build time.
            <Kept name={format!("ticks-{}", info.slug)}>{ prerendered!(html! {
                <>
                    <ul class="ticks">
                        <li class="tick-today">{ words::today_line(indicator) }</li>
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
                </>
            }) }</Kept>
            <WhyList contributions={reading.contributions.clone()} measure={Measure::Indicator(indicator)} limited={reading.limited} beyond={reading.beyond} subject={words::short_name(indicator)} />
        </article>
    }
}
