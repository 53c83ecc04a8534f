//! Benchmark of the model function, run with `cargo bench --bench model`.
//!
//! A plain timing loop rather than criterion: the numbers needed are nanoseconds per call of
//! one pure function, and criterion would add minutes of compile time to every test run.
//! Reports the median and the fastest of 31 batches, per call.

use std::hint::black_box;
use std::time::Instant;

use explainer::model::{evaluate, Input, Preset, Scenario};

fn main() {
    // A spread of scenarios: every preset, and each preset with every slider at both ends.
    let mut scenarios: Vec<Scenario> = Preset::ALL.map(Preset::scenario).to_vec();
    for preset in Preset::ALL {
        for input in Input::ALL {
            scenarios.push(preset.scenario().with(input, 0));
            scenarios.push(preset.scenario().with(input, 100));
        }
    }
    let calls_per_batch = 20_000;
    let mut per_call_ns: Vec<f64> = (0..31)
        .map(|_| {
            let start = Instant::now();
            for i in 0..calls_per_batch {
                black_box(evaluate(black_box(&scenarios[i % scenarios.len()])));
            }
            start.elapsed().as_nanos() as f64 / calls_per_batch as f64
        })
        .collect();
    per_call_ns.sort_by(f64::total_cmp);
    println!(
        "model::evaluate: median {:.0} ns per call, fastest batch {:.0} ns per call ({} batches of {} calls over {} scenarios)",
        per_call_ns[per_call_ns.len() / 2],
        per_call_ns[0],
        per_call_ns.len(),
        calls_per_batch,
        scenarios.len()
    );
}
