//! Tests for the downloads: the CSV is RFC 4180 and holds what the screen shows, the SVG is
//! well-formed and carries its title, scenario, sources and link, and file names follow the
//! scenario.

use crate::content::words;
use crate::export::csv::{self, field, COLUMNS};
use crate::export::{file_name, model_version, svg, Chart};
use crate::link::Link;
use crate::model::{evaluate, number, Indicator, Input, Preset};

const PAGE: &str = "https://news.example/alaska/";

/// Splits RFC 4180 text into records, the way a spreadsheet does: quoted fields may hold
/// commas, doubled quotes and line breaks.
fn parse(text: &str) -> Vec<Vec<String>> {
    let mut records = vec![];
    let mut record = vec![];
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut cell)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "every line ends in CRLF");
                record.push(std::mem::take(&mut cell));
                records.push(std::mem::take(&mut record));
            }
            (false, '\n') => panic!("a bare LF outside quotes"),
            (false, c) => cell.push(c),
        }
    }
    assert!(cell.is_empty() && record.is_empty(), "the file ends with CRLF");
    records
}

fn comparison() -> Link {
    Link {
        scenario: Preset::ModularUnwind.scenario(),
        pinned: Some(Preset::Freeze.scenario()),
        ..Link::default()
    }
}

#[test]
fn fields_are_quoted_only_when_they_must_be() {
    assert_eq!(field("plain"), "plain");
    assert_eq!(field("a, b"), "\"a, b\"");
    assert_eq!(field("the “x” and \"y\""), "\"the “x” and \"\"y\"\"\"");
    assert_eq!(field("two\nlines"), "\"two\nlines\"");
}

#[test]
fn the_csv_is_rfc_4180_with_a_bom_and_holds_both_scenarios() {
    let text = csv::document(&comparison(), PAGE, "2026-11-22");
    let body = text.strip_prefix('\u{FEFF}').expect("a UTF-8 byte-order mark for Excel");
    let records = parse(body);
    assert_eq!(records[0], COLUMNS.map(str::to_owned).to_vec());
    assert!(records.iter().all(|r| r.len() == COLUMNS.len()), "every record is 12 fields");
    let find = |section: &str, scenario: &str, name: &str| {
        records
            .iter()
            .find(|r| r[0] == section && r[1] == scenario && r[2] == name)
            .unwrap_or_else(|| panic!("no {section}/{scenario}/{name}"))
            .clone()
    };
    assert_eq!(find("about", "", "model version")[3], model_version());
    assert_eq!(model_version(), "2 (3 Dec 2026)");
    assert_eq!(
        find("about", "", "link")[11],
        "https://news.example/alaska/?v=2&mv=2&e=60&b=40&d=30&s=85&g=65&m=10&a=85&f=20&pin=25-10-0-60-35-10-65-15"
    );
    assert!(find("about", "", "illustrative")[8].contains("llustrative"));
    assert_eq!(find("about", "A", "scenario")[8], "Low-intensity freeze");
    for (key, preset) in [("current", Preset::ModularUnwind), ("A", Preset::Freeze)] {
        let outcome = evaluate(&preset.scenario());
        for reading in &outcome.readings {
            let info = reading.indicator.info();
            let row = find("indicator", key, words::indicator_name(reading.indicator));
            assert_eq!(row[3], number::fixed(reading.value, info.decimals));
            assert_eq!(row[5], number::fixed(reading.low, info.decimals));
            assert_eq!(row[6], number::fixed(reading.high, info.decimals));
            assert_eq!(row[7], number::fixed(info.summit, info.decimals));
            assert!(!row[4].is_empty(), "a unit");
        }
        let lever = find("lever", key, words::input_words(Input::EnergyRelief).label);
        assert_eq!(lever[3], preset.scenario().get(Input::EnergyRelief).to_string());
        let cohesion = find("readout", key, words::COHESION.name);
        assert_eq!(cohesion[3], number::fixed(outcome.cohesion.value, 0));
    }
    // Each lever's contribution, and every reference figure with its date and source.
    assert!(records.iter().any(|r| r[0] == "contribution" && r[1] == "A" && !r[10].is_empty()));
    let references: usize = Indicator::ALL.iter().map(|i| i.info().ticks.len() + 1).sum();
    assert_eq!(records.iter().filter(|r| r[0] == "reference").count(), references);
    assert!(records
        .iter()
        .filter(|r| r[0] == "reference" && !r[2].ends_with("at the summit"))
        .all(|r| !r[9].is_empty() && !r[10].is_empty() && r[11].starts_with("https://")));
}

