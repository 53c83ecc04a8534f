//! The levers', groups' and worlds' words: names, hints, the words for a slider's
//! position, and each preset's label and quote.

use super::*;

/// What the page says about a group of sliders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupWords {
    /// The group's heading.
    pub title: &'static str,
    /// The article's words for the group.
    pub phrase: &'static str,
}

/// The words for a group of sliders.
pub const fn group_words(group: Group) -> GroupWords {
    match group {
        Group::Sanctions => GroupWords {
            title: "Sanctions governance",
            phrase: static_text!("“Any credible framework would require a modular unwind with snap-back triggers, not a blanket amnesty.”"),
        },
        Group::Guarantees => GroupWords {
            title: "Security guarantees",
            phrase: static_text!("“Ambiguity is spread-widening by design.”"),
        },
        Group::Resources => GroupWords {
            title: "Resource diplomacy",
            phrase: static_text!("“Even hinting at new cross-border minerals cooperation shifts bargaining power inside Western supply-chain initiatives.”"),
        },
        Group::Context => GroupWords {
            title: "Context",
            phrase: static_text!("“None of those channels require handing Russia U.S. mineral rights; all of them require allied discipline to avoid the appearance of barter.”"),
        },
    }
}

/// What the page says about one slider.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InputWords {
    /// The slider's label.
    pub label: &'static str,
    /// What position 0 means.
    pub low: &'static str,
    /// What position 100 means.
    pub high: &'static str,
    /// Position 0 in two or three words, written under the slider's left end; `low` is what a
    /// screen reader hears.
    pub short_low: &'static str,
    /// Position 100 in two or three words, under the right end.
    pub short_high: &'static str,
    /// Words for a position, from low to high, used in the value text.
    pub levels: [&'static str; 5],
}

/// The words for one slider.
pub const fn input_words(input: Input) -> InputWords {
    match input {
        Input::EnergyRelief => InputWords {
            label: "Energy-flow relief",
            low: static_text!("The price caps and bans in force at the summit"),
            high: static_text!("Pre-2022 access to European buyers"),
            short_low: "Caps as now",
            short_high: "Pre-2022 access",
            levels: ["none", "token", "partial", "broad", "full"],
        },
        Input::BankingRelief => InputWords {
            label: "Banking-access relief",
            low: static_text!("The SWIFT cut-offs and bank bans in force at the summit"),
            high: static_text!("Full reconnection"),
            short_low: "Cut off as now",
            short_high: "Reconnected",
            levels: ["none", "one bank reconnected", "partial", "broad", "full"],
        },
        Input::DebtRelief => InputWords {
            label: "Debt and reserves relief",
            low: static_text!("Default, frozen reserves"),
            high: static_text!("Settlement restored, reserves released"),
            short_low: "Frozen",
            short_high: "Released",
            levels: ["none", "token", "partial", "broad", "full"],
        },
        Input::SnapBack => InputWords {
            label: "Snap-back triggers",
            low: static_text!("Blanket amnesty"),
            high: static_text!("Strict, automatic snap-back"),
            short_low: "Amnesty",
            short_high: "Automatic",
            levels: ["blanket amnesty", "loose", "conditional", "firm", "strict, automatic"],
        },
        Input::GuaranteeClarity => InputWords {
            label: "Guarantee clarity",
            low: static_text!("Vague assurances"),
            high: static_text!("Codified, enforceable commitment"),
            short_low: "Vague",
            short_high: "Codified",
            levels: ["vague", "hinted", "outlined", "detailed", "codified"],
        },
        Input::Minerals => InputWords {
            label: "Minerals cooperation",
            low: static_text!("None"),
            high: static_text!("Joint cross-border projects"),
            short_low: "None",
            short_high: "Joint projects",
            levels: ["none", "talk", "memoranda", "pilot projects", "joint projects"],
        },
        Input::AlliedDiscipline => InputWords {
            label: "Allied discipline",
            low: static_text!("The U.S. acts alone"),
            high: static_text!("Full U.S.–EU coordination"),
            short_low: "U.S. alone",
            short_high: "Full coordination",
            levels: ["U.S. alone", "loose", "partial", "close", "full coordination"],
        },
        Input::Fighting => InputWords {
            label: "Fighting intensity",
            low: static_text!("Low-intensity freeze"),
            high: static_text!("Active escalation"),
            short_low: "Frozen",
            short_high: "Escalation",
            levels: ["frozen", "low", "sustained", "heavy", "escalating"],
        },
    }
}

