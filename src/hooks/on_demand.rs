//! `use_on_demand` and `use_downloads`: the parts of the page loaded the first time they are
//! used (the embed codes and the downloads), and the files the downloads hand the browser.

use yew::prelude::*;

use crate::browser;
use crate::content::OnDemand;
use crate::link::{self, Link};

/// Opens the on-demand module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OnDemandLoader;

impl OnDemandLoader {
    /// Opens `what` for `link` on the explainer at `page_url`, loading the on-demand module
    /// the first time; `on_failed` runs if it cannot load.
    pub fn open(
        self,
        what: OnDemand,
        link: &Link,
        page_url: &str,
        on_failed: impl FnOnce() + 'static,
    ) {
        browser::open_on_demand(what.key(), &link::encode(link), page_url, on_failed);
    }
}

/// The on-demand module, for a component's event handlers.
#[hook]
pub fn use_on_demand() -> OnDemandLoader {
    OnDemandLoader
}

/// Saves files the page makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Downloads;

impl Downloads {
    /// Today on the reader's clock, `YYYY-MM-DD`, for file names.
    pub fn reader_date(self) -> String {
        browser::reader_date()
    }

    /// Saves text (a CSV, an SVG) under `name`; returns whether the browser took it.
    pub fn save_text(self, name: &str, mime: &str, body: &str) -> bool {
        browser::save_text(name, mime, body)
    }

    /// Saves an SVG drawn as a PNG at `scale` times its size, then calls `done`.
    pub fn save_png(
        self,
        name: String,
        svg: &str,
        size: (f64, f64),
        scale: f64,
        done: impl FnOnce(bool) + 'static,
    ) {
        browser::save_png(name, svg, size.0, size.1, scale, done);
    }
}

/// Downloads, for a component's event handlers.
#[hook]
pub fn use_downloads() -> Downloads {
    Downloads
}

/// Hands the app a scenario as a new history entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HistoryStep;

impl HistoryStep {
    /// Opens `url`, the explainer with a scenario, as one step Back undoes; returns whether
    /// the browser took it.
    pub fn push(self, url: &str) -> bool {
        browser::push_address(url)
    }
}

/// History steps, for a component's event handlers.
#[hook]
pub fn use_history_step() -> HistoryStep {
    HistoryStep
}

/// A modal `<dialog>` that opens once it is on the page (the on-demand module's dialogs are mounted
/// when the reader asks for them), and the callback that closes it.
#[hook]
pub fn use_modal(dialog: &NodeRef) -> Callback<()> {
    {
        let dialog = dialog.clone();
        use_effect_with((), move |()| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if !dialog.open() {
                    let _ = dialog.show_modal();
                }
            }
        });
    }
    let dialog = dialog.clone();
    Callback::from(move |()| {
        if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
            dialog.close();
        }
    })
}

/// Opens the browser's print dialog once the component is on the page.
#[hook]
pub fn use_print_on_mount() {
    use_effect_with((), |()| browser::print());
}
