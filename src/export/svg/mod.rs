//! The charts as standalone SVG, for a producer to drop into a story: an indicator's card,
//! or the whole markets panel, each with its title, the scenario, the summit level, the
//! judgement range, a source line, "illustrative" and the scenario's link.
//!
//! Drawn 600 units wide; the PNG is this at 2× (1,200 px). Colours are the page's light
//! theme, on an opaque background, so the file reads the same on any page; the type is the
//! reader's system sans-serif, as on the page (the page ships no fonts).

use crate::chart::{self as geometry, Role, Shape, Subject};
mod plot;

pub use plot::plot;

use crate::content::palette::{CONTROL, DATA, DATA_A, INK, INK_MUTED as MUTED, PAPER, RULE};
use crate::content::words;
use crate::export::{scenarios, Chart, Written};
use crate::link::snippet::escape;
use crate::link::Link;
use crate::model::{number, Indicator, Reading};

/// The drawing's width, in CSS pixels.
pub const WIDTH: f64 = 600.0;
/// Left and right margins.
const MARGIN: f64 = 24.0;

fn at(value: f64) -> String {
    number::fixed(value, 1)
}

/// Text at a place, escaped; `style` is the rest of the element's attributes.
fn text(out: &mut String, x: f64, y: f64, style: &str, content: &str) {
    out.push_str(&format!(
        "<text x=\"{}\" y=\"{}\" {style}>{}</text>\n",
        at(x),
        at(y),
        escape(content)
    ));
}

