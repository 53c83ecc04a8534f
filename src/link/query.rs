//! The query string's low layer: `key=value` pairs and percent-decoding, and nothing about
//! what any key means. [`crate::link::decode`] builds the validated [`crate::link::Link`] on
//! top of it; the composition root reads Pym.js's `childId` through it too, so there is one
//! reading of a query string in the crate.

/// The longest value read at all; anything longer is treated as garbage. The longest a link
/// writes is a pin: eight positions of up to three digits and seven dashes.
pub const MAX_VALUE_LEN: usize = 32;
/// The longest value of any other setting (a number or a word).
pub const MAX_SETTING_LEN: usize = 16;
/// The most pairs read from one query; the rest are ignored.
pub const MAX_PAIRS: usize = 64;

/// A value as found in a query string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Raw {
    /// Decoded text of a sensible length.
    Value(String),
    /// Longer than any setting could be.
    TooLong,
    /// Broken percent escapes, or bytes that are not UTF-8.
    Garbled,
}

/// The pairs of a query string (with or without its leading `?`), in order, with their
/// keys and values percent-decoded. Pairs whose key cannot be decoded are skipped; at most
/// [`MAX_PAIRS`] pairs are read; a value longer than `max_len` characters is [`Raw::TooLong`].
pub fn pairs(query: &str, max_len: usize) -> impl Iterator<Item = (String, Raw)> + '_ {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').filter(|pair| !pair.is_empty()).take(MAX_PAIRS).filter_map(move |pair| {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(raw_key)?;
        // Escapes take three bytes per character, so anything longer than that is too long
        // without decoding it.
        let value = if raw_value.len() > 3 * max_len {
            Raw::TooLong
        } else {
            match percent_decode(raw_value) {
                Some(value) if value.chars().count() > max_len => Raw::TooLong,
                Some(value) => Raw::Value(value),
                None => Raw::Garbled,
            }
        };
        Some((key, value))
    })
}

/// The first value of `key`, decoded, if it is there, readable and at most `max_len` long.
pub fn get(query: &str, key: &str, max_len: usize) -> Option<String> {
    pairs(query, max_len).find(|(k, _)| k == key).and_then(|(_, value)| match value {
        Raw::Value(value) => Some(value),
        Raw::TooLong | Raw::Garbled => None,
    })
}

/// Decodes `%XX` escapes and `+` (a space in query strings). Invalid escapes or bytes that
/// are not UTF-8 make the whole value unreadable (`None`), rather than silently altered.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'%' => {
                let hex = bytes.get(index + 1..index + 3)?;
                let digit = |b: u8| (b as char).to_digit(16);
                let (high, low) = (digit(hex[0])?, digit(hex[1])?);
                out.push((high * 16 + low) as u8);
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
mod tests {
    use super::{get, pairs, percent_decode, Raw};

    #[test]
    fn pairs_are_split_and_decoded_in_order() {
        let found: Vec<_> = pairs("?a=1&%62=x%20y&&c&d=+z", 16).collect();
        assert_eq!(
            found,
            [
                ("a".to_owned(), Raw::Value("1".into())),
                ("b".to_owned(), Raw::Value("x y".into())),
                ("c".to_owned(), Raw::Value(String::new())),
                ("d".to_owned(), Raw::Value(" z".into())),
            ]
        );
    }

    #[test]
    fn broken_escapes_and_long_values_are_marked_not_altered() {
        assert_eq!(percent_decode("%ZZ"), None);
        assert_eq!(percent_decode("%F"), None);
        assert_eq!(percent_decode("%FF"), None, "a lone 0xFF byte is not UTF-8");
        assert_eq!(percent_decode("%E2%82%AC"), Some("€".into()));
        let long = "9".repeat(17);
        assert_eq!(pairs(&format!("e={long}"), 16).next().unwrap().1, Raw::TooLong);
        assert_eq!(pairs("e=%ZZ", 16).next().unwrap().1, Raw::Garbled);
    }

    #[test]
    fn get_reads_the_first_readable_value_of_a_key() {
        assert_eq!(get("childId=abc%2Ddef&childId=x", "childId", 64), Some("abc-def".into()));
        assert_eq!(get("childId=%ZZ", "childId", 64), None);
        assert_eq!(get("other=1", "childId", 64), None);
    }

    #[test]
    fn at_most_sixty_four_pairs_are_read() {
        let query = vec!["a=1"; 100].join("&");
        assert_eq!(pairs(&query, 16).count(), 64);
    }
}
