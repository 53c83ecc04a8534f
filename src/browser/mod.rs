//! The browser: the only module that touches `window` and `document`. A leaf: it imports
//! only the pure core. The composition root (`main.rs`) calls it to start; components
//! reach it only through hooks (`hooks/`); the app through those hooks too.
//!
//! This file reads the page: its address, its elements, its theme and date. The jobs beside
//! it have a file each: the address bar and history (`address`), the host page's embed
//! protocols (`host`), saving files (`files`), the clipboard (`clipboard`) and loading the
//! on-demand module (`on_demand`). Every function fails quietly: a browser that lacks an API gets the
//! page without that feature, never a panic or a console error.

mod address;
mod clipboard;
mod files;
mod host;
mod on_demand;

pub use address::{on_history_change, on_world_link, push_address, write_url};
pub use clipboard::copy_text;
pub use files::{save_png, save_text};
pub use host::start_embedding;
pub use on_demand::{on_demand_root, open_on_demand};

use wasm_bindgen::JsCast;

use crate::link::{Embed, Theme};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn root_element() -> Option<web_sys::Element> {
    document()?.document_element()
}

/// The page's query string, with its leading `?`, or empty.
pub fn search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The page's fragment, with its leading `#`, or empty.
pub fn hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The page's address without query or fragment: the base of every shared link.
pub fn page_url() -> String {
    let Some(window) = web_sys::window() else { return String::new() };
    let location = window.location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}

/// The element with this id, if the page has it.
pub fn element(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

/// Every element marked `data-kept="name"` inside `root`, by name (the first of each name):
/// the prerendered nodes the island keeps instead of rebuilding.
pub fn kept_nodes(root: &web_sys::Element) -> Vec<(String, web_sys::Node)> {
    let mut nodes: Vec<(String, web_sys::Node)> = Vec::new();
    let Ok(list) = root.query_selector_all("[data-kept]") else { return nodes };
    for index in 0..list.length() {
        let Some(node) = list.item(index) else { continue };
        let Some(element) = node.dyn_ref::<web_sys::Element>() else { continue };
        if let Some(name) = element.get_attribute("data-kept") {
            if !nodes.iter().any(|(kept, _)| *kept == name) {
                nodes.push((name, node));
            }
        }
    }
    nodes
}

/// Marks `<html>` as an embed of `embed`, and points the embed's credit link at the page.
/// embed-mode.js did the first part before the first paint; doing it again keeps a page
/// whose blocking script was stripped (by a CMS, say) consistent.
pub fn mark_embedded(embed: Embed, page_url: &str) {
    if let Some(root) = root_element() {
        let _ = root.set_attribute("data-embed", embed.key());
        let _ = root.class_list().add_1("embedded");
    }
    if let Some(credit) =
        document().and_then(|d| d.query_selector(".embed-credit a").ok().flatten())
    {
        let _ = credit.set_attribute("href", page_url);
    }
}

/// Marks `<html data-app="ready">` once the live widget is on screen.
pub fn mark_ready() {
    if let Some(root) = root_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// Sets `data-theme` on `<html>`; the stylesheet does the rest.
pub fn apply_theme(theme: Theme) {
    let Some(root) = root_element() else { return };
    let _ = match theme {
        Theme::Auto => root.remove_attribute("data-theme"),
        theme => root.set_attribute("data-theme", theme.key()),
    };
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Today's date on the reader's clock, as `YYYY-MM-DD`, for file names.
pub fn reader_date() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}
