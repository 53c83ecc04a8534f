#!/usr/bin/env bash
# trunk's post-build hook (Trunk.toml), so that `trunk build --release` and `trunk serve`
# write the whole site: trunk builds the app, its stylesheet and index.html into its staging
# folder, and this adds, in that folder, what trunk's asset pipeline cannot make:
# 1. the on-demand module, a second wasm the boot script imports the first time a reader opens
#    a dialog. trunk builds one Rust app per page (its `rust` asset); a second one would be a
#    second page. So it is built here with the same cargo environment trunk ran with, and
#    named by a hash of its content, as trunk names its own files;
# 2. the glue minified by terser (release only): trunk's minifier cannot parse wasm-bindgen
#    0.2.130's glue and ships it unminified (40 KB raw, 18 KB after terser), after
#    scripts/short-imports.mjs has given the wasm's imports short names in both files;
# 3. the prerendered pages (src/bin/prerender.rs, native): every page, oEmbed document,
#    preview image, the boot loader, csp.txt and _headers. trunk has no server renderer.
#    The step also replaces trunk's inline loader and preloads (src/build_page/mod.rs):
#    trunk's loader starts the wasm at once and says nothing when it fails, where ours waits
#    for the page's load event (the articles come first) and marks a failure the page shows;
#    an inline script would also need its own hash in the strict CSP. trunk has no option
#    for either (`data-loader-shim` is for workers), so its output is rewritten instead.
# trunk then moves the staging folder to dist/ as it always does.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
out=${TRUNK_STAGING_DIR:?this runs as trunk\'s post_build hook; use trunk build --release}
profile=${TRUNK_PROFILE:-release}
release=$([ "$profile" = release ] && echo --release || true)

cargo build --quiet $release --offline --locked --target wasm32-unknown-unknown --bin on_demand --features on-demand
rm -rf target/ondemand && mkdir -p target/ondemand
wasm-bindgen --target web --no-typescript --out-dir target/ondemand --out-name ondemand \
  "target/wasm32-unknown-unknown/$profile/on_demand.wasm"
if [ "$profile" = release ]; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    target/ondemand/ondemand_bg.wasm -o target/ondemand/ondemand.opt.wasm
else
  cp target/ondemand/ondemand_bg.wasm target/ondemand/ondemand.opt.wasm
fi
hash=$(cat target/ondemand/ondemand.opt.wasm target/ondemand/ondemand.js | sha256sum | cut -c1-16)
cp target/ondemand/ondemand.opt.wasm "$out/ondemand-${hash}_bg.wasm"
# The glue finds its wasm beside itself under the name wasm-bindgen gave it; it gets the hashed one.
sed "s/'ondemand_bg.wasm'/'ondemand-${hash}_bg.wasm'/" target/ondemand/ondemand.js > "$out/ondemand-${hash}.js"
grep -q "ondemand-${hash}_bg.wasm" "$out/ondemand-${hash}.js" \
  || { echo "error: the on-demand glue no longer names ondemand_bg.wasm" >&2; exit 1; }

if [ "$profile" = release ]; then
  for glue in "$out"/explainer-*.js "$out"/ondemand-*.js; do
    node scripts/short-imports.mjs "${glue%.js}_bg.wasm" "$glue"
    terser "$glue" --module --compress --mangle --output "$glue.min" && mv "$glue.min" "$glue"
  done
fi

# trunk's own index.html and embed-mode script are kept aside, so scripts/site.sh can write
# the pages again for another address without running trunk.
rm -rf target/site-source && mkdir -p target/site-source
cp "$out"/index.html "$out"/embed-mode-*.js target/site-source/
# A native build: the standard library is rebuilt for the wasm only.
env -u CARGO_UNSTABLE_BUILD_STD cargo run --quiet --release --offline --locked --features ssr --bin prerender -- "$out" target/site-source
