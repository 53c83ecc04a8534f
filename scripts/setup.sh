# Installs what the build and the tests need, skipping whatever is already there.
# Sourced by scripts/serve.sh and scripts/test.sh; everything comes from package registries
# (rustup, crates.io, npm, Debian), never from GitHub release downloads.
#
# Tools: the wasm32 target and rust-src (both from rustup); trunk 0.21.14; wasm-bindgen-cli at the version Cargo.lock pins;
# wasm-opt from npm's binaryen (Debian's is too old for rustc 1.95 output); Debian's
# chromium and chromium-driver, firefox-esr, webkit2gtk-driver and xvfb; the npm packages in
# package-lock.json.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

TRUNK_VERSION=0.21.14
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Only apt-get runs as root here; it must never stop to ask a question in CI.
as_root() {
  set -- env DEBIAN_FRONTEND=noninteractive "$@"
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "error: '$*' needs root; run it as root or install sudo" >&2; return 1
  fi
}

# Installs Debian packages; on a machine whose package lists are stale or empty, updates
# them once and tries again.
apt_install() {
  as_root apt-get install -y "$@" || { as_root apt-get update && as_root apt-get install -y "$@"; }
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The standard library's source, to rebuild it for size (see scripts/build.sh).
if [ ! -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
  say "Adding the rust-src component"
  rustup component add rust-src
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# The CLI must match the wasm-bindgen crate exactly; read the version from Cargo.lock.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $BINDGEN_VERSION (about 4 minutes)"
  # Not --locked: its lockfile names a webpki-roots release the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" --force
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "Installing Debian's chromium and chromium-driver"
  apt_install --no-install-recommends chromium chromium-driver
fi

# Firefox ESR and WebKitGTK for the three-engine run (tests/browser/engines.test.mjs).
# WebKitGTK has no headless mode, so Xvfb gives it a screen. Installed with their recommended
# packages (Mesa's software GL among them), as the run was measured.
if [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/WebKitWebDriver ] || ! command -v Xvfb >/dev/null; then
  say "Installing Debian's firefox-esr, webkit2gtk-driver and xvfb"
  apt_install firefox-esr webkit2gtk-driver xvfb
fi

# Stock WordPress for the embed tests (tests/wordpress/): Debian's WordPress, MariaDB and PHP.
# Only installed here: the test bed runs its own MariaDB and PHP server on 127.0.0.1, and
# nothing is enabled or started as a system service. fonts-dejavu-core is not needed: the
# preview images use the DejaVu fonts from crates.io.
if [ ! -f /usr/share/wordpress/wp-load.php ] || [ ! -x /usr/sbin/mariadbd ] || ! command -v php >/dev/null \
  || ! php -m 2>/dev/null | grep -qx mysqli; then
  say "Installing Debian's wordpress, mariadb-server, php and php-mysql"
  apt_install --no-install-recommends wordpress mariadb-server php php-mysql
fi

# node_modules/.package-lock.json is npm's record of what it installed: reinstall when it is
# missing or older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing npm packages (playwright-core, binaryen)"
  npm ci --no-audit --no-fund
fi

# trunk runs offline, so its crates must already be in the local registry cache.
cargo fetch --locked --quiet