/// Splits text into lines of at most `width` characters, at spaces; a word longer than a
/// line (an address) is cut into pieces, each on a line of its own, so that no space is put
/// inside it.
fn wrap(content: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in content.split(' ') {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() > width {
            lines.extend(chars.chunks(width).map(|piece| piece.iter().collect::<String>()));
            continue;
        }
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + chars.len() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// The figures beside a scale: the level, its change from the summit, the judgement range,
/// and A's level when comparing. Returns the height used.
fn figures(
    out: &mut String,
    reading: &Reading,
    pinned: Option<f64>,
    x: f64,
    y: f64,
    big: bool,
) -> f64 {
    let indicator = reading.indicator;
    let info = indicator.info();
    let size = if big { 30.0 } else { 20.0 };
    text(
        out,
        x,
        y + size,
        &format!("font-size=\"{}\" font-weight=\"700\" fill=\"{INK}\"", at(size)),
        &words::level(indicator, reading.value),
    );
    let small = format!("font-size=\"12\" fill=\"{MUTED}\"");
    let mut height = size + 18.0;
    text(
        out,
        x,
        y + height,
        &small,
        &words::change_from_summit(indicator, reading.value - info.summit),
    );
    height += 16.0;
    text(out, x, y + height, &small, &words::band(indicator, reading.low, reading.high));
    if let Some(pinned) = pinned {
        height += 16.0;
        let line = words::against_pinned(
            words::level(indicator, pinned),
            words::change(words::Measure::Indicator(indicator), reading.value - pinned),
        );
        text(out, x, y + height, &format!("font-size=\"12\" fill=\"{INK}\""), &line);
    }
    height
}

/// The heading: the chart's title and the scenario (and A) it shows.
fn heading(out: &mut String, title: &str, written: &[Written]) -> f64 {
    // The longest name (the Italy–Germany spread) fits the width a size smaller.
    let size = if title.chars().count() > 40 { 17 } else { 20 };
    let style = format!("font-size=\"{size}\" font-weight=\"700\" fill=\"{INK}\"");
    text(out, MARGIN, 36.0, &style, title);
    let mut line = format!("{}: {}", words::SCENARIO_LABEL, written[0].name);
    if let Some(a) = written.get(1) {
        line = format!("{line} · A: {}", a.name);
    }
    text(out, MARGIN, 58.0, &format!("font-size=\"13\" fill=\"{MUTED}\""), &line);
    text(
        out,
        WIDTH - MARGIN,
        58.0,
        &format!("font-size=\"11\" font-weight=\"700\" text-anchor=\"end\" fill=\"{INK}\""),
        words::ILLUSTRATIVE_SHORT,
    );
    72.0
}

/// The foot: "illustrative", the sources, the scenario's link and the model's version (a
/// chart quoted later must say which model drew it). Returns the new bottom.
fn footer(out: &mut String, y: f64, sources: &str, link: &str) -> f64 {
    let small = format!("font-size=\"11\" fill=\"{MUTED}\"");
    let mut y = y + 8.0;
    out.push_str(&format!(
        "<line x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{RULE}\"/>\n",
        at(MARGIN),
        at(WIDTH - MARGIN),
        at(y),
        at(y)
    ));
    for line in wrap(words::CHART_ILLUSTRATIVE, 86)
        .iter()
        .chain(wrap(sources, 86).iter())
        .chain(wrap(link, 86).iter())
        .chain(std::iter::once(&format!("{} {}", words::MODEL_VERSION, super::model_version())))
    {
        y += 14.0;
        text(out, MARGIN, y, &small, line);
    }
    y + 16.0
}

/// A standalone SVG document and its size in CSS pixels.
pub struct Drawing {
    /// The document.
    pub text: String,
    /// Its width.
    pub width: f64,
    /// Its height.
    pub height: f64,
}

/// A chart of the link's scenario (and its pin) as a standalone SVG document.
pub fn document(link: &Link, chart: Chart, page_url: &str) -> Drawing {
    let written = scenarios(link);
    let current = &written[0].outcome;
    let pinned = |indicator: Indicator| written.get(1).map(|a| a.outcome.reading(indicator).value);
    let mut body = String::new();
    let (title, sources, mut y) = match chart {
        Chart::Card(indicator) => {
            let reading = current.reading(indicator);
            let y = heading(&mut body, words::indicator_name(indicator), &written);
            let used = figures(&mut body, reading, pinned(indicator), MARGIN, y, true);
            let drawn = plot(
                &mut body,
                reading,
                pinned(indicator),
                MARGIN + 8.0,
                WIDTH - MARGIN - 8.0,
                y + used + 16.0,
            );
            let cited: Vec<String> = indicator
                .info()
                .ticks
                .iter()
                .map(|t| format!("{} ({})", t.source, t.date))
                .collect();
            let sources = format!("{} {}", words::CHART_SOURCE, cited.join("; "));
            (words::indicator_name(indicator), sources, y + used + 24.0 + drawn)
        }
        Chart::Panel => {
            let mut y = heading(&mut body, words::INDICATORS_PANEL, &written);
            for reading in &current.readings {
                let indicator = reading.indicator;
                text(
                    &mut body,
                    MARGIN,
                    y + 16.0,
                    &format!("font-size=\"13\" font-weight=\"700\" fill=\"{INK}\""),
                    words::indicator_name(indicator),
                );
                let used = figures(&mut body, reading, pinned(indicator), MARGIN, y + 20.0, false);
                let drawn = plot(
                    &mut body,
                    reading,
                    pinned(indicator),
                    300.0,
                    WIDTH - MARGIN - 8.0,
                    y + 8.0,
                );
                y += (24.0 + used).max(16.0 + drawn);
            }
            let sources = format!("{} {}", words::CHART_SOURCE, words::CHART_SOURCES_LISTED);
            (words::INDICATORS_PANEL, sources, y)
        }
    };
    y = footer(&mut body, y, &sources, &link.reader_address(page_url));
    let height = y.ceil();
    let text = format!(
        concat!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" ",
            "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif\" role=\"img\">\n",
            "<title>{title}</title>\n<rect width=\"{w}\" height=\"{h}\" fill=\"{PAPER}\"/>\n{body}</svg>\n"
        ),
        w = at(WIDTH),
        h = at(height),
        title = escape(&format!("{title} ({})", written[0].name)),
        body = body,
        PAPER = PAPER,
    );
    Drawing { text, width: WIDTH, height }
}
