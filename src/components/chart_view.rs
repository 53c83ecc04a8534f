//! A chart drawn from the pure core's geometry (`chart`): the backdrop, which never changes,
//! kept from the prerendered page, and the marks, drawn on every move. Horizontal positions
//! are percentages of the plot's width and the type is in CSS px, so the text keeps its size
//! at every width (a scaled `viewBox` made it 4 px in a narrow embed).

use yew::prelude::*;

use crate::chart::{Chart, Shape};
use crate::components::kept::Kept;
use crate::model::number;

/// Props for [`ChartView`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// What to draw.
    pub chart: Chart,
    /// The chart's text alternative: the level, the move from the summit and the range.
    pub description: AttrValue,
}

/// A horizontal position as an SVG length: a percentage of the plot, to a hundredth and
/// without trailing zeros ("43%", not "43.00%"): fewer bytes in the page and in each write.
pub fn percent(fraction: f64) -> String {
    let fixed = number::fixed(fraction * 100.0, 2);
    let trimmed = if fixed.contains('.') {
        fixed.trim_end_matches('0').trim_end_matches('.')
    } else {
        &fixed
    };
    format!("{trimmed}%")
}

/// A vertical position or size, in CSS px.
fn px(value: f64) -> String {
    number::fixed(value, 1)
}

/// One shape as SVG. Shapes that need a fixed size at a relative position (an arrowhead, A's
/// diamond) are drawn in a nested `<svg>` placed at that position.
pub fn shape(shape: &Shape) -> Html {
    let class =
        |role: crate::chart::Role, wide: bool| classes!(role.class(), wide.then_some("chart-wide"));
    match shape {
        Shape::Rule { role, x, top, bottom, wide } => html! {
            <line class={class(*role, *wide)} x1={percent(*x)} x2={percent(*x)} y1={px(*top)} y2={px(*bottom)} />
        },
        Shape::Span { role, from, to, top, bottom } => html! {
            <rect class={role.class()} x={percent(*from)} width={percent(to - from)}
                y={px(*top)} height={px(bottom - top)} />
        },
        Shape::Shaft { role, from, to, y } => html! {
            <line class={role.class()} x1={percent(*from)} x2={percent(*to)} y1={px(*y)} y2={px(*y)} />
        },
        Shape::Head { role, x, y, direction } => html! {
            <svg x={percent(*x)} y={px(*y)}>
                <path class={role.class()} d={direction.path()} />
            </svg>
        },
        Shape::Dot { role, x, y, radius } => html! {
            <circle class={role.class()} cx={percent(*x)} cy={px(*y)} r={px(*radius)} />
        },
        Shape::Diamond { role, x, y } => html! {
            <svg x={percent(*x)} y={px(*y)}>
                <path class={role.class()} d={crate::chart::DIAMOND} />
            </svg>
        },
        Shape::Text { role, x, y, anchor, text, wide } => html! {
            <text class={class(*role, *wide)} x={percent(*x)} y={px(*y)} text-anchor={anchor.svg()}>{ text.clone() }</text>
        },
    }
}

/// The chart: an image to assistive technology, described in one sentence.
#[component]
pub fn ChartView(props: &Props) -> Html {
    let chart = &props.chart;
    let slug = chart.subject.slug();
    let height = px(chart.height());
    html! {
        <div class={classes!("chart", chart.marks.pinned.is_some().then_some("chart-comparing"))}
            role="img" aria-label={props.description.clone()} data-chart={slug}>
            // The reference lines and labels never change: built once, at build time.
            <Kept name={format!("backdrop-{slug}")}>{ prerendered!(html! {
                <svg class="chart-layer chart-backdrop" aria-hidden="true" width="100%" height={crate::chart::lane::HEIGHT.to_string()}>
                    { for chart.backdrop_shapes().iter().map(shape) }
                </svg>
            }) }</Kept>
            <svg class="chart-layer chart-marks" aria-hidden="true" width="100%" height={height}>
                // Every scenario draws the same shapes in the same order (`chart::tests`), so on a
                // drag yew only moves them: no element is swapped for another.
                { for chart.mark_shapes().iter().map(shape) }
            </svg>
        </div>
    }
}

