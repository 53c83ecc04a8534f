#!/usr/bin/env bash
# Builds the site a second time and fails if any file in dist/ differs from the first build's:
# a CDN that caches by content hash, and a reader who compares a mirror with the original,
# both rely on the same source making the same bytes. Needs a build first (scripts/build.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -f dist/index.html ] || { echo "error: run scripts/build.sh first" >&2; exit 1; }
digest() { (cd dist && find . -type f | LC_ALL=C sort | xargs sha256sum); }
first=$(digest)
bash scripts/build.sh >/dev/null
if [ "$first" != "$(digest)" ]; then
  echo "error: a second build wrote different files:" >&2
  diff <(echo "$first") <(digest) >&2 || true
  exit 1
fi
echo "dist/ is the same, byte for byte, after a second build ($(echo "$first" | wc -l) files)"
