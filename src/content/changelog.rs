//! What each version of the model changed, in words a reader understands: shown when a
//! link made with an older version opens (`words::link_notice`), and in "How we built this".

/// One version of the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Release {
    /// The version number, as links carry it (`mv`).
    pub version: u32,
    /// When it was published.
    pub date: &'static str,
    /// What it changed, in a sentence or two: shown in "How we built this", so only the build
    /// (and the downloads) carry it, not the first view's wasm (`static_text!`).
    pub changes: &'static str,
}

/// Every version, oldest first; the last is the page's (`model::VERSION`).
pub const RELEASES: [Release; 2] = [
    Release { version: 1, date: "2 Dec 2026", changes: static_text!("The first published model.") },
    Release {
        version: 2,
        date: "3 Dec 2026",
        changes: static_text!("European gas at the summit is €31/MWh, its close on 15 Aug 2025, not an assumed €34, so every gas level is €3/MWh lower; the euro at the summit is $1.1657, the mean of the ECB’s reference rate over 11–22 Aug 2025, not $1.165, so every euro level is 0.0007 higher. The reference figures were re-sourced to primary data and the wires’ own pages."),
    },
];

/// The release of `version`, if there is one.
pub fn release(version: u32) -> Option<&'static Release> {
    RELEASES.iter().find(|release| release.version == version)
}