#[cfg(test)]
mod tests {
    //! The screen and the files draw the same marks: every shape of every chart, for every
    //! world and for a comparison, stands at the same place on the page (as a percentage) as in
    //! the SVG download (in px on its plot).

    use yew::virtual_dom::VNode;

    use super::shape;
    use crate::chart::{Chart, Shape, Subject};
    use crate::export::svg::plot;
    use crate::model::{evaluate, Indicator, Preset};

    /// The horizontal position a drawn element names: `x`, `cx` or `x1`, as a fraction.
    fn screen_x(node: &VNode) -> f64 {
        let VNode::VTag(tag) = node else { panic!("not an element: {node:?}") };
        let attribute = |name: &str| {
            tag.attributes.iter().find(|(key, _)| *key == name).map(|(_, value)| value.to_owned())
        };
        let written = attribute("x")
            .or_else(|| attribute("cx"))
            .or_else(|| attribute("x1"))
            .expect("a position");
        written.trim_end_matches('%').parse::<f64>().unwrap() / 100.0
    }

    fn shape_x(drawn: &Shape) -> f64 {
        match drawn {
            Shape::Rule { x, .. }
            | Shape::Head { x, .. }
            | Shape::Dot { x, .. }
            | Shape::Diamond { x, .. }
            | Shape::Text { x, .. } => *x,
            Shape::Span { from, .. } | Shape::Shaft { from, .. } => *from,
        }
    }

    /// The classes and horizontal positions of the file's marks, in drawing order.
    fn file_marks(svg: &str, x0: f64, x1: f64) -> Vec<(String, f64)> {
        let wrapped = format!("<svg>{svg}</svg>");
        let document = roxmltree::Document::parse(&wrapped).unwrap();
        document
            .descendants()
            .filter(|node| node.is_element() && node.attribute("class").is_some())
            .map(|node| {
                let x = ["x", "cx", "x1"]
                    .iter()
                    .find_map(|name| node.attribute(*name))
                    .map(|v| v.parse::<f64>().unwrap());
                let x = x.unwrap_or_else(|| {
                    // A path is placed by its transform: translate(x y).
                    let transform = node.attribute("transform").unwrap();
                    transform["translate(".len()..].split(' ').next().unwrap().parse().unwrap()
                });
                (node.attribute("class").unwrap().to_owned(), (x - x0) / (x1 - x0))
            })
            .collect()
    }

    #[test]
    fn the_page_and_the_download_draw_the_same_marks() {
        let (x0, x1) = (32.0, 568.0);
        for preset in Preset::ALL {
            let outcome = evaluate(&preset.scenario());
            let pinned = evaluate(&Preset::Freeze.scenario());
            for indicator in Indicator::ALL {
                let reading = outcome.reading(indicator);
                let a = Some(pinned.reading(indicator).value);
                let chart = Chart::new(
                    Subject::Indicator(indicator),
                    indicator.info().summit,
                    reading.value,
                    Some((reading.low, reading.high)),
                    a,
                );
                let shapes: Vec<Shape> =
                    chart.backdrop_shapes().into_iter().chain(chart.mark_shapes()).collect();
                let mut file = String::new();
                plot(&mut file, reading, a, x0, x1, 0.0);
                let file = file_marks(&file, x0, x1);
                assert_eq!(
                    file.len(),
                    shapes.len(),
                    "{preset:?} {indicator:?}: every shape is in the file"
                );
                for (drawn, (class, file_x)) in shapes.iter().zip(&file) {
                    // The arrowhead and A's diamond are placed by a nested svg's `x` on the page.
                    let screen = screen_x(&shape(drawn));
                    assert!(
                        (screen - shape_x(drawn)).abs() < 1e-4,
                        "{preset:?} {indicator:?} {class}: the page"
                    );
                    assert!(
                        (file_x - shape_x(drawn)).abs() < 1e-3,
                        "{preset:?} {indicator:?} {class}: the file"
                    );
                }
            }
        }
    }
}
