#!/usr/bin/env bash
# Builds the release and runs the benchmark; the report lands in bench/reports/benchmark.md.
# BENCH_RUNS sets the runs per measurement (default 5).
# Stops at the first failure, stated here rather than inherited from the sourced set-up.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-test.sh"
# twiggy attributes the wasm's bytes (bench/attribution.mjs); only the benchmark needs it.
if [ "$(twiggy --version 2>/dev/null)" != "twiggy 0.8.0" ]; then
  say "Installing twiggy 0.8.0 (about 2 minutes)"
  cargo install twiggy --version 0.8.0 --locked
fi
bash scripts/build.sh
cargo bench --locked --bench model | tee bench/reports/model.txt
node bench/run.mjs
