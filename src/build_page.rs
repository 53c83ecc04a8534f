//! The release page's build step, as pure functions on text: splice the prerendered app into
//! `index.html`, move trunk's inline loader into a file, fill in the site address, and write
//! the oEmbed document. `src/bin/prerender.rs` does the file work around them.
//!
//! No web dependencies; tested natively.

use crate::content::words;
use crate::link::{snippet, Embed, Link, SECTIONS};

/// Where the app's placeholder starts in `index.html`; the build fails loudly without it.
const APP_OPEN: &str = "<div id=\"app\">";
/// Trunk's inline loader, as trunk 0.21 writes it.
const LOADER_OPEN: &str = "<script type=\"module\">";
/// Stands for the site's absolute address in `index.html`'s head.
const SITE_URL: &str = "{{SITE_URL}}";
/// The boot loader, with `{{GLUE}}` and `{{WASM}}` for trunk's file names.
const BOOT_TEMPLATE: &str = include_str!("../static/boot.js");
/// Stands for the list of embed keys in `static/embed-mode.js`.
const EMBED_KEYS: &str = "/*EMBED_KEYS*/ []";

/// The Content-Security-Policy the page is built for, with `{SCRIPT_HASHES}` standing for
/// the hashes of its inline scripts.
const CSP_TEMPLATE: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' {SCRIPT_HASHES}; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

/// What the build step produces.
#[derive(Debug, PartialEq, Eq)]
pub struct Built {
    /// The new `index.html`.
    pub html: String,
    /// The loader script's file name, e.g. `boot-1a2b3c4d.js`.
    pub boot_name: String,
    /// The loader script.
    pub boot_js: String,
    /// The Content-Security-Policy header value that admits exactly this page's scripts.
    pub csp: String,
}

/// Rewrites trunk's `index.html`: the app's placeholder gets `app_html` in front of it, the
/// inline loader moves to a file that also reports failure, the small embed-mode script
/// (`embed_mode_js`, served by trunk as `embed-mode-<hash>.js`) moves inline so it costs no
/// request before the first paint, and `{{SITE_URL}}` becomes `site_url` (empty for relative
/// addresses). `sha256_base64` hashes the inline script for the policy.
pub fn build(
    index_html: &str,
    app_html: &str,
    site_url: &str,
    embed_mode_js: &str,
    sha256_base64: impl Fn(&[u8]) -> String,
) -> Result<Built, String> {
    let start =
        index_html.find(APP_OPEN).ok_or("index.html has no <div id=\"app\">")? + APP_OPEN.len();
    let mut html = String::with_capacity(index_html.len() + app_html.len());
    html.push_str(&index_html[..start]);
    html.push_str(app_html);
    html.push_str(&index_html[start..]);

    let loader_start = html.find(LOADER_OPEN).ok_or("index.html has no inline module loader")?;
    let loader_end =
        html[loader_start..].find("</script>").ok_or("the loader script is not closed")?
            + loader_start;
    let loader = &html[loader_start + LOADER_OPEN.len()..loader_end];
    let boot_js = boot_script(loader)?;
    let boot_name = format!("boot-{:08x}.js", fnv1a(boot_js.as_bytes()));
    let tag = format!("<script type=\"module\" src=\"./{boot_name}\"></script>");
    html.replace_range(loader_start..loader_end + "</script>".len(), &tag);
    // Trunk's preloads would fetch the glue and wasm during the first view; the boot script
    // fetches them itself, once the page has loaded.
    html = remove_tags(&html, "<link rel=\"modulepreload\"");
    html = remove_tags(&html, "<link rel=\"preload\"");

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
    let inline = embed_mode_js.trim_end();
    if inline.contains("</script") {
        return Err("the embed-mode script contains </script".to_owned());
    }
    html.replace_range(
        embed_start..embed_end + "</script>".len(),
        &format!("<script>{inline}</script>"),
    );
    let csp = CSP_TEMPLATE
        .replace("{SCRIPT_HASHES}", &format!("'sha256-{}'", sha256_base64(inline.as_bytes())));

    Ok(Built { html: html.replace(SITE_URL, site_url), boot_name, boot_js, csp })
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
fn boot_script(trunk_loader: &str) -> Result<String, String> {
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
    for path in [&glue, &wasm] {
        if !path.starts_with("./") || path.contains(['\'', '"', '\\', '<']) {
            return Err(format!("unexpected asset path {path}"));
        }
    }
    Ok(BOOT_TEMPLATE.replace("{{GLUE}}", &glue).replace("{{WASM}}", &wasm))
}

/// The oEmbed document (type `rich`) for the explainer, with the iframe code.
pub fn oembed(site_url: &str) -> String {
    let link = Link { embed: Some(Embed::Page), ..Link::default() };
    let html = snippet::iframe(site_url, &link, words::IFRAME_TITLE);
    format!(
        "{{\"version\":\"1.0\",\"type\":\"rich\",\"title\":{},\"provider_name\":\"The Alaska summit, read two ways\",\"width\":800,\"height\":{},\"html\":{}}}\n",
        json_string(words::TITLE),
        Embed::Page.initial_height(),
        json_string(&html)
    )
}

/// A JSON string literal.
fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The stylesheet without comments and without the whitespace CSS does not need. trunk's
/// own minifier is off because it rewrites the HTML the build splices into; the stylesheet
/// is a third of the page's first bytes before the model, and its comments are for us.
/// Strings are copied as they are; a space stays wherever it could be a descendant
/// combinator or separate values, and goes only beside `{ } ; , >` and after a `:`
/// that ends a property name.
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote: Option<char> = None;
    let mut space = false;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == '\\' {
                if let Some(escaped) = chars.next() {
                    out.push(escaped);
                }
            } else if c == q {
                quote = None;
            }
            continue;
        }
        if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut previous = ' ';
            for d in chars.by_ref() {
                if previous == '*' && d == '/' {
                    break;
                }
                previous = d;
            }
            space = true;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            let after_tight = out.ends_with(['{', '}', ';', ',', ':', '>']) || out.is_empty();
            let before_tight = matches!(c, '{' | '}' | ';' | ',' | '>');
            if !after_tight && !before_tight {
                out.push(' ');
            }
            space = false;
        }
        if c == '"' || c == '\'' {
            quote = Some(c);
        }
        out.push(c);
    }
    out
}

