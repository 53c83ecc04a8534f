//! What each embed section shows: the one table every other place follows.
//!
//! The stylesheet hides parts of the page under `<html data-embed="…">`, the blocking
//! embed-mode script (its list of known keys is filled in from [`SECTIONS`] by the build),
//! the composition root and the embed dialog all read this table; `tidy/` checks that the
//! stylesheet's rules hide exactly the parts each section leaves out.

/// What an embed shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Embed {
    /// The scenario widget laid out for a news column: presets, levers, indicators as small
    /// multiples and readouts, at most 1,000 px tall at 600–700 px wide (WordPress's ceiling),
    /// with a link to the full explainer for the reasons and the sources.
    Compact,
    /// The whole explainer, without the page's masthead and footer.
    Page,
    /// The scenario widget alone.
    Widget,
    /// The first article's summary table alone.
    Table,
    /// The first article alone.
    FirstArticle,
    /// The second article alone.
    SecondArticle,
}

/// A part of the page an embed can show or leave out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// The first article, `#restoring-a-pariah`.
    FirstArticle,
    /// Only the summary-table section of the first article.
    SummaryTable,
    /// The second article, `#capital-flows-lens`.
    SecondArticle,
    /// The scenario widget, `#widget-root`.
    Widget,
}

impl Part {
    /// Every part, in page order.
    pub const ALL: [Part; 4] =
        [Part::FirstArticle, Part::SummaryTable, Part::SecondArticle, Part::Widget];
}

/// One embed section: its key, the parts it shows and its iframe's starting height.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// Which section.
    pub embed: Embed,
    /// The value of the `embed` parameter; public API, never renamed.
    pub key: &'static str,
    /// The parts of the page it shows; everything else is hidden.
    pub shows: &'static [Part],
    /// A starting height for the iframe before it reports its own, in CSS pixels.
    pub initial_height: u32,
}

/// Every embed section, in the order the embed dialog offers them.
pub const SECTIONS: [Section; 6] = [
    Section { embed: Embed::Compact, key: "compact", shows: &[Part::Widget], initial_height: 1000 },
    Section {
        embed: Embed::Page,
        key: "page",
        shows: &[Part::FirstArticle, Part::SummaryTable, Part::SecondArticle, Part::Widget],
        initial_height: 4000,
    },
    Section { embed: Embed::Widget, key: "widget", shows: &[Part::Widget], initial_height: 1800 },
    Section {
        embed: Embed::Table,
        key: "table",
        shows: &[Part::SummaryTable],
        initial_height: 320,
    },
    Section {
        embed: Embed::FirstArticle,
        key: "article1",
        shows: &[Part::FirstArticle, Part::SummaryTable],
        initial_height: 1800,
    },
    Section {
        embed: Embed::SecondArticle,
        key: "article2",
        shows: &[Part::SecondArticle],
        initial_height: 2000,
    },
];

impl Embed {
    /// Every embed section, in the order the embed dialog offers them.
    pub const ALL: [Embed; 6] = {
        let mut all = [Embed::Page; 6];
        let mut index = 0;
        while index < SECTIONS.len() {
            all[index] = SECTIONS[index].embed;
            index += 1;
        }
        all
    };

    /// This section's row of [`SECTIONS`].
    pub const fn section(self) -> &'static Section {
        &SECTIONS[self as usize]
    }

    /// The value of the `embed` parameter.
    pub const fn key(self) -> &'static str {
        self.section().key
    }

    /// A starting height for the iframe before it reports its own, in CSS pixels.
    pub const fn initial_height(self) -> u32 {
        self.section().initial_height
    }

    /// Whether this section shows the scenario widget, so the model must start.
    pub fn shows_widget(self) -> bool {
        self.section().shows.contains(&Part::Widget)
    }

    /// The section with this key, if any.
    pub fn from_key(key: &str) -> Option<Embed> {
        SECTIONS.iter().find(|section| section.key == key).map(|section| section.embed)
    }
}

#[cfg(test)]
mod tests {
    use super::{Embed, SECTIONS};

    #[test]
    fn the_table_is_in_enum_order_so_section_lookup_is_by_name() {
        for (index, section) in SECTIONS.iter().enumerate() {
            assert_eq!(section.embed as usize, index, "{:?}", section.embed);
            assert_eq!(Embed::from_key(section.key), Some(section.embed));
        }
    }
}
