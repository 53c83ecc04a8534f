#!/usr/bin/env bash
# Builds the release and runs the benchmark; the report lands in bench/reports/benchmark.md.
# BENCH_RUNS sets the runs per measurement (default 5).
source "$(dirname "$0")/setup.sh"
"$(dirname "$0")/build.sh"
cargo bench --locked --bench model | tee bench/reports/model.txt
node bench/run.mjs
