//! `use_clipboard`: copying text, for the share bar and the embed dialog.

use yew::prelude::*;

use crate::browser;

/// A handle that copies text and reports whether it worked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clipboard;

impl Clipboard {
    /// Copies `text`, then calls `done` with whether it worked (the Clipboard API, or the
    /// older `execCommand` where that is missing or refused).
    pub fn copy(self, text: String, done: impl FnOnce(bool) + 'static) {
        browser::copy_text(text, done);
    }
}

/// The clipboard, for a component's event handlers.
#[hook]
pub fn use_clipboard() -> Clipboard {
    Clipboard
}
