//! The thin shell: the only module that touches the browser's `window` and `document`.
//!
//! It reads the link the page was opened with, mounts the app, keeps the address bar in
//! step with the scenario, copies text to the clipboard, and, when the page is embedded,
//! tells the host page its height and listens for the host's theme messages. Every function
//! here fails quietly: a browser that lacks an API gets the page without that feature,
//! never a panic or a console error.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::app::{App, Props};
use crate::components::link_notices::{self, LinkNotices};
use crate::components::page;
use crate::link::{self, Embed, Link, Theme};
use crate::model::Preset;

/// How a new scenario enters the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMode {
    /// Replace the current entry: slider moves, so a drag does not flood Back.
    Replace,
    /// Add an entry: presets and reset, so Back returns to the previous scenario.
    Push,
}

/// The message a host page sends to switch the theme; see the README.
const THEME_MESSAGE_TYPE: &str = "alaska-explainer:theme";

thread_local! {
    /// The Pym.js child id the host passed, if embedded by Pym.js.
    static PYM_CHILD_ID: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The last height sent to the host, so unchanged heights are not re-sent.
    static LAST_HEIGHT: RefCell<i32> = const { RefCell::new(-1) };
}

/// Starts the explainer on the prerendered page: reads the link, applies the theme and the
/// embed mode, and mounts the islands (the widget, and the link notices if there are any).
/// The articles are already on the page as HTML and are left alone.
pub fn start() {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let search = window.location().search().unwrap_or_default();
    let (link, notices) = link::decode(&search);
    apply_theme(link.theme);
    let page_url = page_url();
    if let Some(embed) = link.embed {
        if let Some(root) = document.document_element() {
            // embed-mode.js set this before the first paint; setting it again keeps a page
            // whose blocking script was stripped (by a CMS, say) consistent.
            let _ = root.set_attribute("data-embed", embed.key());
            let _ = root.class_list().add_1("embedded");
        }
        if let Some(credit) = document.query_selector(".embed-credit a").ok().flatten() {
            let _ = credit.set_attribute("href", &page_url);
        }
        start_embedding(&search);
    }
    if !notices.is_empty() {
        if let Some(root) = document.get_element_by_id(page::NOTICES_ROOT) {
            yew::Renderer::<LinkNotices>::with_root_and_props(
                root,
                link_notices::Props { notices },
            )
            .render();
        }
    }
    let shows_widget = matches!(link.embed, None | Some(Embed::Page | Embed::Widget));
    match document.get_element_by_id(page::WIDGET_ROOT) {
        // Rendering replaces the prerendered widget with the live one; for the default
        // scenario they are the same markup, and the swap happens before the next paint.
        // The app marks the page ready from its mount effect.
        Some(root) if shows_widget => {
            let props = Props { initial: link, page_url: page_url.into() };
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        _ => mark_ready(),
    }
}

/// Calls `on_preset` when the reader follows one of the articles' "open this world" links,
/// instead of loading the page anew, and brings the widget into view. The listener lives as
/// long as the returned guard.
pub fn on_world_link(on_preset: impl Fn(Preset) + 'static) -> Option<gloo::events::EventListener> {
    let document = web_sys::window()?.document()?;
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
        if let Some(widget) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(crate::content::page::WIDGET_ID))
        {
            widget.scroll_into_view();
        }
    }))
}

/// Marks `<html data-app="ready">` once the live widget is on screen; called from the app's
/// mount effect, so the prerendered widget has been replaced by then.
pub fn mark_ready() {
    if let Some(root) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// The page's address without query or fragment: the base of every shared link.
fn page_url() -> String {
    let Some(window) = web_sys::window() else { return String::new() };
    let location = window.location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}

/// Writes the scenario into the address bar. Embedded pages leave it alone: an iframe's
/// history entries become the host page's, and its Back button is not ours to fill.
pub fn write_url(link: &Link, mode: HistoryMode) {
    if link.embed.is_some() {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let Ok(history) = window.history() else { return };
    let location = window.location();
    let query = link::encode(link);
    let current = location.search().unwrap_or_default();
    let wanted = if query.is_empty() { String::new() } else { format!("?{query}") };
    if current == wanted {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = format!("{path}{wanted}{hash}");
    let _ = match mode {
        HistoryMode::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
        HistoryMode::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}

/// Calls `on_change` with the link whenever the reader goes Back or Forward. The listener
/// lives as long as the returned guard.
pub fn on_history_change(
    on_change: impl Fn(Link) + 'static,
) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(&window, "popstate", move |_| {
        if let Some(window) = web_sys::window() {
            let search = window.location().search().unwrap_or_default();
            on_change(link::decode(&search).0);
        }
    }))
}

/// Copies text to the clipboard and reports whether it worked. Tries the Clipboard API,
/// then the older `execCommand("copy")` on a hidden text field, which works where the
/// Clipboard API is missing or refused (older browsers, some sandboxed iframes).
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        done(false);
        return;
    };
    let clipboard = window.navigator().clipboard();
    // The Clipboard API only exists in secure contexts; elsewhere the property is undefined.
    if JsValue::from(clipboard.clone()).is_undefined() {
        done(copy_with_exec_command(&text));
        return;
    }
    let promise = clipboard.write_text(&text);
    yew::platform::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        done(ok || copy_with_exec_command(&text));
    });
}

