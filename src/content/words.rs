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
/// The parts of a citation (`export::citation`): "…, scenario model version 2 (3 Dec 2026),
/// scenario “Low-intensity freeze” against “…”. https://…. Accessed 3 Dec 2026."
pub const CITE_MODEL: &str = "scenario model version";
/// Before the scenario's name in a citation.
pub const CITE_SCENARIO: &str = "scenario";
/// Between the scenario and its pin in a citation.
pub const CITE_AGAINST: &str = "against";
/// Before the day the reader read it.
pub const CITE_ACCESSED: &str = "Accessed";
/// Before the model's version and date on a downloaded chart.
pub const MODEL_VERSION: &str = "Model version";
/// The heading over a citation line.
pub const CITE_TITLE: &str = "How to cite this scenario";
/// Copies the citation line.
pub const COPY_CITATION: &str = "Copy citation";
/// Said once the citation is on the clipboard.
pub const CITATION_COPIED: &str = "Citation copied.";
/// Said when copying the citation failed: the line is there to select.
pub const CITATION_NOT_COPIED: &str = "Copying is blocked here. Select the citation and copy it.";
/// Opens the citation line in "How we built this".
pub const CITE: &str = "Cite this scenario";
/// The link from a model-version notice to the changelog.
pub const WHAT_CHANGED: &str = "What changed";
/// Dismisses the link notice.
pub const DISMISS: &str = "Dismiss";
/// The markets panel, as a chart download names it.
pub const INDICATORS_PANEL: &str = "Markets: all eight indicators";
/// A scenario that is none of the articles' worlds, in downloads.
pub const OWN_SCENARIO: &str = "a scenario of the reader’s own";
/// Introduces the scenario a download shows.
pub const SCENARIO_LABEL: &str = "Scenario";
/// The first line of a chart download's foot.
pub const CHART_ILLUSTRATIVE: &str = "Illustrative: an editors’ scenario model built on two analyses of the Alaska summit, not a forecast. The shaded bar is the plausible range, in the editors’ judgement; the dashed line is the summit level (Aug 2025).";
/// Introduces a chart download's sources.
pub const CHART_SOURCE: &str =
    "Source: The Alaska summit, read two ways (model by the editors). Reference levels:";
/// The markets panel's sources, which are too many to list on it.
pub const CHART_SOURCES_LISTED: &str = "listed with their dates and sources under each chart in the explainer, and in its data download.";
/// The button that opens the download dialog.
pub const DOWNLOAD: &str = "Download";
/// The download dialog's title.
pub const DOWNLOAD_TITLE: &str = "Download the numbers and charts";
/// The download dialog's introduction.
pub const DOWNLOAD_INTRO: &str = "Files of the scenario on screen (and of A, when comparing), made in your browser. The numbers are illustrative, and every file says so.";
/// The data download.
pub const DOWNLOAD_DATA: &str = "Data (CSV)";
/// What the data download holds.
pub const DOWNLOAD_DATA_NOTE: &str = "Every indicator’s level, judgement range, summit level and unit, each lever’s contribution, the levers’ positions, the reference figures with dates and sources, the link and the model’s version. UTF-8, opens in any spreadsheet.";
/// The chart choice.
pub const DOWNLOAD_CHART: &str = "Chart";
/// The chart as SVG.
pub const DOWNLOAD_SVG: &str = "SVG (vector)";
/// The chart as PNG.
pub const DOWNLOAD_PNG: &str = "PNG (1,200 px wide)";
/// Said once a file has been handed to the browser.
pub fn downloaded(file_name: &str) -> String {
    format!("Downloaded {file_name}.")
}
/// Said when a download could not be made.
pub const DOWNLOAD_FAILED: &str = "That file could not be made in this browser. The data download (CSV) needs nothing but the page; try it, or another browser.";
/// Said when the downloads or the embed codes could not load.
pub const EXTRAS_FAILED: &str =
    "This part of the page could not load. Check your connection and try again.";

/// The print button in the download dialog.
pub const PRINT: &str = "Print or save as PDF, with a QR code of this scenario";
/// The printed QR code's caption and text alternative.
pub const PRINT_QR: &str = "Scan to open this scenario online";

