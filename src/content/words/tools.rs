//! The words of the tools a reader opens: the citation, the downloads, the embed codes,
//! and the pin and copy buttons beside them.

use super::*;

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
pub const ON_DEMAND_FAILED: &str =
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
