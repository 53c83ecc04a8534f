//! The composition root: decodes the link the page was opened with and mounts the islands on
//! the prerendered page. Nothing imports it; it imports everything it wires together.

use explainer::app::{self, App};
use explainer::browser;
use explainer::content::{OnDemand, WIDGET_ROOT};
use explainer::hooks::KeptNodes;
use explainer::link;

/// Reads the link, applies the theme and the embed mode, mounts the widget's island, and has
/// the on-demand module say what the link got wrong, if anything. The articles are already on the page as HTML and
/// are left alone.
fn main() {
    let search = browser::search();
    let (link, notices) = link::decode(&search);
    browser::apply_theme(link.theme);
    let page_url = browser::page_url();
    if let Some(embed) = link.embed {
        browser::mark_embedded(embed, &page_url);
        browser::start_embedding(
            link::pym_child_id(&search),
            link::wordpress_secret(&browser::hash()),
        );
    }
    // What a link got wrong is said by the on-demand module, which decodes the same query: only
    // such links pay for the notices' words and their component.
    if !notices.is_empty() {
        browser::open_on_demand(OnDemand::Notices.key(), &search, &page_url, || {});
    }
    let shows_widget = link.embed.is_none_or(|embed| embed.shows_widget());
    match browser::element(WIDGET_ROOT) {
        // Rendering replaces the prerendered widget with the live one; for the default
        // scenario they are the same markup, and the swap happens before the next paint.
        // The app marks the page ready from its mount effect.
        Some(root) if shows_widget => {
            // Taken before mounting, which replaces the prerendered widget.
            let kept = KeptNodes::new(browser::kept_nodes(&root));
            let props = app::Props { initial: link, page_url: page_url.into(), kept };
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        _ => browser::mark_ready(),
    }
}
