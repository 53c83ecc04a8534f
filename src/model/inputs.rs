//! The eight inputs the reader moves, grouped as the second article groups its channels.
//! Their labels and level words are in `content::words`.

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

/// What the model and the link format know about one input (its words are in
/// `content::words`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InputInfo {
    /// Short, stable URL key; part of the public link format, never to be renamed.
    pub key: &'static str,
    /// The group it belongs to.
    pub group: Group,
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

    /// The input's key and group.
    pub const fn info(self) -> InputInfo {
        match self {
            Input::EnergyRelief => InputInfo { key: "e", group: Group::Sanctions },
            Input::BankingRelief => InputInfo { key: "b", group: Group::Sanctions },
            Input::DebtRelief => InputInfo { key: "d", group: Group::Sanctions },
            Input::SnapBack => InputInfo { key: "s", group: Group::Sanctions },
            Input::GuaranteeClarity => InputInfo { key: "g", group: Group::Guarantees },
            Input::Minerals => InputInfo { key: "m", group: Group::Resources },
            Input::AlliedDiscipline => InputInfo { key: "a", group: Group::Context },
            Input::Fighting => InputInfo { key: "f", group: Group::Context },
        }
    }
}
