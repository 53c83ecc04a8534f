//! Tests for the content model: the supplied articles parse into the expected shape, every
//! word survives, and malformed text is reported rather than lost.

use crate::content::parse::{parse_article, parse_heading, split_cells};
use crate::content::{library, ArticleSource, Block, TableSpec, TitleSource, SOURCES};

fn paragraphs(blocks: &[Block]) -> Vec<&'static str> {
    blocks
        .iter()
        .filter_map(|block| match block {
            Block::Paragraph(text) => Some(*text),
            Block::Table(_) => None,
        })
        .collect()
}

#[test]
fn first_article_has_its_title_epigraph_sections_and_table() {
    let article = &library().articles[0];
    assert_eq!(
        article.title,
        "Restoring a Pariah? Trump, Putin, and the Quiet Resurrection of Russia’s Economy"
    );
    assert!(!article.title_is_editorial);
    let epigraph = article.epigraph.expect("the first article opens with an epigraph");
    assert_eq!(epigraph.quote, "“Sanctions are not permanent—just political.”");
    assert_eq!(epigraph.attribution, "Anonymous diplomat, 2025");
    assert_eq!(paragraphs(&article.intro).len(), 1);

    let headings: Vec<(&str, &str)> =
        article.sections.iter().map(|s| (s.heading.emoji, s.heading.text)).collect();
    assert_eq!(
        headings,
        [
            ("🔓", "Economic Sanctions: Cracks in the Fortress"),
            ("🌍", "A De Facto Reintegration Strategy"),
            ("📈", "What Russia Stands to Gain"),
            ("🤝", "Deal or Détente?"),
            ("🧭", "Summary Table"),
            ("⚠️", "Why It Matters"),
        ]
    );
    let paragraph_counts: Vec<usize> =
        article.sections.iter().map(|s| paragraphs(&s.blocks).len()).collect();
    assert_eq!(paragraph_counts, [2, 2, 0, 1, 0, 1]);
    assert!(article.sections[2].blocks.is_empty(), "the empty section stays empty");
}

#[test]
fn summary_table_has_header_and_three_split_rows() {
    let article = &library().articles[0];
    let [Block::Table(table)] = article.sections[4].blocks.as_slice() else {
        panic!("the Summary Table section holds exactly one table");
    };
    assert_eq!(table.caption, "Summary Table");
    assert_eq!(table.header, ["Action", "Implication"]);
    assert_eq!(
        table.rows,
        [
            ["Trump offers mineral access to Russia", "Undermines multilateral sanctions"],
            ["Unilateral U.S.–Russia peace overture", "Fractures Western diplomatic unity"],
            ["Putin gains economic legitimacy", "Restores global influence without war’s end"],
        ]
    );
}

#[test]
fn second_article_is_eight_paragraphs_under_an_editorial_title() {
    let article = &library().articles[1];
    assert!(article.title_is_editorial);
    assert!(article.epigraph.is_none());
    assert!(article.sections.is_empty());
    assert_eq!(paragraphs(&article.intro).len(), 8);
    assert!(article.intro[0].clone() == Block::Paragraph(SOURCES[1].text.lines().next().unwrap()));
    // The editorial title is the article's own words.
    assert!(SOURCES[1].text.contains(article.title));
}

#[test]
fn supplied_content_raises_no_notices() {
    assert_eq!(library().notices, []);
}

/// Every non-blank line of the supplied text appears in the parsed article, untouched:
/// as the title, the epigraph, a heading, a paragraph, or a table row's cells joined.
#[test]
fn every_supplied_line_survives_word_for_word() {
    for (source, article) in SOURCES.iter().zip(&library().articles) {
        let mut rendered: Vec<String> = vec![article.title.to_owned()];
        if let Some(epigraph) = article.epigraph {
            rendered.push(epigraph.quote.to_owned());
            rendered.push(format!("— {}", epigraph.attribution));
        }
        let push_blocks = |blocks: &[Block], rendered: &mut Vec<String>| {
            for block in blocks {
                match block {
                    Block::Paragraph(text) => rendered.push((*text).to_owned()),
                    Block::Table(table) => {
                        rendered.push(table.header.concat());
                        rendered.extend(table.rows.iter().map(|row| row.concat()));
                    }
                }
            }
        };
        push_blocks(&article.intro, &mut rendered);
        for section in &article.sections {
            rendered.push(format!("{} {}", section.heading.emoji, section.heading.text));
            push_blocks(&section.blocks, &mut rendered);
        }
        let supplied: Vec<&str> = source.text.lines().filter(|l| !l.trim().is_empty()).collect();
        let editorial = usize::from(article.title_is_editorial);
        assert_eq!(rendered.len() - editorial, supplied.len(), "{}", source.id);
        for line in supplied {
            assert!(rendered.iter().any(|r| r == line), "{}: lost line {line:?}", source.id);
        }
    }
}

