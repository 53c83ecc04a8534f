//! The address bar and history: writing the scenario into the address, pushing a scenario
//! the on-demand module found, hearing Back and Forward, and the articles' "open this world" links.

use wasm_bindgen::{JsCast, JsValue};

use super::{document, element, search};
use crate::content::WIDGET_ID;
use crate::link::{self, History, Link};
use crate::model::Preset;

/// Writes the scenario into the address bar. Embedded pages leave it alone: an iframe's
/// history entries become the host page's, and its Back button is not ours to fill.
pub fn write_url(link: &Link, mode: History) {
    if link.embed.is_some() {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let Ok(history) = window.history() else { return };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let current = location.search().unwrap_or_default();
    let wanted = link.address(&path);
    if wanted == format!("{path}{current}") {
        return;
    }
    let hash = location.hash().unwrap_or_default();
    let url = format!("{wanted}{hash}");
    let _ = match mode {
        History::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
        History::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
    // A citation line was made from the address before this one (src/bin/on_demand.rs).
    if let Some(citation) = element(crate::content::CITE_ROOT) {
        let _ = citation.set_attribute("hidden", "");
    }
}

/// Makes `url` (the explainer's own, with a scenario) a new history entry and tells the page,
/// as Back and Forward do, so the app loads it: how the on-demand module hands the app a
/// scenario it found, as one step Back undoes. Returns whether the browser took it.
pub fn push_address(url: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let Ok(history) = window.history() else { return false };
    if history.push_state_with_url(&JsValue::NULL, "", Some(url)).is_err() {
        return false;
    }
    web_sys::Event::new("popstate").is_ok_and(|event| window.dispatch_event(&event).is_ok())
}

/// Calls `on_change` with the link whenever the reader goes Back or Forward. The listener
/// lives as long as the returned guard.
pub fn on_history_change(
    on_change: impl Fn(Link) + 'static,
) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(&window, "popstate", move |_| {
        on_change(link::decode(&search()).0);
    }))
}

/// Calls `on_preset` when the reader follows one of the articles' "open this world" links,
/// instead of loading the page anew, and brings the widget into view. The listener lives as
/// long as the returned guard.
pub fn on_world_link(on_preset: impl Fn(Preset) + 'static) -> Option<gloo::events::EventListener> {
    let document = document()?;
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    Some(gloo::events::EventListener::new_with_options(&document, "click", options, move |event| {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Some(anchor) = target.closest("a.world-link[data-preset]").ok().flatten() else {
            return;
        };
        let Some(preset) =
            anchor.get_attribute("data-preset").as_deref().and_then(Preset::from_key)
        else {
            return;
        };
        event.prevent_default();
        on_preset(preset);
        if let Some(widget) = element(WIDGET_ID) {
            widget.scroll_into_view();
        }
    }))
}
