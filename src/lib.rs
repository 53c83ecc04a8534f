//! An interactive explainer of two analyses of the 2025 U.S.–Russia summit in Alaska.
//!
//! The crate is a pure core ([`content`], [`model`], [`link`]) that knows nothing of the browser, and a view
//! layer ([`app`], [`components`]) that lays the core's data out with yew. Only
//! [`shell`] touches `window` or `document`; see ARCHITECTURE.md.

pub mod app;
#[cfg(not(target_arch = "wasm32"))]
pub mod build_page;
pub mod components;
pub mod content;
pub mod link;
pub mod model;
pub mod shell;

#[cfg(test)]
mod fuzz;
#[cfg(test)]
mod tidy;