/// A small, stable content hash for the loader's file name.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .fold(0x811c_9dc5_u32, |hash, &byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193))
}

#[cfg(test)]
mod tests {
    use super::{build, oembed};

    const TRUNK_INDEX: &str = "<!doctype html><html><head><meta property=\"og:image\" content=\"{{SITE_URL}}preview.png\">\n<script src=\"./embed-mode-12ab.js\" data-integrity=\"none\"></script>\n<link rel=\"modulepreload\" href=\"./explainer-abc.js\"><link rel=\"preload\" href=\"./explainer-abc_bg.wasm\" as=\"fetch\">\n<script type=\"module\">\nimport init, * as bindings from './explainer-abc.js';\nconst wasm = await init({ module_or_path: './explainer-abc_bg.wasm' });\n\nwindow.wasmBindings = bindings;\n</script></head><body><div id=\"app\"><noscript>x</noscript></div></body></html>";

    #[test]
    fn the_app_is_spliced_in_and_the_loader_moved_to_a_file() {
        let built = build(
            TRUNK_INDEX,
            "<main>hello</main>",
            "https://example.org/a/",
            "k=/*EMBED_KEYS*/ [];\n",
            |_| "HASH".into(),
        )
        .unwrap();
        assert!(
            built.html.contains(
                "<script>k=['page', 'widget', 'table', 'article1', 'article2'];</script>"
            ),
            "{}",
            built.html
        );
        assert!(!built.html.contains("embed-mode-"));
        assert!(
            built.csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-HASH';"),
            "{}",
            built.csp
        );
        assert!(built
            .html
            .contains("<div id=\"app\"><main>hello</main><noscript>x</noscript></div>"));
        assert!(built
            .html
            .contains(&format!("<script type=\"module\" src=\"./{}\"></script>", built.boot_name)));
        assert!(!built.html.contains("import init"));
        assert!(!built.html.contains("preload"), "{}", built.html);
        assert!(built.html.contains("content=\"https://example.org/a/preview.png\""));
        assert!(built.boot_js.contains("await import('./explainer-abc.js')"));
        assert!(built.boot_js.contains("fetch('./explainer-abc_bg.wasm')"));
        assert!(built.boot_js.contains("dataset.app = 'failed'"));
        assert!(built.boot_name.starts_with("boot-") && built.boot_name.ends_with(".js"));
        assert!(!built.boot_js.contains("{{"), "every placeholder is filled");
    }

    #[test]
    fn a_page_without_its_markers_is_an_error_not_a_broken_build() {
        let hash = |_: &[u8]| String::new();
        assert!(build("<html></html>", "", "", "", hash).is_err());
        assert!(build("<div id=\"app\"></div>", "", "", "", hash).is_err());
        let index =
            TRUNK_INDEX.replace("<div id", "<script src=\"./embed-mode-1.js\"></script><div id");
        assert!(build(&index, "", "", "/*EMBED_KEYS*/ []x</script><script>evil()", hash).is_err());
        assert!(build(TRUNK_INDEX, "", "", "no placeholder", hash).is_err());
    }

    #[test]
    fn the_stylesheet_loses_comments_and_spare_space_but_not_meaning() {
        use super::minify_css;
        let css = "/* a note */\n:root[data-embed=\"table\"] #a > :not(.b) ,\n.c  .d {\n  color: red;\n  content: \" →  x\" / \"\";\n  width: calc(1px + 2em);\n}\n@media (min-width: 60em) {\n  .e { margin: 0 auto; }\n}\n";
        assert_eq!(
            minify_css(css),
            ":root[data-embed=\"table\"] #a>:not(.b),.c .d{color:red;content:\" →  x\" / \"\";width:calc(1px + 2em);}@media (min-width:60em){.e{margin:0 auto;}}"
        );
    }

    #[test]
    fn the_oembed_document_is_rich_with_the_iframe_code() {
        let json = oembed("https://example.org/a/");
        assert!(json.starts_with("{\"version\":\"1.0\",\"type\":\"rich\""));
        assert!(json.contains("\\u003ciframe src=\\\"https://example.org/a/?embed=page\\\""));
    }
}
