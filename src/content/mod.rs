//! The explainer's words, kept as data: the two articles exactly as supplied, and the
//! few editorial strings the page adds around them.
//!
//! The article files next to this module are byte-for-byte copies of the user's text;
//! [`parse`] turns them into blocks at start-up. Components only lay these blocks out.
//! This module has no web dependencies and is tested natively.

pub mod parse;

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
        // The article has no headline; this one is its own closing words, and the page says so.
        title: TitleSource::Editorial("Not a minerals bargain. A process."),
        tables: &[],
    },
];

/// Editorial strings the page adds around the articles. Kept here so that components carry no prose.
pub mod page {
    /// The label above the page's headline.
    pub const KICKER: &str = "Explainer";
    /// The page's headline.
    pub const TITLE: &str = "The Alaska summit, read two ways";
    /// The line under the headline.
    pub const DEK: &str = "Two analyses of the 2025 U.S.–Russia summit in Alaska — sanctions relief, critical minerals and security guarantees — presented in full, with a scenario model of the capital flows the second one describes.";
    /// Shown beside an editorial headline.
    pub const EDITORIAL_TITLE_NOTE: &str = "The article was supplied without a headline. This title is the editors’, taken from the article’s own closing words.";
    /// Shown under a heading that the author left without text.
    pub const EMPTY_SECTION_NOTE: &str = "The article as supplied has no text under this heading.";
    /// Labels the article navigation.
    pub const CONTENTS_LABEL: &str = "Contents";
    /// The labels above each article's headline, in reading order.
    pub const ARTICLE_KICKERS: [&str; 2] = ["First analysis", "Second analysis"];
    /// The anchor of the scenario widget's section.
    pub const WIDGET_ID: &str = "scenarios";
    /// The scenario widget's heading.
    pub const WIDGET_TITLE: &str = "Capital-flows scenarios";
    /// The widget's introduction.
    pub const WIDGET_INTRO: &str = "The second analysis reads the summit through three capital-flows channels: sanctions governance, security guarantees and resource diplomacy. Move them, and the context they play out in, to see how markets and the sanctions coalition might respond.";
    /// Shown in the widget's place when JavaScript is off: the picture is static.
    pub const NEEDS_JAVASCRIPT: &str = "The scenario model needs JavaScript. What you see here is its starting picture, the Alaska outcome as it stands; the articles above are complete without it.";
    /// Shown in the widget's place when the interactive code could not start.
    pub const FAILED_TO_START: &str = "The interactive scenario model could not start in this browser (its WebAssembly code did not load). What you see here is its starting picture, the Alaska outcome as it stands; the articles above are complete without it.";
    /// The widget's honesty statement, shown where the numbers are.
    pub const ILLUSTRATIVE: &str = "Illustrative, not a forecast. Each effect’s direction comes from the articles and its size is bounded by a dated historical figure; the numbers are not estimates.";
    /// Short form of [`ILLUSTRATIVE`], beside each group of numbers.
    pub const ILLUSTRATIVE_SHORT: &str = "Illustrative";
    /// Heads the preset buttons.
    pub const PRESETS_TITLE: &str = "Worlds from the articles";
    /// Shown in place of a preset's quote when the sliders match no preset.
    pub const CUSTOM_SCENARIO: &str =
        "Your own scenario: the sliders match none of the articles’ worlds.";
    /// The reset button.
    pub const RESET: &str = "Reset to Alaska as it stands";
    /// Heads the sliders.
    pub const INPUTS_TITLE: &str = "What you can move";
    /// Heads the indicator charts.
    pub const INDICATORS_TITLE: &str = "Markets";
    /// Explains how to read a chart.
    pub const CHART_KEY: &str = "Dot: this scenario. Shaded bar: its uncertainty band. Dashed line: today (the summit window, August 2025). Ticks: historical levels, listed under each chart.";
    /// Heads the non-price readouts.
    pub const READOUTS_TITLE: &str = "Politics";
    /// Heads the summary sentences.
    pub const SUMMARY_TITLE: &str = "In short";
    /// Labels the "why" disclosure of each output.
    pub const WHY: &str = "Why did this move?";
    /// Shown in a "why" disclosure when nothing moved.
    pub const WHY_NOTHING: &str = "Nothing has moved: this is the Alaska outcome as it stands, which the model treats as today.";
    /// Shown when an output was held at a limit.
    pub const LIMITED: &str =
        "Held at the edge of its range; the shares below add up to more than the move shown.";
    /// Heads the assumptions table.
    pub const ASSUMPTIONS_TITLE: &str = "Assumptions: every coefficient in the model";
    /// Explains the assumptions table.
    pub const ASSUMPTIONS_INTRO: &str = "Each effect is today’s level plus the coefficient times the change in its input from the Alaska outcome. Where one effect depends on several inputs (relief discounted by snap-back triggers, say), it is split between them by each one’s average marginal effect.";
    /// Heads the reference-figures caveat.
    pub const SOURCES_NOTE: &str = "Reference figures are from press reports of the primary series (ICE, EIA, ECB, NATO, USGS), read in November 2026 and not re-checked against live data.";
    /// Introduces the buttons that open a world from an article paragraph.
    pub const OPEN_WORLD: &str = "Open in the scenario model";

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

