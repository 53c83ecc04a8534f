//! The modeller's file: what each output is made of. Every row of [`TERMS`] names an output,
//! the coefficient that sizes the effect (with its phrase and figure, in
//! [`crate::model::coefficients`]) and the shape that blends the inputs it reads. To change
//! what moves what, edit this table; [`mod@crate::model::evaluate`] only runs it.

use crate::model::coefficients::{self as c, Coefficient};
use crate::model::{Indicator, Indicator as I, Input, Input as In};

/// The shape of a term: which inputs it reads, and how it blends them.
#[derive(Clone, Copy, Debug)]
pub enum Shape {
    /// One input, as a fraction.
    Linear(Input),
    /// Energy relief that reaches prices: discounted by snap-back triggers.
    EnergyRelief,
    /// Energy relief that reaches European gas: discounted by triggers, and landing only as
    /// far as the EU goes along (its buyers, pipelines and bans are the EU's to lift).
    EuEnergyRelief,
    /// Banking relief that reaches prices: discounted by triggers, and landing fully only
    /// with the EU on board.
    BankingRelief,
    /// Debt and reserves relief that reaches prices, as banking relief.
    DebtRelief,
    /// Relief read as a concession: average relief, discounted by triggers, with vague guarantees.
    Concession,
    /// Relief's damage to the coalition, softened by triggers and by coordination.
    CoalitionDamage,
    /// Relief that sticks, for Russia's reintegration.
    LastingRelief,
}

impl Shape {
    /// The inputs the shape reads; `model/tests.rs` checks it reads no others.
    pub fn inputs(self) -> &'static [Input] {
        use Input::*;
        match self {
            Shape::Linear(input) => match input {
                EnergyRelief => &[EnergyRelief],
                BankingRelief => &[BankingRelief],
                DebtRelief => &[DebtRelief],
                SnapBack => &[SnapBack],
                GuaranteeClarity => &[GuaranteeClarity],
                Minerals => &[Minerals],
                AlliedDiscipline => &[AlliedDiscipline],
                Fighting => &[Fighting],
            },
            Shape::EnergyRelief => &[EnergyRelief, SnapBack],
            Shape::EuEnergyRelief => &[EnergyRelief, SnapBack, AlliedDiscipline],
            Shape::BankingRelief => &[BankingRelief, SnapBack, AlliedDiscipline],
            Shape::DebtRelief => &[DebtRelief, SnapBack, AlliedDiscipline],
            Shape::Concession => {
                &[EnergyRelief, BankingRelief, DebtRelief, SnapBack, GuaranteeClarity]
            }
            Shape::CoalitionDamage => {
                &[EnergyRelief, BankingRelief, DebtRelief, SnapBack, AlliedDiscipline]
            }
            Shape::LastingRelief => &[EnergyRelief, BankingRelief, DebtRelief, SnapBack],
        }
    }

    /// The shape's value, given each input as a fraction from 0 to 1.
    pub fn value(self, x: &[f64; Input::COUNT]) -> f64 {
        use Input::*;
        let get = |input: Input| x[input as usize];
        let pass_through = 1.0 - c::SNAPBACK_DISCOUNT.value * get(SnapBack);
        let lands =
            c::EU_LANDING_FLOOR.value + (1.0 - c::EU_LANDING_FLOOR.value) * get(AlliedDiscipline);
        let mean_relief = (get(EnergyRelief) + get(BankingRelief) + get(DebtRelief)) / 3.0;
        match self {
            Shape::Linear(input) => get(input),
            Shape::EnergyRelief => get(EnergyRelief) * pass_through,
            Shape::EuEnergyRelief => {
                let gas_lands = c::EU_GAS_LANDING_FLOOR.value
                    + (1.0 - c::EU_GAS_LANDING_FLOOR.value) * get(AlliedDiscipline);
                get(EnergyRelief) * pass_through * gas_lands
            }
            Shape::BankingRelief => get(BankingRelief) * pass_through * lands,
            Shape::DebtRelief => get(DebtRelief) * pass_through * lands,
            Shape::Concession => mean_relief * pass_through * (1.0 - get(GuaranteeClarity)),
            Shape::CoalitionDamage => {
                mean_relief
                    * (1.0 - c::COHESION_TRIGGER_SOFTENING.value * get(SnapBack))
                    * (1.0 - c::COHESION_COORDINATION_SOFTENING.value * get(AlliedDiscipline))
            }
            Shape::LastingRelief => mean_relief * pass_through,
        }
    }
}

/// The outputs terms can move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A market indicator.
    Indicator(Indicator),
    /// Sanctions-coalition cohesion.
    Cohesion,
    /// Russia's economic reintegration.
    Reintegration,
}

