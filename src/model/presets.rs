//! Named scenarios, each standing for a world one of the articles describes. Their labels
//! and quotes are in `content::words`.

use crate::model::Scenario;

/// A named scenario from the articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    /// The Alaska outcome as it stands (the default).
    Alaska,
    /// A protracted, low-intensity freeze.
    Freeze,
    /// Negotiations that harden without movement.
    Hardened,
    /// A modular unwind with snap-back triggers.
    ModularUnwind,
    /// A blanket amnesty.
    BlanketAmnesty,
    /// The U.S. going it alone with a minerals offer.
    GoingAlone,
}

/// A preset's stable key (its words are in `content::words`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PresetInfo {
    /// Short, stable key, used in links and element ids.
    pub key: &'static str,
}

impl Preset {
    /// Every preset, in button order.
    pub const ALL: [Preset; 6] = [
        Preset::Alaska,
        Preset::Freeze,
        Preset::Hardened,
        Preset::ModularUnwind,
        Preset::BlanketAmnesty,
        Preset::GoingAlone,
    ];

    /// The page's description of this preset.
    pub const fn info(self) -> PresetInfo {
        match self {
            Preset::Alaska => PresetInfo { key: "alaska" },
            Preset::Freeze => PresetInfo { key: "freeze" },
            Preset::Hardened => PresetInfo { key: "hardened" },
            Preset::ModularUnwind => PresetInfo { key: "unwind" },
            Preset::BlanketAmnesty => PresetInfo { key: "amnesty" },
            Preset::GoingAlone => PresetInfo { key: "alone" },
        }
    }

    /// The slider positions, in [`crate::model::Input::ALL`] order: energy, banking and debt relief,
    /// snap-back triggers, guarantee clarity, minerals, allied discipline, fighting.
    pub const fn scenario(self) -> Scenario {
        let values = match self {
            // Talk of every instrument, almost no relief; Witkoff's "Article 5-like"
            // protection with "no details how it will work" (Zelensky, 17 Aug 2025).
            Preset::Alaska => [5, 5, 0, 50, 25, 15, 60, 55],
            // Some energy relief under conditions; the fighting dies down.
            Preset::Freeze => [25, 10, 0, 60, 35, 10, 65, 15],
            // No relief, vaguer guarantees, allies firm, fighting goes on.
            Preset::Hardened => [0, 0, 0, 50, 15, 0, 70, 70],
            // Relief in modules, each behind strict triggers, with allies and clear guarantees.
            Preset::ModularUnwind => [60, 40, 30, 85, 65, 10, 85, 20],
            // Everything lifted at once, no conditions.
            Preset::BlanketAmnesty => [90, 90, 90, 0, 30, 30, 30, 20],
            // The U.S. defects: relief and a minerals offer without Europe; the war goes on as
            // at the summit.
            Preset::GoingAlone => [50, 40, 20, 20, 20, 90, 10, 55],
        };
        Scenario::from_values(values)
    }

    /// The preset with this key, if any.
    pub fn from_key(key: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|preset| preset.info().key == key)
    }

    /// The preset whose positions equal `scenario`, if any.
    pub fn matching(scenario: &Scenario) -> Option<Preset> {
        Preset::ALL.into_iter().find(|preset| preset.scenario() == *scenario)
    }
}
