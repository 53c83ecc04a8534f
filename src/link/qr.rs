//! A link as a QR code, for the printed page: the one way back from paper to the scenario
//! that a phone can follow.

/// A QR code as an SVG path of its dark modules, with a four-module quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    /// The side of the square, quiet zone included, in modules.
    pub side: i32,
    /// The dark modules, one rectangle per run of a row.
    pub path: String,
}

/// The quiet zone the standard asks for around the code, in modules.
const QUIET: i32 = 4;

/// Encodes `text` at medium error correction (a printed page gets creased), or `None` if it
/// is too long for a QR code, which no link of this page is.
pub fn encode(text: &str) -> Option<Qr> {
    let code = qrcodegen::QrCode::encode_text(text, qrcodegen::QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            path.push_str(&format!(
                "M{} {}h{}v1h-{}z",
                start + QUIET,
                y + QUIET,
                x - start,
                x - start
            ));
        }
    }
    Some(Qr { side: size + 2 * QUIET, path })
}

#[cfg(test)]
mod tests {
    use super::encode;

    #[test]
    fn a_long_comparison_link_fits_a_small_code() {
        let link = "https://a-rather-long-newsroom-host.example/interactive/2026/alaska-summit-explainer/?v=2&e=100&b=100&d=100&s=100&g=100&m=100&a=100&f=100&pin=100-100-100-100-100-100-100-100";
        let qr = encode(link).expect("fits");
        assert!(qr.side <= 73 + 8, "version 14 or smaller: {} modules", qr.side);
        assert!(
            qr.path.starts_with("M4 4h7v1h-7z"),
            "the finder pattern's top row: {}",
            &qr.path[..20]
        );
        assert_eq!(encode("x").map(|qr| qr.side), Some(21 + 8));
    }
}
