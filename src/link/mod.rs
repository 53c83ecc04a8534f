//! The share-link format: the page URL's query string, both ways.
//!
//! One table, [`PARAMS`], drives encoding and decoding. A link carries only the sliders that
//! differ from the default scenario, under short keys that never change, plus a format
//! version (`v=1`), so links stay short and old ones keep working as the model grows:
//! `?v=1&e=60&s=85`. Display options ride along: `embed` (what to show in an iframe) and
//! `theme`. Pym.js's own parameters (`childId`, `initialWidth`, `parentTitle`, `parentUrl`)
//! and anything else unknown (`utm_source`, `fbclid`) are ignored without comment.
//!
//! Every link is untrusted. Decoding never fails: a bad value falls back to its default, an
//! out-of-range number is clamped, and each adjustment becomes a plain-language [`Notice`]
//! for the reader. Values are only ever compared with known words or parsed as numbers, so
//! nothing from a link can reach the page as markup.
//!
//! This module has no web dependencies and is tested natively.

pub mod snippet;

use crate::model::{Input, Scenario};

/// The current format version, written into every link that carries a scenario.
pub const VERSION: u32 = 1;

/// What an embed shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Embed {
    /// The whole explainer, without the page's masthead and footer.
    Page,
    /// The scenario widget alone.
    Widget,
    /// The first article's summary table alone.
    Table,
    /// The first article alone.
    FirstArticle,
    /// The second article alone.
    SecondArticle,
}

impl Embed {
    /// Every embed section, in the order the embed dialog offers them.
    pub const ALL: [Embed; 5] =
        [Embed::Page, Embed::Widget, Embed::Table, Embed::FirstArticle, Embed::SecondArticle];

    /// The value of the `embed` parameter.
    pub const fn key(self) -> &'static str {
        match self {
            Embed::Page => "page",
            Embed::Widget => "widget",
            Embed::Table => "table",
            Embed::FirstArticle => "article1",
            Embed::SecondArticle => "article2",
        }
    }

    /// What the embed dialog calls it.
    pub const fn label(self) -> &'static str {
        match self {
            Embed::Page => "The whole explainer",
            Embed::Widget => "The scenario model only",
            Embed::Table => "The summary table only",
            Embed::FirstArticle => "The first analysis only",
            Embed::SecondArticle => "The second analysis only",
        }
    }

    /// A starting height for the iframe before it reports its own, in CSS pixels.
    pub const fn initial_height(self) -> u32 {
        match self {
            Embed::Page => 4000,
            Embed::Widget => 1800,
            Embed::Table => 320,
            Embed::FirstArticle => 1800,
            Embed::SecondArticle => 2000,
        }
    }
}

/// The colour theme a link asks for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow the reader's system setting.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, in the order the embed dialog offers them.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The value of the `theme` parameter, and of `data-theme` on the page.
    pub const fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Reads a theme word; anything else is `None`.
    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.key() == key)
    }
}

/// Everything a link says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Link {
    /// The scenario.
    pub scenario: Scenario,
    /// The embed section, if the page is embedded.
    pub embed: Option<Embed>,
    /// The theme.
    pub theme: Theme,
}

/// One adjustment made while reading a link, in words a reader understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice(pub String);

/// What one URL key means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Param {
    /// The format version.
    Version,
    /// A slider.
    Slider(Input),
    /// The embed section.
    Embed,
    /// The theme.
    Theme,
}

impl Param {
    /// The URL key.
    pub const fn key(self) -> &'static str {
        match self {
            Param::Version => "v",
            Param::Slider(input) => input.info().key,
            Param::Embed => "embed",
            Param::Theme => "theme",
        }
    }

    /// What the reader calls this setting.
    fn name(self) -> &'static str {
        match self {
            Param::Version => "link format version",
            Param::Slider(input) => input.info().label,
            Param::Embed => "embed section",
            Param::Theme => "colour theme",
        }
    }
}

/// Every key the link format knows, in the order links write them. Keys are public API:
/// never rename or reuse one.
pub const PARAMS: [Param; 3 + Input::COUNT] = {
    let mut params = [Param::Version; 3 + Input::COUNT];
    let mut index = 0;
    while index < Input::COUNT {
        params[index + 1] = Param::Slider(Input::ALL[index]);
        index += 1;
    }
    params[Input::COUNT + 1] = Param::Embed;
    params[Input::COUNT + 2] = Param::Theme;
    params
};

/// The longest value read at all; anything longer is treated as garbage.
const MAX_VALUE_LEN: usize = 16;
/// The most pairs read from one query; the rest are ignored.
const MAX_PAIRS: usize = 64;

/// A value as found in a query string.
enum Raw {
    /// Decoded text of a sensible length.
    Value(String),
    /// Longer than any setting could be.
    TooLong,
    /// Broken percent escapes, or bytes that are not UTF-8.
    Garbled,
}

