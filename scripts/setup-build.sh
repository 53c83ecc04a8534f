# Installs what building the explainer needs, skipping whatever is already there, and says
# what it installs. Sourced by scripts/build.sh, scripts/serve.sh and scripts/setup-test.sh.
# Needs no root: everything comes from rustup, crates.io and the npm registry (never from
# GitHub release downloads), into the user's own folders.
#
# Tools: the wasm32 target and rust-src (rustup); trunk 0.21.14 and wasm-bindgen-cli at the
# version Cargo.lock pins (crates.io); wasm-opt (npm's binaryen: Debian's is too old for
# rustc 1.95 output) and terser (npm); then every crate the build needs, the standard
# library's own dependencies included, fetched into the cargo home so the build can run
# offline.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Tools are installed into ~/.cargo/bin whatever CARGO_HOME says: scripts/test.sh points
# CARGO_HOME at a cache of its own, and the tools must outlive it.
TOOLS_ROOT="$HOME/.cargo"
export PATH="$PWD/node_modules/.bin:$TOOLS_ROOT/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

TRUNK_VERSION=0.21.14
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# The wasm build rebuilds the standard library for size, with panics that abort at once
# (scripts/build.sh says why): `std_build trunk build --release` or `std_build trunk serve`
# runs a command in that cargo environment, on the stable toolchain. Only the wasm32 target
# takes the flags; trunk's post-build hook inherits them, so both wasms are built alike.
WASM_SIZE_FLAGS="-Zunstable-options -Cpanic=immediate-abort"
std_build() {
  RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$WASM_SIZE_FLAGS" "$@"
}

# Fetches every crate the build compiles into the cargo home (CARGO_HOME), so that the
# build, which runs offline, finds them: the project's own (for the host and wasm32) and
# the standard library's dependencies, which only a -Zbuild-std fetch resolves (the standard
# library's own Cargo.lock, in rust-src). A no-op when they are all there.
fetch_crates() {
  CARGO_NET_OFFLINE=false cargo fetch --locked --quiet
  CARGO_NET_OFFLINE=false std_build cargo fetch --locked --quiet --target wasm32-unknown-unknown
}

# Earlier builds ran rustc with `-o /dev/null` as root, which renames a regular file over the
# device; on a machine that kept that file, every command reading /dev/null reads old compiler
# errors instead (cargo's probe of rustc then fails). Put the device back, or say what to do.
if [ ! -c /dev/null ]; then
  if [ "$(id -u)" = 0 ]; then
    say "Restoring /dev/null (a regular file had replaced the device)"
    rm -f /dev/null && mknod -m 666 /dev/null c 1 3
  else
    echo "error: /dev/null is a regular file, not the null device; as root: rm /dev/null && mknod -m 666 /dev/null c 1 3" >&2
    exit 1
  fi
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target (rustup)"
  rustup target add wasm32-unknown-unknown
fi

# The standard library's source, to rebuild it for size.
if [ ! -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
  say "Adding the rust-src component (rustup)"
  rustup component add rust-src
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing trunk $TRUNK_VERSION from crates.io (about 12 minutes on 2 cores)"
  cargo install --root "$TOOLS_ROOT" trunk --version "$TRUNK_VERSION" --locked
fi

# The CLI must match the wasm-bindgen crate exactly; read the version from Cargo.lock.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $BINDGEN_VERSION from crates.io (about 4 minutes)"
  # Not --locked: its lockfile names a webpki-roots release the registry mirror lacks.
  cargo install --root "$TOOLS_ROOT" wasm-bindgen-cli --version "$BINDGEN_VERSION" --force
fi

# The build's npm packages are package.json's "dependencies" (binaryen, terser); the tests'
# are its "devDependencies", which scripts/setup-test.sh adds. node_modules/.package-lock.json
# is npm's record of what it installed: reinstall when it is older than the lockfile.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/terser ] \
  || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing the build's npm packages (binaryen for wasm-opt, terser)"
  npm ci --omit=dev --no-audit --no-fund
fi

fetch_crates
