//! The chart itself as SVG elements: the same shapes, in the same order, as the page draws
//! from the one chart geometry (`crate::chart`), placed in px on a plot of the download.

use super::*;

/// One shape of the chart geometry (`crate::chart`), on a plot from `x0` to `x1` whose top
/// is at `top`: the same marks, in the same order, as the page draws. A shape only for wide
/// plots is left out of a narrower one, as the page's stylesheet hides it.
fn shape(out: &mut String, shape: &Shape, x0: f64, x1: f64, top: f64) {
    let x = |fraction: f64| at(x0 + fraction * (x1 - x0));
    let y = |offset: f64| at(top + offset);
    let wide_enough = x1 - x0 >= geometry::WIDE_PLOT;
    let class = |role: Role| role.class();
    match shape {
        Shape::Rule { wide, .. } | Shape::Text { wide, .. } if *wide && !wide_enough => {}
        Shape::Rule { role, x: at_x, top: from, bottom, .. } => {
            let (stroke, dash) = match role {
                Role::Threshold => (MUTED, " stroke-dasharray=\"4 3\""),
                _ => (CONTROL, ""),
            };
            out.push_str(&format!(
                "<line class=\"{}\" x1=\"{1}\" x2=\"{1}\" y1=\"{2}\" y2=\"{3}\" stroke=\"{stroke}\" stroke-width=\"1.5\"{dash}/>\n",
                class(*role), x(*at_x), y(*from), y(*bottom)
            ));
        }
        Shape::Span { role, from, to, top: upper, bottom } => out.push_str(&format!(
            "<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{DATA}\" fill-opacity=\"0.14\" stroke=\"{CONTROL}\" stroke-width=\"1.5\"/>\n",
            class(*role), x(*from), y(*upper), at((to - from) * (x1 - x0)), at(bottom - upper)
        )),
        Shape::Shaft { role, from, to, y: level } => out.push_str(&format!(
            "<line class=\"{}\" x1=\"{}\" x2=\"{}\" y1=\"{3}\" y2=\"{3}\" stroke=\"{DATA}\" stroke-width=\"3\"/>\n",
            class(*role), x(*from), x(*to), y(*level)
        )),
        Shape::Head { role, x: tip, y: level, direction } => {
            let path = direction.path();
            out.push_str(&format!(
                "<path class=\"{}\" transform=\"translate({} {})\" d=\"{path}\" fill=\"{DATA}\"/>\n",
                class(*role), x(*tip), y(*level)
            ));
        }
        Shape::Dot { role, x: centre, y: level, radius } => {
            let paint = match role {
                Role::Summit => format!("fill=\"{PAPER}\" stroke=\"{MUTED}\" stroke-width=\"2\""),
                _ => format!("fill=\"{DATA}\""),
            };
            out.push_str(&format!(
                "<circle class=\"{}\" cx=\"{}\" cy=\"{}\" r=\"{}\" {paint}/>\n",
                class(*role), x(*centre), y(*level), at(*radius)
            ));
        }
        Shape::Diamond { role, x: centre, y: level } => out.push_str(&format!(
            "<path class=\"{}\" transform=\"translate({} {})\" d=\"{}\" fill=\"none\" stroke=\"{DATA_A}\" stroke-width=\"2.5\"/>\n",
            class(*role), x(*centre), y(*level), geometry::DIAMOND
        )),
        Shape::Text { role, x: left, y: baseline, anchor, text: content, .. } => {
            let style = match role {
                Role::ScenarioText => format!("font-size=\"13\" font-weight=\"700\" fill=\"{DATA}\""),
                Role::PinnedText => format!("font-size=\"12\" font-weight=\"700\" fill=\"{DATA_A}\""),
                _ => format!("font-size=\"12\" fill=\"{MUTED}\""),
            };
            text(out, x0 + left * (x1 - x0), top + baseline, &format!("class=\"{}\" {style} text-anchor=\"{}\"", class(*role), anchor.svg()), content);
        }
    }
}

/// The chart of an indicator's reading (and A's level) between `x0` and `x1`, its top at `top`.
/// Returns the chart's height.
pub fn plot(
    out: &mut String,
    reading: &Reading,
    pinned: Option<f64>,
    x0: f64,
    x1: f64,
    top: f64,
) -> f64 {
    let indicator = reading.indicator;
    let chart = geometry::Chart::new(
        Subject::Indicator(indicator),
        indicator.info().summit,
        reading.value,
        Some((reading.low, reading.high)),
        pinned,
    );
    for drawn in chart.backdrop_shapes().iter().chain(chart.mark_shapes().iter()) {
        shape(out, drawn, x0, x1, top);
    }
    chart.height()
}
