//! Embed codes a newsroom pastes into its CMS: a plain iframe with a one-line resizer, and a
//! Pym.js variant. Pure text generation, so it is tested natively.

use crate::link::{Embed, Link};
use crate::model::{Preset, Scenario};

/// The id of the host element in the Pym.js code.
const PYM_CONTAINER_ID: &str = "alaska-explainer";

/// Escapes text for HTML or SVG text, a double-quoted attribute, or a JavaScript string in
/// one. The build step's documents use it too.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\\' => out.push_str("&#92;"),
            c => out.push(c),
        }
    }
    out
}

/// An iframe with a title, full width, a starting height and lazy loading, plus a small
/// script that applies the heights the explainer reports (AMP's `embed-size` message) to the
/// iframe that sent them.
pub fn iframe(page_url: &str, link: &Link, title: &str) -> String {
    let height = link.embed.map_or(4000, |embed| embed.initial_height());
    // `display:block` keeps the frame in the host's text column. `scrolling="no"` stays here,
    // where the resizer always comes with the frame: without it, a scroll bar that shows
    // while the frame is still short narrows the page, which then reports another height.
    // (The oEmbed HTML leaves it out, as WordPress asks: there, WordPress sizes the frame.)
    format!(
        concat!(
            "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" ",
            "scrolling=\"no\" style=\"display:block;width:100%;border:0\"></iframe>\n{resizer}"
        ),
        src = escape(&link.address(page_url)),
        title = escape(title),
        height = height,
        resizer = RESIZER,
    )
}

/// The one-line resizer: applies the heights the explainer reports (AMP's `embed-size`
/// message) to the iframe that sent them, and to no other.
pub const RESIZER: &str = concat!(
    "<script>addEventListener(\"message\",function(e){var d=e.data,f=document.getElementsByTagName(\"iframe\"),i;",
    "if(!d||d.sentinel!==\"amp\"||d.type!==\"embed-size\")return;",
    "for(i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(+d.height)+\"px\"})</script>"
);

/// The address to paste into a CMS (WordPress and other oEmbed consumers) for this scenario
/// and section, if there is one: a world's own page embeds the compact widget at that world,
/// and a section's own page embeds that section at the Alaska outcome. Any other scenario
/// has no page of its own (oEmbed documents are static files), so only the iframe code keeps
/// it, and so does a comparison. `page_url` is the explainer's own address.
pub fn paste_url(page_url: &str, link: &Link) -> Option<String> {
    let root = page_url.strip_suffix("index.html").unwrap_or(page_url);
    let (scenario, section) = (&link.scenario, link.embed?);
    if link.pinned.is_some() {
        // No page is prerendered with a comparison.
        return None;
    }
    match (section, Preset::matching(scenario)) {
        (Embed::Compact, Some(preset)) => Some(format!("{root}worlds/{}/", preset.info().key)),
        (section, _) if *scenario == Scenario::default() => {
            Some(format!("{root}embed/{}/", section.key()))
        }
        _ => None,
    }
}

/// The same embed through the Pym.js parent library, for pages that already load it.
pub fn pym(page_url: &str, link: &Link, title: &str) -> String {
    format!(
        concat!(
            "<div id=\"{id}\"></div>\n",
            "<script src=\"https://pym.nprapps.org/pym.v1.min.js\"></script>\n",
            "<script>new pym.Parent(\"{id}\", \"{src}\", {{title: \"{title}\"}});</script>"
        ),
        id = PYM_CONTAINER_ID,
        src = escape(&link.address(page_url)),
        title = escape(title),
    )
}

#[cfg(test)]
mod tests {
    use super::{iframe, pym};
    use crate::link::{Embed, Link, Theme};
    use crate::model::{Input, Scenario};

    #[test]
    fn the_iframe_code_carries_title_size_laziness_and_the_scenario() {
        let link = Link {
            scenario: Scenario::default().with(Input::Fighting, 80),
            embed: Some(Embed::Widget),
            theme: Theme::Dark,
            ..Link::default()
        };
        let code = iframe("https://example.org/alaska/", &link, "A \"quoted\" title");
        assert!(code.starts_with(
            "<iframe src=\"https://example.org/alaska/?v=1&amp;mv=2&amp;f=80&amp;embed=widget&amp;theme=dark\" title=\"A &quot;quoted&quot; title\" width=\"100%\" height=\"1800\" loading=\"lazy\""
        ), "{code}");
        assert!(code.contains("embed-size"));
    }

    #[test]
    fn the_pym_code_names_its_container_and_url() {
        let link = Link::default().embedding(Embed::Page);
        let code = pym("https://example.org/a/", &link, "T");
        assert!(
            code.contains(
                "new pym.Parent(\"alaska-explainer\", \"https://example.org/a/?mv=2&amp;embed=page\""
            ),
            "{code}"
        );
    }

    #[test]
    fn a_hostile_page_address_cannot_break_out_of_the_attribute() {
        let code = iframe("https://x/\"><script>alert(1)</script>", &Link::default(), "t");
        assert!(!code.contains("\"><script>alert"), "{code}");
    }

    #[test]
    fn a_pasted_address_exists_for_worlds_and_sections_only() {
        use super::paste_url;
        use crate::model::Preset;
        let root = "https://news.example/alaska/";
        let freeze = Preset::Freeze.scenario();
        assert_eq!(
            paste_url(root, &at(freeze, Embed::Compact)).as_deref(),
            Some("https://news.example/alaska/worlds/freeze/")
        );
        assert_eq!(
            paste_url(
                "https://news.example/alaska/index.html",
                &at(Scenario::default(), Embed::Table)
            )
            .as_deref(),
            Some("https://news.example/alaska/embed/table/")
        );
        assert_eq!(
            paste_url(root, &at(Scenario::default(), Embed::Compact)).as_deref(),
            Some("https://news.example/alaska/worlds/alaska/")
        );
        // A world in another section, a scenario of the reader's own, or a comparison: the
        // iframe code only.
        assert_eq!(paste_url(root, &at(freeze, Embed::Widget)), None);
        let own = Scenario::from_values([7, 5, 0, 50, 25, 15, 60, 55]);
        assert_eq!(paste_url(root, &at(own, Embed::Compact)), None);
        let compared = Link { pinned: Some(freeze), ..at(freeze, Embed::Compact) };
        assert_eq!(paste_url(root, &compared), None);
    }

    fn at(scenario: Scenario, section: Embed) -> Link {
        Link { scenario, ..Link::default() }.embedding(section)
    }
}
