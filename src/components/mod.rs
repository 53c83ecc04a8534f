//! Stateless views: each receives props and, where it has controls, emits callbacks.
//! None of them touches `window` or `document` while rendering, so the same tree can be
//! rendered to HTML ahead of time. They import the pure core and the hooks, never the app,
//! the page or the browser module (`tidy/` checks).

/// Whether the controls can work. The build's prerendered widget has no model behind it, so
/// its controls are disabled: without JavaScript, if the wasm fails, and in the moment before
/// the island takes over (the stylesheet says the model is loading). The island renders
/// them enabled.
pub(crate) const LIVE: bool = cfg!(target_arch = "wasm32");

pub mod article_view;
pub mod assumptions_table;
pub mod chart_view;
pub mod citation;
pub mod content_notices;
pub mod download_dialog;
pub mod embed_dialog;
pub mod explore_dialog;
pub mod indicator_chart;
pub mod kept;
pub mod link_notices;
pub mod masthead;
pub mod on_demand;
pub mod preset_bar;
pub mod print_qr;
pub mod provenance;
pub mod readouts;
pub mod scenario_summary;
pub mod scenario_widget;
pub mod share_bar;
pub mod slider;
pub mod summary_table;
pub mod why_list;
