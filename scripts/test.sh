#!/usr/bin/env bash
# Runs every check: formatting, lints (host and wasm32), native tests, docs, the release
# build, the size budget and the browser tests, after installing what is missing
# (scripts/setup-test.sh, which adds the test tools to scripts/setup-build.sh's). Prints a
# summary with pass/fail counts at the end and exits non-zero if anything failed.

# Every cargo command below runs offline against a cargo home that only the set-up's fetch
# has filled, emptied at the start of every run: a crate the set-up forgets to fetch (the
# standard library's own, say) fails this run, not a reader's first build on a new machine.
# The tools themselves stay in ~/.cargo/bin. Fetching costs a few seconds on a fast link.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export CARGO_HOME="$ROOT/target/cargo-home"
rm -rf "$CARGO_HOME" && mkdir -p "$CARGO_HOME"
# The set-up stops at its first failure (it sets -euo pipefail); the checks below run on
# through failures and are counted, so that is turned off again after it.
source "$ROOT/scripts/setup-test.sh"
export CARGO_NET_OFFLINE=true
set +e
LOG_DIR=target/test-logs
mkdir -p "$LOG_DIR"
declare -a SUMMARY=()
FAILED=0
NATIVE_PASSED=0 NATIVE_FAILED=0 BROWSER_PASSED=0 BROWSER_FAILED=0

# Runs one step, showing its output and keeping a copy in target/test-logs/<name>.log.
step() {
  local name=$1; shift
  say "$name"
  "$@" 2>&1 | tee "$LOG_DIR/$name.log"
  local status=${PIPESTATUS[0]}
  if [ "$status" = 0 ]; then SUMMARY+=("ok      $name"); else SUMMARY+=("FAILED  $name"); FAILED=1; fi
  return "$status"
}

step fmt cargo fmt --all -- --check
step clippy-host cargo clippy --locked --all-targets --all-features -- -D warnings
step clippy-wasm32 cargo clippy --locked --target wasm32-unknown-unknown --lib --bins -- -D warnings
# The on-demand module is a second wasm binary, with its own feature.
step clippy-on-demand cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --features on-demand -- -D warnings
step native-tests cargo test --locked
NATIVE_PASSED=$(grep -ho '[0-9]* passed' "$LOG_DIR/native-tests.log" | awk '{s+=$1} END {print s+0}')
NATIVE_FAILED=$(grep -ho '[0-9]* failed' "$LOG_DIR/native-tests.log" | awk '{s+=$1} END {print s+0}')
RUSTDOCFLAGS="-D warnings" step docs cargo doc --locked --no-deps --document-private-items --all-features
if step release-build bash scripts/build.sh; then
  step reproducible-build bash scripts/check-reproducible.sh
  step browser-tests node --test --test-concurrency=1 --test-reporter=spec tests/browser/
  BROWSER_PASSED=$(grep -o '^ℹ pass [0-9]*' "$LOG_DIR/browser-tests.log" | awk '{print $3}')
  BROWSER_FAILED=$(grep -o '^ℹ fail [0-9]*' "$LOG_DIR/browser-tests.log" | awk '{print $3}')
else
  SUMMARY+=("SKIPPED browser-tests (no release build)")
fi

# A step that runs as root can replace /dev/null with a regular file (rustc's `-o /dev/null`
# did); every later command then reads what was written there as its input, and a CI machine
# stays broken for the next run. Fail here instead, and put the device back.
if [ ! -c /dev/null ]; then
  SUMMARY+=("FAILED  /dev/null was replaced by a regular file during the run")
  FAILED=1
  if [ "$(id -u)" = 0 ]; then rm -f /dev/null && mknod -m 666 /dev/null c 1 3; fi
fi

echo
say "Summary"
printf '  %s\n' "${SUMMARY[@]}"
echo "  native tests:  ${NATIVE_PASSED:-0} passed, ${NATIVE_FAILED:-0} failed"
echo "  browser tests: ${BROWSER_PASSED:-0} passed, ${BROWSER_FAILED:-0} failed"
if [ "$FAILED" = 0 ]; then say "All checks passed"; else say "Some checks FAILED"; fi
exit "$FAILED"
