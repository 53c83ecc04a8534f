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
        (Preset::Freeze, "v=1&mv=2&e=25&b=10&s=60&g=35&m=10&a=65&f=15"),
        (Preset::Hardened, "v=1&mv=2&e=0&b=0&g=15&m=0&a=70&f=70"),
        (Preset::ModularUnwind, "v=1&mv=2&e=60&b=40&d=30&s=85&g=65&m=10&a=85&f=20"),
        (Preset::BlanketAmnesty, "v=1&mv=2&e=90&b=90&d=90&s=0&g=30&m=30&a=30&f=20"),
        (Preset::GoingAlone, "v=1&mv=2&e=50&b=40&d=20&s=20&g=20&m=90&a=10"),
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
    assert_eq!(encode(&full), "v=1&mv=2&f=80&embed=widget&theme=dark");
    assert_eq!(decode("?v=1&mv=2&f=80&embed=widget&theme=dark"), (full, vec![]));
    for embed in Embed::ALL {
        let l = Link { embed: Some(embed), ..Link::default() };
        assert_eq!(decode(&encode(&l)).0, l);
    }
}

/// An embed sits in an article, which is almost always light: it is light unless its link
/// says otherwise, and `theme=auto` (follow the reader's system) is then written out.
#[test]
fn an_embed_is_light_unless_its_link_says_otherwise() {
    assert_eq!(decode("embed=compact").0.theme, Theme::Light);
    assert_eq!(decode("embed=compact&theme=auto").0.theme, Theme::Auto);
    assert_eq!(decode("embed=compact&theme=dark").0.theme, Theme::Dark);
    assert_eq!(decode("").0.theme, Theme::Auto);
    let (link, notices) = decode("embed=compact&theme=neon");
    assert_eq!((link.theme, notices), (Theme::Light, vec![Notice::UnknownTheme]));
    let follows = Link { embed: Some(Embed::Compact), theme: Theme::Auto, ..Link::default() };
    assert_eq!(encode(&follows), "mv=2&embed=compact&theme=auto");
    let light = Link { theme: Theme::Light, ..follows };
    assert_eq!(encode(&light), "mv=2&embed=compact");
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
    assert_eq!(
        query,
        "v=2&mv=2&e=60&b=40&d=30&s=85&g=65&m=10&a=85&f=20&pin=25-10-0-60-35-10-65-15"
    );
    assert_eq!(decode(&query), (compared, vec![]));
    // A pin on the Alaska outcome still needs the version and the pin.
    let alaska = Link { pinned: Some(Scenario::default()), ..Link::default() };
    assert_eq!(decode(&encode(&alaska)), (alaska.clone(), vec![]));
    assert!(encode(&alaska).starts_with("v=2&mv=2&pin="));
    // A version 1 link with a pin (written by hand) is read too: keys mean the same in both.
    assert_eq!(decode("v=1&mv=2&pin=25-10-0-60-35-10-65-15").0.pinned, Some(freeze));
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
        let (decoded, notices) = decode(&format!("mv={MODEL}&{bad}"));
        assert_eq!(decoded.pinned, None, "{bad}");
        assert_eq!(decoded.scenario, Scenario::default(), "{bad}");
        assert_eq!(notices.len(), 1, "{bad}: {notices:?}");
        assert!(link_notice(&notices[0]).contains("pinned scenario"), "{bad}");
    }
    assert_eq!(decode(&format!("mv={MODEL}&pin=0-0-0-0-0-0-0-100")).1, vec![]);
    assert_eq!(decode("pin=007-0-0-0-0-0-0-100").0.pinned.map(|p| p.values()[0]), Some(7));
}

#[test]
fn unknown_keys_and_pym_parameters_are_ignored_silently() {
    let query = "utm_source=x&fbclid=abc&childId=example&initialWidth=640&parentTitle=A%20page&parentUrl=https%3A%2F%2Fexample.com%2F&e=30&mv=2";
    assert_eq!(decode(query), (link(Scenario::default().with(Input::EnergyRelief, 30)), vec![]));
}

