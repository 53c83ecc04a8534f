//! A deterministic fuzz run of the link decoder and the model together: random query
//! strings, shaped like real links and like garbage, decoded and evaluated. No panic, no
//! NaN, no value outside its range.
//!
//! `cargo test --lib fuzz` runs 100,000 links and 100,000 scenarios; the full run is
//! `FUZZ_CASES=1000000 cargo test --release --lib fuzz -- --nocapture` (about ten seconds once compiled).

use crate::link::{decode, encode};
use crate::model::{evaluate, Indicator, Input, Scenario};

/// xorshift64*: a small, seeded generator, so every run tests the same inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const KEYS: &[&str] = &[
    "v", "e", "b", "d", "s", "g", "m", "a", "f", "embed", "theme", "childId", "x", "", "E", "e%20",
    "%65",
];
const WORDS: &[&str] = &[
    "",
    "0",
    "100",
    "-0",
    "1e2",
    "1e400",
    "NaN",
    "inf",
    "-inf",
    "50.5",
    "0x10",
    "+7",
    " 8",
    "%",
    "%4",
    "%41",
    "%C3%28",
    "%FF",
    "+",
    "widget",
    "page",
    "table",
    "article1",
    "dark",
    "light",
    "auto",
    "<script>",
    "\"'><",
    "１２",
    "٣",
    "😀",
    "\u{0}",
    "999999999999",
    "-1",
    "101",
    "1,5",
];

fn random_value(rng: &mut Rng) -> String {
    match rng.below(5) {
        0 => rng.pick(WORDS).to_owned(),
        1 => ((rng.next() % 1000) as i64 - 450).to_string(),
        2 => format!("{}.{}", rng.below(200), rng.below(1000)),
        3 => (0..rng.below(40)).map(|_| char::from(32 + rng.below(95) as u8)).collect(),
        _ => (0..rng.below(8))
            .map(|_| char::from_u32(rng.next() as u32 % 0x11_0000).unwrap_or('?'))
            .collect(),
    }
}

fn random_query(rng: &mut Rng) -> String {
    let pairs = rng.below(14);
    let mut query = String::new();
    if rng.below(2) == 0 {
        query.push('?');
    }
    for index in 0..pairs {
        if index > 0 {
            query.push(if rng.below(20) == 0 { ';' } else { '&' });
        }
        query.push_str(rng.pick(KEYS));
        if rng.below(10) != 0 {
            query.push('=');
        }
        query.push_str(&random_value(rng));
    }
    query
}

/// Checks every number the model returns for a scenario.
fn check_outcome(scenario: &Scenario) {
    let outcome = evaluate(scenario);
    for reading in &outcome.readings {
        let info = reading.indicator.info();
        assert!(reading.value.is_finite() && reading.low.is_finite() && reading.high.is_finite());
        assert!(
            info.min <= reading.low
                && reading.low <= reading.value
                && reading.value <= reading.high
                && reading.high <= info.max
        );
        assert!(reading.contributions.iter().all(|c| c.amount.is_finite()));
    }
    assert_eq!(outcome.readings.len(), Indicator::COUNT);
    for readout in [&outcome.cohesion, &outcome.reintegration] {
        assert!((0.0..=100.0).contains(&readout.value));
    }
    assert!(outcome.rotation.value.is_finite() && outcome.ambiguity.is_finite());
}

#[test]
fn fuzz_links_and_the_model() {
    let cases: usize =
        std::env::var("FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..cases {
        let query = random_query(&mut rng);
        let (link, notices) = decode(&query);
        assert!(link.scenario.values().iter().all(|&v| v <= 100), "{query:?}");
        assert!(notices.len() <= 64);
        // A decoded link always re-encodes to a link that decodes cleanly to the same thing.
        let again = encode(&link);
        assert_eq!(decode(&again), (link.clone(), vec![]), "{query:?} -> {again:?}");
        check_outcome(&link.scenario);
    }
    for _ in 0..cases {
        let values = std::array::from_fn(|_| (rng.next() % 256) as u8);
        check_outcome(&Scenario::from_values(values));
    }
    let scenario = Scenario::from_values([0; Input::COUNT]);
    check_outcome(&scenario);
    println!("fuzz: {cases} random links decoded, re-encoded and evaluated, and {cases} random scenarios evaluated ({} inputs)", 2 * cases);
}
