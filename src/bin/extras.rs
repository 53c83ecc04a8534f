//! The second composition root: the extras module, a wasm of its own that the boot script
//! imports the first time a reader opens the embed codes or the downloads, so the first view
//! never pays for them (`tests/browser/budget.test.mjs`). It decodes the link the app hands
//! it, as untrusted as any other, and mounts the dialog asked for, open.
//!
//! Built with the feature `extras`, which keeps the reference figures' text that the first
//! view's wasm leaves out: the data download lists them.

use std::cell::RefCell;

use explainer::browser;
use explainer::components::extras::{self, Extras};
use explainer::components::print_qr::{self, PrintQr};
use explainer::content::{Extra, EXTRAS_ROOT, PRINT_ROOT, WIDGET_ROOT};
use explainer::link;
use wasm_bindgen::prelude::wasm_bindgen;

thread_local! {
    /// The dialog on the page, replaced by the next one opened.
    static MOUNTED: RefCell<Option<yew::AppHandle<Extras>>> = const { RefCell::new(None) };
    /// The printed QR code, replaced by the next print.
    static PRINTED: RefCell<Option<yew::AppHandle<PrintQr>>> = const { RefCell::new(None) };
}

/// Opens `extra` ("embed", "download" or "print") for the scenario in `query`, on the
/// explainer at `page_url`. Returns false, and opens nothing, for an extra it does not know.
#[wasm_bindgen]
pub fn open(extra: &str, query: &str, page_url: &str) -> bool {
    let Some(extra) = Extra::from_key(extra) else { return false };
    // The link's notices were shown when the page opened; the app wrote this query itself.
    let (link, _) = link::decode(query);
    if extra == Extra::Print {
        // After the widget, so the code prints with it; it opens the print dialog itself.
        let Some(root) = browser::extras_root_after(PRINT_ROOT, WIDGET_ROOT) else { return false };
        let address = link::snippet::embed_url(page_url, &link).into();
        PRINTED.with(|printed| {
            if let Some(previous) = printed.borrow_mut().take() {
                previous.destroy();
            }
            let props = print_qr::Props { address };
            *printed.borrow_mut() =
                Some(yew::Renderer::<PrintQr>::with_root_and_props(root, props).render());
        });
        return true;
    }
    let Some(root) = browser::extras_root(EXTRAS_ROOT) else { return false };
    MOUNTED.with(|mounted| {
        if let Some(previous) = mounted.borrow_mut().take() {
            previous.destroy();
        }
        let props = extras::Props { extra, link, page_url: page_url.to_owned().into() };
        *mounted.borrow_mut() =
            Some(yew::Renderer::<Extras>::with_root_and_props(root, props).render());
    });
    true
}

/// Nothing to start: the module only answers `open`.
fn main() {}
