//! The release page's build step, as pure functions on text: splice the prerendered app into
//! `index.html`, move trunk's inline loader into a file, fill in the site address, and write
//! the oEmbed document. `src/bin/prerender.rs` does the file work around them.
//!
//! No web dependencies; tested natively.

use crate::content::words;
use crate::link::{encode, snippet, Embed, Link, SECTIONS};
use crate::model::{evaluate, Indicator, Preset, Scenario};

/// Where the app's placeholder starts in `index.html`; the build fails loudly without it.
const APP_OPEN: &str = "<div id=\"app\">";
/// Trunk's inline loader, as trunk 0.21 writes it.
const LOADER_OPEN: &str = "<script type=\"module\">";
/// The boot loader, with `{{GLUE}}` and `{{WASM}}` for trunk's file names.
const BOOT_TEMPLATE: &str = include_str!("../static/boot.js");
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
/// `extras_glue` is the extras module's file name (`extras-<hash>.js`, written by
/// `scripts/build.sh`), which the boot script imports the first time a reader opens the
/// downloads or the embed codes.
pub fn build(
    index_html: &str,
    embed_mode_js: &str,
    extras_glue: &str,
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
    let boot_js = boot_script(loader, extras_glue)?;
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
fn boot_script(trunk_loader: &str, extras_glue: &str) -> Result<String, String> {
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
    let extras = format!("./{extras_glue}");
    for path in [&glue, &wasm, &extras] {
        if !path.starts_with("./") || path.contains(['\'', '"', '\\', '<']) {
            return Err(format!("unexpected asset path {path}"));
        }
    }
    Ok(without_comments(
        &BOOT_TEMPLATE
            .replace("{{GLUE}}", &glue)
            .replace("{{WASM}}", &wasm)
            .replace("{{EXTRAS}}", &extras),
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

/// One page the build writes: the explainer itself, a preset world's own page, or an embed
/// section's own page. Each has its own title, description, address, oEmbed document and
/// preview image, so a pasted or shared address embeds and previews what it names.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    /// Where it lives under the site: `""`, `worlds/freeze/` or `embed/compact/`.
    pub path: String,
    /// Its title, in the page and in previews.
    pub title: String,
    /// Its description, in the page and in previews.
    pub description: String,
    /// The preset world it shows, if it is a world's page.
    pub world: Option<Preset>,
    /// The embed section it shows, if it is a section's page.
    pub section: Option<Embed>,
    /// The scenario and section its oEmbed iframe shows.
    pub embeds: Link,
}

impl Variant {
    /// The scenario the page is prerendered at.
    pub fn scenario(&self) -> Scenario {
        self.embeds.scenario
    }

    /// The query its address stands for on the explainer's own page (`v=1&e=25…`,
    /// `embed=widget`), empty for the explainer itself.
    pub fn query(&self) -> String {
        let link = Link { scenario: self.embeds.scenario, ..Link::default() };
        encode(&match self.section {
            Some(section) => link.embedding(section),
            None => link,
        })
    }
}

/// What the preview and the description say a scenario does: four headline numbers.
fn headline(scenario: &Scenario) -> String {
    let outcome = evaluate(scenario);
    [Indicator::Ttf, Indicator::Brent, Indicator::BtpBund, Indicator::UkraineBonds]
        .iter()
        .map(|&indicator| {
            format!(
                "{} {}",
                words::short_name(indicator),
                words::level(indicator, outcome.reading(indicator).value)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every page the build writes: the explainer, one per preset world, one per embed section.
pub fn variants() -> Vec<Variant> {
    let compact = |scenario| Link { scenario, ..Link::default() }.embedding(Embed::Compact);
    let mut pages = vec![Variant {
        path: String::new(),
        title: words::TITLE.to_owned(),
        description: words::SITE_DESCRIPTION.to_owned(),
        world: None,
        section: None,
        embeds: compact(Scenario::default()),
    }];
    for preset in Preset::ALL {
        let label = words::preset_words(preset).label;
        pages.push(Variant {
            path: format!("worlds/{}/", preset.info().key),
            title: format!("{label}: {}", words::TITLE),
            description: format!(
                "{label}, in an illustrative scenario model of the Alaska summit: {}.",
                headline(&preset.scenario())
            ),
            world: Some(preset),
            section: None,
            embeds: compact(preset.scenario()),
        });
    }
    for embed in Embed::ALL {
        pages.push(Variant {
            path: format!("embed/{}/", embed.key()),
            title: format!("{}: {}", words::embed_label(embed), words::TITLE),
            description: words::SITE_DESCRIPTION.to_owned(),
            world: None,
            section: Some(embed),
            embeds: Link::default().embedding(embed),
        });
    }
    pages
}

/// The site's address, or `./` when the build has none: then every address is relative.
fn site_or_relative(site_url: &str) -> &str {
    if site_url.is_empty() {
        "./"
    } else {
        site_url
    }
}

/// The address `variant`'s documents give for it: absolute under `site_url`, or `./` (the
/// page's own folder) when the build has no site address.
fn page_url(variant: &Variant, site_url: &str) -> String {
    if site_url.is_empty() {
        "./".to_owned()
    } else {
        format!("{site_url}{}", variant.path)
    }
}

/// `variant`'s page, from the template ([`build`]'s output) and `app_html`, the app as the
/// server renderer wrote it at the variant's scenario: the app in its placeholder, its own
/// head, and, for a page in a folder of its own, its addresses made relative to that folder
/// and `<html>` told where the explainer's own page is (`data-root`) and what query it
/// stands for (`data-query`), which the boot script puts in the address before the app
/// reads it.
pub fn page(template: &str, app_html: &str, variant: &Variant, site_url: &str) -> String {
    let mut html = template.replacen(APP_OPEN, &format!("{APP_OPEN}{app_html}"), 1);
    let depth = variant.path.matches('/').count();
    if depth > 0 {
        let root = "../".repeat(depth);
        html = html.replace("=\"./", &format!("=\"{root}"));
        let mut marks =
            format!(" data-root=\"{root}\" data-query=\"{}\"", snippet::escape(&variant.query()));
        if let Some(section) = variant.section {
            marks.push_str(&format!(" data-embed=\"{}\" class=\"embedded\"", section.key()));
        }
        html = html.replacen("<html lang=\"en\"", &format!("<html lang=\"en\"{marks}"), 1);
    }
    html.replace("{{TITLE}}", &snippet::escape(&variant.title))
        .replace("{{DESCRIPTION}}", &snippet::escape(&variant.description))
        .replace(
            "{{IMAGE_ALT}}",
            &snippet::escape(&format!("{}. {}", variant.title, variant.description)),
        )
        .replace("{{PAGE_URL}}", &page_url(variant, site_url))
}

/// An oEmbed 1.0 document of type `rich`.
#[derive(Debug, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct OEmbed {
    /// Always "1.0".
    pub version: String,
    /// Always "rich".
    #[serde(rename = "type")]
    pub kind: String,
    /// The embedded page's title.
    pub title: String,
    /// Who publishes it.
    pub provider_name: String,
    /// The publisher's address: the explainer's own.
    pub provider_url: String,
    /// The preview image.
    pub thumbnail_url: String,
    /// Its width in pixels.
    pub thumbnail_width: u32,
    /// Its height in pixels.
    pub thumbnail_height: u32,
    /// The iframe's width.
    pub width: u32,
    /// The iframe's starting height.
    pub height: u32,
    /// The code to embed.
    pub html: String,
}

/// The width the oEmbed iframe asks for: a news column's.
pub const OEMBED_WIDTH: u32 = 600;

/// `variant`'s oEmbed document. Its HTML survives WordPress's sanitiser for untrusted hosts:
/// a `<blockquote class="wp-embedded-content">` (which makes WordPress load wp-embed.js, and
/// is the fallback until the frame reports its height), an iframe with `frameborder="0"`
/// and no `scrolling="no"`, at most 1,000 px tall at first; and, for trusted hosts and other
/// consumers, which keep scripts, the one-line AMP resizer.
pub fn oembed(variant: &Variant, site_url: &str) -> OEmbed {
    let url = page_url(variant, site_url);
    let title = snippet::escape(&variant.title);
    let src = snippet::escape(&snippet::embed_url(site_or_relative(site_url), &variant.embeds));
    let height = variant.embeds.embed.map_or(1000, Embed::initial_height).min(1000);
    let html = format!(
        concat!(
            "<blockquote class=\"wp-embedded-content\"><a href=\"{url}\">{title}</a></blockquote>",
            "<iframe class=\"wp-embedded-content\" src=\"{src}\" title=\"{title}\" width=\"{width}\" height=\"{height}\" ",
            "frameborder=\"0\" loading=\"lazy\" style=\"display:block;width:100%;max-width:100%;border:0\"></iframe>",
            "{resizer}"
        ),
        url = snippet::escape(&url),
        title = title,
        src = src,
        width = OEMBED_WIDTH,
        height = height,
        resizer = snippet::RESIZER,
    );
    OEmbed {
        version: "1.0".to_owned(),
        kind: "rich".to_owned(),
        title: variant.title.clone(),
        provider_name: words::TITLE.to_owned(),
        provider_url: site_or_relative(site_url).to_owned(),
        thumbnail_url: format!("{url}preview.png"),
        thumbnail_width: PREVIEW_WIDTH,
        thumbnail_height: PREVIEW_HEIGHT,
        width: OEMBED_WIDTH,
        height,
        html,
    }
}

/// The preview image's size: what Open Graph and X's large card ask for.
pub const PREVIEW_WIDTH: u32 = 1200;
/// See [`PREVIEW_WIDTH`].
pub const PREVIEW_HEIGHT: u32 = 630;

/// The preview image's picture, as SVG: the explainer's name, the world (or section), four
/// headline numbers with their move from the summit, and the word "illustrative".
pub fn preview_svg(variant: &Variant) -> String {
    let scenario = variant.scenario();
    let outcome = evaluate(&scenario);
    let heading = match (variant.world, variant.section) {
        (Some(preset), _) => words::preset_words(preset).label.to_owned(),
        (None, Some(embed)) => words::embed_label(embed).to_owned(),
        (None, None) => "Capital-flows scenario model".to_owned(),
    };
    let mut figures = String::new();
    let shown = [Indicator::Ttf, Indicator::Brent, Indicator::BtpBund, Indicator::UkraineBonds];
    for (index, indicator) in shown.into_iter().enumerate() {
        let reading = outcome.reading(indicator);
        let info = indicator.info();
        // Two by two: the names are long and the numbers large.
        let (x, y) = (80 + 540 * (index % 2), 285 + 125 * (index / 2));
        let short = words::short_name(indicator);
        let name: String = short
            .chars()
            .take(1)
            .flat_map(char::to_uppercase)
            .chain(short.chars().skip(1))
            .collect();
        figures.push_str(&format!(
            concat!(
                "<text x=\"{x}\" y=\"{y}\" class=\"name\">{name} <tspan class=\"note\">(summit: {summit})</tspan></text>",
                "<text x=\"{x}\" y=\"{value_y}\" class=\"value\">{value}</text>"
            ),
            x = x,
            y = y,
            value_y = y + 62,
            name = snippet::escape(&name),
            value = snippet::escape(&words::level(indicator, reading.value)),
            summit = snippet::escape(&words::level(indicator, info.summit)),
        ));
    }
    format!(
        concat!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">",
            "<style>text{{font-family:'DejaVu Sans';fill:#1d1d1f}}.name{{font-size:24px;fill:#55534e}}",
            ".value{{font-size:54px;font-weight:bold}}.note{{font-size:22px;fill:#55534e}}</style>",
            "<rect width=\"{w}\" height=\"{h}\" fill=\"#fdfcf9\"/>",
            "<rect width=\"16\" height=\"{h}\" fill=\"#8a2b0e\"/>",
            "<text x=\"80\" y=\"110\" style=\"font-size:34px;fill:#8a2b0e;font-weight:bold\">{site}</text>",
            "<text x=\"80\" y=\"190\" style=\"font-size:{size}px;font-weight:bold\">{heading}</text>",
            "{figures}",
            "<rect x=\"80\" y=\"520\" width=\"1040\" height=\"2\" fill=\"#d9d4c9\"/>",
            "<text x=\"80\" y=\"572\" style=\"font-size:26px\">Illustrative scenario model, not a forecast · move the levers yourself</text>",
            "</svg>"
        ),
        w = PREVIEW_WIDTH,
        h = PREVIEW_HEIGHT,
        site = snippet::escape(words::TITLE),
        // Long names ("U.S. alone, minerals offer") still fit in one line.
        size = if heading.chars().count() > 30 { 46 } else { 60 },
        heading = snippet::escape(&heading),
        figures = figures,
    )
}

/// Draws `svg` as a PNG, with the DejaVu fonts from crates.io and no system font, so the
/// same build makes the same bytes on every machine.
pub fn render_png(svg: &str) -> Result<Vec<u8>, String> {
    let mut options = resvg::usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_font_data(dejavu::sans::regular().to_vec());
    fonts.load_font_data(dejavu::sans::bold().to_vec());
    fonts.set_sans_serif_family("DejaVu Sans");
    let tree = resvg::usvg::Tree::from_str(svg, &options)
        .map_err(|error| format!("preview SVG: {error}"))?;
    let size = tree.size().to_int_size();
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("empty preview")?;
    resvg::render(&tree, resvg::tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|error| format!("preview PNG: {error}"))
}

/// `_headers`, read by Netlify and Cloudflare Pages: the policy on every page, CORS on what a
/// sandboxed frame (an opaque origin) must fetch, and no MIME sniffing.
pub fn headers_file(csp: &str) -> String {
    let rules: [(&str, &[(&str, &str)]); 4] = [
        ("/*", &[("Content-Security-Policy", csp), ("X-Content-Type-Options", "nosniff")]),
        ("/*.js", &[("Access-Control-Allow-Origin", "*")]),
        ("/*.wasm", &[("Access-Control-Allow-Origin", "*")]),
        ("/*.json", &[("Access-Control-Allow-Origin", "*")]),
    ];
    let mut out = String::from(
        "# Written by the build (src/build_page.rs); see the README's hosting section.\n",
    );
    for (path, headers) in rules {
        out.push_str(path);
        out.push('\n');
        for (name, value) in headers {
            out.push_str(&format!("  {name}: {value}\n"));
        }
    }
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
    use super::{build, headers_file, oembed, page, preview_svg, render_png, variants, OEmbed};

    const TRUNK_INDEX: &str = "<!doctype html><html><head><meta property=\"og:image\" content=\"{{PAGE_URL}}preview.png\">\n<script src=\"./embed-mode-12ab.js\" data-integrity=\"none\"></script>\n<link rel=\"modulepreload\" href=\"./explainer-abc.js\"><link rel=\"preload\" href=\"./explainer-abc_bg.wasm\" as=\"fetch\">\n<script type=\"module\">\nimport init, * as bindings from './explainer-abc.js';\nconst wasm = await init({ module_or_path: './explainer-abc_bg.wasm' });\n\nwindow.wasmBindings = bindings;\n</script></head><body><div id=\"app\"><noscript>x</noscript></div></body></html>";

    #[test]
    fn the_embed_mode_script_has_its_placeholders_and_finds_the_widget() {
        let js = include_str!("../static/embed-mode.js");
        assert!(js.contains(super::EMBED_KEYS) && js.contains(super::SCENARIO_KEYS));
        assert!(js.contains(&format!("getElementById('{}')", crate::content::WIDGET_ID)));
    }

    #[test]
    fn the_inline_script_and_the_page_leave_our_comments_out() {
        let index = TRUNK_INDEX.replace("<head>", "<head><!-- a note\n for us -->");
        let js = "// why\n  var k = /*EMBED_KEYS*/ [];\n\n  // more why\n  go(k);\n";
        let built = build(&index, js, "extras-abc.js", |_| "HASH".into()).unwrap();
        assert!(built.html.contains("<script>var k = ['compact'"), "{}", built.html);
        assert!(built.html.contains("];\ngo(k);</script>"), "{}", built.html);
        assert!(!built.html.contains("why") && !built.html.contains("<!--"), "{}", built.html);
    }

    #[test]
    fn the_app_is_spliced_in_and_the_loader_moved_to_a_file() {
        let built =
            build(TRUNK_INDEX, "k=/*EMBED_KEYS*/ [];\n", "extras-abc.js", |_| "HASH".into())
                .unwrap();
        let explainer = &variants()[0];
        let html = page(&built.html, "<main>hello</main>", explainer, "https://example.org/a/");
        assert!(
            built.html.contains(
                "<script>k=['compact', 'page', 'widget', 'table', 'article1', 'article2'];</script>"
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
        assert!(html.contains("<div id=\"app\"><main>hello</main><noscript>x</noscript></div>"));
        assert!(built
            .html
            .contains(&format!("<script type=\"module\" src=\"./{}\"></script>", built.boot_name)));
        assert!(!built.html.contains("import init"));
        assert!(!built.html.contains("preload"), "{}", built.html);
        assert!(html.contains("content=\"https://example.org/a/preview.png\""));
        assert!(built.boot_js.contains("await import('./explainer-abc.js')"));
        assert!(built
            .boot_js
            .contains("fetch(new URL('./explainer-abc_bg.wasm', import.meta.url))"));
        assert!(built.boot_js.contains("dataset.app = 'failed'"));
        assert!(built.boot_name.starts_with("boot-") && built.boot_name.ends_with(".js"));
        assert!(!built.boot_js.contains("{{"), "every placeholder is filled");
        assert!(!built.boot_js.lines().any(|line| line.starts_with("//") || line.starts_with(' ')));
    }

    #[test]
    fn a_page_without_its_markers_is_an_error_not_a_broken_build() {
        let hash = |_: &[u8]| String::new();
        assert!(build("<html></html>", "", "extras-a.js", hash).is_err());
        assert!(build("<div id=\"app\"></div>", "", "extras-a.js", hash).is_err());
        let index =
            TRUNK_INDEX.replace("<div id", "<script src=\"./embed-mode-1.js\"></script><div id");
        assert!(build(&index, "/*EMBED_KEYS*/ []x</script><script>evil()", "extras-a.js", hash)
            .is_err());
        assert!(build(TRUNK_INDEX, "no placeholder", "extras-a.js", hash).is_err());
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
    fn the_oembed_documents_survive_wordpress_and_name_their_page() {
        let site = "https://example.org/a/";
        let pages = variants();
        // The explainer, six worlds, six sections, each with its own folder.
        assert_eq!(pages.len(), 1 + 6 + 6);
        let paths: std::collections::HashSet<_> = pages.iter().map(|v| v.path.clone()).collect();
        assert_eq!(paths.len(), pages.len());
        for variant in &pages {
            let document = oembed(variant, site);
            let json = serde_json::to_string(&document).unwrap();
            let back: OEmbed = serde_json::from_str(&json).unwrap();
            assert_eq!(back, document, "round trip");
            assert_eq!((document.version.as_str(), document.kind.as_str()), ("1.0", "rich"));
            assert_eq!(document.provider_url, site);
            assert_eq!(document.thumbnail_url, format!("{site}{}preview.png", variant.path));
            assert_eq!((document.thumbnail_width, document.thumbnail_height), (1200, 630));
            assert!(document.height <= 1000, "{}: WordPress's ceiling", variant.path);
            let html = &document.html;
            // What makes WordPress load wp-embed.js, and what its sanitiser keeps.
            assert!(
                html.starts_with(
                    "<blockquote class=\"wp-embedded-content\"><a href=\"https://example.org/a/"
                ),
                "{html}"
            );
            assert!(html.contains(&format!(
                "width=\"{}\" height=\"{}\" frameborder=\"0\"",
                document.width, document.height
            )));
            assert!(!html.contains("scrolling"));
            assert!(html
                .contains("<iframe class=\"wp-embedded-content\" src=\"https://example.org/a/?"));
        }
        // The explainer and each world embed the compact widget at their own scenario.
        let freeze = pages.iter().find(|v| v.path == "worlds/freeze/").unwrap();
        assert!(oembed(freeze, site).html.contains("src=\"https://example.org/a/?v=1&amp;mv=2&amp;e=25&amp;b=10&amp;s=60&amp;g=35&amp;m=10&amp;a=65&amp;f=15&amp;embed=compact\""));
        assert!(oembed(&pages[0], site)
            .html
            .contains("src=\"https://example.org/a/?mv=2&amp;embed=compact\""));
        let table = pages.iter().find(|v| v.path == "embed/table/").unwrap();
        assert!(oembed(table, site).html.contains("?mv=2&amp;embed=table\""));
    }

    #[test]
    fn a_world_page_has_its_own_head_and_finds_the_site_from_its_folder() {
        let pages = variants();
        let freeze = pages.iter().find(|v| v.path == "worlds/freeze/").unwrap();
        let built = "<html lang=\"en\"><head><title>{{TITLE}}</title><meta property=\"og:url\" content=\"{{PAGE_URL}}\"><link rel=\"stylesheet\" href=\"./style.css\"><meta name=\"description\" content=\"{{DESCRIPTION}}\"></head><body><a href=\"#main\">y</a><div id=\"app\"></div></body></html>";
        let app = "<a href=\"./worlds/alone/#w\">x</a>";
        let html = page(built, app, freeze, "https://example.org/a/");
        assert!(
            html.starts_with(
                "<html lang=\"en\" data-root=\"../../\" data-query=\"v=1&amp;mv=2&amp;e=25&amp;"
            ),
            "{html}"
        );
        assert!(
            html.contains("<title>Low-intensity freeze: The Alaska summit, read two ways</title>")
        );
        assert!(html.contains("content=\"https://example.org/a/worlds/freeze/\""));
        assert!(
            html.contains("href=\"../../style.css\"")
                && html.contains("href=\"../../worlds/alone/#w\"")
        );
        assert!(html.contains("href=\"#main\""), "fragment links stay on the page");
        assert!(html.contains("illustrative scenario model") && html.contains("€21/MWh"), "{html}");
        let section = pages.iter().find(|v| v.path == "embed/widget/").unwrap();
        assert!(page(built, app, section, "").contains(
            "data-query=\"mv=2&amp;embed=widget\" data-embed=\"widget\" class=\"embedded\""
        ));
        // The explainer's own page keeps its addresses.
        assert!(page(built, app, &pages[0], "").contains("href=\"./style.css\""));
    }

    #[test]
    fn the_host_header_file_sends_the_policy_and_cors_for_what_a_sandboxed_frame_fetches() {
        let headers = headers_file("default-src 'none'");
        assert!(headers.contains("/*\n  Content-Security-Policy: default-src 'none'\n  X-Content-Type-Options: nosniff\n"));
        for path in ["/*.js", "/*.wasm"] {
            assert!(
                headers.contains(&format!("{path}\n  Access-Control-Allow-Origin: *\n")),
                "{path}"
            );
        }
    }

    #[test]
    fn each_preview_is_a_deterministic_1200_by_630_png_with_its_world_and_numbers() {
        let pages = variants();
        let freeze = pages.iter().find(|v| v.path == "worlds/freeze/").unwrap();
        let svg = preview_svg(freeze);
        assert!(
            svg.contains("Low-intensity freeze")
                && svg.contains("€21/MWh")
                && svg.contains("Illustrative")
        );
        let png = render_png(&svg).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 1200);
        assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), 630);
        assert_eq!(render_png(&svg).unwrap(), png, "the same picture, byte for byte");
        // Each world's picture differs from the others'.
        let alone = pages.iter().find(|v| v.path == "worlds/alone/").unwrap();
        assert_ne!(render_png(&preview_svg(alone)).unwrap(), png);
        if let Ok(out) = std::env::var("PREVIEW_OUT") {
            std::fs::write(out, &png).unwrap();
        }
    }
}
