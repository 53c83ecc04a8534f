//! The root component: the one owner of the page's state, which it hands down as props.

use yew::prelude::*;

use crate::components::article_view::ArticleView;
use crate::components::content_notices::ContentNotices;
use crate::components::masthead::Masthead;
use crate::components::widget_place::WidgetPlace;
use crate::content::{library, page};

/// The whole explainer: masthead, both articles, and the scenario widget's place.
#[component]
pub fn App() -> Html {
    let library = library();
    html! {
        <>
            <a class="skip-link" href="#main">{ "Skip to the articles" }</a>
            <Masthead articles={library.articles.as_slice()} />
            <main id="main">
                <ContentNotices notices={library.notices.as_slice()} />
                { for library.articles.iter().zip(page::ARTICLE_KICKERS).map(|(article, kicker)| html! {
                    <ArticleView {article} {kicker} />
                }) }
                <WidgetPlace />
            </main>
            <footer class="page-footer">
                <p>{ page::FOOTER }</p>
            </footer>
        </>
    }
}
