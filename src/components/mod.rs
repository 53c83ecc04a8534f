//! Stateless views: each receives props and, where it has controls, emits callbacks.
//! None of them touches `window` or `document` while rendering, so the same tree can be
//! rendered to HTML ahead of time.

pub mod article_view;
pub mod content_notices;
pub mod masthead;
pub mod summary_table;
pub mod widget_place;
