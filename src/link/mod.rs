//! The share-link format: the page URL's query string, both ways.
//!
//! One table, [`PARAMS`], drives encoding and decoding. A link carries only the sliders that
//! differ from the default scenario, under short keys that never change, plus a format
//! version (`v=1`), so links stay short and old ones keep working as the model grows:
//! `?v=1&e=60&s=85`.
//!
//! Version 2 adds one key, `pin`: a second scenario pinned for comparison ("A"), written as
//! all eight positions in [`Input::ALL`] order joined by `-`
//! (`?v=2&e=60&pin=5-0-0-0-50-10-50-35`). Only a link with a pin is written as version 2, so
//! every version 1 link still reads exactly as it did, and a page that knows only version 1
//! shows the scenario and says the link is newer. Display options ride along: `embed` (what
//! to show in an iframe) and `theme`. Pym.js's own parameters (`childId`, `initialWidth`,
//! `parentTitle`, `parentUrl`)
//! and anything else unknown (`utm_source`, `fbclid`) are ignored without comment.
//!
//! Every link that sets a scenario also records the model it was made with, `mv` (see
//! [`crate::model::VERSION`]): the lever positions always read the same, but when the model
//! has been revised since, the page says so. A link without `mv` was made before the key
//! existed, with model version 1.
//!
//! Every link is untrusted. Decoding never fails: a bad value falls back to its default, an
//! out-of-range number is clamped, and each adjustment becomes a plain-language [`Notice`]
//! for the reader. Values are only ever compared with known words or parsed as numbers, so
//! nothing from a link can reach the page as markup.
//!
//! This module has no web dependencies and is tested natively.

pub mod embed;
mod number;
pub mod qr;
pub mod query;
pub mod snippet;

pub use embed::{Embed, Part, Section, SECTIONS};
pub use number::parse_number;

use crate::link::query::{Raw, MAX_SETTING_LEN, MAX_VALUE_LEN};
use crate::model::{Input, Scenario};

/// The format version written into a link that carries a scenario without a pin.
pub const VERSION: u32 = 1;
/// The format version written into a link that carries a pinned scenario, and the newest
/// this page reads.
pub const PIN_VERSION: u32 = 2;

/// How a new link enters the browser's history: a word of the app's reducer that the
/// browser module carries out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// Replace the current entry: slider moves, so a drag does not flood Back.
    Replace,
    /// Add an entry: presets and reset, so Back returns to the previous scenario.
    Push,
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
    /// The theme a link without `theme` gets: the page follows the reader's system, and an
    /// embed is light, like the articles it sits in (a dark box in a white article is what a
    /// reader in dark mode saw); `theme=auto` asks an embed to follow the system.
    pub const fn default_for(embed: Option<Embed>) -> Theme {
        if embed.is_some() {
            Theme::Light
        } else {
            Theme::Auto
        }
    }

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
    /// The scenario pinned as "A" for comparison, if any.
    pub pinned: Option<Scenario>,
    /// The embed section, if the page is embedded.
    pub embed: Option<Embed>,
    /// The theme.
    pub theme: Theme,
    /// The model version a link was made with, when that is not this page's
    /// ([`crate::model::VERSION`]): its levers read the same, its numbers have been revised.
    /// `None` for a link made with this page's model, which is what every link it writes is.
    pub made_with: Option<u32>,
}

impl Link {
    /// This link as an embed of `embed`, in an embed's own default theme.
    pub fn embedding(self, embed: Embed) -> Link {
        Link { embed: Some(embed), theme: Theme::default_for(Some(embed)), ..self }
    }
}

/// One adjustment made while reading a link. `content::words::link_notice` says it in
/// words a reader understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A key was given more than once; the default is used.
    Repeated(Param),
    /// A value was too long to be a setting; the default is used.
    TooLong(Param),
    /// The link names a newer format version; it was read as far as this one goes.
    NewerVersion(u32),
    /// The format version is unreadable; the link was read as version 1.
    UnknownVersion,
    /// A slider's value is not a number; the default is used.
    NotANumber {
        /// The slider.
        input: Input,
        /// The value as the link has it (text only, never markup).
        value: String,
    },
    /// A slider's value was outside 0 to 100 and was clamped.
    OutOfRange {
        /// The slider.
        input: Input,
        /// The value as the link has it.
        value: String,
        /// The position used.
        used: u8,
    },
    /// A slider's value was not whole and was rounded.
    Rounded {
        /// The slider.
        input: Input,
        /// The value as the link has it.
        value: String,
        /// The position used.
        used: u8,
    },
    /// The embed section does not exist; the whole explainer is shown.
    UnknownEmbed,
    /// The theme does not exist; the page follows the system setting.
    UnknownTheme,
    /// The pinned scenario is not eight whole numbers from 0 to 100; nothing is pinned.
    BadPin,
    /// The link was made with an older model version: same levers, revised numbers.
    OlderModel(u32),
    /// The link was made with a newer model version than this page's.
    NewerModel(u32),
}

