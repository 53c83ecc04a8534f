//! Numbers as text, without the standard library's float formatting.
//!
//! The page only ever needs fixed decimals. Doing them with integer arithmetic makes the
//! rounding rule explicit (half away from zero, the same on both sides of zero, where `{:.1}`
//! rounds ties to even) and gives one place for the typographic minus sign.

/// `value` rounded half away from zero to `decimals` places, with an ASCII minus sign:
/// `fixed(-1.25, 1) == "-1.3"`. Non-finite values, which the model never produces, print as "0".
pub fn fixed(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "0".to_owned();
    }
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals as u32);
    // Rounding the magnitude keeps the rule symmetric: half away from zero on both sides.
    let scaled = (value.abs() * scale as f64).round() as u64;
    let (whole, fraction) = (scaled / scale, scaled % scale);
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction:0decimals$}")
    }
}

/// As [`fixed`], with a typographic minus sign (U+2212) for text a reader sees.
pub fn text(value: f64, decimals: usize) -> String {
    let number = fixed(value, decimals);
    match number.strip_prefix('-') {
        Some(magnitude) => format!("−{magnitude}"),
        None => number,
    }
}

/// The magnitude only, for text that writes its own sign.
pub fn magnitude(value: f64, decimals: usize) -> String {
    fixed(value.abs(), decimals)
}

/// As [`text`] with up to `decimals` places, dropping trailing zeros: `0.60` prints as "0.6".
pub fn shortest(value: f64, decimals: usize) -> String {
    let number = text(value, decimals);
    if number.contains('.') {
        number.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        number
    }
}

#[cfg(test)]
mod tests {
    use super::{fixed, magnitude, shortest, text};

    #[track_caller]
    fn check(value: f64, decimals: usize, expected: &str) {
        assert_eq!(fixed(value, decimals), expected);
    }

    #[test]
    fn fixed_decimals_round_half_away_from_zero() {
        check(34.0, 0, "34");
        check(34.5, 0, "35");
        check(-34.5, 0, "-35");
        check(1.1654, 3, "1.165");
        check(1.1655, 3, "1.166");
        check(-1.25, 1, "-1.3");
        check(0.04, 1, "0.0");
        check(-0.04, 1, "0.0");
        check(2.0, 1, "2.0");
        check(0.006, 3, "0.006");
        check(f64::NAN, 2, "0");
        check(f64::INFINITY, 0, "0");
    }

    #[test]
    fn text_uses_a_true_minus_and_shortest_trims() {
        assert_eq!(text(-3.0, 0), "−3");
        assert_eq!(text(3.0, 0), "3");
        assert_eq!(magnitude(-12.4, 0), "12");
        assert_eq!(shortest(0.6, 3), "0.6");
        assert_eq!(shortest(-14.0, 3), "−14");
        assert_eq!(shortest(0.015, 3), "0.015");
    }

    proptest::proptest! {
        /// Agrees with the standard formatter wherever the value is not on a rounding tie.
        #[test]
        fn agrees_with_std(value in -1.0e6f64..1.0e6, decimals in 0usize..4) {
            let scaled = value.abs() * 10f64.powi(decimals as i32);
            proptest::prop_assume!((scaled.fract() - 0.5).abs() > 1e-6);
            let expected = format!("{value:.decimals$}");
            let expected = if expected.trim_start_matches('-').trim_matches(|c| c == '0' || c == '.').is_empty() {
                expected.trim_start_matches('-').to_owned()
            } else {
                expected
            };
            proptest::prop_assert_eq!(fixed(value, decimals), expected);
        }
    }
}
