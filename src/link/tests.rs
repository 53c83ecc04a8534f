//! Tests for the link format: round trips, pinned encodings, and bad links of every kind.

use proptest::prelude::*;

use crate::content::words::link_notice;
use crate::link::{decode, encode, Embed, Link, Notice, Theme};
use crate::model::{Input, Preset, Scenario};

fn link(scenario: Scenario) -> Link {
    Link { scenario, ..Link::default() }
}

/// Published links are public API: these encodings must never change.
#[test]
fn preset_encodings_are_pinned() {
    let pinned = [
        (Preset::Alaska, ""),
        (Preset::Freeze, "v=1&e=25&b=10&s=60&g=35&m=10&a=65&f=15"),
        (Preset::Hardened, "v=1&e=0&b=0&g=15&m=0&a=70&f=70"),
        (Preset::ModularUnwind, "v=1&e=60&b=40&d=30&s=85&g=65&m=10&a=85&f=20"),
        (Preset::BlanketAmnesty, "v=1&e=90&b=90&d=90&s=0&g=30&m=30&a=30&f=20"),
        (Preset::GoingAlone, "v=1&e=50&b=40&d=20&s=20&g=20&m=90&a=10"),
    ];
    for (preset, query) in pinned {
        assert_eq!(encode(&link(preset.scenario())), query, "{preset:?}");
        assert_eq!(decode(query), (link(preset.scenario()), vec![]), "{preset:?}");
    }
}

#[test]
fn embed_and_theme_ride_along() {
    let full = Link {
        scenario: Scenario::default().with(Input::Fighting, 80),
        embed: Some(Embed::Widget),
        theme: Theme::Dark,
        ..Link::default()
    };
    assert_eq!(encode(&full), "v=1&f=80&embed=widget&theme=dark");
    assert_eq!(decode("?v=1&f=80&embed=widget&theme=dark"), (full, vec![]));
    for embed in Embed::ALL {
        let l = Link { embed: Some(embed), ..Link::default() };
        assert_eq!(decode(&encode(&l)).0, l);
    }
}

/// Version 2: a pinned scenario rides along as all eight positions; only such a link is
/// written as version 2, so version 1 links are unchanged (see the pinned encodings above).
#[test]
fn a_pinned_scenario_is_written_as_version_2_and_read_back() {
    let freeze = Preset::Freeze.scenario();
    let compared = Link {
        scenario: Preset::ModularUnwind.scenario(),
        pinned: Some(freeze),
        ..Link::default()
    };
    let query = encode(&compared);
    assert_eq!(query, "v=2&e=60&b=40&d=30&s=85&g=65&m=10&a=85&f=20&pin=25-10-0-60-35-10-65-15");
    assert_eq!(decode(&query), (compared, vec![]));
    // A pin on the Alaska outcome still needs the version and the pin.
    let alaska = Link { pinned: Some(Scenario::default()), ..Link::default() };
    assert_eq!(decode(&encode(&alaska)), (alaska.clone(), vec![]));
    assert!(encode(&alaska).starts_with("v=2&pin="));
    // A version 1 link with a pin (written by hand) is read too: keys mean the same in both.
    assert_eq!(decode("v=1&pin=25-10-0-60-35-10-65-15").0.pinned, Some(freeze));
}

#[test]
fn a_bad_pin_is_dropped_whole_with_one_notice() {
    for bad in [
        "pin=",
        "pin=1-2-3",
        "pin=1-2-3-4-5-6-7-8-9",
        "pin=1-2-3-4-5-6-7-101",
        "pin=1-2-3-4-5-6-7-+8",
        "pin=1-2-3-4-5-6-7-8.5",
        "pin=1-2-3-4-5-6-7-",
        "pin=-1-2-3-4-5-6-7",
        "pin=1--2-3-4-5-6-7",
        "pin=a-b-c-d-e-f-g-h",
        "pin=%3Cscript%3E",
        "pin=1-2-3-4-5-6-7-8&pin=1-2-3-4-5-6-7-8",
    ] {
        let (decoded, notices) = decode(bad);
        assert_eq!(decoded.pinned, None, "{bad}");
        assert_eq!(decoded.scenario, Scenario::default(), "{bad}");
        assert_eq!(notices.len(), 1, "{bad}: {notices:?}");
        assert!(link_notice(&notices[0]).contains("pinned scenario"), "{bad}");
    }
    assert_eq!(decode("pin=0-0-0-0-0-0-0-100").1, vec![]);
    assert_eq!(decode("pin=007-0-0-0-0-0-0-100").0.pinned.map(|p| p.values()[0]), Some(7));
}

