//! The pages the build writes (the explainer, one per preset world, one per embed section),
//! each with its own title, description and address, and each page's HTML from the template.

use super::APP_OPEN;
use crate::content::words;
use crate::link::{encode, snippet, Embed, Link};
use crate::model::{evaluate, Indicator, Preset, Scenario};

/// The four numbers a page's description and its preview image give, in this order.
pub(super) const HEADLINE: [Indicator; 4] =
    [Indicator::Ttf, Indicator::Brent, Indicator::BtpBund, Indicator::UkraineBonds];

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
    HEADLINE
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
pub(super) fn site_or_relative(site_url: &str) -> &str {
    if site_url.is_empty() {
        "./"
    } else {
        site_url
    }
}

/// The address `variant`'s documents give for it: absolute under `site_url`, or `./` (the
/// page's own folder) when the build has no site address.
pub(super) fn page_url(variant: &Variant, site_url: &str) -> String {
    if site_url.is_empty() {
        "./".to_owned()
    } else {
        format!("{site_url}{}", variant.path)
    }
}

/// `variant`'s page, from the template ([`super::build`]'s output) and `app_html`, the app as the
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
