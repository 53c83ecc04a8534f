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
//!
//! This file holds the link's types; `codec` reads and writes a query, and the host pages'
//! own parameters.

mod codec;
pub mod embed;
mod number;
pub mod qr;
pub mod query;
pub mod snippet;

pub use codec::{decode, encode, pym_child_id, wordpress_secret};
pub use embed::{Embed, Part, Section, SECTIONS};
pub use number::parse_number;

use crate::link::query::{MAX_SETTING_LEN, MAX_VALUE_LEN};
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

#[cfg(test)]
mod tests;
