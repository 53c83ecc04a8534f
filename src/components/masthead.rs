//! The page's headline, dek and contents list.

use yew::prelude::*;

use crate::content::{page, Article};

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
        <header class="masthead">
            <p class="kicker">{ page::KICKER }</p>
            <h1>{ page::TITLE }</h1>
            <p class="dek">{ page::DEK }</p>
            <nav class="contents" aria-label={page::CONTENTS_LABEL}>
                <ol>
                    { for props.articles.iter().map(|article| html! {
                        <li><a href={format!("#{}", article.id)}>{ article.title }</a></li>
                    }) }
                    <li><a href={format!("#{}", page::WIDGET_ID)}>{ page::WIDGET_TITLE }</a></li>
                </ol>
            </nav>
        </header>
    }
}
