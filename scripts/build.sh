#!/usr/bin/env bash
# Builds the release site into dist/: static files that work from any sub-path.
# 1. trunk builds the wasm app, stylesheet and index.html;
# 2. the prerender step (a native binary) writes the page, one page per world and per embed
#    section, as real HTML, moves trunk's inline loader into a file, and writes each page's
#    oembed.json, csp.txt and _headers.
# Set EXPLAINER_SITE_URL=https://host/path/ (the address the site is served from): without
# it, link previews and pasted-URL embeds cannot work, and the build says so.
source "$(dirname "$0")/setup.sh"
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
RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  trunk build --release --offline=true --locked
unset CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS

# trunk's own minifier cannot parse wasm-bindgen 0.2.130's glue and ships it unminified;
# terser (a build tool from npm, never shipped) takes it from 40 to 18 KB raw.
for glue in dist/explainer-*.js; do
  terser "$glue" --module --compress --mangle --output "$glue.min" && mv "$glue.min" "$glue"
done
# trunk's own index.html and embed-mode script are kept aside, so scripts/site.sh can write
# the pages again for another address without running trunk.
rm -rf target/site-source && mkdir -p target/site-source
cp dist/index.html dist/embed-mode-*.js target/site-source/
cargo run --quiet --release --locked --features ssr --bin prerender -- dist target/site-source