/// The pin toggle, the same words pressed or not: its pressed state says which.
pub const PIN: &str = "Pin as A to compare";
/// The same button once A is pinned: what pressing it does now.
pub const UNPIN: &str = "Unpin A";
/// What the summary says once A is pinned and nothing has moved yet.
pub const SAME_AS_PINNED: &str =
    "This scenario is pinned as A. Move the levers or choose a world to compare with it.";

/// A card's line for the pinned scenario: "A: €38/MWh · this scenario +€2/MWh", or "· the
/// same" when the difference rounds to nothing at the decimals shown.
pub fn against_pinned(pinned_level: String, difference: String) -> String {
    if reads_as_zero(&difference) {
        format!("A: {pinned_level} · the same")
    } else {
        format!("A: {pinned_level} · this scenario {difference}")
    }
}

/// The copy-link button's label.
pub const COPY_LINK: &str = "Copy link";
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
/// The label of the address to paste.
pub const EMBED_PASTE: &str =
    "Address to paste on a line of its own (WordPress and most CMSs embed it, sized to fit)";
/// Said when the scenario has no page of its own to paste.
pub const EMBED_NO_PASTE: &str = "No address embeds this scenario (it is none of the articles’ worlds, or it has a pinned A): only the iframe code below keeps it. A pasted address can embed a world in the compact widget, or a section at the Alaska outcome.";
/// Who can use which code in WordPress.
pub const EMBED_WORDPRESS: &str = "In WordPress, Authors and Editors paste the address: a Custom HTML block keeps the iframe code only for Administrators (users with the “unfiltered_html” capability), and strips it for everyone else.";
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

/// A readout's name and the article phrase behind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadoutWords {
    /// The readout's name.
    pub name: &'static str,
    /// The article's words for it.
    pub phrase: &'static str,
}

/// Sanctions-coalition cohesion.
pub const COHESION: ReadoutWords = ReadoutWords {
    name: "Sanctions-coalition cohesion",
    phrase: static_text!("“Sanctions are only as strong as the unity behind them.”"),
};
/// Russia's economic reintegration.
pub const REINTEGRATION: ReadoutWords = ReadoutWords {
    name: "Russia’s economic reintegration",
    phrase: static_text!(
        "“Putin gains economic legitimacy”: “Restores global influence without war’s end”"
    ),
};
/// The early-cycle risk rotation.
pub const ROTATION: ReadoutWords = ReadoutWords {
    name: "Test for a broad market rally",
    phrase: static_text!("“nothing in the rate or FX complex improves enough to warrant an early-cycle risk rotation”"),
};

/// The rotation test's result, as the readout shows it: the model's test, never advice.
pub const fn rotation_verdict(met: bool) -> &'static str {
    if met {
        "Test met"
    } else {
        "Test not met"
    }
}

/// The rotation test's margin, written once for the readout and the summary: "met by 12
/// bp-equivalents", "not met, by 20 bp-equivalents".
pub fn rotation_margin(margin: f64) -> String {
    let amount = number::magnitude(margin, 0);
    let unit = if amount == "1" { "bp-equivalent" } else { "bp-equivalents" };
    if margin > 0.0 {
        format!("met by {amount} {unit}")
    } else {
        format!("not met, by {amount} {unit}")
    }
}

/// A 0–100 readout's level beside the Alaska outcome's.
pub fn out_of_100(summit: f64) -> String {
    format!("out of 100 · summit {}", number::text(summit, 0))
}

/// A 0–100 readout's level, for its meter's text.
pub fn meter_text(value: f64) -> String {
    format!("{} out of 100", number::text(value, 0))
}

/// What the reader calls a link setting.
pub const fn param_name(param: Param) -> &'static str {
    match param {
        Param::Version => "link format version",
        Param::ModelVersion => "model version",
        Param::Slider(input) => input_words(input).label,
        Param::Pin => "pinned scenario",
        Param::Embed => "embed section",
        Param::Theme => "colour theme",
    }
}

