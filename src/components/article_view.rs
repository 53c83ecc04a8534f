//! One article: headline, epigraph, sections and tables, laid out for reading.

use yew::prelude::*;

use crate::components::summary_table::SummaryTable;
use crate::content::{page, Article, Block, Section};
use crate::model::Preset;

/// Props for [`ArticleView`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The article to show; content is parsed once and lives for the whole session.
    pub article: &'static Article,
    /// A short label above the headline, such as "First article".
    pub kicker: AttrValue,
    /// Called when the reader opens a world the article describes in the scenario widget.
    pub on_preset: Callback<Preset>,
    /// Whether to offer those links: not when the widget is not on the page.
    pub world_links: bool,
}

/// Shows one article word for word, as an `<article>` landmark labelled by its headline.
#[component]
pub fn ArticleView(props: &Props) -> Html {
    let article = props.article;
    let title_id = format!("{}-title", article.id);
    let on_preset = props.world_links.then_some(&props.on_preset);
    html! {
        <article id={article.id} class="article" aria-labelledby={title_id.clone()}>
            <header class="article-header">
                <p class="kicker">{ props.kicker.clone() }</p>
                <h2 id={title_id} class="article-title">{ article.title }</h2>
                if article.title_is_editorial {
                    <p class="editorial-note">{ page::EDITORIAL_TITLE_NOTE }</p>
                }
                if let Some(epigraph) = article.epigraph {
                    <figure class="epigraph">
                        <blockquote><p>{ epigraph.quote }</p></blockquote>
                        <figcaption>{ "— " }{ epigraph.attribution }</figcaption>
                    </figure>
                }
            </header>
            { for article.intro.iter().map(|block| view_block(block, on_preset)) }
            { for article.sections.iter().enumerate().map(|(index, section)| view_section(article.id, index, section, on_preset)) }
        </article>
    }
}

fn view_section(
    article_id: &str,
    index: usize,
    section: &'static Section,
    on_preset: Option<&Callback<Preset>>,
) -> Html {
    let heading_id = format!("{article_id}-s{}", index + 1);
    html! {
        <section class="article-section" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>
                // The emoji is decoration for sighted readers; screen readers would read its name.
                <span class="heading-emoji" aria-hidden="true">{ section.heading.emoji }</span>
                { " " }{ section.heading.text }
            </h3>
            if section.blocks.is_empty() {
                <p class="editorial-note">{ page::EMPTY_SECTION_NOTE }</p>
            }
            { for section.blocks.iter().map(|block| view_block(block, on_preset)) }
        </section>
    }
}

fn view_block(block: &'static Block, on_preset: Option<&Callback<Preset>>) -> Html {
    match block {
        Block::Paragraph(text) => html! {
            <>
                <p>{ *text }</p>
                { view_world_links(text, on_preset) }
            </>
        },
        Block::Table(table) => html! { <SummaryTable {table} /> },
    }
}

/// Under a paragraph that describes a world, links that open it in the scenario widget.
/// Each is a real link to the widget, so it also works as plain navigation.
fn view_world_links(text: &str, on_preset: Option<&Callback<Preset>>) -> Html {
    let Some(on_preset) = on_preset else { return Html::default() };
    let Some(link) = page::WORLD_LINKS.iter().find(|link| text.contains(link.needle)) else {
        return Html::default();
    };
    let presets = link
        .presets
        .iter()
        .filter_map(|key| Preset::ALL.into_iter().find(|p| p.info().key == *key));
    html! {
        <div class="world-links" role="group" aria-label={page::OPEN_WORLD}>
            <span aria-hidden="true">{ page::OPEN_WORLD }{ ":" }</span>
            { for presets.map(|preset| {
                let onclick = on_preset.reform(move |_: MouseEvent| preset);
                html! {
                    <a class="world-link" href={format!("#{}", page::WIDGET_ID)} data-preset={preset.info().key} {onclick}>
                        { preset.info().label }
                    </a>
                }
            }) }
        </div>
    }
}
