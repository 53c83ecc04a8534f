//! The browser: the only module that touches `window` and `document`. A leaf: it imports
//! only the pure core. The composition root (`main.rs`) calls it to start; components
//! reach it only through hooks (`hooks/`); the app through those hooks too.
//!
//! It reads the page's address, writes the address bar, hears Back and Forward, copies text
//! to the clipboard, applies a theme, and, when the page is embedded, tells the host page
//! its height and listens for the host's messages. Every function here fails quietly: a
//! browser that lacks an API gets the page without that feature, never a panic or a console
//! error.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::content::WIDGET_ID;
use crate::link::{self, Embed, History, Link, Theme};
use crate::model::Preset;

/// The message a host page sends to switch the theme; see the README.
const THEME_MESSAGE_TYPE: &str = "alaska-explainer:theme";

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

/// Writes the scenario into the address bar. Embedded pages leave it alone: an iframe's
/// history entries become the host page's, and its Back button is not ours to fill.
pub fn write_url(link: &Link, mode: History) {
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
        History::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
        History::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
    // A citation line was made from the address before this one (src/bin/extras.rs).
    if let Some(citation) = element(crate::content::CITE_ROOT) {
        let _ = citation.set_attribute("hidden", "");
    }
}

/// Makes `url` (the explainer's own, with a scenario) a new history entry and tells the page,
/// as Back and Forward do, so the app loads it: how the extras module hands the app a
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

/// Opens one of the extras (the embed or download dialog) for the scenario in `query`: the
/// boot script imports the extras module the first time (`window.explainerExtras`), and
/// `on_failed` runs if it cannot load, so the reader hears why nothing opened.
pub fn open_extras(extra: &str, query: &str, page_url: &str, on_failed: impl FnOnce() + 'static) {
    let loader = web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &"explainerExtras".into()).ok())
        .and_then(|loader| loader.dyn_into::<js_sys::Function>().ok());
    let promise = loader
        .and_then(|loader| {
            loader.call3(&JsValue::NULL, &extra.into(), &query.into(), &page_url.into()).ok()
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

/// An element for the extras module to mount on, made the first time: right after the
/// element `after` (the printed QR code follows the widget), or at the end of the body.
pub fn extras_root(id: &str, after: Option<&str>) -> Option<web_sys::Element> {
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

/// Hands the browser a file to save, made from text (the CSV, an SVG). Returns whether the
/// browser took it.
pub fn save_text(name: &str, mime: &str, body: &str) -> bool {
    let parts = js_sys::Array::of1(&body.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return false };
    let saved = save_url(name, &url);
    // The browser reads the file after this task; the address is released a little later.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    saved
}

/// Follows an address with `download`, which saves it under `name` rather than opening it.
fn save_url(name: &str, url: &str) -> bool {
    let Some(document) = document() else { return false };
    let Ok(anchor) = document.create_element("a") else { return false };
    let Ok(anchor) = anchor.dyn_into::<web_sys::HtmlAnchorElement>() else { return false };
    anchor.set_href(url);
    anchor.set_download(name);
    anchor.click();
    true
}

/// Draws an SVG document onto a canvas at `scale` times its size and saves it as a PNG
/// under `name`, then calls `done` with whether it worked. The SVG goes in as a `data:`
/// image (the page's policy allows images from itself and `data:`), and holds no outside
/// references, so the canvas stays readable.
pub fn save_png(
    name: String,
    svg: &str,
    width: f64,
    height: f64,
    scale: f64,
    done: impl FnOnce(bool) + 'static,
) {
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        done(false);
        return;
    };
    let source = format!("data:image/svg+xml;charset=utf-8,{}", js_sys::encode_uri_component(svg));
    image.set_src(&source);
    yew::platform::spawn_local(async move {
        let decoded = wasm_bindgen_futures::JsFuture::from(image.decode()).await.is_ok();
        done(decoded && draw_png(&name, &image, width * scale, height * scale));
    });
}

fn draw_png(name: &str, image: &web_sys::HtmlImageElement, width: f64, height: f64) -> bool {
    let Some(document) = document() else { return false };
    let Some(canvas) = document
        .create_element("canvas")
        .ok()
        .and_then(|canvas| canvas.dyn_into::<web_sys::HtmlCanvasElement>().ok())
    else {
        return false;
    };
    canvas.set_width(width as u32);
    canvas.set_height(height as u32);
    let Some(context) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    else {
        return false;
    };
    if context
        .draw_image_with_html_image_element_and_dw_and_dh(image, 0.0, 0.0, width, height)
        .is_err()
    {
        return false;
    }
    canvas.to_data_url_with_type("image/png").is_ok_and(|url| save_url(name, &url))
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
    let Some(document) = document() else { return false };
    let Some(body) = document.body() else { return false };
    let Ok(element) = document.create_element("textarea") else { return false };
    let Ok(field) = element.dyn_into::<web_sys::HtmlTextAreaElement>() else { return false };
    field.set_value(text);
    let _ = field.set_attribute("readonly", "");
    let _ = field.set_attribute("aria-hidden", "true");
    let _ = field.set_attribute("class", "visually-hidden");
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
