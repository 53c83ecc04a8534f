#!/usr/bin/env bash
# Builds the release site into dist/: static files that work from any sub-path.
source "$(dirname "$0")/setup.sh"
say "Building the release site into dist/"
trunk build --release --offline=true --locked