#[track_caller]
fn check_split(line: &'static str, expected: Option<&[&str]>) {
    assert_eq!(split_cells(line, 2).as_deref(), expected);
}

#[test]
fn table_cells_split_on_explicit_separators_or_a_single_seam() {
    check_split("ActionImplication", Some(&["Action", "Implication"]));
    check_split("Action\tImplication", Some(&["Action", "Implication"]));
    check_split("| Action | Implication |", Some(&["Action", "Implication"]));
    check_split("a | b | c", None);
    // Two seams: ambiguous, so the parser refuses to guess.
    check_split("oneTwo threeFour", None);
    // No seam at all.
    check_split("no seam here", None);
    check_split("", None);
}

#[test]
fn headings_need_an_emoji_and_words() {
    assert_eq!(parse_heading("🔓 Open").map(|h| (h.emoji, h.text)), Some(("🔓", "Open")));
    assert_eq!(parse_heading("⚠️ Why").map(|h| (h.emoji, h.text)), Some(("⚠️", "Why")));
    assert_eq!(parse_heading("Plain line"), None);
    assert_eq!(parse_heading("🔓"), None);
    assert_eq!(parse_heading(""), None);
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

const SPEC: &[TableSpec] =
    &[TableSpec { heading: "Table", columns: &["Action", "Implication"], rows: 2 }];

#[test]
fn a_malformed_table_is_reported_and_its_words_kept() {
    let text =
        leak("Title\n\n🧭 Table\n\nActionImplication\nfirstSecond\nno seam in this row\n".into());
    let source = ArticleSource { id: "t", text, title: TitleSource::FirstLine, tables: SPEC };
    let (article, notices) = parse_article(&source);
    assert_eq!(notices.len(), 1);
    assert!(notices[0].message.contains("could not be split"), "{}", notices[0].message);
    assert_eq!(
        paragraphs(&article.sections[0].blocks),
        ["ActionImplication", "firstSecond", "no seam in this row"]
    );
}

#[test]
fn a_table_with_the_wrong_header_or_row_count_is_reported() {
    for text in ["T\n🧭 Table\nVerbNoun\naB\ncD\n", "T\n🧭 Table\nActionImplication\naB\n"] {
        let source = ArticleSource {
            id: "t",
            text: leak(text.into()),
            title: TitleSource::FirstLine,
            tables: SPEC,
        };
        let (_, notices) = parse_article(&source);
        assert_eq!(notices.len(), 1, "{text:?}");
    }
}

#[test]
fn an_empty_article_gets_a_notice_not_a_panic() {
    let source = ArticleSource { id: "e", text: "", title: TitleSource::FirstLine, tables: SPEC };
    let (article, notices) = parse_article(&source);
    assert_eq!(article.title, "Untitled article");
    assert_eq!(notices.len(), 1);
}

proptest::proptest! {
    /// Whatever text arrives, parsing returns, and every non-blank line is kept somewhere.
    #[test]
    fn parsing_arbitrary_text_never_panics_or_drops_lines(text in "(\\PC{0,40}\n{0,2}){0,12}") {
        let text = leak(text);
        let source = ArticleSource { id: "p", text, title: TitleSource::FirstLine, tables: SPEC };
        let (article, _) = parse_article(&source);
        let kept = article.intro.len()
            + article.sections.iter().map(|s| 1 + s.blocks.iter().map(|b| match b {
                Block::Paragraph(_) => 1,
                Block::Table(t) => 1 + t.rows.len(),
            }).sum::<usize>()).sum::<usize>()
            + usize::from(!text.trim().is_empty())
            + article.epigraph.map_or(0, |_| 2);
        proptest::prop_assert_eq!(kept, text.lines().filter(|l| !l.trim().is_empty()).count());
    }
}

/// Each "open this world" link sits under exactly one paragraph and names presets that exist.
#[test]
fn world_links_find_one_paragraph_each_and_name_real_presets() {
    use crate::content::WORLD_LINKS;
    use crate::model::Preset;
    let all_paragraphs: Vec<&str> = library()
        .articles
        .iter()
        .flat_map(|a| {
            paragraphs(&a.intro)
                .into_iter()
                .chain(a.sections.iter().flat_map(|s| paragraphs(&s.blocks)))
        })
        .collect();
    for link in WORLD_LINKS {
        let found = all_paragraphs.iter().filter(|p| p.contains(link.needle)).count();
        assert_eq!(found, 1, "{:?}", link.needle);
        for key in link.presets {
            assert!(Preset::ALL.iter().any(|p| p.info().key == *key), "{key}");
        }
    }
}

mod words {
    use crate::content::words::{self, change, level, value_text, Measure};
    use crate::link::{Embed, Notice, Param, Theme, SECTIONS};
    use crate::model::{evaluate, Indicator, Input, Scenario};

    #[test]
    fn values_read_as_words() {
        assert_eq!(value_text(Input::EnergyRelief, 0), "0 of 100, none");
        assert_eq!(words::value_word(Input::EnergyRelief, 5), "None");
        // No signed zero: a change that rounds to nothing is written without a sign, for every
        // measure and both directions, and one step of any lever from the summit shows none.
        for indicator in Indicator::ALL {
            for tiny in [1e-9, -1e-9, 0.0, -0.0] {
                let written = change(Measure::Indicator(indicator), tiny);
                assert!(!written.starts_with(['−', '+']), "{written}");
            }
        }
        for input in Input::ALL {
            for step in [-1i16, 1] {
                let Ok(at) = u8::try_from(i16::from(Scenario::default().get(input)) + step) else {
                    continue;
                };
                let (before, after) = (
                    evaluate(&Scenario::default()),
                    evaluate(&Scenario::default().with(input, at)),
                );
                for indicator in Indicator::ALL {
                    let moved = after.reading(indicator).value - before.reading(indicator).value;
                    let written = change(Measure::Indicator(indicator), moved);
                    let signed = written.starts_with(['−', '+']);
                    assert!(
                        !(signed && words::reads_as_zero(&written)),
                        "{input:?} {step}: {written}"
                    );
                }
            }
        }
        assert_eq!(words::rotation_margin(1.0), "met by 1 bp-equivalent");
        assert_eq!(words::rotation_margin(-1.2), "not met, by 1 bp-equivalent");
        assert_eq!(words::rotation_margin(-25.0), "not met, by 25 bp-equivalents");
        assert_eq!(words::value_word(Input::SnapBack, 100), "Strict, automatic");
        assert_eq!(words::value_word(Input::AlliedDiscipline, 10), "U.S. alone");
        // value_word capitalises the first byte: every level word must start with ASCII.
        for input in Input::ALL {
            for level in words::input_words(input).levels {
                assert!(level.starts_with(|c: char| c.is_ascii_alphabetic()), "{level}");
            }
        }
        assert_eq!(value_text(Input::SnapBack, 100), "100 of 100, strict, automatic");
        assert_eq!(value_text(Input::AlliedDiscipline, 10), "10 of 100, U.S. alone");
        assert_eq!(level(Indicator::Ttf, 34.2), "€34/MWh");
        assert_eq!(level(Indicator::CurveSlope, -1.25), "−$1.3/bbl");
        assert_eq!(level(Indicator::EurUsd, 1.1654), "1.165");
        assert_eq!(change(Measure::Indicator(Indicator::BtpBund), -12.4), "−12 bp");
        assert_eq!(change(Measure::Points, 2.25), "+2.3 pts");
        // Every unit, as each writer spells it from the one table.
        let units = [
            (Indicator::Ttf, 31.0, "€31/MWh", 3.0, "+€3/MWh", "€31", "EUR/MWh"),
            (Indicator::CurveSlope, 0.8, "+$0.8/bbl", -0.5, "−$0.5/bbl", "+$0.8", "USD/bbl"),
            (Indicator::Brent, 67.0, "$67/bbl", 3.0, "+$3/bbl", "$67", "USD/bbl"),
            (Indicator::BtpBund, 83.0, "83 bp", -12.0, "−12 bp", "83 bp", "bp"),
            (Indicator::EurUsd, 1.165, "1.165", 0.02, "+0.020", "1.165", "USD per EUR"),
            (Indicator::Defence, 100.0, "100", 3.0, "+3 pts", "100", "index (summit = 100)"),
            (Indicator::UsdRub, 80.0, "80 ₽/$", 3.0, "+3 ₽/$", "80 ₽", "RUB per USD"),
            (Indicator::UkraineBonds, 58.0, "58¢", 3.0, "+3¢", "58¢", "cents on the dollar"),
        ];
        for (indicator, value, at, amount, moved, label, column) in units {
            assert_eq!(level(indicator, value), at, "{indicator:?}");
            assert_eq!(change(Measure::Indicator(indicator), amount), moved, "{indicator:?}");
            assert_eq!(words::chart_level(indicator, value), label, "{indicator:?}");
            assert_eq!(words::unit(indicator).spreadsheet, column, "{indicator:?}");
        }
    }

    #[test]
    fn the_honesty_statement_is_counted_from_the_coefficients() {
        use crate::model::coefficients::{Sign, Size, ALL};
        let statement = words::honesty();
        let count = |kind: Sign| ALL.iter().filter(|c| c.sign == kind).count();
        let judged = ALL.iter().filter(|c| c.size == Size::Judgement).count();
        for expected in [
            format!("Of the model’s {} coefficients", ALL.len()),
            format!("{} take their direction from the articles’ own words", count(Sign::Article)),
            format!("{} from the editors’ reasoning", count(Sign::Editors)),
            format!("{} from a named third party", count(Sign::ThirdParty)),
            format!("{} are sized by a dated historical figure", ALL.len() - judged),
            format!("{judged} are the editors’ judgement"),
        ] {
            assert!(statement.contains(&expected), "{statement} lacks {expected}");
        }
        assert!(statement.starts_with("Illustrative, not a forecast."));
    }

    #[test]
    fn an_amount_that_rounds_to_nothing_is_recognised() {
        assert!(words::reads_as_zero("+$0/bbl"));
        assert!(words::reads_as_zero("−0.0 pts"));
        assert!(!words::reads_as_zero("+$0.5/bbl"));
        assert!(!words::reads_as_zero("−10 bp"));
    }

    #[test]
    fn the_rotation_margin_is_written_once_for_both_signs() {
        assert_eq!(words::rotation_margin(12.4), "met by 12 bp-equivalents");
        assert_eq!(words::rotation_margin(-20.0), "not met, by 20 bp-equivalents");
        assert_eq!(words::rotation_verdict(false), "Test not met");
    }

    #[test]
    fn every_embed_section_and_theme_has_a_distinct_name() {
        let mut names: Vec<&str> = SECTIONS.iter().map(|s| words::embed_label(s.embed)).collect();
        names.extend(Theme::ALL.map(words::theme_label));
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count);
        assert_eq!(words::embed_label(Embed::Widget), "The scenario model only");
    }

    #[test]
    fn link_notices_name_the_setting_in_plain_words() {
        let notice = Notice::Repeated(Param::Slider(Input::Fighting));
        assert_eq!(
            words::link_notice(&notice),
            "The link gives the fighting intensity more than once, so the default is used."
        );
        let notice =
            Notice::OutOfRange { input: Input::EnergyRelief, value: "150".into(), used: 100 };
        assert_eq!(
            words::link_notice(&notice),
            "Energy-flow relief: the link’s value (150) is outside 0 to 100, so it was set to 100."
        );
    }
}

