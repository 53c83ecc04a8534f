//! The thin shell: the only module that touches the browser's `window` and `document`.

use crate::app::App;

/// Mounts the explainer into `#app`, replacing whatever placeholder markup it holds.
///
/// If the page has no `#app` element the explainer mounts on `<body>` instead, so a
/// host that edits the HTML still gets a working page rather than a blank one.
pub fn start() {
    let root = web_sys::window().and_then(|window| window.document()).and_then(|document| {
        document.get_element_by_id("app").or_else(|| document.body().map(Into::into))
    });
    match root {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
