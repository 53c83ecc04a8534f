//! The editors' note on the texts: where they came from, what is known to be wrong in them,
//! and every addition the page makes, so a reader can tell the articles' words from ours.

use yew::prelude::*;

use crate::content::words;

/// A labelled complementary region with the note's items.
#[component]
pub fn Provenance() -> Html {
    html! {
        <aside class="provenance" id="provenance" aria-labelledby="provenance-title">
            <h2 id="provenance-title">{ words::PROVENANCE_TITLE }</h2>
            <ul>
                { for words::PROVENANCE.iter().map(|item| html! { <li>{ *item }</li> }) }
            </ul>
        </aside>
    }
}
