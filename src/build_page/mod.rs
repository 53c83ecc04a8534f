//! The release page's build step, as pure functions on text: splice the prerendered app into
//! `index.html`, move trunk's inline loader into a file, fill in the site address, and write
//! the oEmbed document. `src/bin/prerender.rs` does the file work around them.
//!
//! This file makes the template and its loader; beside it: the pages (`variants`), the
//! oEmbed document and `_headers` (`documents`), the preview image (`preview`) and the
//! stylesheet's minifier (`css`).
//!
//! No web dependencies; tested natively.

mod css;
mod documents;
mod preview;
mod variants;

pub use css::minify_css;
pub use documents::{headers_file, oembed, OEmbed, OEMBED_WIDTH};
pub use preview::{preview_svg, render_png, PREVIEW_HEIGHT, PREVIEW_WIDTH};
pub use variants::{page, variants, Variant};

use crate::link::SECTIONS;

/// Where the app's placeholder starts in `index.html`; the build fails loudly without it.
const APP_OPEN: &str = "<div id=\"app\">";
/// Trunk's inline loader, as trunk 0.21 writes it.
const LOADER_OPEN: &str = "<script type=\"module\">";
/// The boot loader, with `{{GLUE}}` and `{{WASM}}` for trunk's file names.
const BOOT_TEMPLATE: &str = include_str!("../../static/boot.js");
/// Stands for the list of embed keys in `static/embed-mode.js`.
const EMBED_KEYS: &str = "/*EMBED_KEYS*/ []";
/// Stands for the link parameters that set a scenario, in `static/embed-mode.js`.
const SCENARIO_KEYS: &str = "/*SCENARIO_KEYS*/ []";

/// The Content-Security-Policy the page is built for, with `{SCRIPT_HASHES}` standing for
/// the hashes of its inline scripts.
const CSP_TEMPLATE: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' {SCRIPT_HASHES}; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

/// What the build step produces.
#[derive(Debug, PartialEq, Eq)]
pub struct Built {
    /// The page template: trunk's `index.html` with the loader moved out and the embed-mode
    /// script in, the app's placeholder still empty and the head's placeholders still in.
    pub html: String,
    /// The loader script's file name, e.g. `boot-1a2b3c4d.js`.
    pub boot_name: String,
    /// The loader script.
    pub boot_js: String,
    /// The Content-Security-Policy header value that admits exactly this page's scripts.
    pub csp: String,
}

