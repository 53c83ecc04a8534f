//! Every sentence a reader sees, in one file: labels, notices, summary sentences, chart keys,
//! embed section names, link notices. Each is keyed by name (a constant, or a function of
//! the model's or the link's enums), never by position, so changing a visible sentence means
//! editing this file and nothing else. The model and the link format return numbers and
//! enums; the words for them are here.
//!
//! What stays elsewhere, on purpose: the articles themselves (the `.txt` files beside this
//! module), and the model's evidence (each reference figure's label, date and source in
//! `model/indicators.rs`, each coefficient's phrase and figure in `model/coefficients.rs`),
//! which the fact-check reviews together with the numbers they support.
//!
//! The sentences are in files by the part of the page they serve; this file holds the page's
//! and the widget's own, and names the rest: `levers`, `units`, `readouts`, `why`,
//! `sources`, `notices` and `tools`.

mod levers;
mod notices;
mod readouts;
mod sources;
mod tools;
mod units;
mod why;

pub use levers::*;
pub use notices::*;
pub use readouts::*;
pub use sources::*;
pub use tools::*;
pub use units::*;
pub use why::*;

use crate::link::{Embed, Notice, Param, Theme};
use crate::model::{number, Beyond, Group, Indicator, Input, Preset, Scenario};

/// The label above the page's headline.
pub const KICKER: &str = "Explainer";
/// The page's headline.
pub const TITLE: &str = "The Alaska summit, read two ways";
/// What previews and search results say of the explainer.
pub const SITE_DESCRIPTION: &str = "Sanctions relief, critical minerals and security guarantees: two analyses in full, and an illustrative scenario model you can move.";
/// The line under the headline.
pub const DEK: &str = "Two analyses of the 2025 U.S.–Russia summit in Alaska — sanctions relief, critical minerals and security guarantees — presented in full, with a scenario model of the capital flows the second one describes.";
/// Shown beside an editorial headline.
pub const EDITORIAL_TITLE_NOTE: &str = "The article was supplied without a headline. This title is the editors’, taken from the article’s own words at the start of its last paragraph; it is not the headline quote the article refers to, which was not supplied.";
/// Shown under a heading that the author left without text.
pub const EMPTY_SECTION_NOTE: &str = "The article as supplied has no text under this heading.";
/// Labels the article navigation.
pub const CONTENTS_LABEL: &str = "Contents";
/// The scenario widget's heading.
pub const WIDGET_TITLE: &str = "Capital-flows scenarios";
/// The widget's introduction.
pub const WIDGET_INTRO: &str = "Pick a world from the articles, or move the eight levers the second analysis names. Each arrow runs from the summit (Aug 2025) to your scenario.";
/// The summary at the summit itself, where nothing has moved.
pub const AT_THE_SUMMIT: &str = "This is the summit as it stood (Aug 2025): pick a world or move a lever, and the largest moves show here.";
/// The widget's one disclaimer, beside the link to how it was built.
pub const DISCLAIMER: &str =
    "Illustrative: the editors’ arithmetic on the articles’ claims, not a forecast.";
/// The link from the disclaimer to the method section, and that section's heading.
pub const HOW_BUILT: &str = "How we built this";
/// The id of the method section.
pub const HOW_BUILT_ID: &str = "how-we-built-this";
/// After the page's dek: the way to the scenario model, in one tap.
pub const JUMP_TO_MODEL: &str =
    "Try the scenario model: move the summit’s levers and see eight markets respond";
/// Over the widget when a link opened the page at a scenario (or a comparison): which one.
/// `None` for the plain address, which opens at the top with the summit.
pub fn landing(scenario: &Scenario, pinned: Option<&Scenario>) -> Option<String> {
    let name = |s: &Scenario| match Preset::matching(s) {
        Some(preset) => format!("the world “{}”", preset_words(preset).label),
        None => "settings of its own".to_owned(),
    };
    match pinned {
        None if *scenario == Scenario::default() => None,
        None => Some(format!("This link opens the model at {}.", name(scenario))),
        Some(a) => Some(format!(
            "This link opens a comparison: {} against A, {}.",
            name(scenario),
            name(a)
        )),
    }
}
/// The id of the page's header, where the landing line's way back leads.
pub const TOP_ID: &str = "top";
/// The landing line's way back to the top of the page.
pub const BACK_TO_ARTICLES: &str = "Back to the articles";
/// After the levers, for keyboard readers: to the charts.
pub const SKIP_TO_RESULTS: &str = "Skip to the results";
/// After the results, for keyboard readers: back to the levers.
pub const BACK_TO_LEVERS: &str = "Back to the levers";
/// Shown in the widget's place when JavaScript is off: the picture is static.
pub const NEEDS_JAVASCRIPT: &str = "The scenario model needs JavaScript. What you see here is its starting picture, the summit as it stood (Aug 2025); the articles above are complete without it.";
/// Shown in the widget's place when the interactive code could not start.
pub const FAILED_TO_START: &str = "The interactive scenario model could not start in this browser (its WebAssembly code did not load). What you see here is its starting picture, the summit as it stood (Aug 2025); the articles above are complete without it.";
/// The widget's honesty statement, shown where the numbers are: what the model's reasons
/// are, counted from the coefficients themselves, so it can never claim more than is true.
pub fn honesty() -> String {
    use crate::model::coefficients::{Sign, Size, ALL};
    let signs = |kind: Sign| ALL.iter().filter(|c| c.sign == kind).count();
    let judged = ALL.iter().filter(|c| c.size == Size::Judgement).count();
    format!(
        "Illustrative, not a forecast. Of the model’s {total} coefficients, {article} take their direction from the articles’ own words, {editors} from the editors’ reasoning and {third} from a named third party; {dated} are sized by a dated historical figure and {judged} are the editors’ judgement. The numbers are not estimates.",
        total = ALL.len(),
        article = signs(Sign::Article),
        editors = signs(Sign::Editors),
        third = signs(Sign::ThirdParty),
        dated = ALL.len() - judged,
    )
}