/// What one URL key means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Param {
    /// The format version.
    Version,
    /// The model version the link was made with.
    ModelVersion,
    /// A slider.
    Slider(Input),
    /// The pinned scenario (version 2).
    Pin,
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
            Param::ModelVersion => "mv",
            Param::Slider(input) => input.info().key,
            Param::Pin => "pin",
            Param::Embed => "embed",
            Param::Theme => "theme",
        }
    }

    /// Whether the key sets a scenario (the format version, a slider or the pin): a link with
    /// one opens the page at the widget.
    pub const fn sets_scenario(self) -> bool {
        matches!(self, Param::Version | Param::ModelVersion | Param::Slider(_) | Param::Pin)
    }

    /// The longest value this key takes: a pin holds eight positions, every other key one
    /// number or word.
    pub const fn max_len(self) -> usize {
        match self {
            Param::Pin => MAX_VALUE_LEN,
            _ => MAX_SETTING_LEN,
        }
    }
}

/// Every key the link format knows, in the order links write them. Keys are public API:
/// never rename or reuse one.
pub const PARAMS: [Param; 5 + Input::COUNT] = {
    let mut params = [Param::Version; 5 + Input::COUNT];
    params[1] = Param::ModelVersion;
    let mut index = 0;
    while index < Input::COUNT {
        params[index + 2] = Param::Slider(Input::ALL[index]);
        index += 1;
    }
    params[Input::COUNT + 2] = Param::Pin;
    params[Input::COUNT + 3] = Param::Embed;
    params[Input::COUNT + 4] = Param::Theme;
    params
};

/// Writes a link's query string, without the leading `?`. The default scenario with no pin,
/// no embed and the default theme ([`Theme::default_for`]) writes nothing at all.
pub fn encode(link: &Link) -> String {
    let defaults = Scenario::default();
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let differs =
        Input::ALL.into_iter().any(|input| link.scenario.get(input) != defaults.get(input));
    for param in PARAMS {
        match param {
            Param::Version if link.pinned.is_some() => {
                pairs.push((param.key(), PIN_VERSION.to_string()));
            }
            Param::Version if differs => pairs.push((param.key(), VERSION.to_string())),
            Param::Version => {}
            // Every scenario's link, and every embed's: even at the summit, an embed shows
            // the model's levels, which a later version may revise.
            Param::ModelVersion if differs || link.pinned.is_some() || link.embed.is_some() => {
                pairs.push((param.key(), crate::model::VERSION.to_string()));
            }
            Param::ModelVersion => {}
            Param::Pin => {
                if let Some(pinned) = link.pinned {
                    let values = pinned.values().map(|value| value.to_string());
                    pairs.push((param.key(), values.join("-")));
                }
            }
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
                if link.theme != Theme::default_for(link.embed) {
                    pairs.push((param.key(), link.theme.key().to_owned()));
                }
            }
        }
    }
    pairs.iter().map(|(key, value)| format!("{key}={value}")).collect::<Vec<_>>().join("&")
}

