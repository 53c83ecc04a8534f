//! The decimal numbers a link may carry, read without the standard library's float parser.
//!
//! `str::parse::<f64>` is correctly rounded for every input, and its tables and big-number
//! arithmetic cost several kilobytes of the first view's wasm, for a value that is only ever
//! rounded to a whole slider position. This reader is smaller and gives the same bits where
//! a link's decisions are made: from 2⁻³⁰ to 2²² in magnitude (about 1e-9 to 4.2e6), which
//! holds every slider position, every half-way point between two of them and the million
//! beyond which a value is refused. There it is correctly rounded (round half to even), as the
//! standard library is. Outside that span its result is within a few units in the last place,
//! which cannot change a decision: anything larger is refused either way, and anything
//! smaller rounds to position 0 either way. One difference is deliberate: a number that is
//! not zero never reads as zero (the standard library reads anything below 2.5e-324 as 0),
//! so the page says it rounded it.

use std::cmp::Ordering;

/// A decimal number as written, without its sign: its significant digits (no leading zeros;
/// empty for zero) and where the point goes, so that the value is 0.d₁d₂d₃… × 10^point.
struct Decimal {
    digits: Vec<u8>,
    point: i64,
}

/// Up to 19 significant digits fit a `u64`.
const MAX_DIGITS: usize = 19;
/// The span, as binary exponents, in which the result is corrected to the last bit.
const EXACT_SPAN: std::ops::RangeInclusive<i32> = -30..=22;

/// A decimal number as a link may write it: an optional sign, digits with an optional
/// fraction, and an optional exponent (`40`, `+7`, `50.5`, `.5`, `1e2`). Anything else,
/// `inf` and `NaN` included, is not a number. See the module's comment for its precision.
pub fn parse_number(text: &str) -> Option<f64> {
    let (negative, text) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let decimal = Decimal::read(text)?;
    let magnitude = decimal.to_f64();
    Some(if negative { -magnitude } else { magnitude })
}

impl Decimal {
    fn read(text: &str) -> Option<Decimal> {
        let (number, exponent) = match text.find(['e', 'E']) {
            Some(at) => (&text[..at], Some(&text[at + 1..])),
            None => (text, None),
        };
        let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
        let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
        if whole.len() + fraction.len() == 0 || !all_digits(whole) || !all_digits(fraction) {
            return None;
        }
        let exponent = match exponent {
            None => 0,
            Some(written) => {
                let (sign, digits) = match written.as_bytes().first() {
                    Some(b'-') => (-1, &written[1..]),
                    Some(b'+') => (1, &written[1..]),
                    _ => (1, written),
                };
                if digits.is_empty() || !all_digits(digits) {
                    return None;
                }
                // Far beyond any float's range, so the cap changes nothing but overflow.
                sign * digits
                    .bytes()
                    .fold(0i64, |sum, b| (sum * 10 + i64::from(b - b'0')).min(100_000))
            }
        };
        let all = whole.bytes().chain(fraction.bytes()).map(|b| b - b'0');
        let leading_zeros = all.clone().take_while(|&d| d == 0).count();
        let digits: Vec<u8> = all.skip(leading_zeros).collect();
        let point = whole.len() as i64 - leading_zeros as i64 + exponent;
        Some(Decimal { digits, point })
    }

    /// The digit at `index` (0 is the first significant digit); zeros beyond either end.
    fn digit(&self, index: i64) -> u8 {
        usize::try_from(index).ok().and_then(|i| self.digits.get(i)).copied().unwrap_or(0)
    }

    fn to_f64(&self) -> f64 {
        if self.digits.is_empty() {
            return 0.0;
        }
        let taken = self.digits.len().min(MAX_DIGITS);
        let mantissa = self.digits[..taken].iter().fold(0u64, |sum, &d| sum * 10 + u64::from(d));
        let exact_mantissa = taken == self.digits.len() && mantissa <= 1 << 53;
        let exponent = self.point - taken as i64;
        let approximate = match exponent.unsigned_abs() {
            up if exponent >= 0 => mantissa as f64 * power_of_ten(up),
            // In two steps, so that a divisor beyond the float range does not make a number
            // that is not zero read as zero; the smallest float stands for anything tinier.
            down => (mantissa as f64
                / power_of_ten(down.min(300))
                / power_of_ten(down.saturating_sub(300)))
            .max(f64::from_bits(1)),
        };
        // Both operands exact and one rounding: correctly rounded (Clinger's fast path).
        if exact_mantissa && exponent.abs() <= 22 {
            return approximate;
        }
        let binary_exponent = ((approximate.to_bits() >> 52) as i32) - 1023;
        if !EXACT_SPAN.contains(&binary_exponent) {
            return approximate;
        }
        self.round_to_nearest(approximate)
    }

    /// Moves a candidate within a few units in the last place of the value to the nearest
    /// float, ties to even, by comparing the written digits with the half-way points exactly.
    fn round_to_nearest(&self, mut candidate: f64) -> f64 {
        loop {
            let bits = candidate.to_bits();
            let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
            // candidate = mantissa × 2^-shift
            let shift = 1075 - (bits >> 52) as u32;
            let odd = mantissa & 1 == 1;
            let above = self.compare_with(2 * mantissa + 1, shift + 1);
            if above == Ordering::Greater || (above == Ordering::Equal && odd) {
                candidate = f64::from_bits(bits + 1);
                continue;
            }
            // Below a power of two, the floats are twice as close.
            let below = if mantissa == 1 << 52 {
                self.compare_with(4 * mantissa - 1, shift + 2)
            } else {
                self.compare_with(2 * mantissa - 1, shift + 1)
            };
            if below == Ordering::Less || (below == Ordering::Equal && odd) {
                candidate = f64::from_bits(bits - 1);
                continue;
            }
            return candidate;
        }
    }

    /// Compares this number with `scaled` × 2^-shift exactly (`scaled` < 2⁵⁶ and `shift` < 90,
    /// as the half-way points in and next to the exact span are), reading the binary number's
    /// decimal digits one by one, which it has a finite number of.
    fn compare_with(&self, scaled: u64, shift: u32) -> Ordering {
        let mask = (1u128 << shift) - 1;
        let whole = u64::try_from(u128::from(scaled) >> shift).unwrap_or(u64::MAX);
        if self.point > MAX_DIGITS as i64 {
            return Ordering::Greater;
        }
        let own_whole = (0..self.point).fold(0u64, |sum, i| sum * 10 + u64::from(self.digit(i)));
        if own_whole != whole {
            return own_whole.cmp(&whole);
        }
        let mut fraction = u128::from(scaled) & mask;
        let mut index = self.point;
        while fraction != 0 {
            if index >= self.digits.len() as i64 {
                return Ordering::Less;
            }
            fraction *= 10;
            let digit = (fraction >> shift) as u8;
            fraction &= mask;
            match self.digit(index).cmp(&digit) {
                Ordering::Equal => index += 1,
                unequal => return unequal,
            }
        }
        let rest = usize::try_from(index).unwrap_or(0).min(self.digits.len());
        if self.digits[rest..].iter().any(|&d| d != 0) {
            Ordering::Greater
        } else {
            Ordering::Equal
        }
    }
}

/// 10^exponent, exact up to 10²² (every product on the way is a whole number below 2⁵³ times
/// a power of two), infinite beyond the float range.
fn power_of_ten(exponent: u64) -> f64 {
    (0..exponent.min(400)).fold(1.0, |power, _| power * 10.0)
}
