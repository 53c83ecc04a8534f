//! The page's colours, written once for what is drawn outside the stylesheet: the SVG and PNG
//! downloads and the link preview, which are light whatever the reader's theme. The
//! stylesheet's custom properties (`static/style.css`, light side of each `light-dark()`),
//! the favicon and the theme colour in `index.html` carry the same values, and a test holds
//! them to these, so a colour is changed here and there together or the build says so.

/// The page's background (`--bg`).
pub const BG: &str = "#fdfcf9";
/// Text (`--ink`).
pub const INK: &str = "#1d1d1f";
/// Secondary text (`--ink-muted`).
pub const INK_MUTED: &str = "#55534e";
/// Hairlines and axes (`--rule`).
pub const RULE: &str = "#d9d4c9";
/// The scenario's marks (`--data`).
pub const DATA: &str = "#c2410c";
/// A's marks, when comparing (`--data-a`).
pub const DATA_A: &str = "#1f5fbf";
/// Slider tracks and the judgement band's edge (`--control`).
pub const CONTROL: &str = "#8a847a";
/// The explainer's own mark: the favicon and the preview's bar.
pub const BRAND: &str = "#8a2b0e";
/// A download's canvas: plain white, for print and for pasting into documents.
pub const PAPER: &str = "#ffffff";

/// Each stylesheet custom property with the colour here it must carry on the light side.
pub const STYLESHEET: [(&str, &str); 7] = [
    ("--bg", BG),
    ("--ink", INK),
    ("--ink-muted", INK_MUTED),
    ("--rule", RULE),
    ("--data", DATA),
    ("--data-a", DATA_A),
    ("--control", CONTROL),
];

#[cfg(test)]
mod tests {
    use super::{BG, BRAND, STYLESHEET};

    #[test]
    fn the_stylesheet_favicon_and_page_use_these_colours() {
        let css = include_str!("../../static/style.css");
        for (property, colour) in STYLESHEET {
            let declared = format!("{property}: light-dark({colour},");
            assert!(css.contains(&declared), "style.css should declare {declared}");
        }
        assert!(include_str!("../../static/favicon.svg").contains(&format!("fill=\"{BRAND}\"")));
        let index = include_str!("../../index.html");
        assert!(index.contains(&format!("name=\"theme-color\" content=\"{BG}\"")));
    }
}