mod quotations {
    use crate::content::{words, SOURCES};
    use crate::model::{coefficients, Group, Indicator, Preset};

    /// Every string the page shows that may quote the articles or a third party.
    fn quoting_strings() -> Vec<String> {
        let mut texts: Vec<String> = Vec::new();
        for c in coefficients::ALL {
            texts.push(c.phrase.to_owned());
            texts.push(c.figure.to_owned());
        }
        for group in Group::ALL {
            texts.push(words::group_words(group).phrase.to_owned());
        }
        for readout in [words::COHESION, words::REINTEGRATION, words::ROTATION] {
            texts.push(readout.phrase.to_owned());
        }
        for preset in Preset::ALL {
            texts.push(words::preset_words(preset).quote.to_owned());
        }
        texts.extend(words::PROVENANCE.iter().map(|item| (*item).to_owned()));
        texts.push(words::EDITORIAL_TITLE_NOTE.to_owned());
        texts.push(words::table_attribution(crate::content::library().articles[0].title));
        for indicator in Indicator::ALL {
            let info = indicator.info();
            texts.push(info.summit_note.to_owned());
            texts.extend(info.caveat.map(str::to_owned));
            texts.extend(info.ticks.iter().map(|tick| tick.label.to_owned()));
        }
        texts
    }

