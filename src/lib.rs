//! An interactive explainer of two analyses of the 2025 U.S.–Russia summit in Alaska.
//!
//! Layers, each importing only those before it (see ARCHITECTURE.md; `tidy/` checks):
//! - the pure core, which knows nothing of the browser, in this order: [`model`] (the
//!   scenario model), [`link`] (the share-link format), [`content`] (the articles and every
//!   sentence the page shows), [`chart`] (one chart geometry for the screen and the files),
//!   [`export`] (the downloads);
//! - [`browser`], the one leaf that touches `window` and `document`, importing only the core;
//! - [`hooks`], through which components and the app reach the browser;
//! - [`components`], stateless views;
//! - [`app`], the widget island and the one owner of state;
//! - [`page`], the build-time page that contains the island, and `build_page`, the build's
//!   last step (native only).
//!
//! The composition roots are the binaries: `main.rs`, which mounts the islands; `bin/on_demand.rs`,
//! the module loaded on first use; `bin/prerender.rs`, which writes the site.

/// Text the browser never builds itself: rendered into the page at build time, and kept from
/// the prerendered page by the island (see `components::kept`). Natively it is the literal;
/// in the wasm it is empty, so the wasm carries no second copy of the text.
///
/// The on-demand module (feature `on-demand`, loaded only when a reader downloads the numbers)
/// keeps the text: the data file lists every reference figure with its source.
#[cfg(any(not(target_arch = "wasm32"), feature = "on-demand"))]
macro_rules! static_text {
    ($text:literal) => {
        $text
    };
}
#[cfg(all(target_arch = "wasm32", not(feature = "on-demand")))]
macro_rules! static_text {
    ($text:literal) => {
        ""
    };
}

/// Markup that only the build renders: the expression natively, nothing in the wasm, where
/// the island keeps the prerendered nodes instead (see `components::kept`).
#[cfg(not(target_arch = "wasm32"))]
macro_rules! prerendered {
    ($html:expr) => {
        $html
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! prerendered {
    ($html:expr) => {
        ::yew::Html::default()
    };
}

pub mod chart;
pub mod content;
pub mod export;
pub mod link;
pub mod model;

pub mod browser;
pub mod hooks;

pub mod components;

pub mod app;
pub mod page;

#[cfg(not(target_arch = "wasm32"))]
pub mod build_page;

#[cfg(test)]
mod fuzz;
#[cfg(test)]
mod tidy;
