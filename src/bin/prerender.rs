//! Build step: renders the default page with yew's server renderer and writes it into
//! `dist/index.html` as real HTML, so readers see the articles before any wasm arrives;
//! moves trunk's inline loader into a file and the embed-mode script inline; writes
//! `oembed.json`, and `csp.txt`, the Content-Security-Policy header hosts should send; strips
//! the stylesheet of its comments and spare whitespace.
//!
//! Usage: `cargo run --release --features ssr --bin prerender -- dist`.
//! `EXPLAINER_SITE_URL` (for example `https://news.example/alaska/`) makes the preview image
//! and the oEmbed code absolute, as social networks and CMSs need; without it they are relative.

use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

use explainer::build_page;
use explainer::page::Page;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let dist = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned()));
    let site_url = std::env::var("EXPLAINER_SITE_URL").unwrap_or_default();
    if !(site_url.is_empty()
        || (site_url.starts_with("https://") || site_url.starts_with("http://"))
            && site_url.ends_with('/'))
    {
        eprintln!("error: EXPLAINER_SITE_URL must be an absolute http(s) address ending in '/', got {site_url:?}");
        return ExitCode::FAILURE;
    }
    let app_html = yew::ServerRenderer::<Page>::new().hydratable(false).render().await;
    let index_path = dist.join("index.html");
    let index = match fs::read_to_string(&index_path) {
        Ok(index) => index,
        Err(error) => {
            eprintln!(
                "error: cannot read {}: {error} (run trunk build first)",
                index_path.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let embed_mode =
        fs::read_dir(&dist).ok().into_iter().flatten().flatten().map(|entry| entry.path()).find(
            |path| {
                path.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("embed-mode-") && n.ends_with(".js"))
            },
        );
    let Some(embed_mode_path) = embed_mode else {
        eprintln!("error: no embed-mode-*.js in {} (run trunk build first)", dist.display());
        return ExitCode::FAILURE;
    };
    let embed_mode_js = fs::read_to_string(&embed_mode_path).unwrap_or_default();
    let sha256_base64 = |bytes: &[u8]| {
        use base64ct::Encoding;
        use sha2::Digest;
        base64ct::Base64::encode_string(&sha2::Sha256::digest(bytes))
    };
    let built = match build_page::build(&index, &app_html, &site_url, &embed_mode_js, sha256_base64)
    {
        Ok(built) => built,
        Err(error) => {
            eprintln!("error: {}: {error}", index_path.display());
            return ExitCode::FAILURE;
        }
    };
    // The stylesheet trunk wrote, without its comments and spare whitespace.
    for entry in fs::read_dir(&dist).ok().into_iter().flatten().flatten() {
        let path = entry.path();
        let is_css = path.extension().is_some_and(|ext| ext == "css");
        if let (true, Ok(css)) = (is_css, fs::read_to_string(&path)) {
            if let Err(error) = fs::write(&path, build_page::minify_css(&css)) {
                eprintln!("error: cannot write {}: {error}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    let oembed_site = if site_url.is_empty() { "./" } else { &site_url };
    // The inlined script's file is no longer needed.
    let _ = fs::remove_file(&embed_mode_path);
    let writes = [
        (index_path, built.html),
        (dist.join("csp.txt"), format!("{}\n", built.csp)),
        (dist.join(&built.boot_name), built.boot_js),
        (dist.join("oembed.json"), build_page::oembed(oembed_site)),
    ];
    for (path, text) in writes {
        if let Err(error) = fs::write(&path, text) {
            eprintln!("error: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    println!(
        "prerendered {} ({} bytes of app HTML)",
        dist.join("index.html").display(),
        app_html.len()
    );
    ExitCode::SUCCESS
}
