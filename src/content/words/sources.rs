//! Where an indicator's figures come from, as the page's one source line and the first
//! line of its dated reference list say it.

use super::*;

/// The one source line under an indicator's chart, which opens its dated reference figures:
/// who publishes the data and which wires reported it (the carriers are in the dated list).
/// That ranges and effects are the editors' judgement is said once, in the chart key.
pub fn sources_line(indicator: Indicator) -> String {
    format!("Source: {}", publishers(indicator))
}

/// Who publishes an indicator's figures (the exchange, the central bank) and which wires
/// reported them. Only the build and the downloads write it (the first view keeps the
/// prerendered line), so it is content here rather than a field the model's table carries.
pub fn publishers(indicator: Indicator) -> &'static str {
    match indicator {
        Indicator::Ttf => "ICE Endex; Bloomberg, Anadolu, Belga, dpa-AFX, EUobserver",
        Indicator::CurveSlope => "ICE futures; Reuters, Flux",
        Indicator::Brent => "ICE futures; Reuters, Ship & Bunker, Business Insider; EIA",
        Indicator::BtpBund => "ANSA, Reuters, Adnkronos",
        Indicator::EurUsd => "ECB reference rate",
        Indicator::Defence => "Reuters",
        Indicator::UsdRub => "Bank of Russia, IMF; Moscow Exchange, Reuters; LSEG data; TVN24",
        Indicator::UkraineBonds => "Reuters",
    }
}

/// Said to a screen reader after the source line: what opening it shows.
pub const REFERENCES_OPEN: &str = ": the dated reference figures";

/// The first line of an indicator's reference list: the summit's level and how it was read.
pub fn summit_line(indicator: Indicator) -> String {
    let info = indicator.info();
    format!("At the summit (Aug 2025) ≈ {}: {}", level(indicator, info.summit), info.summit_note)
}
