//! A "why" list as a reader reads it: one row per lever, its terms summed, largest first, each
//! with one reason (the article phrase and the figure behind its largest term), and no reason
//! written twice: where one effect is split between levers, its reason is under the first.

use crate::model::coefficients::Coefficient;
use crate::model::{Contribution, Input};

/// One lever's row.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row {
    /// The lever.
    pub input: Input,
    /// Its terms' shares, summed, in the output's unit.
    pub amount: f64,
    /// The coefficient whose phrase and figure say why, unless a row above gave it.
    pub reason: Option<&'static Coefficient>,
    /// The row above whose reason this lever shares, when it has none of its own.
    pub shared_with: Option<Input>,
}

/// The rows for an output's shares (largest first, as the model gives them), largest first,
/// leaving out the levers whose sum `shown` rejects (one that rounds to nothing at the
/// output's precision).
///
/// No sort from the standard library: the lists hold at most a dozen terms, and its sorts,
/// monomorphised here, cost the first view's wasm several KB (as in `model::evaluate`).
pub fn rows(contributions: &[Contribution], shown: impl Fn(f64) -> bool) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    for share in contributions {
        match rows.iter_mut().find(|row| row.input == share.input) {
            Some(row) => row.amount += share.amount,
            None => rows.push(Row {
                input: share.input,
                amount: share.amount,
                reason: None,
                shared_with: None,
            }),
        }
    }
    rows.retain(|row| shown(row.amount));
    // Insertion, largest first; equal sums keep the model's order.
    for end in 1..rows.len() {
        let mut at = end;
        while at > 0 && rows[at - 1].amount.abs() < rows[at].amount.abs() {
            rows.swap(at - 1, at);
            at -= 1;
        }
    }
    // Each row's reason: its largest term whose reason no row above gave, else the row above
    // that gave its largest term's.
    for i in 0..rows.len() {
        let input = rows[i].input;
        let given = |name: &str| {
            rows[..i].iter().find(|row| row.reason.is_some_and(|c| c.name == name)).map(|r| r.input)
        };
        let mut terms = contributions.iter().filter(|share| share.input == input);
        let largest = terms.clone().next().map(|share| share.coefficient);
        let own = terms.find(|share| given(share.coefficient.name).is_none());
        let reason = own.map(|share| share.coefficient);
        let shared_with = match own {
            Some(_) => None,
            None => largest.and_then(|coefficient| given(coefficient.name)),
        };
        rows[i].reason = reason;
        rows[i].shared_with = shared_with;
    }
    rows
}

#[cfg(test)]
mod tests;
