#!/usr/bin/env bash
# Builds the release site into dist/: static files that work from any sub-path. A thin
# wrapper: it installs what is missing (scripts/setup-build.sh), sets the cargo environment
# for a small wasm, checks the toolchain, and runs `trunk build --release`, which writes the
# whole site (its post-build hook, scripts/trunk-post-build.sh, adds the second wasm and the
# prerendered pages).
# Set EXPLAINER_SITE_URL=https://host/path/ (the address the site is served from): without
# it, link previews and pasted-URL embeds cannot work, and the build says so.
# Stops at the first failure, stated here rather than inherited from the sourced set-up.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-build.sh"
say "Building the release site into dist/"

# The wasm is built with the standard library rebuilt for size and panics that abort at once,
# without messages: every panic message, file path and the formatting code behind them leave
# the wasm (about 12 KB of its 103 KB brotli), which keeps the first view with a working
# widget within its budget (tests/browser/budget.test.mjs). These are unstable flags on the
# stable toolchain (RUSTC_BOOTSTRAP), pinned to rustc 1.95: `-Cpanic=immediate-abort`
# replaced the `panic_immediate_abort` std feature in 2025, and may change again. The CI run
# builds with them, so a toolchain that drops them fails the build, not the reader. Only the
# wasm32 target is affected; the prerendering step is a normal native build. The flags and
# the environment are set once, in scripts/setup-build.sh (`WASM_SIZE_FLAGS`, `std_build`).

# Preconditions, each with a plain sentence instead of a compiler's or resolver's error.
# The probe writes into a folder of its own: rustc replaces its output file by renaming a
# temporary one over it, so `-o /dev/null`, run as root, turns /dev/null into a regular file
# that later commands then read their input from.
PROBE_DIR=$(mktemp -d)
trap 'rm -rf "$PROBE_DIR"' EXIT
if ! RUSTC_BOOTSTRAP=1 rustc $WASM_SIZE_FLAGS --target wasm32-unknown-unknown \
  --crate-type lib --crate-name probe --emit metadata --out-dir "$PROBE_DIR" - </dev/null >/dev/null 2>&1; then
  echo "error: $(rustc --version) no longer accepts the size flags '$WASM_SIZE_FLAGS'" \
    "(see the comment above them in scripts/build.sh): use rustc 1.95, or update the flags and the byte budget together." >&2
  exit 1
fi
if ! std_build cargo fetch --offline --locked --quiet --target wasm32-unknown-unknown 2>/dev/null \
  || ! cargo fetch --offline --locked --quiet 2>/dev/null; then
  echo "error: some crates the build needs (the project's, or the standard library's own) are not in" \
    "${CARGO_HOME:-$HOME/.cargo}/registry, and the build runs offline. Run scripts/setup-build.sh with access" \
    "to crates.io; it fetches them." >&2
  exit 1
fi

# trunk writes the whole site: its post-build hook (scripts/trunk-post-build.sh, named in
# Trunk.toml) adds the on-demand module, minifies the glue and prerenders every page. The
# cargo environment of std_build (the size flags, the standard library rebuilt) reaches
# both wasms, since the hook runs with trunk's environment.
std_build trunk build --release --offline=true --locked
