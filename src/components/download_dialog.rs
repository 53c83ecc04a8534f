//! The download dialog: the scenario's numbers as CSV, and a chart (one indicator's card or
//! the whole markets panel) as SVG or PNG. Part of the on-demand module (`src/bin/on_demand.rs`),
//! which mounts it, open, when the reader presses "Download"; everything is made in the
//! browser from the link, with no request to anyone.

use yew::prelude::*;

use crate::components::citation::Citation;
use crate::content::words;
use crate::content::OnDemand;
use crate::export::{self, csv, svg, Chart};
use crate::hooks::{use_downloads, use_modal, use_on_demand};
use crate::link::Link;

/// Props for [`DownloadDialog`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The scenario on screen and its pin.
    pub link: Link,
    /// The explainer's address, for the link every file carries.
    pub page_url: AttrValue,
}

/// How much larger than its CSS size a PNG is drawn: 2× makes the 600 px drawing 1,200 px.
const PNG_SCALE: f64 = 2.0;

/// What the status line says once a file has, or has not, been handed to the browser.
fn said(saved: bool, name: &str) -> String {
    if saved {
        words::downloaded(name)
    } else {
        words::DOWNLOAD_FAILED.to_owned()
    }
}

/// The modal dialog of downloads, open from the moment it mounts.
#[component]
pub fn DownloadDialog(props: &Props) -> Html {
    let dialog = use_node_ref();
    let close = use_modal(&dialog);
    let downloads = use_downloads();
    let chart = use_state_eq(|| Chart::Panel);
    let status = use_state_eq(String::new);

    let on_csv = {
        let (link, page, status) = (props.link.clone(), props.page_url.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let date = downloads.reader_date();
            let name = export::file_name(&link, None, "csv", &date);
            let body = csv::document(&link, &page, &date);
            status.set(said(downloads.save_text(&name, "text/csv;charset=utf-8", &body), &name));
        })
    };
    let on_chart = {
        let chart = chart.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Some(choice) = Chart::from_key(&select.value()) {
                chart.set(choice);
            }
        })
    };
    // The SVG is handed over as it is; the PNG is drawn from it, which takes a frame.
    let on_chart_file = |extension: &'static str| {
        let (link, page, status, chart) =
            (props.link.clone(), props.page_url.clone(), status.clone(), *chart);
        Callback::from(move |_: MouseEvent| {
            let name =
                export::file_name(&link, Some(chart.key()), extension, &downloads.reader_date());
            let drawing = svg::document(&link, chart, &page);
            if extension == "svg" {
                let saved = downloads.save_text(&name, "image/svg+xml", &drawing.text);
                status.set(said(saved, &name));
            } else {
                let (status, size) = (status.clone(), (drawing.width, drawing.height));
                downloads.save_png(name.clone(), &drawing.text, size, PNG_SCALE, move |saved| {
                    status.set(said(saved, &name));
                });
            }
        })
    };
    let on_demand = use_on_demand();
    let on_print = {
        let (link, page, status, close) =
            (props.link.clone(), props.page_url.clone(), status.clone(), close.clone());
        Callback::from(move |_: MouseEvent| {
            close.emit(());
            let status = status.clone();
            on_demand.open(OnDemand::Print, &link, &page, move || {
                status.set(words::ON_DEMAND_FAILED.to_owned());
            });
        })
    };
    html! {
        <dialog ref={dialog} class="embed-dialog download-dialog" id="download-dialog" aria-labelledby="download-title">
            <h2 id="download-title">{ words::DOWNLOAD_TITLE }</h2>
            <p>{ words::DOWNLOAD_INTRO }</p>
            <div class="download-group">
                <button type="button" class="share-button" id="download-csv" onclick={on_csv} aria-describedby="download-csv-note">
                    { words::DOWNLOAD_DATA }
                </button>
                <p class="embed-note" id="download-csv-note">{ words::DOWNLOAD_DATA_NOTE }</p>
            </div>
            <div class="download-group">
                <label for="download-chart">{ words::DOWNLOAD_CHART }</label>
                <select id="download-chart" onchange={on_chart}>
                    { for Chart::all().map(|choice| html! {
                        <option value={choice.key()} selected={*chart == choice}>{ choice.name() }</option>
                    }) }
                </select>
                <button type="button" class="share-button" id="download-svg" onclick={on_chart_file("svg")}>{ words::DOWNLOAD_SVG }</button>
                <button type="button" class="share-button" id="download-png" onclick={on_chart_file("png")}>{ words::DOWNLOAD_PNG }</button>
            </div>
            <Citation text={export::citation(&props.page_url, &props.link, &downloads.reader_date())} id="download-citation" />
            <div class="download-group">
                <button type="button" class="share-button" id="download-print" onclick={on_print}>{ words::PRINT }</button>
            </div>
            <p class="share-status" role="status" id="download-status">{ (*status).clone() }</p>
            <button type="button" class="share-button embed-close" onclick={close.reform(|_: MouseEvent| ())}>{ words::CLOSE }</button>
        </dialog>
    }
}
