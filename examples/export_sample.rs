//! Writes a sample of each download for the comparison of the modular unwind with the
//! freeze: `cargo run --example export_sample -- OUT_DIR`.
use explainer::export::{csv, svg, Chart};
use explainer::link::Link;
use explainer::model::Preset;

fn main() {
    let out = std::env::args().nth(1).unwrap_or_else(|| "target/export-sample".to_owned());
    std::fs::create_dir_all(&out).expect("the output folder can be made");
    let link = Link {
        scenario: Preset::ModularUnwind.scenario(),
        pinned: Some(Preset::Freeze.scenario()),
        ..Link::default()
    };
    let page = "https://news.example/alaska/";
    std::fs::write(format!("{out}/sample.csv"), csv::document(&link, page, "2026-11-22"))
        .expect("written");
    for chart in Chart::all() {
        std::fs::write(
            format!("{out}/{}.svg", chart.key()),
            svg::document(&link, chart, page).text,
        )
        .expect("written");
    }
}