/// Words for a slider position, for the slider's value text: "62 of 100, broad".
pub fn value_text(input: Input, value: u8) -> String {
    format!("{value} of 100, {}", level_word(input, value))
}

/// The word for a slider's position, from its five levels.
fn level_word(input: Input, value: u8) -> &'static str {
    input_words(input).levels[usize::from(value.min(99) / 20)]
}

/// A slider's position as written beside its name: the level in words alone ("Partial"),
/// since the thumb shows where it stands and "5 of 100, none" read as a contradiction.
/// Screen readers hear [`value_text`], with the number.
pub fn value_word(input: Input, value: u8) -> String {
    let level = level_word(input, value);
    // Every level word starts with an ASCII letter; ASCII keeps Unicode's case tables (about
    // 3 KB) out of the first view's wasm.
    let mut word = level.to_owned();
    word[..1].make_ascii_uppercase();
    word
}

/// A slider's two ends, as the hint under it says them.
pub fn slider_ends(input: Input) -> (String, String) {
    let words = input_words(input);
    (format!("0: {}", words.low), format!("100: {}", words.high))
}

/// A slider's two end labels as written under it: two or three words each.
pub const fn slider_short_ends(input: Input) -> (&'static str, &'static str) {
    let words = input_words(input);
    (words.short_low, words.short_high)
}

/// What the page says about a preset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PresetWords {
    /// The button's label.
    pub label: &'static str,
    /// What the world assumes, in one plain sentence.
    pub assumes: &'static str,
    /// The article phrase the preset stands for.
    pub quote: &'static str,
    /// Which article the phrase is from.
    pub source: &'static str,
}

/// The words for a preset.
pub const fn preset_words(preset: Preset) -> PresetWords {
    const SECOND: &str = "second analysis";
    const FIRST: &str = "first analysis";
    match preset {
        Preset::Alaska => PresetWords {
            label: "Alaska as it stands",
            assumes: "The summit as it ended: sanctions in force, vague guarantees, the fighting sustained.",
            quote: "“a dialogue that surfaces instruments—sanctions relief modules, security guarantees, resource talk—without negotiable convergence”",
            source: SECOND,
        },
        Preset::Freeze => PresetWords {
            label: "Low-intensity freeze",
            assumes: "The fighting freezes; a little energy relief, firmer snap-back, allies close.",
            quote: "“a protracted, low-intensity freeze replaces active kinetic escalation”",
            source: SECOND,
        },
        Preset::Hardened => PresetWords {
            label: "Talks harden",
            assumes: "No relief and vaguer guarantees; allies hold firm as the fighting escalates.",
            quote: "“negotiations harden without movement—Russia holding to maximalist conditions; Kyiv and allies holding to sovereignty and justice thresholds”",
            source: SECOND,
        },
        Preset::ModularUnwind => PresetWords {
            label: "Modular unwind",
            assumes: "Relief in modules, each behind strict snap-back, with clear guarantees and allies in step.",
            quote: "“a modular unwind with snap-back triggers”",
            source: SECOND,
        },
        Preset::BlanketAmnesty => PresetWords {
            label: "Blanket amnesty",
            assumes: "Nearly everything lifted at once, with no snap-back and allies apart.",
            quote: "“not a blanket amnesty”",
            source: SECOND,
        },
        Preset::GoingAlone => PresetWords {
            label: "U.S. alone, minerals offer",
            assumes: "The U.S. offers relief and minerals without Europe; the fighting goes on.",
            quote: "“Trump offers mineral access to Russia”: “Undermines multilateral sanctions”",
            source: FIRST,
        },
    }
}
