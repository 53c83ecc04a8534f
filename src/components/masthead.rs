//! The page's headline, dek and contents list.

use yew::prelude::*;

use crate::content::{words, Article, WIDGET_ID};

/// Props for [`Masthead`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The articles, for the contents list.
    pub articles: &'static [Article],
}

/// The page header: what this page is, and where each part of it is.
#[component]
pub fn Masthead(props: &Props) -> Html {
    html! {
        <header class="masthead" id={words::TOP_ID}>
            <p class="kicker">{ words::KICKER }</p>
            <h1>{ words::TITLE }</h1>
            <p class="dek">{ words::DEK }</p>
            // The model sits after both articles: the way to it, in one tap.
            <p class="jump"><a class="jump-link" href={format!("#{}", WIDGET_ID)}>{ words::JUMP_TO_MODEL }<span aria-hidden="true">{ " ↓" }</span></a></p>
            <nav class="contents" aria-label={words::CONTENTS_LABEL}>
                <ol>
                    { for props.articles.iter().map(|article| html! {
                        <li><a href={format!("#{}", article.id)}>{ article.title }</a></li>
                    }) }
                    <li><a href={format!("#{}", WIDGET_ID)}>{ words::WIDGET_TITLE }</a></li>
                </ol>
            </nav>
        </header>
    }
}
