//! A part of the widget whose text never changes: the build renders it, and in the browser
//! the island puts back a copy of the prerendered node instead of building it again. Its
//! children are written with `prerendered!`, so they exist only in the build.

use yew::prelude::*;

use crate::hooks::use_kept;

/// Props for [`Kept`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// A name unique on the page: the `data-kept` marker the island finds the node by.
    pub name: AttrValue,
    /// A `<span>` for text inside a line, a `<div>` otherwise.
    #[prop_or_default]
    pub inline: bool,
    /// What the build renders (empty in the wasm).
    #[prop_or_default]
    pub children: Html,
}

/// The prerendered node in the browser, the children at build time. The wrapper has
/// `display: contents`, so it changes nothing in the layout.
#[component]
pub fn Kept(props: &Props) -> Html {
    if let Some(node) = use_kept(props.name.clone()) {
        return Html::VRef(node);
    }
    let name = props.name.clone();
    if props.inline {
        html! { <span class="kept" data-kept={name}>{ props.children.clone() }</span> }
    } else {
        html! { <div class="kept" data-kept={name}>{ props.children.clone() }</div> }
    }
}
