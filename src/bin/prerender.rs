//! Build step: renders the default page with yew's server renderer and writes it into
//! `dist/index.html` as real HTML, so readers see the articles before any wasm arrives;
//! moves trunk's inline loader into a file and the embed-mode script inline; writes
//! `oembed.json`, and `csp.txt`, the Content-Security-Policy header hosts should send; strips
//! the stylesheet of its comments and spare whitespace.
//!
//! It writes one page per preset world (`worlds/freeze/`) and per embed section
//! (`embed/compact/`), each prerendered at its scenario with its own head and oEmbed
//! document, and `_headers` for hosts that read one.
//!
//! Usage: `cargo run --release --features ssr --bin prerender -- dist [trunk-output]`.
//! `EXPLAINER_SITE_URL` (for example `https://news.example/alaska/`) makes the preview image
//! and the oEmbed code absolute, as social networks and CMSs need; without it they are relative.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use explainer::build_page;
use explainer::page::{Page, Props as PageProps};

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let dist = PathBuf::from(args.next().unwrap_or_else(|| "dist".to_owned()));
    // Where trunk's own index.html and embed-mode script are: dist/ itself on a first run, or
    // a saved copy (scripts/build.sh keeps one), so the site can be written again for
    // another address without running trunk again.
    let source = args.next().map_or_else(|| dist.clone(), PathBuf::from);
    let site_url = std::env::var("EXPLAINER_SITE_URL").unwrap_or_default();
    if !(site_url.is_empty()
        || (site_url.starts_with("https://") || site_url.starts_with("http://"))
            && site_url.ends_with('/'))
    {
        eprintln!("error: EXPLAINER_SITE_URL must be an absolute http(s) address ending in '/', got {site_url:?}");
        return ExitCode::FAILURE;
    }
    if site_url.is_empty() {
        eprintln!(concat!(
            "warning: EXPLAINER_SITE_URL is not set, so this build's addresses are relative.\n",
            "warning: link previews (Open Graph) and pasted-URL embeds (oEmbed: WordPress and other\n",
            "warning: CMSs) will NOT work. Set it to the address the site is served from, e.g.\n",
            "warning: EXPLAINER_SITE_URL=https://news.example/alaska/ bash scripts/build.sh"
        ));
    }
    match write_site(&dist, &source, &site_url).await {
        Ok(pages) => {
            println!("prerendered {pages} pages into {}", dist.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Writes every page with its oEmbed document and preview, the boot script, the policy and
/// the host header file; returns how many pages it wrote.
async fn write_site(dist: &Path, source: &Path, site_url: &str) -> Result<usize, String> {
    let index_path = source.join("index.html");
    let index = fs::read_to_string(&index_path).map_err(|error| {
        format!("cannot read {}: {error} (run trunk build first)", index_path.display())
    })?;
    let embed_mode_path = fs::read_dir(source)
        .ok()
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .find(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("embed-mode-") && n.ends_with(".js"))
        })
        .ok_or(format!("no embed-mode-*.js in {} (run trunk build first)", source.display()))?;
    let embed_mode_js = fs::read_to_string(&embed_mode_path).unwrap_or_default();
    let sha256_base64 = |bytes: &[u8]| {
        use base64ct::Encoding;
        use sha2::Digest;
        base64ct::Base64::encode_string(&sha2::Sha256::digest(bytes))
    };
    let write = |path: PathBuf, bytes: &[u8]| -> Result<(), String> {
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)
                .map_err(|error| format!("cannot create {}: {error}", folder.display()))?;
        }
        fs::write(&path, bytes).map_err(|error| format!("cannot write {}: {error}", path.display()))
    };

    // The stylesheet trunk wrote, without its comments and spare whitespace.
    for entry in fs::read_dir(dist).ok().into_iter().flatten().flatten() {
        let path = entry.path();
        let is_css = path.extension().is_some_and(|ext| ext == "css");
        if let (true, Ok(css)) = (is_css, fs::read_to_string(&path)) {
            write(path, build_page::minify_css(&css).as_bytes())?;
        }
    }

    // The on-demand module scripts/build.sh wrote beside trunk's files.
    let on_demand_glue = fs::read_dir(dist)
        .ok()
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| entry.file_name().into_string().ok())
        .find(|name| name.starts_with("ondemand-") && name.ends_with(".js"))
        .ok_or("dist has no ondemand-<hash>.js: build it with scripts/build.sh")?;
    let built = build_page::build(&index, &embed_mode_js, &on_demand_glue, sha256_base64)
        .map_err(|error| format!("{}: {error}", index_path.display()))?;
    let variants = build_page::variants();
    for variant in &variants {
        let scenario = variant.scenario();
        let app_html = yew::ServerRenderer::<Page>::with_props(move || PageProps { scenario })
            .hydratable(false)
            .render()
            .await;
        let folder = dist.join(&variant.path);
        let html = build_page::page(&built.html, &app_html, variant, site_url);
        write(folder.join("index.html"), html.as_bytes())?;
        let oembed = serde_json::to_string_pretty(&build_page::oembed(variant, site_url))
            .map_err(|error| format!("oEmbed for {:?}: {error}", variant.path))?;
        write(folder.join("oembed.json"), format!("{oembed}\n").as_bytes())?;
        write(
            folder.join("preview.png"),
            &build_page::render_png(&build_page::preview_svg(variant))?,
        )?;
    }
    write(dist.join(&built.boot_name), built.boot_js.as_bytes())?;
    write(dist.join("csp.txt"), format!("{}\n", built.csp).as_bytes())?;
    write(dist.join("_headers"), build_page::headers_file(&built.csp).as_bytes())?;
    // The inlined script's file is not needed in the site.
    if let Some(name) = embed_mode_path.file_name() {
        let _ = fs::remove_file(dist.join(name));
    }
    Ok(variants.len())
}
