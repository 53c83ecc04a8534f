//! The explainer's content, kept as data: the two articles exactly as supplied, the places
//! in them that describe a world, and ([`words`]) every sentence the page adds around them.
//!
//! The article files next to this module are byte-for-byte copies of the user's text;
//! [`parse`] turns them into blocks at start-up. Components only lay these blocks out.
//! This module has no web dependencies and is tested natively.

pub mod assumptions;
pub mod changelog;
pub mod explore;
pub mod palette;
pub mod parse;
pub mod summary;
pub mod why;
pub mod words;

#[cfg(test)]
mod tests;

use std::sync::OnceLock;

/// Where an article's title comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitleSource {
    /// The first line of the text is the author's headline.
    FirstLine,
    /// The text has no headline; the page shows this editorial one, labelled as such.
    Editorial(&'static str),
}

/// A table whose cell separators may have been lost in the supplied text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TableSpec {
    /// The heading text (without its emoji) under which the table sits.
    pub heading: &'static str,
    /// The column headers, in order, exactly as the text spells them.
    pub columns: &'static [&'static str],
    /// How many body rows the table has.
    pub rows: usize,
}

/// One article as supplied, with what the parser needs to know about its quirks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArticleSource {
    /// A stable identifier, used for anchors (`#restoring-a-pariah`) and embed sections.
    pub id: &'static str,
    /// The full text, exactly as the user supplied it.
    pub text: &'static str,
    /// Where the headline comes from.
    pub title: TitleSource,
    /// Tables in the text.
    pub tables: &'static [TableSpec],
}

/// The two articles, in reading order.
pub const SOURCES: [ArticleSource; 2] = [
    ArticleSource {
        id: "restoring-a-pariah",
        text: include_str!("restoring-a-pariah.txt"),
        title: TitleSource::FirstLine,
        tables: &[TableSpec {
            heading: "Summary Table",
            columns: &["Action", "Implication"],
            rows: 3,
        }],
    },
    ArticleSource {
        id: "capital-flows-lens",
        text: include_str!("capital-flows-lens.txt"),
        // The article has no headline; this one is its own words, from the start of its last
        // paragraph, and the page says so.
        title: TitleSource::Editorial("Not a minerals bargain. A process."),
        tables: &[],
    },
];

/// The anchor of the scenario widget's section.
pub const WIDGET_ID: &str = "scenarios";
/// The id of the element the widget island mounts on.
pub const WIDGET_ROOT: &str = "widget-root";
/// The id of the element the link-notice island mounts on.
pub const NOTICES_ROOT: &str = "notices-root";
/// The element the on-demand module mounts its dialogs on, made when it first loads.
pub const ON_DEMAND_ROOT: &str = "on-demand-root";
/// The element the citation opened from "How we built this" mounts on (`CiteButton`).
pub const CITE_ROOT: &str = "cite-root";

/// The element the on-demand module mounts the "What moves it?" dialog on.
pub const EXPLORE_ROOT: &str = "explore-root";
/// The element the printed QR code mounts on, right after the widget's root.
pub const PRINT_ROOT: &str = "print-root";

/// What the on-demand module opens: the parts of the page loaded the first time they are used
/// (`src/bin/on_demand.rs`), named by the key the app hands the boot script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnDemand {
    /// The embed dialog, with its codes.
    Embed,
    /// The download dialog: the data as CSV, the charts as SVG and PNG.
    Download,
    /// The printed page's QR code, then the print dialog.
    Print,
    /// The citation line for the scenario, under "How we built this".
    Cite,
    /// What the page's link got wrong, in plain words, over the page.
    Notices,
    /// Which lever matters most for a number, and what it would take to bring it to a level.
    Explore,
}

impl OnDemand {
    /// The key the app and the on-demand module agree on.
    pub const fn key(self) -> &'static str {
        match self {
            OnDemand::Embed => "embed",
            OnDemand::Download => "download",
            OnDemand::Print => "print",
            OnDemand::Cite => "cite",
            OnDemand::Notices => "notices",
            OnDemand::Explore => "explore",
        }
    }

    /// The what a key names, if any.
    pub fn from_key(key: &str) -> Option<OnDemand> {
        [
            OnDemand::Embed,
            OnDemand::Download,
            OnDemand::Print,
            OnDemand::Cite,
            OnDemand::Notices,
            OnDemand::Explore,
        ]
        .into_iter()
        .find(|what| what.key() == key)
    }
}

/// A paragraph that describes a world the widget can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WorldLink {
    /// Words that identify the paragraph, exactly as the article has them.
    pub needle: &'static str,
    /// The keys of the presets the paragraph describes, in the paragraph's order.
    pub presets: &'static [&'static str],
}

/// The places in the articles that describe a world.
pub const WORLD_LINKS: &[WorldLink] = &[
    WorldLink {
        needle: "modular unwind with snap-back triggers, not a blanket amnesty",
        presets: &["unwind", "amnesty"],
    },
    WorldLink {
        needle: "a protracted, low-intensity freeze",
        presets: &["freeze", "hardened", "alaska"],
    },
    WorldLink { needle: "If one major player defects", presets: &["alone"] },
];

/// A parsed article. Every string is a slice of the supplied text, or an editorial title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// The stable identifier from its [`ArticleSource`].
    pub id: &'static str,
    /// The headline.
    pub title: &'static str,
    /// Whether the headline is the editors' rather than the author's.
    pub title_is_editorial: bool,
    /// An opening quotation, if the article has one.
    pub epigraph: Option<Epigraph>,
    /// The blocks before the first section heading.
    pub intro: Vec<Block>,
    /// The sections, each under an emoji heading.
    pub sections: Vec<Section>,
}

/// An opening quotation and who said it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Epigraph {
    /// The quotation, with its quotation marks.
    pub quote: &'static str,
    /// The attribution, without the leading dash.
    pub attribution: &'static str,
}

/// A section heading, split so the emoji can be hidden from screen readers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Heading {
    /// The leading emoji, with any variation selector.
    pub emoji: &'static str,
    /// The heading's words.
    pub text: &'static str,
}

/// A section: a heading and the blocks under it, which may be none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// The heading.
    pub heading: Heading,
    /// The blocks under the heading.
    pub blocks: Vec<Block>,
}

/// The kinds of block an article is made of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A paragraph of prose.
    Paragraph(&'static str),
    /// A table with a header row.
    Table(Table),
}

/// A table with a header row and body rows of the same width.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// What the table is called: the heading it sits under.
    pub caption: &'static str,
    /// The column headers.
    pub header: Vec<&'static str>,
    /// The body rows, each with one cell per column.
    pub rows: Vec<Vec<&'static str>>,
}

/// A problem found in the content, shown to the reader in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The article the problem is in.
    pub article: &'static str,
    /// What went wrong, in a sentence.
    pub message: String,
}

impl Notice {
    /// Builds a notice about one article.
    pub fn new(article: &'static str, message: impl Into<String>) -> Self {
        Self { article, message: message.into() }
    }
}

/// The parsed articles and any notices, parsed once on first use.
#[derive(Debug)]
pub struct Library {
    /// The articles, in reading order.
    pub articles: Vec<Article>,
    /// Problems found while parsing, for the reader to see.
    pub notices: Vec<Notice>,
}

/// Returns the parsed articles. Parsing happens once; later calls return the same value.
pub fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        let mut notices = Vec::new();
        let articles = SOURCES
            .iter()
            .map(|source| {
                let (article, mut found) = parse::parse_article(source);
                notices.append(&mut found);
                article
            })
            .collect();
        Library { articles, notices }
    })
}