/// Every term of the model: what it moves, by which coefficient, through which shape.
pub const TERMS: &[(Target, &Coefficient, Shape)] = &[
    (Target::Indicator(I::Ttf), &c::TTF_ENERGY, Shape::EuEnergyRelief),
    (Target::Indicator(I::Ttf), &c::TTF_GUARANTEE, Shape::Linear(In::GuaranteeClarity)),
    (Target::Indicator(I::Ttf), &c::TTF_FIGHTING, Shape::Linear(In::Fighting)),
    (Target::Indicator(I::CurveSlope), &c::SLOPE_ENERGY, Shape::EnergyRelief),
    (Target::Indicator(I::CurveSlope), &c::SLOPE_GUARANTEE, Shape::Linear(In::GuaranteeClarity)),
    (Target::Indicator(I::CurveSlope), &c::SLOPE_FIGHTING, Shape::Linear(In::Fighting)),
    (Target::Indicator(I::Brent), &c::BRENT_ENERGY, Shape::EnergyRelief),
    (Target::Indicator(I::Brent), &c::BRENT_FIGHTING, Shape::Linear(In::Fighting)),
    (Target::Indicator(I::BtpBund), &c::BTP_ENERGY, Shape::EnergyRelief),
    (Target::Indicator(I::BtpBund), &c::BTP_DEBT, Shape::DebtRelief),
    (Target::Indicator(I::BtpBund), &c::BTP_GUARANTEE, Shape::Linear(In::GuaranteeClarity)),
    (Target::Indicator(I::BtpBund), &c::BTP_MINERALS, Shape::Linear(In::Minerals)),
    (Target::Indicator(I::BtpBund), &c::BTP_DISCIPLINE, Shape::Linear(In::AlliedDiscipline)),
    (Target::Indicator(I::BtpBund), &c::BTP_FIGHTING, Shape::Linear(In::Fighting)),
    (Target::Indicator(I::EurUsd), &c::EURUSD_ENERGY, Shape::EnergyRelief),
    (Target::Indicator(I::EurUsd), &c::EURUSD_DEBT, Shape::DebtRelief),
    (Target::Indicator(I::EurUsd), &c::EURUSD_GUARANTEE, Shape::Linear(In::GuaranteeClarity)),
    (Target::Indicator(I::EurUsd), &c::EURUSD_DISCIPLINE, Shape::Linear(In::AlliedDiscipline)),
    (Target::Indicator(I::EurUsd), &c::EURUSD_FIGHTING, Shape::Linear(In::Fighting)),
    (Target::Indicator(I::Defence), &c::DEFENCE_ENERGY, Shape::EnergyRelief),
    (Target::Indicator(I::Defence), &c::DEFENCE_GUARANTEE, Shape::Linear(In::GuaranteeClarity)),
    (Target::Indicator(I::Defence), &c::DEFENCE_FIGHTING, Shape::Linear(In::Fighting)),
    (Target::Indicator(I::UsdRub), &c::RUB_ENERGY, Shape::EnergyRelief),
    (Target::Indicator(I::UsdRub), &c::RUB_BANKING, Shape::BankingRelief),
    (Target::Indicator(I::UsdRub), &c::RUB_DEBT, Shape::DebtRelief),
    (Target::Indicator(I::UsdRub), &c::RUB_GUARANTEE, Shape::Linear(In::GuaranteeClarity)),
    (Target::Indicator(I::UsdRub), &c::RUB_MINERALS, Shape::Linear(In::Minerals)),
    (Target::Indicator(I::UsdRub), &c::RUB_FIGHTING, Shape::Linear(In::Fighting)),
    (Target::Indicator(I::UkraineBonds), &c::UKRAINE_CONCESSION, Shape::Concession),
    (Target::Indicator(I::UkraineBonds), &c::UKRAINE_SNAPBACK, Shape::Linear(In::SnapBack)),
    (
        Target::Indicator(I::UkraineBonds),
        &c::UKRAINE_GUARANTEE,
        Shape::Linear(In::GuaranteeClarity),
    ),
    (Target::Indicator(I::UkraineBonds), &c::UKRAINE_MINERALS, Shape::Linear(In::Minerals)),
    (
        Target::Indicator(I::UkraineBonds),
        &c::UKRAINE_DISCIPLINE,
        Shape::Linear(In::AlliedDiscipline),
    ),
    (Target::Indicator(I::UkraineBonds), &c::UKRAINE_FIGHTING, Shape::Linear(In::Fighting)),
    (Target::Cohesion, &c::COHESION_RELIEF, Shape::CoalitionDamage),
    (Target::Cohesion, &c::COHESION_SNAPBACK, Shape::Linear(In::SnapBack)),
    (Target::Cohesion, &c::COHESION_GUARANTEE, Shape::Linear(In::GuaranteeClarity)),
    (Target::Cohesion, &c::COHESION_MINERALS, Shape::Linear(In::Minerals)),
    (Target::Cohesion, &c::COHESION_DISCIPLINE, Shape::Linear(In::AlliedDiscipline)),
    (Target::Cohesion, &c::COHESION_FIGHTING, Shape::Linear(In::Fighting)),
    (Target::Reintegration, &c::REINTEGRATION_RELIEF, Shape::LastingRelief),
    (Target::Reintegration, &c::REINTEGRATION_MINERALS, Shape::Linear(In::Minerals)),
    (Target::Reintegration, &c::REINTEGRATION_DISCIPLINE, Shape::Linear(In::AlliedDiscipline)),
    (Target::Reintegration, &c::REINTEGRATION_FIGHTING, Shape::Linear(In::Fighting)),
];