#[track_caller]
fn check_bad(query: &str, expected: Scenario, notice_contains: &str) {
    let (decoded, notices) = decode(&format!("mv={MODEL}&{query}"));
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
    let (_, notices) = decode(&format!("mv={MODEL}&g=abc"));
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
            made_with: None,
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

/// What a link's slider value becomes, given a parser: refused (`None`), or the position it
/// is clamped and rounded to, with whether it was clamped and whether it was rounded. These
/// are the decisions `read_slider` makes, so they are what must agree with the standard library.
fn slider_decision(parsed: Option<f64>) -> Option<(u8, bool, bool)> {
    let number = parsed.filter(|number| number.is_finite() && number.abs() <= 1e6)?;
    let clamped = number.clamp(0.0, 100.0);
    let used = clamped.round() as u8;
    Some((used, clamped != number, f64::from(used) != number))
}

/// Where the parser must give the standard library's bits: 2⁻³⁰ to 2²² in magnitude.
fn in_exact_span(value: f64) -> bool {
    (2f64.powi(-30)..=2f64.powi(22)).contains(&value.abs())
}

/// The input proptest found when the parser multiplied a 17-digit mantissa by a power of ten
/// (0.9220000000000008 for the standard library's 0.9220000000000007), and others of its kind:
/// half-way points between two floats, between two slider positions, and the million.
#[test]
fn the_number_parser_is_correctly_rounded_where_links_decide() {
    use crate::link::parse_number;
    for text in [
        "92200000.00000007e-8",
        "0.9220000000000007",
        "50.49999999999999644729",
        "50.4999999999999964472863211994990", // the exact half-way point below 50.5
        "50.499999999999996447286321199499",
        "50.4999999999999964472863211994991",
        "0.49999999999999997224442438437", // just above the half-way point below 0.5
        "0.499999999999999972244424384373",
        "0.4999999999999999722444243843710864894092082977294921875", // the half-way point: ties to even
        "1000000.0000000000582076609134674072265625", // half-way above a million: ties to even
        "1000000.00000000005820766091346740722656251",
        "100.00000000000000710542735760100185871124267578125",
        "2.5000000000000000000000000000000001",
        "9007199254740993",
        "9007199254740993.0000000000000000001",
        "0.1000000000000000055511151231257827021181583404541015625",
        "123456789012345678901234567890e-25",
        "4194304.0000000000000000000001",
        "0.00000000093132257461547851562500001",
    ] {
        let std = text.parse::<f64>().unwrap();
        assert_eq!(parse_number(text).map(f64::to_bits), Some(std.to_bits()), "{text}: {std}");
    }
}

/// Texts near a decision: around every half-way point between two slider positions, around
/// each whole position, and around 100 and the million, with up to 40 digits.
fn near_a_decision() -> impl Strategy<Value = String> {
    let boundary = prop_oneof![
        (0u32..=100).prop_map(|n| format!("{n}.5")),
        (0u32..=100).prop_map(|n| format!("{n}.0")),
        Just("1000000.0".to_owned()),
    ];
    (boundary, any::<bool>(), 10usize..40, any::<u64>()).prop_map(|(at, below, width, noise)| {
        let (whole, fraction) = at.split_once('.').unwrap();
        let noise = format!("{noise:020}");
        if below {
            // n.4999…9ddd or (n-1).9999…9ddd
            let whole: u64 = whole.parse().unwrap();
            let nines = "9".repeat(width);
            match fraction {
                "5" => format!("{whole}.4{nines}{noise}"),
                _ if whole == 0 => format!("-0.{}{noise}", "0".repeat(width)),
                _ => format!("{}.{nines}{noise}", whole - 1),
            }
        } else {
            format!("{whole}.{fraction}{}{noise}", "0".repeat(width))
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    /// Agrees with the standard library on every decimal form: the same bits in the span where
    /// links decide, and everywhere the same refusal, slider position, clamping and rounding
    /// (but for numbers the standard library reads as zero though they are not).
    #[test]
    fn the_number_parser_agrees_with_the_standard_library(
        text in "[+-]?([0-9]{0,12}\\.?[0-9]{0,14})([eE][+-]?[0-9]{1,3})?"
    ) {
        let ours = crate::link::parse_number(&text);
        let std = text.parse::<f64>().ok();
        prop_assert_eq!(ours.is_some(), std.is_some(), "{}", text);
        if let (Some(ours), Some(std)) = (ours, std) {
            if in_exact_span(std) {
                prop_assert_eq!(ours.to_bits(), std.to_bits(), "{}", text);
            }
        }
        if std == Some(0.0) && ours != Some(0.0) {
            // Below 2.5e-324 the standard library reads a number that is not zero as zero.
            prop_assert!(ours.is_some_and(|ours| ours.abs() < 1e-300), "{}", text);
            prop_assert_eq!(slider_decision(ours).map(|(used, ..)| used), Some(0), "{}", text);
        } else {
            prop_assert_eq!(slider_decision(ours), slider_decision(std), "{}", text);
        }
    }

    /// The same near every decision, where a parser that is off by one unit in the last place
    /// would round a slider the other way.
    #[test]
    fn the_number_parser_decides_as_the_standard_library_near_every_boundary(text in near_a_decision()) {
        let ours = crate::link::parse_number(&text);
        let std = text.parse::<f64>().ok();
        if std.is_some_and(in_exact_span) {
            prop_assert_eq!(ours.map(f64::to_bits), std.map(f64::to_bits), "{}", text);
        }
        prop_assert_eq!(slider_decision(ours), slider_decision(std), "{}", text);
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

/// This page's model version, as links carry it.
const MODEL: u32 = crate::model::VERSION;

#[test]
fn a_link_from_an_older_or_newer_model_keeps_its_levers_and_says_so() {
    // Made before `mv` existed: model version 1.
    let (old, notices) = decode("v=1&e=60&f=80");
    assert_eq!(
        old.scenario,
        Scenario::default().with(Input::EnergyRelief, 60).with(Input::Fighting, 80)
    );
    assert_eq!((old.made_with, notices), (Some(1), vec![Notice::OlderModel(1)]));
    let (newer, notices) = decode("v=1&mv=99&e=60");
    assert_eq!(newer.scenario.get(Input::EnergyRelief), 60);
    assert_eq!((newer.made_with, notices), (Some(99), vec![Notice::NewerModel(99)]));
    let (_, notices) = decode("v=1&mv=x&e=60");
    assert_eq!(notices, vec![Notice::OlderModel(1)], "an unreadable version is no version");
    // This page's own links, and addresses that set no scenario, say nothing.
    let current = encode(&link(Scenario::default().with(Input::EnergyRelief, 60)));
    assert!(current.contains(&format!("mv={MODEL}")), "{current}");
    assert_eq!(decode(&current).1, vec![]);
    assert_eq!(decode("embed=compact&theme=dark").1, vec![]);
    assert_eq!(encode(&Link::default()), "");
}

#[test]
fn a_link_becomes_an_address_one_way() {
    let base = "https://news.example/alaska/";
    assert_eq!(Link::default().address(base), base, "the default adds no query");
    let scenario = Preset::ALL[1].scenario();
    let link = Link { scenario, ..Link::default() };
    assert_eq!(link.address(base), format!("{base}?{}", encode(&link)));
    let embedded = link.clone().embedding(Embed::Compact);
    assert!(embedded.address(base).contains("embed=compact"));
    let reader = embedded.reader_address(base);
    assert!(!reader.contains("embed="), "the reader's address drops the embed: {reader}");
    assert_eq!(
        decode(reader.trim_start_matches(base).trim_start_matches('?')).0.scenario,
        scenario
    );
    assert_eq!(decode(link.address("/x").trim_start_matches("/x?")).0.scenario, scenario);
}