/// One adjustment made to a shared link, as a sentence. Values from the link appear as
/// plain text, in quotation marks.
pub fn link_notice(notice: &Notice) -> String {
    let default = |input: Input| crate::model::Scenario::default().get(input);
    match notice {
        Notice::Repeated(param) => format!(
            "The link gives the {} more than once, so the default is used.",
            lower_first(param_name(*param))
        ),
        Notice::TooLong(param) => format!(
            "The link’s {} is too long to be a setting, so the default is used.",
            lower_first(param_name(*param))
        ),
        Notice::NewerVersion(version) => format!(
            "The link is from a newer version of this page (format {version}); it was read as far as this one can."
        ),
        Notice::UnknownVersion => "The link’s format version is unknown, so it was read as version 1.".to_owned(),
        Notice::NotANumber { input, value } => {
            let shown = if value.is_empty() { "empty".to_owned() } else { format!("“{value}”") };
            format!(
                "{}: the link’s value ({shown}) is not a number from 0 to 100, so the default ({}) is used.",
                input_words(*input).label,
                default(*input)
            )
        }
        Notice::OutOfRange { input, value, used } => format!(
            "{}: the link’s value ({value}) is outside 0 to 100, so it was set to {used}.",
            input_words(*input).label
        ),
        Notice::Rounded { input, value, used } => format!(
            "{}: the link’s value ({value}) is not a whole number, so it was rounded to {used}.",
            input_words(*input).label
        ),
        Notice::UnknownEmbed => "The link asks to embed a part that does not exist, so the whole explainer is shown.".to_owned(),
        Notice::UnknownTheme => "The link asks for an unknown colour theme, so the usual colours are used.".to_owned(),
        Notice::BadPin => "The link’s pinned scenario (A) is not eight positions from 0 to 100, so nothing is pinned for comparison.".to_owned(),
        // What changed is in "How we built this" (the build's text, not the first view's
        // wasm); the notice links there (components::link_notices).
        Notice::OlderModel(version) => format!(
            "This link was made with version {version} of the model{}; its numbers have been revised since. It opens with the same levers and this page’s numbers (version {}).",
            crate::content::changelog::release(*version).map(|release| format!(", {}", release.date)).unwrap_or_default(),
            crate::model::VERSION
        ),
        Notice::NewerModel(version) => format!(
            "This link was made with version {version} of the model, newer than this page’s (version {}): it opens with the same levers and this page’s numbers.",
            crate::model::VERSION
        ),
    }
}

/// `text` with its first letter in capitals: "Share of relief…" for a table's first column.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// What the page says about a group of sliders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupWords {
    /// The group's heading.
    pub title: &'static str,
    /// The article's words for the group.
    pub phrase: &'static str,
}

/// The words for a group of sliders.
pub const fn group_words(group: Group) -> GroupWords {
    match group {
        Group::Sanctions => GroupWords {
            title: "Sanctions governance",
            phrase: static_text!("“Any credible framework would require a modular unwind with snap-back triggers, not a blanket amnesty.”"),
        },
        Group::Guarantees => GroupWords {
            title: "Security guarantees",
            phrase: static_text!("“Ambiguity is spread-widening by design.”"),
        },
        Group::Resources => GroupWords {
            title: "Resource diplomacy",
            phrase: static_text!("“Even hinting at new cross-border minerals cooperation shifts bargaining power inside Western supply-chain initiatives.”"),
        },
        Group::Context => GroupWords {
            title: "Context",
            phrase: static_text!("“None of those channels require handing Russia U.S. mineral rights; all of them require allied discipline to avoid the appearance of barter.”"),
        },
    }
}

/// What the page says about one slider.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InputWords {
    /// The slider's label.
    pub label: &'static str,
    /// What position 0 means.
    pub low: &'static str,
    /// What position 100 means.
    pub high: &'static str,
    /// Position 0 in two or three words, written under the slider's left end; `low` is what a
    /// screen reader hears.
    pub short_low: &'static str,
    /// Position 100 in two or three words, under the right end.
    pub short_high: &'static str,
    /// Words for a position, from low to high, used in the value text.
    pub levels: [&'static str; 5],
}

