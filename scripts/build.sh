#!/usr/bin/env bash
# Builds the release site into dist/: static files that work from any sub-path.
# 1. trunk builds the wasm app, stylesheet and index.html;
# 2. the prerender step (a native binary) writes the page, one page per world and per embed
#    section, as real HTML, moves trunk's inline loader into a file, and writes each page's
#    oembed.json, csp.txt and _headers.
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
# wasm32 target is affected; the native build step below is a normal build.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"

# Preconditions, each with a plain sentence instead of a compiler's or resolver's error.
# The probe writes into a folder of its own: rustc replaces its output file by renaming a
# temporary one over it, so `-o /dev/null`, run as root, turns /dev/null into a regular file
# that later commands then read their input from.
PROBE_DIR=$(mktemp -d)
trap 'rm -rf "$PROBE_DIR"' EXIT
if ! RUSTC_BOOTSTRAP=1 rustc $CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS --target wasm32-unknown-unknown \
  --crate-type lib --crate-name probe --emit metadata --out-dir "$PROBE_DIR" - </dev/null >/dev/null 2>&1; then
  echo "error: $(rustc --version) no longer accepts the size flags '$CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS'" \
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

std_build trunk build --release --offline=true --locked

# The on-demand module (downloads and embed codes), a second wasm the boot script imports the
# first time a reader opens one of them. Built the same way, outside trunk, which builds one
# app per page; its files are named by a hash of their content, as trunk names its own.
std_build cargo build --quiet --release --offline --locked --target wasm32-unknown-unknown --bin on_demand --features on-demand
unset CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS
rm -rf target/ondemand && mkdir -p target/ondemand
wasm-bindgen --target web --no-typescript --out-dir target/ondemand --out-name ondemand \
  target/wasm32-unknown-unknown/release/on_demand.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  target/ondemand/ondemand_bg.wasm -o target/ondemand/ondemand.opt.wasm
hash=$(cat target/ondemand/ondemand.opt.wasm target/ondemand/ondemand.js | sha256sum | cut -c1-16)
cp target/ondemand/ondemand.opt.wasm "dist/ondemand-${hash}_bg.wasm"
# The glue finds its wasm beside itself under the name wasm-bindgen gave it; it gets the hashed one.
sed "s/'ondemand_bg.wasm'/'ondemand-${hash}_bg.wasm'/" target/ondemand/ondemand.js > "target/ondemand/ondemand-${hash}.js"
grep -q "ondemand-${hash}_bg.wasm" "target/ondemand/ondemand-${hash}.js" \
  || { echo "error: the on-demand glue no longer names ondemand_bg.wasm" >&2; exit 1; }
cp "target/ondemand/ondemand-${hash}.js" dist/

# trunk's own minifier cannot parse wasm-bindgen 0.2.130's glue and ships it unminified;
# terser (a build tool from npm, never shipped) takes it from 40 to 18 KB raw.
for glue in dist/explainer-*.js dist/ondemand-*.js; do
  terser "$glue" --module --compress --mangle --output "$glue.min" && mv "$glue.min" "$glue"
done
# trunk's own index.html and embed-mode script are kept aside, so scripts/site.sh can write
# the pages again for another address without running trunk.
rm -rf target/site-source && mkdir -p target/site-source
cp dist/index.html dist/embed-mode-*.js target/site-source/
cargo run --quiet --release --offline --locked --features ssr --bin prerender -- dist target/site-source