    /// Whether `piece` appears in the articles word for word; a capital at its start may
    /// stand for a lower-case letter mid-sentence, and the reverse.
    fn in_articles(piece: &str, articles: &str) -> bool {
        let mut chars = piece.chars();
        let Some(first) = chars.next() else { return true };
        let rest = chars.as_str();
        first
            .to_lowercase()
            .chain(first.to_uppercase())
            .any(|variant| articles.contains(&format!("{variant}{rest}")))
    }

    /// Whether a quotation is attributed to someone other than the articles: a parenthesis
    /// with a year right after it, or a year earlier in its sentence (“Zelensky, 17 Aug 2025:
    /// …”, “Bob McNally (Rapidan Energy, … 8 Aug 2025) …”).
    fn attributed(before: &str, after: &str) -> bool {
        let has_year = |text: &str| {
            text.as_bytes().windows(4).any(|w| {
                (w.starts_with(b"19") || w.starts_with(b"20")) && w.iter().all(u8::is_ascii_digit)
            })
        };
        let after = after.trim_start_matches(['.', ',', ';']).trim_start();
        let parenthesis = after.strip_prefix('(').and_then(|rest| rest.split(')').next());
        let sentence = before.rsplit(". ").next().unwrap_or(before);
        parenthesis.is_some_and(has_year) || has_year(sentence)
    }