/// The words for one slider.
pub const fn input_words(input: Input) -> InputWords {
    match input {
        Input::EnergyRelief => InputWords {
            label: "Energy-flow relief",
            low: static_text!("The price caps and bans in force at the summit"),
            high: static_text!("Pre-2022 access to European buyers"),
            short_low: "Caps as now",
            short_high: "Pre-2022 access",
            levels: ["none", "token", "partial", "broad", "full"],
        },
        Input::BankingRelief => InputWords {
            label: "Banking-access relief",
            low: static_text!("The SWIFT cut-offs and bank bans in force at the summit"),
            high: static_text!("Full reconnection"),
            short_low: "Cut off as now",
            short_high: "Reconnected",
            levels: ["none", "one bank reconnected", "partial", "broad", "full"],
        },
        Input::DebtRelief => InputWords {
            label: "Debt and reserves relief",
            low: static_text!("Default, frozen reserves"),
            high: static_text!("Settlement restored, reserves released"),
            short_low: "Frozen",
            short_high: "Released",
            levels: ["none", "token", "partial", "broad", "full"],
        },
        Input::SnapBack => InputWords {
            label: "Snap-back triggers",
            low: static_text!("Blanket amnesty"),
            high: static_text!("Strict, automatic snap-back"),
            short_low: "Amnesty",
            short_high: "Automatic",
            levels: ["blanket amnesty", "loose", "conditional", "firm", "strict, automatic"],
        },
        Input::GuaranteeClarity => InputWords {
            label: "Guarantee clarity",
            low: static_text!("Vague assurances"),
            high: static_text!("Codified, enforceable commitment"),
            short_low: "Vague",
            short_high: "Codified",
            levels: ["vague", "hinted", "outlined", "detailed", "codified"],
        },
        Input::Minerals => InputWords {
            label: "Minerals cooperation",
            low: static_text!("None"),
            high: static_text!("Joint cross-border projects"),
            short_low: "None",
            short_high: "Joint projects",
            levels: ["none", "talk", "memoranda", "pilot projects", "joint projects"],
        },
        Input::AlliedDiscipline => InputWords {
            label: "Allied discipline",
            low: static_text!("The U.S. acts alone"),
            high: static_text!("Full U.S.–EU coordination"),
            short_low: "U.S. alone",
            short_high: "Full coordination",
            levels: ["U.S. alone", "loose", "partial", "close", "full coordination"],
        },
        Input::Fighting => InputWords {
            label: "Fighting intensity",
            low: static_text!("Low-intensity freeze"),
            high: static_text!("Active escalation"),
            short_low: "Frozen",
            short_high: "Escalation",
            levels: ["frozen", "low", "sustained", "heavy", "escalating"],
        },
    }
}

/// Words for a slider position, for the slider's value text: "62 of 100, broad".
pub fn value_text(input: Input, value: u8) -> String {
    format!("{value} of 100, {}", level_word(input, value))
}

/// The word for a slider's position, from its five levels.
fn level_word(input: Input, value: u8) -> &'static str {
    input_words(input).levels[usize::from(value.min(99) / 20)]
}

/// A slider's position as written beside its name: the level in words alone ("Partial"),
/// since the thumb shows where it stands and "5 of 100, none" read as a contradiction.
/// Screen readers hear [`value_text`], with the number.
pub fn value_word(input: Input, value: u8) -> String {
    let level = level_word(input, value);
    // Every level word starts with an ASCII letter; ASCII keeps Unicode's case tables (about
    // 3 KB) out of the first view's wasm.
    let mut word = level.to_owned();
    word[..1].make_ascii_uppercase();
    word
}

/// A slider's two ends, as the hint under it says them.
pub fn slider_ends(input: Input) -> (String, String) {
    let words = input_words(input);
    (format!("0: {}", words.low), format!("100: {}", words.high))
}

/// A slider's two end labels as written under it: two or three words each.
pub const fn slider_short_ends(input: Input) -> (&'static str, &'static str) {
    let words = input_words(input);
    (words.short_low, words.short_high)
}

/// What the page says about a preset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PresetWords {
    /// The button's label.
    pub label: &'static str,
    /// What the world assumes, in one plain sentence.
    pub assumes: &'static str,
    /// The article phrase the preset stands for.
    pub quote: &'static str,
    /// Which article the phrase is from.
    pub source: &'static str,
}

