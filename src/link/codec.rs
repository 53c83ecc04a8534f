//! Reading and writing a link's query: `encode` writes only what differs from the defaults,
//! in a fixed order; `decode` reads anything, keeps what is valid and says what it changed.
//! And the two parameters host pages add (Pym.js's child id, WordPress's secret).

use super::query::{Raw, MAX_VALUE_LEN};
use super::*;

impl Link {
    /// The one way a link becomes an address: `base` (a page's address, or a path) with the
    /// link's query, or `base` alone when the link is the page's default. The share button,
    /// the embed codes, the downloads, the citation and the address bar all write it so.
    pub fn address(&self, base: &str) -> String {
        let query = encode(self);
        if query.is_empty() {
            base.to_owned()
        } else {
            format!("{base}?{query}")
        }
    }

    /// The address of this link's scenario (and its pin) on the explainer itself, outside any
    /// embed: what a download, a citation and a printed QR code point to.
    pub fn reader_address(&self, base: &str) -> String {
        Link { embed: None, ..self.clone() }.address(base)
    }
}

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
