//! The whole page as the build writes it: masthead, notices, both articles, the widget
//! island and the footer. Rendered only at build time (yew's server renderer, from
//! `src/bin/prerender.rs`); in the browser the composition root mounts only the islands
//! inside it, so the text is never re-rendered.
//!
//! It sits above the components, beside the app, because it contains the widget island
//! ([`App`]); nothing in the browser imports it.
//!
//! Embeds are the same page: a small script (`static/embed-mode.js`, inlined by the build)
//! sets `<html data-embed="…">` before the first paint, and the stylesheet hides what an
//! embed leaves out (see `link::embed::SECTIONS`).

use yew::prelude::*;

use crate::app::App;
use crate::components::article_view::ArticleView;
use crate::components::content_notices::ContentNotices;
use crate::components::masthead::Masthead;
use crate::components::provenance::Provenance;
use crate::content::{library, words, NOTICES_ROOT, WIDGET_ROOT};
use crate::link::Link;
use crate::model::Scenario;

/// Props for [`Page`].
#[derive(Properties, PartialEq, Default)]
pub struct Props {
    /// The scenario the widget shows: a world's own page is prerendered at that world.
    #[prop_or_default]
    pub scenario: Scenario,
}

/// The full page, with the widget at `scenario` (by default, the Alaska outcome).
#[component]
pub fn Page(props: &Props) -> Html {
    let library = library();
    html! {
        <>
            <a class="skip-link" href="#main">{ words::SKIP_LINK }</a>
            <Masthead articles={library.articles.as_slice()} />
            <main id="main">
                // An embed hides the masthead and its h1; this one stands in for it, for
                // screen readers only (the host page shows its own headline).
                <h1 class="visually-hidden embed-heading">{ words::TITLE }</h1>
                <div id={NOTICES_ROOT}></div>
                <ContentNotices notices={library.notices.as_slice()} />
                { for library.articles.iter().map(|article| html! {
                    <ArticleView {article} kicker={words::article_kicker(article.id)} />
                }) }
                <div id={WIDGET_ROOT}>
                    <App initial={Link { scenario: props.scenario, ..Link::default() }} />
                </div>
                <Provenance />
                <p class="embed-credit">
                    // The composition root fills in the page's own address when embedded.
                    <a href="./" target="_blank" rel="noopener">
                        { words::EMBED_CREDIT }
                        <span aria-hidden="true">{ " ↗" }</span>
                        <span class="visually-hidden">{ words::NEW_TAB }</span>
                    </a>
                </p>
            </main>
            <footer class="page-footer">
                <p>{ words::FOOTER }</p>
            </footer>
        </>
    }
}
