//! The address bar: keeping it in step with the scenario, and hearing Back and Forward.

use yew::prelude::*;

use crate::browser;
use crate::link::{History, Link};

/// How long a slider must rest before the address bar follows it, in milliseconds.
const URL_WRITE_DELAY_MS: u32 = 250;

/// Writes `link` into the address bar whenever it changes, as `mode` says: a replaced entry
/// (after the slider has rested a moment), a new entry at once, or nothing when the change
/// came from the address bar itself. Each history write costs the browser a round trip to
/// its history store, which, on every step of a drag, delayed frames by a tenth of a second.
#[hook]
pub fn use_address_bar(link: Link, mode: Option<History>) {
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    use_effect_with((link, mode), move |(link, mode)| {
        let link = link.clone();
        match mode {
            Some(History::Replace) => {
                let write = move || browser::write_url(&link, History::Replace);
                *pending.borrow_mut() =
                    Some(gloo::timers::callback::Timeout::new(URL_WRITE_DELAY_MS, write));
            }
            // Dropping a pending timeout cancels it: a preset or Back supersedes the drag.
            Some(History::Push) => {
                *pending.borrow_mut() = None;
                browser::write_url(&link, History::Push);
            }
            None => *pending.borrow_mut() = None,
        }
    });
}

/// Calls `on_load` with the link of the entry the reader goes Back or Forward to.
#[hook]
pub fn use_back_forward(on_load: Callback<Link>) {
    use_effect_with((), move |()| {
        let listener = browser::on_history_change(move |link| on_load.emit(link));
        move || drop(listener)
    });
}
