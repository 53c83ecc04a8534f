//! The whole page as the build writes it: masthead, notices, both articles, the widget
//! island and the footer. Rendered only at build time (yew's server renderer); in the
//! browser only the islands inside it are mounted, so the text is never re-rendered.
//!
//! Embeds are the same page: a small script (`static/embed-mode.js`, inlined by the build) sets
//! `<html data-embed="…">` before the first paint, and the stylesheet hides what an embed
//! leaves out.

use yew::prelude::*;

use crate::app::App;
use crate::components::article_view::ArticleView;
use crate::components::content_notices::ContentNotices;
use crate::components::masthead::Masthead;
use crate::content::{library, page};

/// The id of the element the widget island mounts on.
pub const WIDGET_ROOT: &str = "widget-root";
/// The id of the element the link-notice island mounts on.
pub const NOTICES_ROOT: &str = "notices-root";

/// The full page, with the widget in its default scenario.
#[component]
pub fn Page() -> Html {
    let library = library();
    html! {
        <>
            <a class="skip-link" href="#main">{ page::SKIP_LINK }</a>
            <Masthead articles={library.articles.as_slice()} />
            <main id="main">
                <div id={NOTICES_ROOT}></div>
                <ContentNotices notices={library.notices.as_slice()} />
                { for library.articles.iter().zip(page::ARTICLE_KICKERS).map(|(article, kicker)| html! {
                    <ArticleView {article} {kicker} />
                }) }
                <div id={WIDGET_ROOT}>
                    <App />
                </div>
                <p class="embed-credit">
                    // The shell fills in the page's own address when embedded.
                    <a href="./" target="_blank" rel="noopener">{ page::EMBED_CREDIT }</a>
                </p>
            </main>
            <footer class="page-footer">
                <p>{ page::FOOTER }</p>
            </footer>
        </>
    }
}
