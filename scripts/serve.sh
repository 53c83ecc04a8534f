#!/usr/bin/env bash
# Builds the explainer and serves it at http://127.0.0.1:${PORT:-8080}/ until interrupted.
# Needs only the build's tools (scripts/setup-build.sh, through build.sh), and no root.
# Stops at the first failure, stated here rather than inherited from the sourced set-up.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/build.sh"
exec node tests/browser/server.mjs dist "${PORT:-8080}" /