/// A coefficient's sign as the page shows it: the editors' reasoning says so.
pub fn sign_text(coefficient: &crate::model::coefficients::Coefficient) -> String {
    use crate::model::coefficients::Sign;
    match coefficient.sign {
        Sign::Editors => format!("Editors’ reasoning: {}", coefficient.phrase),
        Sign::Article | Sign::ThirdParty => coefficient.phrase.to_owned(),
    }
}
/// Short form of [`honesty`], beside each group of numbers.
pub const ILLUSTRATIVE_SHORT: &str = "Illustrative";
/// Heads the preset buttons.
pub const PRESETS_TITLE: &str = "Worlds from the articles";
/// Shown in place of a preset's quote when the sliders match no preset.
pub const CUSTOM_SCENARIO: &str =
    "Your own scenario: the sliders match none of the articles’ worlds.";
/// Heads the sliders.
pub const INPUTS_TITLE: &str = "What you can move";
/// Heads the indicator charts.
pub const INDICATORS_TITLE: &str = "Markets";
/// Explains how to read a chart.
pub const CHART_KEY: &str = "Each arrow runs from the summit (Aug 2025, hollow dot) to this scenario. Shaded: the plausible range, in the editors’ judgement (not a statistical interval). Grey lines: past levels.";
/// Heads the non-price readouts.
pub const READOUTS_TITLE: &str = "Politics";
/// Heads the summary sentences.
pub const SUMMARY_TITLE: &str = "In short";
/// Labels the "why" disclosure of each output.
pub const WHY: &str = "Why did this move?";
/// Joins a "why" disclosure's label to what it explains, for screen readers only.
pub const WHY_OF: &str = " — ";
/// Shown in a "why" disclosure when nothing moved.
pub const WHY_NOTHING: &str =
    "Nothing has moved: this is the summit as it stood (Aug 2025), where the model starts.";
/// Shown when an output was held at a limit.
pub const LIMITED: &str =
    "Held at the edge of its range; the shares below add up to more than the move shown.";
/// Heads the assumptions table.
pub const ASSUMPTIONS_TITLE: &str = "Assumptions: every coefficient in the model";
/// The assumptions driven by the three relief modules together.
pub const ASSUMPTIONS_RELIEF: &str = "Relief as a whole (all three modules)";
/// The assumptions that are not one lever's: how levers combine, ranges, floors, the test.
pub const ASSUMPTIONS_MACHINERY: &str =
    "How the levers combine, the plausible ranges and the rally test";
/// Explains the assumptions table.
pub const ASSUMPTIONS_INTRO: &str = "Each effect is the summit’s level plus the coefficient times the change in its input from the Alaska outcome. Where one effect depends on several inputs (relief discounted by snap-back triggers, say), it is split between them by each one’s average marginal effect.";
/// Heads the reference-figures caveat.
pub const SOURCES_NOTE: &str = "Reference figures come from the primary series where one is published (the ECB’s reference rate, the Bank of Russia’s official rate through the IMF) and otherwise from the wires’ reports of exchange data, read in November and December 2026; they are not live data.";
/// Introduces the buttons that open a world from an article paragraph.
pub const OPEN_WORLD: &str = "Open in the scenario model";

/// The compact embed's way to everything it leaves out.
pub const OPEN_FULL: &str = ": the full explainer, with why each number moves and every source";

/// Between the parts of the compact embed's footer.
pub const FOOTER_SEPARATOR: &str = " · ";

