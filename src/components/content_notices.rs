//! A visible list of content problems, so a bad edit is seen rather than silently dropped.

use yew::prelude::*;

use crate::content::{words, Notice};

/// Props for [`ContentNotices`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The problems found while parsing the articles.
    pub notices: &'static [Notice],
}

/// Renders nothing when there are no notices.
#[component]
pub fn ContentNotices(props: &Props) -> Html {
    if props.notices.is_empty() {
        return Html::default();
    }
    html! {
        <aside class="notice" role="note" aria-labelledby="content-notices-title">
            <h2 id="content-notices-title" class="notice-title">{ words::NOTICES_TITLE }</h2>
            <ul>
                { for props.notices.iter().map(|notice| html! {
                    <li>{ &notice.message }</li>
                }) }
            </ul>
        </aside>
    }
}