/// The words for a preset.
pub const fn preset_words(preset: Preset) -> PresetWords {
    const SECOND: &str = "second analysis";
    const FIRST: &str = "first analysis";
    match preset {
        Preset::Alaska => PresetWords {
            label: "Alaska as it stands",
            assumes: "The summit as it ended: sanctions in force, vague guarantees, the fighting sustained.",
            quote: "“a dialogue that surfaces instruments—sanctions relief modules, security guarantees, resource talk—without negotiable convergence”",
            source: SECOND,
        },
        Preset::Freeze => PresetWords {
            label: "Low-intensity freeze",
            assumes: "The fighting freezes; a little energy relief, firmer snap-back, allies close.",
            quote: "“a protracted, low-intensity freeze replaces active kinetic escalation”",
            source: SECOND,
        },
        Preset::Hardened => PresetWords {
            label: "Talks harden",
            assumes: "No relief and vaguer guarantees; allies hold firm as the fighting escalates.",
            quote: "“negotiations harden without movement—Russia holding to maximalist conditions; Kyiv and allies holding to sovereignty and justice thresholds”",
            source: SECOND,
        },
        Preset::ModularUnwind => PresetWords {
            label: "Modular unwind",
            assumes: "Relief in modules, each behind strict snap-back, with clear guarantees and allies in step.",
            quote: "“a modular unwind with snap-back triggers”",
            source: SECOND,
        },
        Preset::BlanketAmnesty => PresetWords {
            label: "Blanket amnesty",
            assumes: "Nearly everything lifted at once, with no snap-back and allies apart.",
            quote: "“not a blanket amnesty”",
            source: SECOND,
        },
        Preset::GoingAlone => PresetWords {
            label: "U.S. alone, minerals offer",
            assumes: "The U.S. offers relief and minerals without Europe; the fighting goes on.",
            quote: "“Trump offers mineral access to Russia”: “Undermines multilateral sanctions”",
            source: FIRST,
        },
    }
}

/// An indicator's name, short enough for a spoken sentence.
pub const fn short_name(indicator: Indicator) -> &'static str {
    match indicator {
        Indicator::Ttf => "European gas",
        Indicator::CurveSlope => "the oil curve",
        Indicator::Brent => "Brent",
        Indicator::BtpBund => "the Italy–Germany spread",
        Indicator::EurUsd => "EUR/USD",
        Indicator::Defence => "defence shares",
        Indicator::UsdRub => "USD/RUB",
        Indicator::UkraineBonds => "Ukraine’s bonds",
    }
}

/// An indicator's name, plain and short enough for one line of its row.
pub const fn indicator_name(indicator: Indicator) -> &'static str {
    match indicator {
        Indicator::Ttf => "European gas (TTF)",
        Indicator::CurveSlope => "Oil curve (1st − 6th month)",
        Indicator::Brent => "Brent crude",
        Indicator::BtpBund => "Italy–Germany bond spread",
        Indicator::EurUsd => "EUR/USD",
        Indicator::Defence => "European defence shares",
        Indicator::UsdRub => "USD/RUB",
        Indicator::UkraineBonds => "Ukraine’s dollar bonds",
    }
}

/// A level with its unit, as a reader writes it: "€34/MWh", "83 bp", "1.165".
pub fn level(indicator: Indicator, value: f64) -> String {
    let per = match indicator {
        Indicator::Ttf => "/MWh",
        Indicator::CurveSlope | Indicator::Brent => "/bbl",
        Indicator::UsdRub => "/$",
        _ => "",
    };
    format!("{}{per}", chart_level(indicator, value))
}

/// A level as a chart labels it, without the "per" of its unit: "€34", "+$1.5", "80 ₽".
pub fn chart_level(indicator: Indicator, value: f64) -> String {
    let decimals = indicator.info().decimals;
    let number = number::text(value, decimals);
    match indicator {
        Indicator::Ttf => format!("€{number}"),
        Indicator::CurveSlope => {
            let sign = if value < 0.0 { "−" } else { "+" };
            format!("{sign}${}", number::magnitude(value, decimals))
        }
        Indicator::Brent => format!("${number}"),
        Indicator::BtpBund => format!("{number} bp"),
        Indicator::EurUsd | Indicator::Defence => number,
        Indicator::UsdRub => format!("{number} ₽"),
        Indicator::UkraineBonds => format!("{number}¢"),
    }
}

