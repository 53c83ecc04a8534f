#!/usr/bin/env bash
# Builds the explainer and serves it at http://127.0.0.1:${PORT:-8080}/ until interrupted.
source "$(dirname "$0")/setup.sh"
"$(dirname "$0")/build.sh"
exec node tests/browser/server.mjs dist "${PORT:-8080}" /
