//! The assumptions table grouped by lever, with plain names: what the reader opens to see
//! every coefficient behind a lever, without reading the model's identifiers first.
//!
//! Built from the model's own table of terms, so a coefficient moves group when its term
//! changes what it reads; a test holds every coefficient to exactly one row.

use crate::content::words;
use crate::model::coefficients::{self, Coefficient};
use crate::model::terms::{Shape, Target, TERMS};
use crate::model::Input;

/// Which group a coefficient is listed under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// The terms one lever drives (energy relief discounted by snap-back counts as energy).
    Lever(Input),
    /// The terms driven by the three relief modules together (relief read as a concession,
    /// the coalition's damage, relief that sticks).
    Relief,
    /// How levers combine, the judgement ranges, the floors and the rally test.
    Machinery,
}

impl Group {
    /// Every group, in the levers' order, then relief as a whole, then the machinery.
    pub fn all() -> impl Iterator<Item = Group> {
        Input::ALL.into_iter().map(Group::Lever).chain([Group::Relief, Group::Machinery])
    }

    /// The group's heading.
    pub fn title(self) -> &'static str {
        match self {
            Group::Lever(input) => words::input_words(input).label,
            Group::Relief => words::ASSUMPTIONS_RELIEF,
            Group::Machinery => words::ASSUMPTIONS_MACHINERY,
        }
    }
}

/// One row: a plain name for what the coefficient does, and the coefficient.
#[derive(Clone, Copy, Debug)]
pub struct Row {
    /// What it moves ("European gas"), or, for the machinery, what it is.
    pub name: &'static str,
    /// The coefficient, with its identifier for the reader who wants the code.
    pub coefficient: &'static Coefficient,
}

/// The group of the term a coefficient sizes, if it sizes one.
fn group_of(shape: Shape) -> Group {
    match shape {
        Shape::Linear(input) => Group::Lever(input),
        Shape::EnergyRelief | Shape::EuEnergyRelief => Group::Lever(Input::EnergyRelief),
        Shape::BankingRelief => Group::Lever(Input::BankingRelief),
        Shape::DebtRelief => Group::Lever(Input::DebtRelief),
        Shape::Concession | Shape::CoalitionDamage | Shape::LastingRelief => Group::Relief,
    }
}

/// The rows of one group, in the model's order.
pub fn rows(group: Group) -> Vec<Row> {
    coefficients::ALL
        .iter()
        .filter_map(|&coefficient| {
            // By name: a `const` used twice need not be one address.
            let term = TERMS.iter().find(|(_, c, _)| c.name == coefficient.name);
            let (in_group, name) = match term {
                Some((target, _, shape)) => (group_of(*shape), target_name(*target)),
                None => (Group::Machinery, coefficient.unit),
            };
            (in_group == group).then_some(Row { name, coefficient })
        })
        .collect()
}

/// What a term moves, by name.
fn target_name(target: Target) -> &'static str {
    match target {
        Target::Indicator(indicator) => words::indicator_name(indicator),
        Target::Cohesion => words::COHESION.name,
        Target::Reintegration => words::REINTEGRATION.name,
    }
}
