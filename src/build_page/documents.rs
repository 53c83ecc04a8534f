//! The documents beside each page: its oEmbed document, and the `_headers` file for hosts
//! that read one.

use super::preview::{PREVIEW_HEIGHT, PREVIEW_WIDTH};
use super::variants::{page_url, site_or_relative, Variant};
use crate::content::words;
use crate::link::{snippet, Embed};

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
    let src = snippet::escape(&variant.embeds.address(site_or_relative(site_url)));
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
        "# Written by the build (src/build_page/documents.rs); see the README's hosting section.\n",
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
