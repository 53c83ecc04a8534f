//! Turns an article's plain text, exactly as the user supplied it, into [`Article`] blocks.
//!
//! The text format is deliberately loose, because it is what the user pasted:
//! every non-blank line is one block; a line that starts with an emoji is a section heading;
//! a quoted line followed by a line starting with an em dash, right after the title, is an epigraph;
//! and a run of lines under a heading that a [`TableSpec`] names is a table whose cell
//! separators may have been lost (`ActionImplication`), which the parser restores.
//! Nothing here rewrites the author's words: every block is a slice of the source text.

use crate::content::{
    Article, ArticleSource, Block, Epigraph, Heading, Notice, Section, Table, TableSpec,
    TitleSource,
};

/// Parses one article. Never fails: text the parser cannot interpret as intended is kept as
/// plain paragraphs and reported in the returned notices, so the reader still sees every word.
pub fn parse_article(source: &ArticleSource) -> (Article, Vec<Notice>) {
    let mut notices = Vec::new();
    let mut lines = source.text.lines().map(str::trim).filter(|line| !line.is_empty()).peekable();

    let (title, title_is_editorial) = match source.title {
        TitleSource::FirstLine => match lines.next() {
            Some(line) => (line, false),
            None => {
                notices.push(Notice::new(source.id, "The article is empty."));
                ("Untitled article", true)
            }
        },
        TitleSource::Editorial(title) => (title, true),
    };

    let mut epigraph = None;
    if let Some(&first) = lines.peek() {
        if first.starts_with('\u{201C}') {
            let quote = first;
            let mut rest = lines.clone();
            rest.next();
            if let Some(attribution) = rest.next().and_then(|l| l.strip_prefix('\u{2014}')) {
                epigraph = Some(Epigraph { quote, attribution: attribution.trim_start() });
                lines = rest;
            }
        }
    }

    let mut intro = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    let lines: Vec<&'static str> = lines.collect();
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        index += 1;
        if let Some(heading) = parse_heading(line) {
            let table_spec = source.tables.iter().find(|spec| heading.text == spec.heading);
            let mut blocks = Vec::new();
            if let Some(spec) = table_spec {
                let run_end = lines[index..]
                    .iter()
                    .position(|l| parse_heading(l).is_some())
                    .map_or(lines.len(), |offset| index + offset);
                let rows_in_table = (spec.rows + 1).min(run_end - index);
                let table_lines = &lines[index..index + rows_in_table];
                match parse_table(spec, table_lines) {
                    Ok(table) => {
                        blocks.push(Block::Table(table));
                        index += rows_in_table;
                    }
                    Err(problem) => notices.push(Notice::new(source.id, problem)),
                }
            }
            sections.push(Section { heading, blocks });
        } else {
            let block = Block::Paragraph(line);
            match sections.last_mut() {
                Some(section) => section.blocks.push(block),
                None => intro.push(block),
            }
        }
    }

    let article = Article { id: source.id, title, title_is_editorial, epigraph, intro, sections };
    (article, notices)
}

/// Reads a section heading: a short line that starts with an emoji, such as `🔓 Economic Sanctions`.
pub fn parse_heading(line: &'static str) -> Option<Heading> {
    let first = line.chars().next()?;
    if !is_emoji(first) || line.chars().count() > 120 {
        return None;
    }
    // The emoji may be followed by a variation selector (U+FE0F), as in "⚠️", which belongs to it.
    let emoji_end = line
        .char_indices()
        .find(|&(_, c)| !is_emoji(c) && c != '\u{FE0F}' && c != '\u{200D}')
        .map_or(line.len(), |(at, _)| at);
    let text = line[emoji_end..].trim_start();
    if text.is_empty() {
        return None;
    }
    Some(Heading { emoji: &line[..emoji_end], text })
}

/// The pictographic blocks that the articles' headings use (symbols, dingbats, emoji planes).
fn is_emoji(c: char) -> bool {
    matches!(u32::from(c), 0x2190..=0x2BFF | 0x1F000..=0x1FAFF)
}

/// Builds a table from its lines: the header row first, then the body rows.
fn parse_table(spec: &TableSpec, lines: &[&'static str]) -> Result<Table, String> {
    let Some((&header_line, rows)) = lines.split_first() else {
        return Err(format!("The table “{}” has no rows.", spec.heading));
    };
    let header = split_cells(header_line, spec.columns.len()).ok_or_else(|| {
        format!("The header of the table “{}” could not be split into its columns.", spec.heading)
    })?;
    if header.iter().zip(spec.columns).any(|(found, expected)| found != expected) {
        return Err(format!(
            "The table “{}” does not start with the expected header {}.",
            spec.heading,
            spec.columns.join(" | ")
        ));
    }
    if rows.len() != spec.rows {
        return Err(format!(
            "The table “{}” has {} rows where {} were expected.",
            spec.heading,
            rows.len(),
            spec.rows
        ));
    }
    let rows = rows
        .iter()
        .map(|row| {
            split_cells(row, spec.columns.len()).ok_or_else(|| {
                format!("The table row “{row}” could not be split into its columns.")
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Table { caption: spec.heading, header, rows })
}

/// Splits a table line into `columns` cells.
///
/// Explicit separators (a tab or ` | `) win. Without them, the only two-column line the
/// supplied text has lost its separator between a lower-case letter and a capital
/// (`RussiaUndermines`); the split is made only where exactly one such seam exists, so an
/// ambiguous line is reported rather than guessed.
pub fn split_cells(line: &'static str, columns: usize) -> Option<Vec<&'static str>> {
    for separator in ["\t", "|"] {
        if line.contains(separator) {
            let cells: Vec<&'static str> = line
                .trim_matches(|c: char| c == '|' || c.is_whitespace())
                .split(separator)
                .map(str::trim)
                .collect();
            return (cells.len() == columns).then_some(cells);
        }
    }
    if columns != 2 {
        return None;
    }
    let mut seams = line.char_indices().zip(line.char_indices().skip(1)).filter_map(
        |((_, before), (at, after))| (before.is_lowercase() && after.is_uppercase()).then_some(at),
    );
    let seam = seams.next()?;
    if seams.next().is_some() {
        return None;
    }
    Some(vec![&line[..seam], &line[seam..]])
}