#[test]
fn unknown_keys_and_pym_parameters_are_ignored_silently() {
    let query = "utm_source=x&fbclid=abc&childId=example&initialWidth=640&parentTitle=A%20page&parentUrl=https%3A%2F%2Fexample.com%2F&e=30";
    assert_eq!(decode(query), (link(Scenario::default().with(Input::EnergyRelief, 30)), vec![]));
}

#[track_caller]
fn check_bad(query: &str, expected: Scenario, notice_contains: &str) {
    let (decoded, notices) = decode(query);
    assert_eq!(decoded.scenario, expected, "{query}");
    assert_eq!(notices.len(), 1, "{query}: {notices:?}");
    let sentence = link_notice(&notices[0]);
    assert!(sentence.contains(notice_contains), "{query}: {sentence}");
}

#[test]
fn bad_values_fall_back_or_clamp_with_a_notice() {
    let default = Scenario::default();
    check_bad("e=abc", default, "not a number");
    check_bad("e=", default, "(empty)");
    check_bad("e=NaN", default, "not a number");
    check_bad("e=inf", default, "not a number");
    check_bad("e=1e400", default, "not a number");
    check_bad("e=99999999", default, "not a number");
    check_bad("e=12345678901234567890", default, "too long");
    check_bad(&format!("e={}", "9".repeat(5000)), default, "too long");
    check_bad("e=10&e=20", default, "more than once");
    check_bad("e=%ZZ", default, "not a number");
    check_bad("e=%FF", default, "not a number");
    check_bad("e=150", default.with(Input::EnergyRelief, 100), "set to 100");
    check_bad("e=-5", default.with(Input::EnergyRelief, 0), "set to 0");
    check_bad("e=50.6", default.with(Input::EnergyRelief, 51), "rounded to 51");
    check_bad("v=3&e=40", default.with(Input::EnergyRelief, 40), "newer version");
    check_bad("v=zero&e=40", default.with(Input::EnergyRelief, 40), "format version");
    check_bad("theme=purple", default, "colour theme");
    let (decoded, notices) = decode("embed=sidebar");
    assert_eq!(decoded.embed, Some(Embed::Page));
    assert_eq!(notices.len(), 1);
}

#[test]
fn markup_in_a_link_is_never_taken_as_a_value() {
    for payload in [
        "<script>alert(1)</script>",
        "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "\"><svg/onload=alert(1)>",
    ] {
        for key in ["e", "embed", "theme", "v"] {
            let (decoded, _) = decode(&format!("{key}={payload}"));
            assert_eq!(decoded.scenario, Scenario::default());
            assert!(decoded.embed.is_none() || decoded.embed == Some(Embed::Page));
            assert_eq!(decoded.theme, Theme::Auto);
        }
    }
}

#[test]
fn percent_escapes_and_plus_signs_are_decoded() {
    assert_eq!(decode("e=%34%30").0.scenario.get(Input::EnergyRelief), 40);
    assert_eq!(decode("%65=40").0.scenario.get(Input::EnergyRelief), 40);
    assert_eq!(decode("e=+40").0.scenario.get(Input::EnergyRelief), 40);
}

#[test]
fn notices_read_as_sentences() {
    let (_, notices) = decode("g=abc");
    assert_eq!(
        notices,
        [Notice::NotANumber { input: Input::GuaranteeClarity, value: "abc".into() }]
    );
    assert_eq!(
        link_notice(&notices[0]),
        "Guarantee clarity: the link’s value (“abc”) is not a number from 0 to 100, so the default (25) is used."
    );
}

