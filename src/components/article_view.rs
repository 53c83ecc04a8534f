//! One article: headline, epigraph, sections and tables, laid out for reading.

use yew::prelude::*;

use crate::components::summary_table::SummaryTable;
use crate::content::{words, Article, Block, Section, WIDGET_ID, WORLD_LINKS};
use crate::model::Preset;

/// Props for [`ArticleView`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The article to show; content is parsed once and lives for the whole session.
    pub article: &'static Article,
    /// A short label above the headline, such as "First article".
    pub kicker: AttrValue,
}

/// Shows one article word for word, as an `<article>` landmark labelled by its headline.
#[component]
pub fn ArticleView(props: &Props) -> Html {
    let article = props.article;
    let title_id = format!("{}-title", article.id);
    html! {
        <article id={article.id} class="article" aria-labelledby={title_id.clone()}>
            <header class="article-header">
                <p class="kicker">{ props.kicker.clone() }</p>
                <h2 id={title_id} class="article-title">{ article.title }</h2>
                if article.title_is_editorial {
                    <p class="editorial-note">{ words::EDITORIAL_TITLE_NOTE }</p>
                }
                if let Some(epigraph) = article.epigraph {
                    <figure class="epigraph">
                        <blockquote><p>{ epigraph.quote }</p></blockquote>
                        <figcaption>{ "— " }{ epigraph.attribution }</figcaption>
                    </figure>
                }
            </header>
            { for article.intro.iter().map(|block| view_block(article, block)) }
            { for article.sections.iter().enumerate().map(|(index, section)| view_section(article, index, section)) }
        </article>
    }
}

fn view_section(article: &'static Article, index: usize, section: &'static Section) -> Html {
    let heading_id = format!("{}-s{}", article.id, index + 1);
    html! {
        // Not a named region: the heading is enough to navigate by, and ten landmarks were
        // too many to be useful.
        <section class="article-section">
            <h3 id={heading_id}>
                // The emoji is decoration for sighted readers; screen readers would read its name.
                <span class="heading-emoji" aria-hidden="true">{ section.heading.emoji }</span>
                { " " }{ section.heading.text }
            </h3>
            if section.blocks.is_empty() {
                <p class="editorial-note">{ words::EMPTY_SECTION_NOTE }</p>
            }
            { for section.blocks.iter().map(|block| view_block(article, block)) }
        </section>
    }
}

fn view_block(article: &'static Article, block: &'static Block) -> Html {
    match block {
        Block::Paragraph(text) => html! {
            <>
                <p>{ *text }</p>
                { view_world_links(text) }
            </>
        },
        Block::Table(table) => html! {
            <SummaryTable {table} attribution={words::table_attribution(article.title)} />
        },
    }
}

/// Under a paragraph that describes a world, links that open it in the scenario widget.
/// Each is a real link to that scenario's shareable address, so it works without the app
/// (a page load); with the app, the shell applies the preset in place instead.
fn view_world_links(text: &str) -> Html {
    let Some(link) = WORLD_LINKS.iter().find(|link| text.contains(link.needle)) else {
        return Html::default();
    };
    let presets = link.presets.iter().filter_map(|key| Preset::from_key(key));
    html! {
        <div class="world-links" role="group" aria-label={words::OPEN_WORLD}>
            <span aria-hidden="true">{ words::OPEN_WORLD }{ ":" }</span>
            { for presets.map(|preset| {
                // The world's own page (the build writes one for each): a link that reads well
                // when shared, and works without JavaScript.
                let href = format!("./worlds/{}/#{}", preset.info().key, WIDGET_ID);
                html! {
                    <a class="world-link" {href} data-preset={preset.info().key}>
                        { words::preset_words(preset).label }
                    </a>
                }
            }) }
        </div>
    }
}