/// A whole number with its sign: "+12", "−25", "0".
pub fn signed_whole(value: f64) -> String {
    let number = number::magnitude(value, 0);
    let rounded = value.round();
    if rounded == 0.0 {
        number
    } else if rounded < 0.0 {
        format!("−{number}")
    } else {
        format!("+{number}")
    }
}

/// The summit's label under a chart's track.
pub fn chart_summit(level: &str) -> String {
    format!("Summit {level}")
}

/// A reference level's label under a chart's track: "€18 Feb 2021".
pub fn chart_reference(what: &str, level: &str) -> String {
    format!("{level} {what}")
}

/// A historical level beyond the right end of a chart's axis: "2022 peak $139 →".
pub fn chart_off_scale_high(what: &str, level: &str) -> String {
    format!("{what} {level} →")
}

/// A historical level beyond the left end of a chart's axis: "← 2022 low 0.960".
pub fn chart_off_scale_low(what: &str, level: &str) -> String {
    format!("← {what} {level}")
}

/// A's label on a chart, when comparing.
pub fn chart_pinned(level: &str) -> String {
    format!("A {level}")
}

/// The rotation chart's threshold: above it the model's test for a broad rally is met.
pub const CHART_THRESHOLD: &str = "Test met →";

/// What an output's change is measured in, for writing it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Measure {
    /// A market indicator's own unit.
    Indicator(Indicator),
    /// Points on a 0–100 scale.
    Points,
    /// Basis-point equivalents of the rotation test.
    BpEquivalents,
}

/// A change with its sign and unit: "−€3/MWh", "+12 bp", "+1.5 pts".
pub fn change(measure: Measure, change: f64) -> String {
    let decimals = match measure {
        Measure::Indicator(indicator) => indicator.info().decimals,
        Measure::Points | Measure::BpEquivalents => 1,
    };
    let amount = number::magnitude(change, decimals);
    // A change that rounds to nothing has no sign: "−$0/bbl" after one nudge read as a fall.
    let sign = if reads_as_zero(&amount) {
        ""
    } else if change < 0.0 {
        "−"
    } else {
        "+"
    };
    match measure {
        Measure::Indicator(indicator) => match indicator {
            Indicator::Ttf => format!("{sign}€{amount}/MWh"),
            Indicator::CurveSlope | Indicator::Brent => format!("{sign}${amount}/bbl"),
            Indicator::BtpBund => format!("{sign}{amount} bp"),
            Indicator::EurUsd => format!("{sign}{amount}"),
            Indicator::Defence => format!("{sign}{amount} pts"),
            Indicator::UsdRub => format!("{sign}{amount} ₽/$"),
            Indicator::UkraineBonds => format!("{sign}{amount}¢"),
        },
        Measure::Points => format!("{sign}{amount} pts"),
        Measure::BpEquivalents => format!("{sign}{amount} bp-eq"),
    }
}

/// An indicator card's change line: "+€3/MWh vs €34/MWh at the summit", or "unchanged vs …".
pub fn change_from_summit(indicator: Indicator, change_amount: f64) -> String {
    let moved = if change_amount.abs() < 1e-9 {
        "unchanged".to_owned()
    } else {
        change(Measure::Indicator(indicator), change_amount)
    };
    format!("{moved} vs {} at the summit", level(indicator, indicator.info().summit))
}

/// An indicator card's band line.
pub fn band(indicator: Indicator, low: f64, high: f64) -> String {
    format!("Plausible range {} – {}", level(indicator, low), level(indicator, high))
}

/// A level's move from the summit, in words: "down €10/MWh from the summit", "as at the
/// summit" when it rounds to nothing.
pub fn move_from_summit(measure: Measure, amount: f64) -> String {
    let written = change(measure, amount);
    if reads_as_zero(&written) {
        return "as at the summit".to_owned();
    }
    let magnitude = written.trim_start_matches(['−', '+']);
    let way = if amount < 0.0 { "down" } else { "up" };
    format!("{way} {magnitude} from the summit")
}