fn any_link() -> impl Strategy<Value = Link> {
    (
        proptest::array::uniform8(0u8..=100),
        proptest::option::of(proptest::sample::select(Embed::ALL.to_vec())),
        proptest::sample::select(Theme::ALL.to_vec()),
        proptest::option::of(proptest::array::uniform8(0u8..=100)),
    )
        .prop_map(|(values, embed, theme, pinned)| Link {
            scenario: Scenario::from_values(values),
            pinned: pinned.map(Scenario::from_values),
            embed,
            theme,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn decode_inverts_encode(link in any_link()) {
        let query = encode(&link);
        prop_assert_eq!(decode(&query), (link, vec![]));
    }

    #[test]
    fn decoding_any_string_never_panics_and_every_notice_has_words(query in "\\PC{0,200}") {
        let (_, notices) = decode(&query);
        for notice in &notices {
            prop_assert!(link_notice(notice).ends_with('.'));
        }
    }

    #[test]
    fn decoding_query_shaped_noise_never_panics(
        pairs in proptest::collection::vec(("[a-z]{1,6}|v|e|b|d|s|g|m|a|f|embed|theme", "[-+.%0-9a-zA-Z]{0,20}"), 0..20)
    ) {
        let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let (_, notices) = decode(&query.join("&"));
        // At most one notice per known key, however many pairs the link has.
        prop_assert!(notices.len() <= crate::link::PARAMS.len(), "{:?}", notices);
    }
}

#[test]
fn numbers_parse_as_links_write_them() {
    use crate::link::parse_number;
    for (text, value) in [
        ("40", 40.0),
        ("+7", 7.0),
        ("-5", -5.0),
        ("50.5", 50.5),
        (".5", 0.5),
        ("5.", 5.0),
        ("1e2", 100.0),
        ("1E+2", 100.0),
        ("100e-2", 1.0),
        ("0.000", 0.0),
    ] {
        assert_eq!(parse_number(text), Some(value), "{text}");
    }
    for text in ["", "+", ".", "e2", "1e", "1e+", "inf", "NaN", "0x10", "1,5", "1.2.3", "٣", "1 2"]
    {
        assert_eq!(parse_number(text), None, "{text}");
    }
    assert_eq!(parse_number("1e400"), Some(f64::INFINITY));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    /// Agrees with the standard library's parser on every decimal form, to the last bit
    /// within the range a link uses, and on the whole number it rounds to everywhere.
    #[test]
    fn the_number_parser_agrees_with_the_standard_library(
        text in "[+-]?([0-9]{0,8}\\.?[0-9]{0,8})([eE][+-]?[0-9]{1,3})?"
    ) {
        let ours = crate::link::parse_number(&text);
        let std = text.parse::<f64>().ok();
        prop_assert_eq!(ours.is_some(), std.is_some(), "{}", text);
        if let (Some(ours), Some(std)) = (ours, std) {
            if std.is_finite() && std.abs() <= 1e6 && (std == 0.0 || std.abs() >= 1e-6) {
                prop_assert_eq!(ours, std, "{}", text);
            }
            prop_assert_eq!(ours.is_finite() && ours.abs() <= 1e6, std.is_finite() && std.abs() <= 1e6, "{}", text);
        }
    }
}

#[test]
fn the_wordpress_secret_is_letters_and_digits_from_the_fragment() {
    use crate::link::wordpress_secret;
    assert_eq!(wordpress_secret("#?secret=Ab3dE6gH9j").as_deref(), Some("Ab3dE6gH9j"));
    assert_eq!(wordpress_secret("?secret=abc").as_deref(), Some("abc"));
    assert_eq!(wordpress_secret("#?foo=1&secret=x9").as_deref(), Some("x9"));
    for bad in [
        "",
        "#",
        "#?secret=",
        "#?secret=abc%22def",
        "#?secret=<script>",
        "#?secret=abc-def",
        "#?secret=abc def",
        "#?secret=%C3%A9t%C3%A9",
        "#?nosecret=abc",
        "#?secret=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ] {
        assert_eq!(wordpress_secret(bad), None, "{bad}");
    }
}
