//! The eight inputs the reader moves, grouped as the second article groups its channels.

/// The article's channels, plus the context they play out in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// "The first is sanctions governance."
    Sanctions,
    /// "The second is security guarantees."
    Guarantees,
    /// "The third is resource diplomacy."
    Resources,
    /// What all three channels depend on: allied discipline and the war itself.
    Context,
}

impl Group {
    /// The groups in display order.
    pub const ALL: [Group; 4] =
        [Group::Sanctions, Group::Guarantees, Group::Resources, Group::Context];

    /// The group's heading.
    pub const fn title(self) -> &'static str {
        match self {
            Group::Sanctions => "Sanctions governance",
            Group::Guarantees => "Security guarantees",
            Group::Resources => "Resource diplomacy",
            Group::Context => "Context",
        }
    }

    /// The article's words for the group.
    pub const fn phrase(self) -> &'static str {
        match self {
            Group::Sanctions => "“Any credible framework would require a modular unwind with snap-back triggers, not a blanket amnesty.”",
            Group::Guarantees => "“Ambiguity is spread-widening by design.”",
            Group::Resources => "“Even hinting at new cross-border minerals cooperation shifts bargaining power inside Western supply-chain initiatives.”",
            Group::Context => "“None of those channels require handing Russia U.S. mineral rights; all of them require allied discipline to avoid the appearance of barter.”",
        }
    }
}

/// One slider. The discriminant is the slider's index in a [`crate::model::Scenario`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Input {
    /// Relief on energy flows: caps, bans and embargoes.
    EnergyRelief = 0,
    /// Relief on banking access: SWIFT and correspondent banking.
    BankingRelief,
    /// Relief on sovereign debt trading and the frozen central-bank reserves.
    DebtRelief,
    /// How strict and automatic the snap-back triggers attached to relief are.
    SnapBack,
    /// How clear and enforceable the security guarantees for Kyiv are.
    GuaranteeClarity,
    /// How far U.S.–Russia cross-border minerals cooperation goes.
    Minerals,
    /// How closely the U.S. and the EU coordinate.
    AlliedDiscipline,
    /// How intense the fighting is.
    Fighting,
}

/// What the page says about one input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InputInfo {
    /// Short, stable URL key; part of the public link format, never to be renamed.
    pub key: &'static str,
    /// The slider's label.
    pub label: &'static str,
    /// The group it belongs to.
    pub group: Group,
    /// What position 0 means.
    pub low: &'static str,
    /// What position 100 means.
    pub high: &'static str,
    /// Words for a position, from low to high, used in the value text.
    pub levels: [&'static str; 5],
}

impl Input {
    /// How many inputs there are.
    pub const COUNT: usize = 8;

    /// Every input, in slider order.
    pub const ALL: [Input; Input::COUNT] = [
        Input::EnergyRelief,
        Input::BankingRelief,
        Input::DebtRelief,
        Input::SnapBack,
        Input::GuaranteeClarity,
        Input::Minerals,
        Input::AlliedDiscipline,
        Input::Fighting,
    ];

    /// The page's description of this input.
    pub const fn info(self) -> InputInfo {
        match self {
            Input::EnergyRelief => InputInfo {
                key: "e",
                label: "Energy-flow relief",
                group: Group::Sanctions,
                low: "Today’s price caps and bans",
                high: "Pre-2022 access to European buyers",
                levels: ["none", "token", "partial", "broad", "full"],
            },
            Input::BankingRelief => InputInfo {
                key: "b",
                label: "Banking-access relief",
                group: Group::Sanctions,
                low: "Today’s SWIFT cut-offs and bank bans",
                high: "Full reconnection",
                levels: ["none", "one bank reconnected", "partial", "broad", "full"],
            },
            Input::DebtRelief => InputInfo {
                key: "d",
                label: "Sovereign-debt and reserves relief",
                group: Group::Sanctions,
                low: "Default, frozen reserves",
                high: "Settlement restored, reserves released",
                levels: ["none", "token", "partial", "broad", "full"],
            },
            Input::SnapBack => InputInfo {
                key: "s",
                label: "Snap-back triggers",
                group: Group::Sanctions,
                low: "Blanket amnesty",
                high: "Strict, automatic snap-back",
                levels: ["blanket amnesty", "loose", "conditional", "firm", "strict, automatic"],
            },
            Input::GuaranteeClarity => InputInfo {
                key: "g",
                label: "Guarantee clarity",
                group: Group::Guarantees,
                low: "Vague assurances",
                high: "Codified, enforceable commitment",
                levels: ["vague", "hinted", "outlined", "detailed", "codified"],
            },
            Input::Minerals => InputInfo {
                key: "m",
                label: "Minerals cooperation",
                group: Group::Resources,
                low: "None",
                high: "Joint cross-border projects",
                levels: ["none", "talk", "memoranda", "pilot projects", "joint projects"],
            },
            Input::AlliedDiscipline => InputInfo {
                key: "a",
                label: "Allied discipline",
                group: Group::Context,
                low: "The U.S. acts alone",
                high: "Full U.S.–EU coordination",
                levels: ["U.S. alone", "loose", "partial", "close", "full coordination"],
            },
            Input::Fighting => InputInfo {
                key: "f",
                label: "Fighting intensity",
                group: Group::Context,
                low: "Low-intensity freeze",
                high: "Active escalation",
                levels: ["frozen", "low", "sustained", "heavy", "escalating"],
            },
        }
    }

    /// Words for a slider position, for the slider's value text: "62 of 100, broad".
    pub fn value_text(self, value: u8) -> String {
        let levels = self.info().levels;
        let level = levels[usize::from(value.min(99) / 20)];
        format!("{value} of 100, {level}")
    }
}