/// The compact embed's footer: where its numbers come from, in short (every name is one of
/// the cards' publishers, `publishers`; a test holds it so).
pub const EMBED_SOURCES: &str = static_text!(
    "Sources: ICE, ECB, Bank of Russia, IMF, Moscow Exchange, Reuters and other wires; the editors’ scenario model"
);
/// Links an embed back to the full explainer.
pub const EMBED_CREDIT: &str = "The Alaska summit, read two ways: open the full explainer";
/// Said, not shown, after every link that opens a new tab (the page shows an arrow).
pub const NEW_TAB: &str = " (opens in a new tab)";
/// Heads the list of adjustments made to a shared link.
pub const LINK_NOTICES_TITLE: &str = "This link was adjusted";
/// The id of the model's changelog in "How we built this", which an old link's notice names.
pub const MODEL_VERSIONS_ID: &str = "model-versions";

/// The changelog disclosure's label: which version the page runs.
pub fn model_versions_title() -> String {
    format!("Model versions (this is version {})", crate::model::VERSION)
}

/// The embedded iframe's accessible title.
pub const IFRAME_TITLE: &str = "The Alaska summit, read two ways: interactive explainer";
/// The skip link's words.
pub const SKIP_LINK: &str = "Skip to the articles";
/// Heads the list of content problems, if any.
pub const NOTICES_TITLE: &str = "Some of the text could not be laid out as intended";
/// Footer line about the source of the texts.
pub const FOOTER: &str = "Both articles are reproduced word for word as supplied. Every editorial addition is listed in the editors’ note on the texts.";
/// Heads the editors' note on where the texts come from and what the page added.
pub const PROVENANCE_TITLE: &str = "Editors’ note on the texts";
/// What the editors know of the texts and every addition they made, one item each.
pub const PROVENANCE: &[&str] = &[
    "Both articles were supplied to us without a byline, an outlet or a date.",
    "The first article calls Donald Trump “former President”; he was the sitting president at the summit in Alaska on 15 August 2025. The text is kept as supplied.",
    "The second article opens by referring to “The headline quote”, which was not supplied with it. The title shown for it is the editors’, taken from the start of its last paragraph; it is not that quote.",
    "Editorial additions, and nothing else: the page’s headline, introduction and contents; the second article’s title; the labels First analysis and Second analysis above the headlines; the notes beside the editors’ title and under the heading that has no text; the links under three paragraphs that open a world in the scenario model; the summary table’s cell separators, restored where the supplied text ran each row’s two cells together; this note; and the scenario model with everything in it.",
];

/// The summary table's attribution, shown when the table travels alone in an embed, so it
/// never appears as bare claims.
pub fn table_attribution(article_title: &str) -> String {
    format!("From “{article_title}”, the first of two analyses of the 2025 Alaska summit, as the article summarised it. The article was supplied without a byline, an outlet or a date.")
}

/// The label above each article's headline, by article id.
pub fn article_kicker(article_id: &str) -> &'static str {
    match article_id {
        "restoring-a-pariah" => "First analysis",
        "capital-flows-lens" => "Second analysis",
        _ => "Analysis",
    }
}

/// The embed dialog's name for an embed section.
pub const fn embed_label(embed: Embed) -> &'static str {
    match embed {
        Embed::Compact => {
            "The scenario model, compact for a news column (what a pasted link shows)"
        }
        Embed::Page => "The whole explainer",
        Embed::Widget => "The scenario model only",
        Embed::Table => "The summary table only",
        Embed::FirstArticle => "The first analysis only",
        Embed::SecondArticle => "The second analysis only",
    }
}

/// The embed dialog's name for a theme.
pub const fn theme_label(theme: Theme) -> &'static str {
    match theme {
        Theme::Auto => "Follow the reader’s setting",
        Theme::Light => "Always light",
        Theme::Dark => "Always dark",
    }
}

/// The assumptions table's column headers.
pub mod assumptions_columns {
    /// What the coefficient moves, in plain words, with its name in the code.
    pub const NAME: &str = "What it moves";
    /// Its value and unit.
    pub const VALUE: &str = "Value";
    /// The phrase behind its sign.
    pub const SIGN: &str = "Why this sign";
    /// The figure behind its size.
    pub const SIZE: &str = "Why this size";
}

/// The labels of the figure strip that follows the sliders on phones.
pub mod ticker {
    /// European gas.
    pub const GAS: &str = "Gas";
    /// The Italy–Germany spread.
    pub const SPREAD: &str = "It.–Ger. spread";
    /// Ukraine's bonds.
    pub const UKRAINE: &str = "Ukraine";
    /// Coalition cohesion.
    pub const COHESION: &str = "Cohesion";
    /// The risk-rotation verdict: the model's test for a broad market rally.
    pub const ROTATION: &str = "Rally test";
    /// The test's result, shortest form.
    pub const fn verdict(met: bool) -> &'static str {
        if met {
            "met"
        } else {
            "not met"
        }
    }
}

/// Labels the field that shows the link when copying is blocked.
pub const LINK_FIELD: &str = "Link to this scenario";
/// Separates a quotation from its source, and a figure from its label.
pub const DASH: &str = " — ";
