//! Hooks: how components and the app reach the browser. Each wraps one service of
//! [`crate::browser`] in yew's lifecycle (an effect, a listener dropped on unmount), so no
//! component calls the browser module itself and every listener has an owner.

pub mod address_bar;
pub mod clipboard;
pub mod kept;
pub mod on_demand;
pub mod page_events;

pub use address_bar::{use_address_bar, use_back_forward};
pub use clipboard::{use_clipboard, Clipboard};
pub use kept::{use_kept, KeptNodes};
pub use on_demand::{
    use_downloads, use_history_step, use_modal, use_on_demand, use_print_on_mount, Downloads,
    HistoryStep, OnDemandLoader,
};
pub use page_events::{use_mark_ready, use_world_links};
