//! The host page's embed protocols: the page's height to Pym.js, WordPress and AMP hosts,
//! and the host's messages (Pym.js's width, WordPress's ready, a theme switch) heard from the
//! direct parent only.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::{apply_theme, document, root_element};
use crate::link::Theme;

/// The message a host page sends to switch the theme; see the README.
const THEME_MESSAGE_TYPE: &str = "alaska-explainer:theme";

/// What the embed protocols remember: the Pym.js child id and the WordPress secret the host
/// gave, and the last height sent, so unchanged heights are not re-sent. Shared by the
/// observer and the listeners.
struct Embedding {
    child_id: Option<String>,
    wp_secret: Option<String>,
    last_height: Cell<i32>,
}

/// Starts the embed protocols, if the page is framed: a ResizeObserver that reports the
/// page's height to the host in Pym.js's, WordPress's and AMP's formats, and a listener for
/// the host's messages. `child_id` and `wp_secret` are already validated by
/// `link::pym_child_id` and `link::wordpress_secret`.
pub fn start_embedding(child_id: Option<String>, wp_secret: Option<String>) {
    let Some(window) = web_sys::window() else { return };
    // Not framed: nobody to talk to.
    let framed = window.parent().ok().flatten().is_some_and(|parent| parent != window);
    if !framed {
        return;
    }
    let state = Rc::new(Embedding { child_id, wp_secret, last_height: Cell::new(-1) });

    // The observer and the listener live as long as the page, so their closures are leaked
    // on purpose: there is exactly one of each.
    let on_resize = Closure::<dyn FnMut(JsValue)>::new({
        let state = Rc::clone(&state);
        move |_entries: JsValue| send_height(&state, false)
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        if let Some(root) = root_element() {
            observer.observe(&root);
        }
    }
    on_resize.forget();

    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new({
        let state = Rc::clone(&state);
        move |event| handle_host_message(&state, event)
    });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();

    // WordPress frames untrusted embeds with `sandbox="allow-scripts"`, where a link cannot
    // open a tab; its wp-embed.js follows a `link` message instead, to our own host only.
    if state.wp_secret.is_some() {
        let on_click = Closure::<dyn FnMut(web_sys::Event)>::new({
            let state = Rc::clone(&state);
            move |event: web_sys::Event| {
                let anchor = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|el| el.closest("a[target=_blank]").ok().flatten());
                // The resolved `href` property, read without the anchor type's bindings.
                let href = anchor.and_then(|a| js_sys::Reflect::get(&a, &"href".into()).ok());
                if let Some(href) = href.filter(JsValue::is_string) {
                    event.prevent_default();
                    post_wordpress(&state, "link", &href);
                }
            }
        });
        if let Some(document) = document() {
            let _ = document
                .add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        }
        on_click.forget();
    }
    send_height(&state, true);
}

/// Posts `{message, value, secret}` to the parent, in WordPress's embed protocol.
fn post_wordpress(state: &Embedding, message: &str, value: &JsValue) {
    let Some(secret) = &state.wp_secret else { return };
    let Some(Ok(Some(parent))) = web_sys::window().map(|w| w.parent()) else { return };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"message".into(), &message.into());
    let _ = js_sys::Reflect::set(&data, &"value".into(), value);
    let _ = js_sys::Reflect::set(&data, &"secret".into(), &secret.as_str().into());
    let _ = parent.post_message(&data, "*");
}

/// Reports the page's height to the host, unless it has not changed (or `force`).
fn send_height(state: &Embedding, force: bool) {
    let Some(window) = web_sys::window() else { return };
    let Some(root) = root_element() else { return };
    let height = root.get_bounding_client_rect().height().ceil() as i32;
    if state.last_height.replace(height) == height && !force {
        return;
    }
    let Ok(Some(parent)) = window.parent() else { return };
    // Pym.js: a plain string, "pym" xPYMx id xPYMx type xPYMx message.
    if let Some(id) = &state.child_id {
        let message = format!("pymxPYMx{id}xPYMxheightxPYMx{height}");
        let _ = parent.post_message(&JsValue::from_str(&message), "*");
    }
    // WordPress: wp-embed.js sets the iframe's height, clamped to 200–1,000 px.
    post_wordpress(state, "height", &JsValue::from(height));
    // AMP's embed-size, which amp-iframe, @newswire/frames and our own snippet read.
    let amp = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
    let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
    let _ = js_sys::Reflect::set(&amp, &"height".into(), &JsValue::from(height));
    let _ = parent.post_message(&amp, "*");
}

/// Handles a message from the host. Only the direct parent is heard, and only three shapes:
/// Pym.js's `width` string for this child, WordPress's `{message: "ready", secret}` with this
/// page's secret, and `{type: "alaska-explainer:theme", theme}`. Anything else, from anyone
/// else, is ignored without a word.
fn handle_host_message(state: &Embedding, event: web_sys::MessageEvent) {
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
        let Some(id) = &state.child_id else { return };
        let prefix = format!("pymxPYMx{id}xPYMxwidthxPYMx");
        if text.len() < 200 && text.strip_prefix(&prefix).is_some_and(|w| w.parse::<u32>().is_ok())
        {
            send_height(state, true);
        }
        return;
    }
    if !data.is_object() || js_sys::Array::is_array(&data) {
        return;
    }
    let field =
        |name: &str| js_sys::Reflect::get(&data, &name.into()).ok().and_then(|v| v.as_string());
    if field("message").as_deref() == Some("ready") {
        if state.wp_secret.is_some() && field("secret") == state.wp_secret {
            send_height(state, true);
        }
        return;
    }
    if field("type").as_deref() != Some(THEME_MESSAGE_TYPE) {
        return;
    }
    if let Some(theme) = field("theme").as_deref().and_then(Theme::from_key) {
        apply_theme(theme);
    }
}