    #[test]
    fn quotation_marks_hold_only_verbatim_article_text_or_an_attributed_quote() {
        let articles: String =
            SOURCES.iter().map(|source| source.text).collect::<Vec<_>>().join("\n");
        let mut quotes = 0;
        for text in quoting_strings() {
            let mut rest = text.as_str();
            let mut consumed = 0;
            while let Some(open) = rest.find('“') {
                let inner_start = open + '“'.len_utf8();
                let close = rest[inner_start..].find('”').expect("an open quotation is closed")
                    + inner_start;
                let quote = &rest[inner_start..close];
                let before = &text[..consumed + open];
                let after = &rest[close + '”'.len_utf8()..];
                let verbatim = quote
                    .split('…')
                    .map(|piece| piece.trim().trim_end_matches(['.', ',', ';', ':']))
                    .filter(|piece| !piece.is_empty())
                    .all(|piece| in_articles(piece, &articles));
                assert!(
                    verbatim || attributed(before, after),
                    "“{quote}” is neither the articles’ words nor attributed, in: {text}"
                );
                quotes += 1;
                consumed += close + '”'.len_utf8();
                rest = after;
            }
        }
        assert!(quotes > 20, "only {quotes} quotations found");
    }

    #[test]
    fn the_check_tells_a_paraphrase_from_a_quotation() {
        let articles = "Markets will read the sequencing—energy flows.";
        assert!(in_articles("markets will read the sequencing", articles));
        assert!(!in_articles("moves cohesion more than prices", articles));
        assert!(attributed("", " (Bloomberg, 31 Mar 2025)."));
        assert!(attributed("Zelensky, 17 Aug 2025: ", "."));
        assert!(!attributed("Escalation. ", "."));
    }
}

mod announcements {
    use crate::content::summary::announcement;
    use crate::model::{evaluate, Input, Preset, Scenario};

    fn say(before: Scenario, after: Scenario) -> String {
        announcement(&before, &after, &evaluate(&before), &evaluate(&after))
    }

