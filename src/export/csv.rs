//! The scenario's numbers as CSV: RFC 4180 (comma-separated, fields quoted when they must
//! be, quotes doubled, CRLF line ends), UTF-8 with a byte-order mark, which is what makes
//! Excel read it as UTF-8 rather than the system's code page (the page's ¢, €, ₽ and
//! typographic quotes would otherwise be garbled). Numbers are plain (`-12.5`, a point for
//! decimals, no thousands separators), so every spreadsheet reads them as numbers.
//!
//! One table, long rather than wide, so a producer can filter it: each row is one thing
//! (`section`), of one scenario (`current` or `A`), with its value, unit and, where they
//! apply, judgement range, summit level, description, date, source and link.

use crate::content::words;
use crate::export::{model_version, scenarios, Written};
use crate::link::Link;
use crate::model::{number, Contribution, Indicator, Input, Readout};

/// The header row.
pub const COLUMNS: [&str; 12] = [
    "section",
    "scenario",
    "name",
    "value",
    "unit",
    "band_low",
    "band_high",
    "summit",
    "detail",
    "date",
    "source",
    "url",
];

/// One row, by column name; columns not named are empty.
#[derive(Default)]
struct Row {
    cells: [String; COLUMNS.len()],
}

impl Row {
    fn new(section: &str, scenario: &str, name: &str) -> Row {
        Row::default().set("section", section).set("scenario", scenario).set("name", name)
    }

    fn set(mut self, column: &str, value: impl Into<String>) -> Row {
        if let Some(index) = COLUMNS.iter().position(|c| *c == column) {
            self.cells[index] = value.into();
        }
        self
    }
}

/// One field, quoted if it holds a comma, a quote or a line break (RFC 4180, 2.6–2.7).
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The whole file: what it is, then for each scenario its levers, indicators, readouts and
/// each lever's contribution, then the reference figures behind the charts.
pub fn document(link: &Link, page_url: &str, date: &str) -> String {
    let written = scenarios(link);
    let mut rows = vec![
        Row::new("about", "", "title").set("detail", words::TITLE),
        Row::new("about", "", "illustrative").set("detail", words::honesty()),
        Row::new("about", "", "link").set("url", link.reader_address(page_url)),
        Row::new("about", "", "model version").set("value", model_version()),
        Row::new("about", "", "downloaded").set("date", date),
    ];
    for scenario in &written {
        rows.push(Row::new("about", scenario.key, "scenario").set("detail", scenario.name));
    }
    for scenario in &written {
        levers(&mut rows, scenario);
        indicators(&mut rows, scenario);
        readouts(&mut rows, scenario);
    }
    references(&mut rows);
    let mut text = String::from("\u{FEFF}");
    for cells in
        std::iter::once(COLUMNS.map(str::to_owned)).chain(rows.into_iter().map(|row| row.cells))
    {
        let line: Vec<String> = cells.iter().map(|cell| field(cell)).collect();
        text.push_str(&line.join(","));
        text.push_str("\r\n");
    }
    text
}

fn levers(rows: &mut Vec<Row>, scenario: &Written) {
    for input in Input::ALL {
        let value = scenario.scenario.get(input);
        rows.push(
            Row::new("lever", scenario.key, words::input_words(input).label)
                .set("value", value.to_string())
                .set("unit", "position 0-100")
                .set("detail", words::value_text(input, value)),
        );
    }
}

fn indicators(rows: &mut Vec<Row>, scenario: &Written) {
    for reading in &scenario.outcome.readings {
        let indicator = reading.indicator;
        let info = indicator.info();
        let at = |value: f64| number::fixed(value, info.decimals);
        rows.push(
            Row::new("indicator", scenario.key, words::indicator_name(indicator))
                .set("value", at(reading.value))
                .set("unit", words::unit(indicator).spreadsheet)
                .set("band_low", at(reading.low))
                .set("band_high", at(reading.high))
                .set("summit", at(info.summit))
                .set("detail", words::change_from_summit(indicator, reading.value - info.summit)),
        );
        contributions(
            rows,
            scenario.key,
            words::short_name(indicator),
            words::unit(indicator).spreadsheet,
            &reading.contributions,
            info.decimals + 1,
        );
    }
}

fn readouts(rows: &mut Vec<Row>, scenario: &Written) {
    let outcome = &scenario.outcome;
    let verdict = words::rotation_verdict(outcome.rotation_test_met());
    let readouts: [(&str, &Readout, &str, &str); 3] = [
        (words::COHESION.name, &outcome.cohesion, "points 0-100", ""),
        (words::REINTEGRATION.name, &outcome.reintegration, "points 0-100", ""),
        (words::ROTATION.name, &outcome.rotation, "bp-equivalents", verdict),
    ];
    // Whole numbers, as the page shows them.
    for (name, readout, unit, detail) in readouts {
        rows.push(
            Row::new("readout", scenario.key, name)
                .set("value", number::fixed(readout.value, 0))
                .set("unit", unit)
                .set("summit", number::fixed(readout.summit, 0))
                .set("detail", detail),
        );
        contributions(rows, scenario.key, name, unit, &readout.contributions, 1);
    }
}

fn contributions(
    rows: &mut Vec<Row>,
    scenario: &str,
    output: &str,
    unit: &str,
    contributions: &[Contribution],
    decimals: usize,
) {
    for share in contributions {
        rows.push(
            Row::new(
                "contribution",
                scenario,
                &format!("{output} from {}", words::lever_in_sentence(share.input)),
            )
            .set("value", number::fixed(share.amount, decimals))
            .set("unit", unit)
            .set("detail", share.coefficient.name)
            .set("source", share.coefficient.figure),
        );
    }
}

fn references(rows: &mut Vec<Row>) {
    for indicator in Indicator::ALL {
        let info = indicator.info();
        let name = words::indicator_name(indicator);
        rows.push(
            Row::new("reference", "", &format!("{name}: at the summit"))
                .set("value", number::fixed(info.summit, info.decimals))
                .set("unit", words::unit(indicator).spreadsheet)
                .set("detail", info.summit_note)
                .set("date", "Aug 2025"),
        );
        for tick in info.ticks {
            rows.push(
                Row::new("reference", "", &format!("{name}: {}", tick.label))
                    .set("value", number::fixed(tick.value, info.decimals))
                    .set("unit", words::unit(indicator).spreadsheet)
                    .set("date", tick.date)
                    .set("source", tick.source)
                    .set("url", tick.url),
            );
        }
    }
}
