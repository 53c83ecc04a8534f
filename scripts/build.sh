#!/usr/bin/env bash
# Builds the release site into dist/: static files that work from any sub-path.
# 1. trunk builds the wasm app, stylesheet and index.html;
# 2. the prerender step (a native binary) writes the default page into index.html as real
#    HTML, moves trunk's inline loader into a file, and writes oembed.json.
# Set EXPLAINER_SITE_URL=https://host/path/ to make the preview image and oEmbed code absolute.
source "$(dirname "$0")/setup.sh"
say "Building the release site into dist/"
trunk build --release --offline=true --locked
cargo run --quiet --release --locked --features ssr --bin prerender -- dist