    #[test]
    fn a_settled_move_is_one_short_sentence_naming_the_lever_and_the_largest_moves() {
        let before = Scenario::default();
        let said = say(before, before.with(Input::Fighting, 90));
        assert!(
            said.starts_with("Fighting intensity 90 of 100, escalating. Largest moves: "),
            "{said}"
        );
        assert!(said.matches(", ").count() <= 3, "at most three moves: {said}");
        assert!(said.len() < 250, "{} characters: {said}", said.len());
    }

    #[test]
    fn a_preset_is_announced_by_its_name_and_a_flipped_test_is_said() {
        let said = say(Scenario::default(), Preset::ModularUnwind.scenario());
        assert!(said.starts_with("Modular unwind. Largest moves: "), "{said}");
        assert!(said.ends_with("The rotation test is now met."), "{said}");
        let said = say(Preset::ModularUnwind.scenario(), Preset::Hardened.scenario());
        assert!(said.starts_with("Talks harden."), "{said}");
        assert!(said.ends_with("The rotation test is no longer met."), "{said}");
    }
}

mod comparisons {
    use crate::content::summary::comparison;
    use crate::content::words::SAME_AS_PINNED;
    use crate::model::{evaluate, Input, Preset, Scenario};

    fn compare(pinned: Scenario, now: Scenario) -> String {
        comparison(&pinned, &now, &evaluate(&pinned), &evaluate(&now))
    }

    #[test]
    fn a_comparison_names_every_lever_that_differs_and_the_largest_differences() {
        let said = compare(Preset::Freeze.scenario(), Preset::ModularUnwind.scenario());
        assert!(said.starts_with("Compared with A (Energy-flow relief 25→60, "), "{said}");
        assert!(said.contains("Fighting intensity 15→20"), "{said}");
        assert!(!said.contains("Minerals"), "a lever at the same place is not named: {said}");
        assert!(said.contains("), the largest differences are "), "{said}");
        assert!(said.ends_with('.') && said.matches(". ").count() == 0, "one sentence: {said}");
        // Each difference says which lever did most of it, each lever named once.
        assert!(
            said.contains(
                "Ukraine’s bonds +6¢ and defence shares −2 pts (mostly guarantee clarity)"
            ),
            "{said}"
        );
    }

    #[test]
    fn when_one_lever_differs_it_did_every_difference() {
        let alaska = Scenario::default();
        let said = compare(alaska, alaska.with(Input::Fighting, 95));
        let largest = said.split("the largest differences are ").nth(1).expect("some differences");
        // All three, then the lever once.
        assert_eq!(largest.matches(" and ").count(), 1, "{said}");
        assert!(largest.ends_with(" (mostly fighting intensity)."), "{said}");
    }

    #[test]
    fn the_same_scenario_says_it_is_pinned() {
        let freeze = Preset::Freeze.scenario();
        assert_eq!(compare(freeze, freeze), SAME_AS_PINNED);
        let one = compare(freeze, freeze.with(Input::Fighting, 16));
        assert!(one.starts_with("Compared with A (Fighting intensity 15→16), "), "{one}");
    }
}

mod summary_lines {
    use crate::content::{summary, words};
    use crate::model::{evaluate, Preset, Scenario};

    /// "In short" says what moved, once: at the summit, what to do; at a world, the largest
    /// moves with the lever behind each, no lever named twice, and the rally test.
    #[test]
    fn in_short_says_what_moved_and_nothing_twice() {
        let at_summit =
            summary::sentences(&evaluate(&Scenario::default()), &evaluate(&Scenario::default()));
        assert_eq!(at_summit[0], words::AT_THE_SUMMIT);
        for preset in Preset::ALL.into_iter().filter(|&p| p != Preset::Alaska) {
            let said =
                summary::sentences(&evaluate(&Scenario::default()), &evaluate(&preset.scenario()));
            assert_eq!(said.len(), 2, "{said:?}");
            assert!(said[0].starts_with("From the summit (Aug 2025): "), "{said:?}");
            let text = said.join(" ");
            assert!(text.chars().count() < 260, "{} characters: {text}", text.chars().count());
            // No lever is named twice.
            for input in crate::model::Input::ALL {
                let named = format!("mostly {}", words::lever_in_sentence(input));
                assert!(text.matches(&named).count() <= 1, "{named} twice in {text}");
            }
            // No figure is said twice.
            let parts: Vec<&str> = said[0].split(", ").collect();
            for (i, part) in parts.iter().enumerate() {
                assert!(!parts[i + 1..].contains(part), "{part} twice in {text}");
            }
        }
    }
}