/// Reads a query string (with or without its leading `?`). Never fails; see the module docs.
pub fn decode(query: &str) -> (Link, Vec<Notice>) {
    let mut link = Link::default();
    let mut notices = Vec::new();
    let mut theme = None;

    // Collect the raw values of known keys, noting repeats.
    let mut values: [Option<Raw>; PARAMS.len()] = Default::default();
    let mut repeated = [false; PARAMS.len()];
    for (key, value) in query::pairs(query, MAX_VALUE_LEN) {
        let Some(index) = PARAMS.iter().position(|param| param.key() == key) else { continue };
        repeated[index] |= values[index].is_some();
        values[index] = Some(value);
    }

    for (index, param) in PARAMS.into_iter().enumerate() {
        let Some(value) = &values[index] else { continue };
        if repeated[index] {
            notices.push(Notice::Repeated(param));
            continue;
        }
        let value = match value {
            Raw::Value(value) if value.len() <= param.max_len() => value.trim(),
            Raw::Value(_) | Raw::TooLong => {
                notices.push(Notice::TooLong(param));
                continue;
            }
            // Text that cannot be decoded is read as if it were a word no setting knows.
            Raw::Garbled => "\u{FFFD}",
        };
        match param {
            Param::Version => match value.parse::<u32>() {
                Ok(VERSION | PIN_VERSION) => {}
                Ok(newer) if newer > PIN_VERSION => notices.push(Notice::NewerVersion(newer)),
                _ => notices.push(Notice::UnknownVersion),
            },
            // An unreadable version is read as no version: made before links recorded one.
            Param::ModelVersion => link.made_with = value.parse::<u32>().ok().filter(|&v| v >= 1),
            Param::Slider(input) => {
                if let Some(value) = read_slider(input, value, &mut notices) {
                    link.scenario = link.scenario.with(input, value);
                }
            }
            Param::Pin => match read_pin(value) {
                Some(pinned) => link.pinned = Some(pinned),
                None => notices.push(Notice::BadPin),
            },
            Param::Embed => match Embed::from_key(value) {
                Some(embed) => link.embed = Some(embed),
                None => {
                    link.embed = Some(Embed::Page);
                    notices.push(Notice::UnknownEmbed);
                }
            },
            Param::Theme => match Theme::from_key(value) {
                Some(asked) => theme = Some(asked),
                None => notices.push(Notice::UnknownTheme),
            },
        }
    }
    link.theme = theme.unwrap_or(Theme::default_for(link.embed));
    // A link that sets a scenario without saying its model was made before `mv` existed.
    let sets_scenario =
        PARAMS.iter().zip(&values).any(|(param, value)| param.sets_scenario() && value.is_some());
    if sets_scenario {
        let made_with = link.made_with.unwrap_or(1);
        link.made_with = (made_with != crate::model::VERSION).then_some(made_with);
        match made_with.cmp(&crate::model::VERSION) {
            std::cmp::Ordering::Less => notices.push(Notice::OlderModel(made_with)),
            std::cmp::Ordering::Greater => notices.push(Notice::NewerModel(made_with)),
            std::cmp::Ordering::Equal => {}
        }
    } else {
        link.made_with = None;
    }
    (link, notices)
}

/// Reads one slider's value: a number from 0 to 100. Clamps numbers a little out of range,
/// rounds fractions, and refuses anything else.
fn read_slider(input: Input, value: &str, notices: &mut Vec<Notice>) -> Option<u8> {
    let parsed = parse_number(value).filter(|number| number.is_finite() && number.abs() <= 1e6);
    let Some(number) = parsed else {
        notices.push(Notice::NotANumber { input, value: value.to_owned() });
        return None;
    };
    let clamped = number.clamp(0.0, 100.0);
    // A whole number from 0 to 100 after rounding, so the conversion is exact.
    let used = clamped.round() as u8;
    if clamped != number {
        notices.push(Notice::OutOfRange { input, value: value.to_owned(), used });
    } else if f64::from(used) != number {
        notices.push(Notice::Rounded { input, value: value.to_owned(), used });
    }
    Some(used)
}

/// Reads a pinned scenario: exactly eight whole numbers from 0 to 100 joined by `-`. It is
/// all or nothing: a pin that is partly wrong would compare against a scenario nobody chose.
fn read_pin(value: &str) -> Option<Scenario> {
    let mut values = [0u8; Input::COUNT];
    let mut parts = value.split('-');
    for slot in &mut values {
        let part = parts.next()?;
        // Digits only: no sign, fraction or exponent, which would need a notice of their own.
        if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *slot = part.parse::<u8>().ok().filter(|&value| value <= Scenario::MAX)?;
    }
    parts.next().is_none().then(|| Scenario::from_values(values))
}

/// Pym.js's child id, read from the query through the same low layer as the link, and kept
/// only if it is a plain identifier (it is echoed back to the host in every message).
pub fn pym_child_id(query: &str) -> Option<String> {
    query::get(query, "childId", 64).filter(|id| {
        !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    })
}

/// WordPress's embed secret, from the fragment WordPress appends to the iframe's address
/// (`#?secret=Ab3dE6gH9j`), kept only if it is letters and digits: it is echoed back to the
/// host in every message, and a message from the host is heard only if it carries it.
pub fn wordpress_secret(fragment: &str) -> Option<String> {
    let rest = fragment.strip_prefix('#').unwrap_or(fragment);
    let rest = rest.strip_prefix('?').unwrap_or(rest);
    query::get(rest, "secret", 64).filter(|secret| {
        (1..=32).contains(&secret.len()) && secret.bytes().all(|b| b.is_ascii_alphanumeric())
    })
}

#[cfg(test)]
mod tests;