/// A chart's text alternative: the level, its move from the summit, the range when there is
/// one, and the axis.
pub fn chart_description(
    name: &str,
    level: &str,
    moved: &str,
    range: Option<(String, String)>,
    axis: (String, String),
) -> String {
    let range = match range {
        Some((low, high)) => format!(" Plausible range {low} to {high}."),
        None => String::new(),
    };
    format!(
        "{name}: {level} in this scenario, {moved}.{range} The chart runs from {} to {}.",
        axis.0, axis.1
    )
}

/// The one source line under an indicator's chart, which opens its dated reference figures:
/// who publishes the data and which wires reported it (the carriers are in the dated list).
/// That ranges and effects are the editors' judgement is said once, in the chart key.
pub fn sources_line(indicator: Indicator) -> String {
    format!("Source: {}", publishers(indicator))
}

/// Who publishes an indicator's figures (the exchange, the central bank) and which wires
/// reported them. Only the build and the downloads write it (the first view keeps the
/// prerendered line), so it is content here rather than a field the model's table carries.
pub fn publishers(indicator: Indicator) -> &'static str {
    match indicator {
        Indicator::Ttf => "ICE Endex; Bloomberg, Anadolu, Belga, dpa-AFX, EUobserver",
        Indicator::CurveSlope => "ICE futures; Reuters, Flux",
        Indicator::Brent => "ICE futures; Reuters, Ship & Bunker, Business Insider; EIA",
        Indicator::BtpBund => "ANSA, Reuters, Adnkronos",
        Indicator::EurUsd => "ECB reference rate",
        Indicator::Defence => "Reuters",
        Indicator::UsdRub => "Bank of Russia, IMF; Moscow Exchange, Reuters; LSEG data; TVN24",
        Indicator::UkraineBonds => "Reuters",
    }
}

/// Said to a screen reader after the source line: what opening it shows.
pub const REFERENCES_OPEN: &str = ": the dated reference figures";

/// The first line of an indicator's reference list: the summit's level and how it was read.
pub fn summit_line(indicator: Indicator) -> String {
    let info = indicator.info();
    format!("At the summit (Aug 2025) ≈ {}: {}", level(indicator, info.summit), info.summit_note)
}

/// One share in a "why" list: "+€3/MWh from energy-flow relief".
pub fn why_share(measure: Measure, amount: f64, input: Input) -> (String, String) {
    (change(measure, amount), lever_in_sentence(input))
}

/// A lever's name inside a sentence: "energy-flow relief".
pub fn lever_in_sentence(input: Input) -> String {
    input_words(input).label.to_lowercase()
}

/// Whether a written amount shows no non-zero digit ("+$0/bbl", "−0.0 pts").
pub fn reads_as_zero(text: &str) -> bool {
    !text.chars().any(|c| c.is_ascii_digit() && c != '0')
}

/// A lever whose part of the move comes from an effect a row above gave the reason for.
pub fn why_same_effect(other: Input) -> String {
    format!("Through the same effect as {}, above.", lever_in_sentence(other))
}

/// Joins a "why" share's amount and its input.
pub const WHY_FROM: &str = " from ";

/// Labels the field that shows the link when copying is blocked.
pub const LINK_FIELD: &str = "Link to this scenario";
/// Separates a quotation from its source, and a figure from its label.
pub const DASH: &str = " — ";

/// Said in a "why" list when a scenario's level goes beyond what the cited evidence supports.
pub fn beyond_evidence(indicator: Indicator, beyond: Beyond) -> String {
    let (side, bound) = match beyond {
        Beyond::Below(bound) => ("below", bound),
        Beyond::Above(bound) => ("above", bound),
    };
    format!(
        "Beyond the evidence: this level is {side} {}, the edge of what the figures cited here support ({}). Read it as the model’s arithmetic, not as a level anyone has reported.",
        level(indicator, bound.value),
        bound.figure
    )
}