    /// Links an embed back to the full explainer.
    pub const EMBED_CREDIT: &str = "The Alaska summit, read two ways: open the full explainer ↗";
    /// Heads the list of adjustments made to a shared link.
    pub const LINK_NOTICES_TITLE: &str = "This link was adjusted";
    /// Dismisses the link notice.
    pub const DISMISS: &str = "Dismiss";
    /// The copy-link button.
    pub const COPY_LINK: &str = "Copy link to this scenario";
    /// Said after a successful copy.
    pub const COPIED: &str = "Link copied.";
    /// Said when copying failed.
    pub const COPY_FAILED: &str = "Copying is blocked here. Select the link below and copy it.";
    /// The embed button.
    pub const EMBED: &str = "Embed";
    /// The embed dialog's title.
    pub const EMBED_TITLE: &str = "Embed this explainer";
    /// Explains the embed codes.
    pub const EMBED_INTRO: &str = "Paste one of these codes into your article. The frame sizes itself to its content and opens on the scenario shown now.";
    /// Labels the section choice.
    pub const EMBED_SECTION: &str = "What to show";
    /// Labels the theme choice.
    pub const EMBED_THEME: &str = "Colours";
    /// Labels the plain iframe code.
    pub const EMBED_IFRAME: &str = "Iframe with a one-line resizer (works in most CMSs)";
    /// Labels the Pym.js code.
    pub const EMBED_PYM: &str = "Pym.js (for pages that already use it)";
    /// Copies an embed code.
    pub const COPY_CODE: &str = "Copy code";
    /// Closes the dialog.
    pub const CLOSE: &str = "Close";
    /// The embedded iframe's accessible title.
    pub const IFRAME_TITLE: &str = "The Alaska summit, read two ways: interactive explainer";
    /// The skip link's words.
    pub const SKIP_LINK: &str = "Skip to the articles";
    /// The assumptions table's column headers.
    pub const ASSUMPTIONS_COLUMNS: [&str; 4] =
        ["Coefficient", "Value", "Why this sign", "Why this size"];
    /// The readouts: cohesion's name and the phrase behind it.
    pub const COHESION: (&str, &str) = (
        "Sanctions-coalition cohesion",
        "“Sanctions are only as strong as the unity behind them.”",
    );
    /// Russia's reintegration: name and phrase.
    pub const REINTEGRATION: (&str, &str) = (
        "Russia’s economic reintegration",
        "“Putin gains economic legitimacy — Restores global influence without war’s end”",
    );
    /// The risk-rotation readout: name and phrase.
    pub const ROTATION: (&str, &str) = ("Early-cycle risk rotation", "“nothing in the rate or FX complex improves enough to warrant an early-cycle risk rotation”");
    /// The risk-rotation verdicts.
    pub const ROTATION_VERDICTS: (&str, &str) = ("Warranted", "Not warranted");
    /// The labels of the figure strip that follows the sliders on phones.
    pub const TICKER_LABELS: [&str; 5] = ["Gas", "BTP–Bund", "Ukraine", "Cohesion", "Rotation"];
    /// The embed dialog's names for the themes, in `Theme::ALL` order.
    pub const THEME_LABELS: [&str; 3] =
        ["Follow the reader’s setting", "Always light", "Always dark"];
    /// Heads the list of content problems, if any.
    pub const NOTICES_TITLE: &str = "Some of the text could not be laid out as intended";
    /// Footer line about the source of the texts.
    pub const FOOTER: &str = "Both articles are reproduced word for word as supplied. Headings, table layout and the second article’s title are the only editorial additions.";
}

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
