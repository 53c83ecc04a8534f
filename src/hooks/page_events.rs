//! The page around the island: the articles' world links, and the ready mark.

use yew::prelude::*;

use crate::browser;
use crate::model::Preset;

/// Calls `on_preset` when the reader follows one of the articles' "open this world" links,
/// which then applies the preset in place instead of loading the page anew.
#[hook]
pub fn use_world_links(on_preset: Callback<Preset>) {
    use_effect_with((), move |()| {
        let listener = browser::on_world_link(move |preset| on_preset.emit(preset));
        move || drop(listener)
    });
}

/// Marks the page ready once the island's first render has replaced the prerendered widget.
#[hook]
pub fn use_mark_ready() {
    use_effect_with((), |()| browser::mark_ready());
}
