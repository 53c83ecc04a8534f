//! Files a reader takes away: the scenario's numbers as CSV ([`csv`]) and its charts as SVG
//! ([`svg`]), of the scenario on screen and, when comparing, of the pinned one too.
//!
//! Pure text, like the rest of the core: the on-demand module (`src/bin/on_demand.rs`, loaded the
//! first time a reader asks for a download) turns it into files in the browser, and draws
//! the PNG from the SVG. Nothing here is in the first view's wasm.

pub mod csv;
pub mod svg;

use crate::content::words;
use crate::link::Link;
use crate::model::{evaluate, Indicator, Outcome, Preset, Scenario};

/// The model's version as every download writes it, with its date: "2 (3 Dec 2026)"
/// ([`crate::model::VERSION`], dated by [`crate::content::changelog`]).
pub fn model_version() -> String {
    let version = crate::model::VERSION;
    match crate::content::changelog::release(version) {
        Some(release) => format!("{version} ({})", release.date),
        None => version.to_string(),
    }
}

/// What a chart download shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chart {
    /// The whole markets panel: every indicator.
    Panel,
    /// One indicator's card.
    Card(Indicator),
}

impl Chart {
    /// Every chart, in the order the download dialog offers them.
    pub fn all() -> impl Iterator<Item = Chart> {
        std::iter::once(Chart::Panel).chain(Indicator::ALL.into_iter().map(Chart::Card))
    }

    /// The chart's key, in the dialog's choices and in file names.
    pub fn key(self) -> &'static str {
        match self {
            Chart::Panel => "markets",
            Chart::Card(indicator) => indicator.info().slug,
        }
    }

    /// The chart a key names, if any.
    pub fn from_key(key: &str) -> Option<Chart> {
        Chart::all().find(|chart| chart.key() == key)
    }

    /// The chart's name, as the dialog offers it.
    pub fn name(self) -> &'static str {
        match self {
            Chart::Panel => words::INDICATORS_PANEL,
            Chart::Card(indicator) => words::indicator_name(indicator),
        }
    }
}

/// One scenario to write down: its name in the files, its positions and outcome.
pub struct Written {
    /// "current" or "A".
    pub key: &'static str,
    /// The world's name, or that it is the reader's own.
    pub name: &'static str,
    /// The positions.
    pub scenario: Scenario,
    /// What the model makes of them.
    pub outcome: Outcome,
}

/// The scenario on screen, then the pinned one when comparing.
pub fn scenarios(link: &Link) -> Vec<Written> {
    let write = |key, scenario: Scenario| Written {
        key,
        name: world_name(&scenario),
        scenario,
        outcome: evaluate(&scenario),
    };
    let mut written = vec![write("current", link.scenario)];
    if let Some(pinned) = link.pinned {
        written.push(write("A", pinned));
    }
    written
}

/// A scenario's world, or that it is the reader's own.
pub fn world_name(scenario: &Scenario) -> &'static str {
    Preset::matching(scenario)
        .map_or(words::OWN_SCENARIO, |preset| words::preset_words(preset).label)
}

/// A citation for the scenario on screen (and its pin), as Our World in Data gives one: the
/// title, the model's version and date, the scenario, its link and the day it was read.
/// `accessed` is the reader's `YYYY-MM-DD`, written as "3 Dec 2026"; a date that is not one
/// is left out rather than written wrong.
pub fn citation(page_url: &str, link: &Link, accessed: &str) -> String {
    // A world by its name in quotes; the reader's own scenario in words, not quoted as a name.
    let world = |scenario: &Scenario| {
        Preset::matching(scenario).map(|_| format!("“{}”", world_name(scenario)))
    };
    let mut scenario = world(&link.scenario).map_or_else(
        || words::OWN_SCENARIO.to_owned(),
        |name| format!("{} {name}", words::CITE_SCENARIO),
    );
    if let Some(pinned) = &link.pinned {
        let against = world(pinned).unwrap_or_else(|| words::OWN_SCENARIO.to_owned());
        scenario = format!("{scenario} {} {against}", words::CITE_AGAINST);
    }
    let accessed = day(accessed).map(|day| format!(" {} {day}.", words::CITE_ACCESSED));
    format!(
        "{}, {} {}, {scenario}. {}.{}",
        words::TITLE,
        words::CITE_MODEL,
        model_version(),
        link.reader_address(page_url),
        accessed.unwrap_or_default()
    )
}

/// A plain `YYYY-MM-DD` written as "3 Dec 2026", or nothing if it is not one.
pub fn day(date: &str) -> Option<String> {
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let mut parts = date.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let plain =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !plain(year, 4) || !plain(month, 2) || !plain(day, 2) {
        return None;
    }
    let month = MONTHS.get(month.parse::<usize>().ok()?.checked_sub(1)?)?;
    let day: u32 = day.parse().ok().filter(|day| (1..=31).contains(day))?;
    Some(format!("{day} {month} {year}"))
}

/// A download's file name, after the scenario and the day: `alaska-explainer-freeze-2026-11-22.csv`,
/// `alaska-explainer-unwind-vs-freeze-ttf-2026-11-22.png`. `date` comes from the reader's
/// clock and is used only if it is a plain `YYYY-MM-DD` date ([`day`] reads it); `what` is a
/// chart's key, if any.
pub fn file_name(link: &Link, what: Option<&str>, extension: &str, date: &str) -> String {
    let world = |scenario: &Scenario| Preset::matching(scenario).map_or("custom", |p| p.info().key);
    let mut name = format!("alaska-explainer-{}", world(&link.scenario));
    if let Some(pinned) = &link.pinned {
        name = format!("{name}-vs-{}", world(pinned));
    }
    if let Some(what) = what {
        name = format!("{name}-{what}");
    }
    if day(date).is_some() {
        name = format!("{name}-{date}");
    }
    format!("{name}.{extension}")
}

#[cfg(test)]
mod tests;