/// The changelog covers every model version once, in order, each with a date and words, and
/// an old link's notice says when it was made and that its numbers were revised.
#[test]
fn the_changelog_covers_every_model_version_and_old_links_hear_of_it() {
    use crate::content::changelog::RELEASES;
    let versions: Vec<u32> = RELEASES.iter().map(|release| release.version).collect();
    assert_eq!(versions, (1..=crate::model::VERSION).collect::<Vec<_>>());
    assert!(RELEASES.iter().all(|release| !release.changes.is_empty() && !release.date.is_empty()));
    let said = crate::content::words::link_notice(&crate::link::Notice::OlderModel(1));
    assert!(said.contains("version 1 of the model, 2 Dec 2026;"), "{said}");
    assert!(said.contains("revised since") && said.contains("same levers"), "{said}");
    let newer = crate::content::words::link_notice(&crate::link::Notice::NewerModel(9));
    assert!(
        newer.contains("version 9")
            && newer.contains(&format!("page’s (version {})", crate::model::VERSION))
    );
}

/// Each card's "Source:" line names whoever each dated figure comes from: the wire or outlet
/// that reported it (the part before " via " a carrier), or the primary series' publisher.
#[test]
fn every_source_line_names_where_each_figure_comes_from() {
    use crate::model::{Indicator, Series};
    for indicator in Indicator::ALL {
        let (info, publishers) = (indicator.info(), crate::content::words::publishers(indicator));
        for tick in info.ticks {
            let origin = match tick.primary.map(|primary| primary.series) {
                Some(Series::EcbUsdPerEur) => "ECB",
                Some(Series::ImfRubPerUsd) => "Bank of Russia",
                None => tick.source.split(" via ").next().unwrap().split(',').next().unwrap(),
            };
            assert!(
                publishers.contains(origin),
                "{indicator:?}: {origin} is not in “{}”",
                publishers
            );
        }
        assert!(!publishers.contains(" via "), "{indicator:?}: a carrier in the source line");
    }
}

/// Every coefficient is listed once, under the lever whose term it sizes (or relief as a
/// whole, or the machinery), with a plain name, not the code's identifier, first.
#[test]
fn the_assumptions_list_every_coefficient_once_grouped_by_lever_with_plain_names() {
    use crate::content::assumptions::{rows, Group};
    let mut listed: Vec<&str> = Vec::new();
    for group in Group::all() {
        let group_rows = rows(group);
        assert!(!group_rows.is_empty(), "{group:?} is empty");
        assert!(!group.title().is_empty());
        for row in group_rows {
            assert!(
                !row.name.contains('_') && !row.name.is_empty(),
                "{}: {}",
                row.coefficient.name,
                row.name
            );
            listed.push(row.coefficient.name);
        }
    }
    let mut all: Vec<&str> = crate::model::coefficients::ALL.iter().map(|c| c.name).collect();
    listed.sort_unstable();
    all.sort_unstable();
    assert_eq!(listed, all, "every coefficient exactly once");
    // A lever's own terms are under it: gas's energy term is under energy-flow relief.
    assert!(rows(Group::Lever(crate::model::Input::EnergyRelief)).iter().any(|row| row
        .coefficient
        .name
        == "TTF_ENERGY"
        && row.name == "European gas (TTF)"));
}

#[test]
fn the_compact_footer_names_only_the_cards_publishers() {
    use crate::content::words;
    use crate::model::Indicator;
    let all: String =
        Indicator::ALL.iter().map(|&i| words::publishers(i)).collect::<Vec<_>>().join("; ");
    let named = words::EMBED_SOURCES
        .strip_prefix("Sources: ")
        .and_then(|rest| rest.split(';').next())
        .expect("Sources: …; the model");
    let named = named.replace(" and other wires", "");
    for name in named.split(", ") {
        assert!(all.contains(name), "{name} is no card's publisher: {all}");
    }
    assert!(words::EMBED_SOURCES.ends_with("the editors’ scenario model"));
}
