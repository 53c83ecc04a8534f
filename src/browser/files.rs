//! Saving files: text (the CSV, an SVG) through a blob address, and a PNG drawn from an SVG
//! on a canvas.

use wasm_bindgen::JsCast;

use super::document;

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
