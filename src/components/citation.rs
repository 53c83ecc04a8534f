//! A citation line for the scenario on screen, with a button that copies it: in the download
//! dialog and, opened from "How we built this", under that section. Part of the on-demand module
//! module, so the first view never carries the citation's words or formatting.

use yew::prelude::*;

use crate::content::words;
use crate::hooks::use_clipboard;

/// Props for [`Citation`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The citation (`export::citation`).
    pub text: AttrValue,
    /// The id of the line, unique on the page (the dialog's and the section's can coexist).
    pub id: AttrValue,
}

/// The heading, the line and its copy button, with a polite status.
#[component]
pub fn Citation(props: &Props) -> Html {
    let copied = use_state_eq(|| None::<bool>);
    let clipboard = use_clipboard();
    let on_copy = {
        let (copied, text) = (copied.clone(), props.text.to_string());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            clipboard.copy(text.clone(), move |ok| copied.set(Some(ok)));
        })
    };
    html! {
        <div class="citation">
            <h3>{ words::CITE_TITLE }</h3>
            <p class="citation-text" id={props.id.clone()}>{ props.text.clone() }</p>
            <button type="button" class="share-button" onclick={on_copy} aria-describedby={props.id.clone()}>
                { words::COPY_CITATION }
            </button>
            <span class="share-status" role="status">
                { match *copied {
                    Some(true) => words::CITATION_COPIED,
                    Some(false) => words::CITATION_NOT_COPIED,
                    None => "",
                } }
            </span>
        </div>
    }
}