/// Writes a link's query string, without the leading `?`. The default scenario with no
/// embed and the automatic theme writes nothing at all.
pub fn encode(link: &Link) -> String {
    let defaults = Scenario::default();
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let differs =
        Input::ALL.into_iter().any(|input| link.scenario.get(input) != defaults.get(input));
    for param in PARAMS {
        match param {
            Param::Version if differs => pairs.push((param.key(), VERSION.to_string())),
            Param::Version => {}
            Param::Slider(input) => {
                let value = link.scenario.get(input);
                if value != defaults.get(input) {
                    pairs.push((param.key(), value.to_string()));
                }
            }
            Param::Embed => {
                if let Some(embed) = link.embed {
                    pairs.push((param.key(), embed.key().to_owned()));
                }
            }
            Param::Theme => {
                if link.theme != Theme::Auto {
                    pairs.push((param.key(), link.theme.key().to_owned()));
                }
            }
        }
    }
    pairs.iter().map(|(key, value)| format!("{key}={value}")).collect::<Vec<_>>().join("&")
}

/// Reads a query string (with or without its leading `?`). Never fails; see the module docs.
pub fn decode(query: &str) -> (Link, Vec<Notice>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut link = Link::default();
    let mut notices = Vec::new();

    // Collect the raw values of known keys, noting repeats.
    let mut values: [Option<Raw>; PARAMS.len()] = Default::default();
    let mut repeated = [false; PARAMS.len()];
    for pair in query.split('&').filter(|pair| !pair.is_empty()).take(MAX_PAIRS) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(key) = percent_decode(raw_key) else { continue };
        let Some(index) = PARAMS.iter().position(|param| param.key() == key) else { continue };
        if values[index].is_some() {
            repeated[index] = true;
        }
        values[index] = Some(if raw_value.len() > 3 * MAX_VALUE_LEN {
            Raw::TooLong
        } else {
            match percent_decode(raw_value) {
                Some(value) if value.chars().count() > MAX_VALUE_LEN => Raw::TooLong,
                Some(value) => Raw::Value(value),
                None => Raw::Garbled,
            }
        });
    }

    for (index, param) in PARAMS.into_iter().enumerate() {
        let Some(value) = &values[index] else { continue };
        if repeated[index] {
            notices.push(Notice(format!(
                "The link gives the {} more than once, so the default is used.",
                lower_first(param.name())
            )));
            continue;
        }
        let value = match value {
            Raw::Value(value) => value.trim(),
            Raw::TooLong => {
                notices.push(Notice(format!(
                    "The link’s {} is too long to be a setting, so the default is used.",
                    lower_first(param.name())
                )));
                continue;
            }
            // Text that cannot be decoded is read as if it were a word no setting knows.
            Raw::Garbled => "\u{FFFD}",
        };
        match param {
            Param::Version => match value.parse::<u32>() {
                Ok(VERSION) => {}
                Ok(newer) if newer > VERSION => notices.push(Notice(format!(
                    "The link was made by a newer version of this page (format {newer}); its settings were read as far as this version understands them."
                ))),
                _ => notices.push(Notice(
                    "The link’s format version is not one this page knows; its settings were read as version 1.".to_owned(),
                )),
            },
            Param::Slider(input) => {
                if let Some(value) = read_slider(input, value, &mut notices) {
                    link.scenario = link.scenario.with(input, value);
                }
            }
            Param::Embed => match Embed::ALL.into_iter().find(|embed| embed.key() == value) {
                Some(embed) => link.embed = Some(embed),
                None => {
                    link.embed = Some(Embed::Page);
                    notices.push(Notice(
                        "The link asks to embed a part of the page that does not exist, so the whole explainer is shown.".to_owned(),
                    ));
                }
            },
            Param::Theme => match Theme::from_key(value) {
                Some(theme) => link.theme = theme,
                None => notices.push(Notice(
                    "The link asks for a colour theme this page does not have, so it follows your system setting.".to_owned(),
                )),
            },
        }
    }
    (link, notices)
}

/// Reads one slider's value: a number from 0 to 100. Clamps numbers a little out of range,
/// rounds fractions, and refuses anything else.
fn read_slider(input: Input, value: &str, notices: &mut Vec<Notice>) -> Option<u8> {
    let label = input.info().label;
    let default = Scenario::default().get(input);
    let parsed =
        value.parse::<f64>().ok().filter(|number| number.is_finite() && number.abs() <= 1e6);
    let Some(number) = parsed else {
        let shown = if value.is_empty() { "empty".to_owned() } else { format!("“{value}”") };
        notices.push(Notice(format!(
            "{label}: the link’s value ({shown}) is not a number from 0 to 100, so the default ({default}) is used."
        )));
        return None;
    };
    let clamped = number.clamp(0.0, 100.0);
    // A whole number from 0 to 100 after rounding, so the conversion is exact.
    let whole = clamped.round() as u8;
    if clamped != number {
        notices.push(Notice(format!(
            "{label}: the link’s value ({value}) is outside 0 to 100, so it was set to {whole}."
        )));
    } else if f64::from(whole) != number {
        notices.push(Notice(format!(
            "{label}: the link’s value ({value}) is not a whole number, so it was rounded to {whole}."
        )));
    }
    Some(whole)
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Decodes `%XX` escapes and `+` (a space in query strings). Invalid escapes or bytes that
/// are not UTF-8 make the whole value unreadable (`None`), rather than silently altered.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'%' => {
                let hex = bytes.get(index + 1..index + 3)?;
                if !hex.iter().all(u8::is_ascii_hexdigit) {
                    return None;
                }
                out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
                index += 3;
            }
            b'+' => {
                out.push(b' ');
                index += 1;
            }
            byte => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests;
