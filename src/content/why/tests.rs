//! The "why" rows: one per lever, summed, largest first, each reason once.

use crate::content::why::rows;
use crate::model::{evaluate, Input, Preset, Scenario};

/// Every output's shares in a scenario.
fn every_list(scenario: &Scenario) -> Vec<Vec<crate::model::Contribution>> {
    let outcome = evaluate(scenario);
    let mut lists: Vec<_> = outcome.readings.iter().map(|r| r.contributions.clone()).collect();
    lists.extend([
        outcome.cohesion.contributions.clone(),
        outcome.reintegration.contributions.clone(),
        outcome.rotation.contributions.clone(),
    ]);
    lists
}

#[test]
fn one_row_per_lever_summed_largest_first_with_each_reason_once() {
    let mut shared = 0;
    for preset in Preset::ALL {
        for list in every_list(&preset.scenario()) {
            let rows = rows(&list, |amount| amount.abs() > 1e-9);
            for (i, row) in rows.iter().enumerate() {
                assert_eq!(
                    rows.iter().filter(|r| r.input == row.input).count(),
                    1,
                    "one row per lever"
                );
                let sum: f64 = list.iter().filter(|c| c.input == row.input).map(|c| c.amount).sum();
                assert!((row.amount - sum).abs() < 1e-9, "the lever's terms summed");
                if i > 0 {
                    assert!(rows[i - 1].amount.abs() >= row.amount.abs(), "largest first");
                }
                match (row.reason, row.shared_with) {
                    (Some(_), None) => {}
                    (None, Some(other)) => {
                        shared += 1;
                        assert!(
                            rows[..i].iter().any(|r| r.input == other),
                            "shares a reason given above"
                        );
                    }
                    other => panic!("a row needs its reason or the row that gave it: {other:?}"),
                }
            }
            let mut reasons: Vec<&str> =
                rows.iter().filter_map(|r| r.reason.map(|c| c.name)).collect();
            let count = reasons.len();
            reasons.sort_unstable();
            reasons.dedup();
            assert_eq!(reasons.len(), count, "no reason written twice");
        }
    }
    assert!(shared > 0, "the worlds include effects split between levers");
}

#[test]
fn levers_that_round_to_nothing_are_left_out() {
    let list = &every_list(&Preset::Freeze.scenario())[0];
    let all = rows(list, |_| true);
    let big = rows(list, |amount| amount.abs() >= 1.0);
    assert!(big.len() < all.len());
    assert!(big.iter().all(|row| row.amount.abs() >= 1.0));
    assert!(!all
        .iter()
        .any(|row| row.input == Input::ALL[0]
            && all.iter().filter(|r| r.input == row.input).count() > 1));
}