fn copy_with_exec_command(text: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return false };
    let Some(body) = document.body() else { return false };
    let Ok(element) = document.create_element("textarea") else { return false };
    let Ok(field) = element.dyn_into::<web_sys::HtmlTextAreaElement>() else { return false };
    field.set_value(text);
    let _ = field.set_attribute("readonly", "");
    let _ = field.set_attribute("aria-hidden", "true");
    let _ = field.set_attribute("class", "offscreen");
    if body.append_child(&field).is_err() {
        return false;
    }
    field.select();
    let copied = document
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|html| html.exec_command("copy").ok())
        .unwrap_or(false);
    field.remove();
    copied
}

/// Sets `data-theme` on `<html>`; the stylesheet does the rest.
pub fn apply_theme(theme: Theme) {
    let Some(root) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Theme::Auto => root.remove_attribute("data-theme"),
        theme => root.set_attribute("data-theme", theme.key()),
    };
}

/// Starts the embed protocols: a ResizeObserver that reports the page's height to the host
/// in Pym.js's and AMP's formats, and a listener for the host's messages.
fn start_embedding(search: &str) {
    let Some(window) = web_sys::window() else { return };
    // Not framed: nobody to talk to.
    let framed = window.parent().ok().flatten().is_some_and(|parent| parent != window);
    if !framed {
        return;
    }
    let child_id = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("childId="))
        .filter(|id| {
            !id.is_empty()
                && id.len() <= 64
                && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
        .map(str::to_owned);
    PYM_CHILD_ID.with(|cell| *cell.borrow_mut() = child_id);

    // The observer and the listener live as long as the page, so their closures are leaked
    // on purpose: there is exactly one of each.
    let on_resize = Closure::<dyn FnMut(JsValue)>::new(|_entries: JsValue| send_height(false));
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        if let Some(root) = window.document().and_then(|d| d.document_element()) {
            observer.observe(&root);
        }
    }
    on_resize.forget();

    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(handle_host_message);
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
    send_height(true);
}

/// Reports the page's height to the host, unless it has not changed (or `force`).
fn send_height(force: bool) {
    let Some(window) = web_sys::window() else { return };
    let Some(root) = window.document().and_then(|d| d.document_element()) else { return };
    let height = root.get_bounding_client_rect().height().ceil() as i32;
    let changed = LAST_HEIGHT.with(|last| {
        let changed = *last.borrow() != height;
        *last.borrow_mut() = height;
        changed
    });
    if !changed && !force {
        return;
    }
    let Ok(Some(parent)) = window.parent() else { return };
    // Pym.js: a plain string, "pym" xPYMx id xPYMx type xPYMx message.
    if let Some(id) = PYM_CHILD_ID.with(|cell| cell.borrow().clone()) {
        let message = format!("pymxPYMx{id}xPYMxheightxPYMx{height}");
        let _ = parent.post_message(&JsValue::from_str(&message), "*");
    }
    // AMP's embed-size, which amp-iframe, @newswire/frames and our own snippet read.
    let amp = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
    let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
    let _ = js_sys::Reflect::set(&amp, &"height".into(), &JsValue::from(height));
    let _ = parent.post_message(&amp, "*");
}

/// Handles a message from the host. Only the direct parent is heard, and only two shapes:
/// Pym.js's `width` string for this child, and `{type: "alaska-explainer:theme", theme}`.
/// Anything else, from anyone else, is ignored without a word.
fn handle_host_message(event: web_sys::MessageEvent) {
    let Some(window) = web_sys::window() else { return };
    let from_parent = match (event.source(), window.parent()) {
        (Some(source), Ok(Some(parent))) => JsValue::from(source) == JsValue::from(parent),
        _ => false,
    };
    if !from_parent {
        return;
    }
    let data = event.data();
    if let Some(text) = data.as_string() {
        let Some(id) = PYM_CHILD_ID.with(|cell| cell.borrow().clone()) else { return };
        let prefix = format!("pymxPYMx{id}xPYMxwidthxPYMx");
        if text.len() < 200 && text.strip_prefix(&prefix).is_some_and(|w| w.parse::<u32>().is_ok())
        {
            send_height(true);
        }
        return;
    }
    if !data.is_object() || js_sys::Array::is_array(&data) {
        return;
    }
    let field =
        |name: &str| js_sys::Reflect::get(&data, &name.into()).ok().and_then(|v| v.as_string());
    if field("type").as_deref() != Some(THEME_MESSAGE_TYPE) {
        return;
    }
    if let Some(theme) = field("theme").as_deref().and_then(Theme::from_key) {
        apply_theme(theme);
    }
}
