//! The clipboard: the Clipboard API, with `execCommand("copy")` where it is missing.

use wasm_bindgen::{JsCast, JsValue};

use super::document;

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