#[test]
fn the_svg_is_well_formed_and_says_what_it_shows() {
    for chart in Chart::all() {
        let text = svg::document(&comparison(), chart, PAGE).text;
        assert!(text.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600.0\""));
        let tree = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{chart:?}: {e}"));
        let all: String =
            tree.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).collect();
        assert!(all.contains(chart.name()), "{chart:?} has its title");
        assert!(all.contains("Modular unwind") && all.contains("A: Low-intensity freeze"));
        assert!(all.contains("Illustrative"), "{chart:?} says it is illustrative");
        assert!(all.contains("Source:"), "{chart:?} has a source line");
        let version = format!("Model version {}", model_version());
        assert!(all.contains(&version), "{chart:?} says which model drew it");
        // A long address is cut into lines; the lines joined hold it whole.
        let joined: String = all.split('\n').collect();
        assert!(joined.contains("pin=25-10-0-60-35-10-65-15"), "{chart:?} has the link");
        assert!(all.contains("at the summit"), "{chart:?} has the summit level");
        assert!(all.contains("Plausible range"), "{chart:?} has the band");
        let marked = |class: &str| {
            tree.descendants().filter(|n| n.attribute("class") == Some(class)).count()
        };
        let cards = if chart == Chart::Panel { Indicator::COUNT } else { 1 };
        assert_eq!(marked("chart-pinned"), cards, "{chart:?}: A's diamond on every chart");
        assert_eq!(marked("chart-summit"), cards, "{chart:?}: the summit's dot on every chart");
        assert_eq!(
            marked("chart-scenario"),
            cards,
            "{chart:?}: the scenario's mark on every chart"
        );
    }
    let card = svg::document(&comparison(), Chart::Card(Indicator::UkraineBonds), PAGE).text;
    assert!(card.contains("Reuters"), "a card lists its reference sources");
}

#[test]
fn file_names_follow_the_scenario_and_the_day() {
    let freeze = Link { scenario: Preset::Freeze.scenario(), ..Link::default() };
    assert_eq!(
        file_name(&freeze, None, "csv", "2026-11-22"),
        "alaska-explainer-freeze-2026-11-22.csv"
    );
    assert_eq!(
        file_name(&comparison(), Some("ttf"), "png", "2026-11-22"),
        "alaska-explainer-unwind-vs-freeze-ttf-2026-11-22.png"
    );
    let own =
        Link { scenario: Preset::Freeze.scenario().with(Input::Fighting, 99), ..Link::default() };
    assert_eq!(
        file_name(&own, Some("markets"), "svg", "x/../evil"),
        "alaska-explainer-custom-markets.svg"
    );
}

#[test]
fn no_line_of_a_chart_is_wider_than_the_drawing() {
    let long =
        Link { scenario: Preset::Freeze.scenario().with(Input::Fighting, 99), ..comparison() };
    let page =
        "https://a-rather-long-newsroom-host.example/interactive/2026/alaska-summit-explainer/";
    for chart in Chart::all() {
        let text = svg::document(&long, chart, page).text;
        let tree = roxmltree::Document::parse(&text).expect("well-formed");
        for node in tree.descendants().filter(|n| n.has_tag_name("text")) {
            let size: f64 = node.attribute("font-size").unwrap_or("10").parse().unwrap_or(10.0);
            let chars = node.text().unwrap_or("").chars().count() as f64;
            // About 0.6 em a character in a sans-serif, a generous estimate.
            assert!(chars * size * 0.6 <= svg::WIDTH, "{chart:?}: {:?}", node.text());
        }
    }
}

/// A citation names the explainer, the model's version and date, the scenario (and its pin)
/// and its link, and the day it was read; a date that is not a plain date is left out.
#[test]
fn a_citation_names_the_model_version_the_scenario_its_link_and_the_day() {
    let link = Link {
        scenario: Preset::Freeze.scenario(),
        pinned: Some(Preset::Hardened.scenario()),
        ..Link::default()
    };
    let said = super::citation(PAGE, &link, "2026-12-03");
    assert_eq!(
        said,
        format!(
            "The Alaska summit, read two ways, scenario model version {}, scenario “Low-intensity freeze” against “Talks harden”. {}. Accessed 3 Dec 2026.",
            super::model_version(),
            link.reader_address(PAGE)
        )
    );
    assert!(said.contains(&format!("mv={}", crate::model::VERSION)), "{said}");
    for bad in
        ["", "2026-13-01", "2026-12-32", "26-12-03", "2026-12-03-1", "2026-1-03", "２０２６-12-03"]
    {
        assert_eq!(super::day(bad), None, "{bad}");
        let address = link.reader_address(PAGE);
        assert!(super::citation(PAGE, &link, bad).ends_with(&format!("{address}.")), "{bad}");
    }
    assert_eq!(super::day("2027-01-09").as_deref(), Some("9 Jan 2027"));
    // The reader's own scenario is said in words, not quoted as if it were a world's name.
    let own =
        Link { scenario: Preset::Freeze.scenario().with(Input::Fighting, 3), ..Link::default() };
    assert!(super::citation(PAGE, &own, "2026-12-03")
        .contains("(3 Dec 2026), a scenario of the reader’s own. https://"));
}
