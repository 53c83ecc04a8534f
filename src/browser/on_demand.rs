//! Loading the on-demand module (the second wasm: the embed, download, citation and explore
//! dialogs) the first time a reader asks for one, and the element it mounts on.

use wasm_bindgen::{JsCast, JsValue};

use super::{document, element};

/// Opens a part of the on-demand module (a dialog, the notices) for the scenario in `query`: the
/// boot script imports the on-demand module the first time (`window.explainerOnDemand`), and
/// `on_failed` runs if it cannot load, so the reader hears why nothing opened.
pub fn open_on_demand(what: &str, query: &str, page_url: &str, on_failed: impl FnOnce() + 'static) {
    let loader = web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &"explainerOnDemand".into()).ok())
        .and_then(|loader| loader.dyn_into::<js_sys::Function>().ok());
    let promise = loader
        .and_then(|loader| {
            loader.call3(&JsValue::NULL, &what.into(), &query.into(), &page_url.into()).ok()
        })
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = promise else {
        on_failed();
        return;
    };
    yew::platform::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_err() {
            on_failed();
        }
    });
}

/// An element for the on-demand module to mount on, made the first time: right after the
/// element `after` (the printed QR code follows the widget), or at the end of the body.
pub fn on_demand_root(id: &str, after: Option<&str>) -> Option<web_sys::Element> {
    if let Some(root) = element(id) {
        return Some(root);
    }
    let document = document()?;
    let root = document.create_element("div").ok()?;
    root.set_id(id);
    match after {
        Some(after) => element(after)?.after_with_node_1(&root).ok()?,
        None => drop(document.body()?.append_child(&root).ok()?),
    }
    Some(root)
}
