//! The preview image a shared link shows: drawn as SVG from the page's scenario, and made a
//! PNG with fonts from crates.io, so every machine makes the same bytes.

use super::variants::{Variant, HEADLINE};
use crate::content::palette::{BG, BRAND, INK, INK_MUTED, RULE};
use crate::content::words;
use crate::link::snippet;
use crate::model::evaluate;

/// The preview image's size: what Open Graph and X's large card ask for.
pub const PREVIEW_WIDTH: u32 = 1200;
/// See [`PREVIEW_WIDTH`].
pub const PREVIEW_HEIGHT: u32 = 630;

/// The preview image's picture, as SVG: the explainer's name, the world (or section), four
/// headline numbers with their move from the summit, and the word "illustrative".
pub fn preview_svg(variant: &Variant) -> String {
    let scenario = variant.scenario();
    let outcome = evaluate(&scenario);
    let heading = match (variant.world, variant.section) {
        (Some(preset), _) => words::preset_words(preset).label.to_owned(),
        (None, Some(embed)) => words::embed_label(embed).to_owned(),
        (None, None) => "Capital-flows scenario model".to_owned(),
    };
    let mut figures = String::new();
    for (index, indicator) in HEADLINE.into_iter().enumerate() {
        let reading = outcome.reading(indicator);
        let info = indicator.info();
        // Two by two: the names are long and the numbers large.
        let (x, y) = (80 + 540 * (index % 2), 285 + 125 * (index / 2));
        let short = words::short_name(indicator);
        let name: String = short
            .chars()
            .take(1)
            .flat_map(char::to_uppercase)
            .chain(short.chars().skip(1))
            .collect();
        figures.push_str(&format!(
            concat!(
                "<text x=\"{x}\" y=\"{y}\" class=\"name\">{name} <tspan class=\"note\">(summit: {summit})</tspan></text>",
                "<text x=\"{x}\" y=\"{value_y}\" class=\"value\">{value}</text>"
            ),
            x = x,
            y = y,
            value_y = y + 62,
            name = snippet::escape(&name),
            value = snippet::escape(&words::level(indicator, reading.value)),
            summit = snippet::escape(&words::level(indicator, info.summit)),
        ));
    }
    format!(
        concat!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">",
            "<style>text{{font-family:'DejaVu Sans';fill:{INK}}}.name{{font-size:24px;fill:{INK_MUTED}}}",
            ".value{{font-size:54px;font-weight:bold}}.note{{font-size:22px;fill:{INK_MUTED}}}</style>",
            "<rect width=\"{w}\" height=\"{h}\" fill=\"{BG}\"/>",
            "<rect width=\"16\" height=\"{h}\" fill=\"{BRAND}\"/>",
            "<text x=\"80\" y=\"110\" style=\"font-size:34px;fill:{BRAND};font-weight:bold\">{site}</text>",
            "<text x=\"80\" y=\"190\" style=\"font-size:{size}px;font-weight:bold\">{heading}</text>",
            "{figures}",
            "<rect x=\"80\" y=\"520\" width=\"1040\" height=\"2\" fill=\"{RULE}\"/>",
            "<text x=\"80\" y=\"572\" style=\"font-size:26px\">Illustrative scenario model, not a forecast · move the levers yourself</text>",
            "</svg>"
        ),
        w = PREVIEW_WIDTH,
        h = PREVIEW_HEIGHT,
        INK = INK,
        INK_MUTED = INK_MUTED,
        BG = BG,
        BRAND = BRAND,
        RULE = RULE,
        site = snippet::escape(words::TITLE),
        // Long names ("U.S. alone, minerals offer") still fit in one line.
        size = if heading.chars().count() > 30 { 46 } else { 60 },
        heading = snippet::escape(&heading),
        figures = figures,
    )
}

/// Draws `svg` as a PNG, with the DejaVu fonts from crates.io and no system font, so the
/// same build makes the same bytes on every machine.
pub fn render_png(svg: &str) -> Result<Vec<u8>, String> {
    let mut options = resvg::usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_font_data(dejavu::sans::regular().to_vec());
    fonts.load_font_data(dejavu::sans::bold().to_vec());
    fonts.set_sans_serif_family("DejaVu Sans");
    let tree = resvg::usvg::Tree::from_str(svg, &options)
        .map_err(|error| format!("preview SVG: {error}"))?;
    let size = tree.size().to_int_size();
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("empty preview")?;
    resvg::render(&tree, resvg::tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|error| format!("preview PNG: {error}"))
}