/// Rewrites trunk's `index.html` into the template every page is made from (see [`page`]):
/// the inline loader moves to a file that also reports failure, and the small embed-mode
/// script (`embed_mode_js`, served by trunk as `embed-mode-<hash>.js`) moves inline so it
/// costs no request before the first paint. `sha256_base64` hashes the inline script for the
/// policy. Done once per build: only the app's HTML and the head differ between pages.
///
/// `on_demand_glue` is the on-demand module's file name (`ondemand-<hash>.js`, written by
/// `scripts/build.sh`), which the boot script imports the first time a reader opens the
/// downloads or the embed codes.
pub fn build(
    index_html: &str,
    embed_mode_js: &str,
    on_demand_glue: &str,
    sha256_base64: impl Fn(&[u8]) -> String,
) -> Result<Built, String> {
    if !index_html.contains(APP_OPEN) {
        return Err("index.html has no <div id=\"app\">".to_owned());
    }
    let mut html = index_html.to_owned();

    let loader_start = html.find(LOADER_OPEN).ok_or("index.html has no inline module loader")?;
    let loader_end =
        html[loader_start..].find("</script>").ok_or("the loader script is not closed")?
            + loader_start;
    let loader = &html[loader_start + LOADER_OPEN.len()..loader_end];
    let boot_js = boot_script(loader, on_demand_glue)?;
    let boot_name = format!("boot-{:08x}.js", fnv1a(boot_js.as_bytes()));
    let tag = format!("<script type=\"module\" src=\"./{boot_name}\"></script>");
    html.replace_range(loader_start..loader_end + "</script>".len(), &tag);
    // Trunk's preloads would fetch the glue and wasm during the first view; the boot script
    // fetches them itself, once the page has loaded.
    html = remove_tags(&html, "<link rel=\"modulepreload\"");
    html = remove_tags(&html, "<link rel=\"preload\"");
    // The template's HTML comments are notes for us; readers need not download them.
    while let Some(start) = html.find("<!--") {
        let end = html[start..].find("-->").ok_or("an HTML comment in index.html is not closed")?;
        html.replace_range(start..start + end + "-->".len(), "");
    }

    // The embed-mode script must run before the first paint; inline, it needs no request.
    let embed_start =
        html.find("<script src=\"./embed-mode-").ok_or("index.html has no embed-mode script")?;
    let embed_end =
        html[embed_start..].find("</script>").ok_or("the embed-mode script is not closed")?
            + embed_start;
    if !embed_mode_js.contains(EMBED_KEYS) {
        return Err("the embed-mode script has no /*EMBED_KEYS*/ [] placeholder".to_owned());
    }
    let keys: Vec<String> = SECTIONS.iter().map(|section| format!("'{}'", section.key)).collect();
    let embed_mode_js = embed_mode_js.replace(EMBED_KEYS, &format!("[{}]", keys.join(", ")));
    let scenario_keys: Vec<String> = crate::link::PARAMS
        .iter()
        .filter(|param| param.sets_scenario())
        .map(|param| format!("'{}'", param.key()))
        .collect();
    let embed_mode_js =
        embed_mode_js.replace(SCENARIO_KEYS, &format!("[{}]", scenario_keys.join(", ")));
    let inline = without_comments(&embed_mode_js);
    if inline.contains("</script") {
        return Err("the embed-mode script contains </script".to_owned());
    }
    html.replace_range(
        embed_start..embed_end + "</script>".len(),
        &format!("<script>{inline}</script>"),
    );
    let csp = CSP_TEMPLATE
        .replace("{SCRIPT_HASHES}", &format!("'sha256-{}'", sha256_base64(inline.as_bytes())));

    Ok(Built { html, boot_name, boot_js, csp })
}

/// Removes every tag that starts with `start` (void tags such as `<link>`, up to their `>`).
fn remove_tags(html: &str, start: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(start) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        rest = rest.find('>').map_or("", |end| &rest[end + 1..]);
    }
    out.push_str(rest);
    out
}

/// A loader that does what trunk's does, and marks the page when the app cannot start, so
/// the prerendered widget can say why it does not move. Reads the glue and wasm file names
/// out of trunk's loader rather than guessing them.
///
/// The articles and the widget's starting picture are already in the HTML, so the model's
/// code waits for the page's `load` event: its bytes never compete with the first view. A
/// page opened with a query (a shared scenario, an embed) needs the model at once.
fn boot_script(trunk_loader: &str, on_demand_glue: &str) -> Result<String, String> {
    let quoted = |after: &str| -> Result<String, String> {
        let rest = &trunk_loader
            [trunk_loader.find(after).ok_or(format!("loader has no {after}"))? + after.len()..];
        let rest = rest.trim_start().trim_start_matches([':', ' ']);
        let quote =
            rest.chars().next().filter(|c| *c == '\'' || *c == '"').ok_or("unquoted path")?;
        let end = rest[1..].find(quote).ok_or("unterminated path")?;
        Ok(rest[1..=end].to_owned())
    };
    let glue = quoted(" from ")?;
    let wasm = quoted("module_or_path")?;
    let on_demand = format!("./{on_demand_glue}");
    for path in [&glue, &wasm, &on_demand] {
        if !path.starts_with("./") || path.contains(['\'', '"', '\\', '<']) {
            return Err(format!("unexpected asset path {path}"));
        }
    }
    Ok(without_comments(
        &BOOT_TEMPLATE
            .replace("{{GLUE}}", &glue)
            .replace("{{WASM}}", &wasm)
            .replace("{{ON_DEMAND}}", &on_demand),
    ))
}

/// A script of ours without its comments, which are for us, not for every reader's first
/// bytes: whole-line `//` comments and indentation go. Our scripts write no comment after
/// code on a line, and no string or template spans lines.
fn without_comments(js: &str) -> String {
    js.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A small, stable content hash for the loader's file name.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .fold(0x811c_9dc5_u32, |hash, &byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193))
}

#[cfg(test)]
mod tests;
