//! The build step's tests: the template, the pages, their documents and the minifier.

use super::{build, headers_file, oembed, page, preview_svg, render_png, variants, OEmbed};

const TRUNK_INDEX: &str = "<!doctype html><html><head><meta property=\"og:image\" content=\"{{PAGE_URL}}preview.png\">\n<script src=\"./embed-mode-12ab.js\" data-integrity=\"none\"></script>\n<link rel=\"modulepreload\" href=\"./explainer-abc.js\"><link rel=\"preload\" href=\"./explainer-abc_bg.wasm\" as=\"fetch\">\n<script type=\"module\">\nimport init, * as bindings from './explainer-abc.js';\nconst wasm = await init({ module_or_path: './explainer-abc_bg.wasm' });\n\nwindow.wasmBindings = bindings;\n</script></head><body><div id=\"app\"><noscript>x</noscript></div></body></html>";

#[test]
fn the_embed_mode_script_has_its_placeholders_and_finds_the_widget() {
    let js = include_str!("../../static/embed-mode.js");
    assert!(js.contains(super::EMBED_KEYS) && js.contains(super::SCENARIO_KEYS));
    assert!(js.contains(&format!("getElementById('{}')", crate::content::WIDGET_ID)));
}

#[test]
fn the_inline_script_and_the_page_leave_our_comments_out() {
    let index = TRUNK_INDEX.replace("<head>", "<head><!-- a note\n for us -->");
    let js = "// why\n  var k = /*EMBED_KEYS*/ [];\n\n  // more why\n  go(k);\n";
    let built = build(&index, js, "ondemand-abc.js", |_| "HASH".into()).unwrap();
    assert!(built.html.contains("<script>var k = ['compact'"), "{}", built.html);
    assert!(built.html.contains("];\ngo(k);</script>"), "{}", built.html);
    assert!(!built.html.contains("why") && !built.html.contains("<!--"), "{}", built.html);
}

#[test]
fn the_app_is_spliced_in_and_the_loader_moved_to_a_file() {
    let built =
        build(TRUNK_INDEX, "k=/*EMBED_KEYS*/ [];\n", "ondemand-abc.js", |_| "HASH".into()).unwrap();
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
    assert!(built.boot_js.contains("fetch(new URL('./explainer-abc_bg.wasm', import.meta.url))"));
    assert!(built.boot_js.contains("dataset.app = 'failed'"));
    assert!(built.boot_name.starts_with("boot-") && built.boot_name.ends_with(".js"));
    assert!(!built.boot_js.contains("{{"), "every placeholder is filled");
    assert!(!built.boot_js.lines().any(|line| line.starts_with("//") || line.starts_with(' ')));
}

#[test]
fn a_page_without_its_markers_is_an_error_not_a_broken_build() {
    let hash = |_: &[u8]| String::new();
    assert!(build("<html></html>", "", "ondemand-a.js", hash).is_err());
    assert!(build("<div id=\"app\"></div>", "", "ondemand-a.js", hash).is_err());
    let index =
        TRUNK_INDEX.replace("<div id", "<script src=\"./embed-mode-1.js\"></script><div id");
    assert!(
        build(&index, "/*EMBED_KEYS*/ []x</script><script>evil()", "ondemand-a.js", hash).is_err()
    );
    assert!(build(TRUNK_INDEX, "no placeholder", "ondemand-a.js", hash).is_err());
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
        assert!(
            html.contains("<iframe class=\"wp-embedded-content\" src=\"https://example.org/a/?")
        );
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
    assert!(html.contains("<title>Low-intensity freeze: The Alaska summit, read two ways</title>"));
    assert!(html.contains("content=\"https://example.org/a/worlds/freeze/\""));
    assert!(
        html.contains("href=\"../../style.css\"")
            && html.contains("href=\"../../worlds/alone/#w\"")
    );
    assert!(html.contains("href=\"#main\""), "fragment links stay on the page");
    assert!(html.contains("illustrative scenario model") && html.contains("€21/MWh"), "{html}");
    let section = pages.iter().find(|v| v.path == "embed/widget/").unwrap();
    assert!(page(built, app, section, "")
        .contains("data-query=\"mv=2&amp;embed=widget\" data-embed=\"widget\" class=\"embedded\""));
    // The explainer's own page keeps its addresses.
    assert!(page(built, app, &pages[0], "").contains("href=\"./style.css\""));
}

#[test]
fn the_host_header_file_sends_the_policy_and_cors_for_what_a_sandboxed_frame_fetches() {
    let headers = headers_file("default-src 'none'");
    assert!(headers.contains(
        "/*\n  Content-Security-Policy: default-src 'none'\n  X-Content-Type-Options: nosniff\n"
    ));
    for path in ["/*.js", "/*.wasm"] {
        assert!(headers.contains(&format!("{path}\n  Access-Control-Allow-Origin: *\n")), "{path}");
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
