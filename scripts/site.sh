#!/usr/bin/env bash
# Writes the built site again for another address, without running trunk:
#   EXPLAINER_SITE_URL=https://news.example/alaska/ bash scripts/site.sh OUT_DIR
# copies dist/ to OUT_DIR and rewrites its pages, oEmbed documents and headers for that
# address. Needs a build first (scripts/build.sh keeps trunk's output in target/site-source).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=${1:?usage: EXPLAINER_SITE_URL=… bash scripts/site.sh OUT_DIR}
[ -f target/site-source/index.html ] || { echo "error: run scripts/build.sh first" >&2; exit 1; }
# Written in place when OUT_DIR is dist/ itself: removing it first would delete the build
# it was about to copy.
if [ "$(realpath -m "$out")" != "$(realpath -m dist)" ]; then
  rm -rf "$out" && mkdir -p "$out" && cp -r dist/. "$out/"
fi
cargo run --quiet --release --locked --features ssr --bin prerender -- "$out" target/site-source
