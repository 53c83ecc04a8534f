//! Architecture invariants as tests: imports point one way (pure core ← browser ← hooks ←
//! components ← app ← page, and the composition root above all), the pure core names no web
//! crate, only the browser module reaches for `window`, the stylesheet hides what the embed
//! table says, and every source file opens with a module doc comment saying what it is for.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn the_pure_core_has_no_web_dependencies() {
    let forbidden = ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"];
    for dir in ["content", "chart", "export", "model", "link", "build_page"] {
        let path = src().join(dir);
        let files = if path.is_dir() { rust_files(&path) } else { vec![path] };
        for file in files {
            let text = fs::read_to_string(&file).unwrap();
            for name in forbidden {
                assert!(
                    !text.contains(&format!("{name}::")) && !text.contains(&format!("use {name}")),
                    "{} mentions {name}",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn only_the_browser_module_touches_window_and_document() {
    for file in rust_files(&src()) {
        let text = fs::read_to_string(&file).unwrap();
        let relative = file.strip_prefix(src()).unwrap();
        if relative.starts_with("browser") || file.ends_with("tidy.rs") {
            continue;
        }
        for reach in ["web_sys::window", "gloo::utils::window", "gloo::utils::document"] {
            assert!(!text.contains(reach), "{} reaches for the browser ({reach})", file.display());
        }
    }
}

/// The layer a source file belongs to, by its path under `src/`.
fn layer(relative: &Path) -> &'static str {
    let first = relative.components().next().unwrap().as_os_str().to_str().unwrap();
    match first.trim_end_matches(".rs") {
        "model" => "model",
        "link" => "link",
        "content" => "content",
        "chart" => "chart",
        "export" => "export",
        "build_page" => "build_page",
        "browser" => "browser",
        "hooks" => "hooks",
        "components" => "components",
        "app" => "app",
        "page" => "page",
        "main" | "bin" => "root",
        "lib" | "tidy" | "fuzz" => "crate",
        other => panic!("src/{other} belongs to no layer: add it to tidy.rs and ARCHITECTURE.md"),
    }
}

/// What each layer may import from the crate. Everything points one way: the pure core
/// (model ← link ← content ← chart ← export) knows nothing above it; the browser module knows only the core;
/// hooks wrap the browser; components use the core and the hooks; the app composes
/// components and hooks; the build-time page contains the app; the roots wire everything.
fn allowed(layer: &str) -> &'static [&'static str] {
    match layer {
        "model" => &["model"],
        "link" => &["model", "link"],
        "content" => &["model", "link", "content"],
        "chart" => &["model", "link", "content", "chart"],
        "export" => &["model", "link", "content", "chart", "export"],
        "build_page" => &["model", "link", "content"],
        "browser" => &["model", "link", "content"],
        "hooks" => &["model", "link", "content", "browser", "hooks"],
        "components" => &["model", "link", "content", "chart", "export", "hooks", "components"],
        "app" => &["model", "link", "content", "hooks", "components"],
        "page" => &["model", "link", "content", "components", "app"],
        "root" => &[
            "model",
            "link",
            "content",
            "chart",
            "export",
            "browser",
            "hooks",
            "components",
            "app",
            "page",
            "build_page",
        ],
        _ => &[],
    }
}

/// The crate's top-level modules a file names in code (comments are skipped): every
/// `crate::name`, `crate::{a, b::c}` and, for the binaries, `explainer::name`.
fn imports(text: &str) -> Vec<String> {
    let code: String = text
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = Vec::new();
    for prefix in ["crate::", "explainer::"] {
        let mut rest = code.as_str();
        while let Some(at) = rest.find(prefix) {
            rest = &rest[at + prefix.len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                for item in group[..end].split(',') {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        found.push(name);
                    }
                }
            } else {
                let name: String =
                    rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                found.push(name);
            }
        }
    }
    found
}

/// Every layer a file can import from: each module of the crate that `layer` names (the
/// roots and the crate's own files are imported by nobody).
const LAYERS: [&str; 11] = [
    "model",
    "link",
    "content",
    "chart",
    "export",
    "build_page",
    "browser",
    "hooks",
    "components",
    "app",
    "page",
];

/// The imports of the file at `relative` (under `src/`) with `text` that point against the
/// direction in ARCHITECTURE.md.
fn wrong_way(relative: &Path, text: &str) -> Vec<String> {
    let layer = layer(relative);
    if layer == "crate" {
        return Vec::new();
    }
    let core = ["model", "link", "content", "chart", "export"];
    imports(text)
        .into_iter()
        .filter(|name| LAYERS.contains(&name.as_str()))
        .filter(|name| {
            // A core module's tests may read the rest of the core: the link tests check the
            // notices' sentences, which live with the words.
            let core_test = relative.ends_with("tests.rs")
                && core.contains(&layer)
                && core.contains(&name.as_str());
            !(name == layer || core_test || allowed(layer).contains(&name.as_str()))
        })
        .map(|name| format!("src/{} ({layer}) imports {name}", relative.display()))
        .collect()
}

#[test]
fn imports_point_one_way() {
    for file in rust_files(&src()) {
        let relative = file.strip_prefix(src()).unwrap();
        let wrong = wrong_way(relative, &fs::read_to_string(&file).unwrap());
        assert!(wrong.is_empty(), "against the direction in ARCHITECTURE.md: {wrong:?}");
    }
}

#[test]
fn the_import_check_fails_a_wrong_way_import_in_every_layer() {
    // Every layer that is not the roots' is checked, the core's last two included.
    for (file, import) in [
        ("model/evaluate.rs", "use crate::export::csv;"),
        ("model/evaluate.rs", "use crate::chart::Chart;"),
        ("link/mod.rs", "use crate::content::words;"),
        ("chart/mod.rs", "use crate::export::svg;"),
        ("export/csv.rs", "use crate::browser::reader_date;"),
        ("browser/mod.rs", "use crate::hooks::KeptNodes;"),
        ("components/slider.rs", "use crate::app::App;"),
        ("hooks/kept.rs", "use crate::components::kept;"),
    ] {
        assert_eq!(wrong_way(Path::new(file), import).len(), 1, "{file}: {import}");
    }
    assert!(wrong_way(Path::new("export/csv.rs"), "use crate::chart::Chart;").is_empty());
    assert!(wrong_way(Path::new("model/tests.rs"), "use crate::content::words;").is_empty());
}

#[test]
fn the_import_check_sees_grouped_and_plain_paths() {
    let found = imports("use crate::{app::App, hooks};\nuse crate::model::Input;\n// crate::page\nlet x = explainer::browser::search();");
    assert_eq!(found, ["app", "hooks", "model", "browser"]);
    assert!(!allowed("components").contains(&"app"));
    assert!(!allowed("browser").contains(&"hooks"));
}

/// The (embed key, selector) pairs of the stylesheet rule that follows `marker`: every
/// selector of the form `:root[data-embed="key"] target`.
fn embed_rule(marker: &str) -> Vec<(String, String)> {
    let css = fs::read_to_string(src().join("../static/style.css")).unwrap();
    let start = css.find(marker).unwrap_or_else(|| panic!("style.css has no {marker:?}"));
    let block = &css[start..];
    let block = &block[block.find("*/").unwrap() + 2..];
    let rule = &block[..block.find('{').unwrap()];
    let mut pairs: Vec<(String, String)> = rule
        .split(",\n")
        .filter_map(|selector| {
            let rest = selector.trim().strip_prefix(":root[data-embed=\"")?;
            let (key, target) = rest.split_once("\"]")?;
            Some((key.to_owned(), target.trim().to_owned()))
        })
        .collect();
    pairs.sort();
    pairs
}

#[test]
fn the_stylesheet_hides_exactly_what_the_embed_table_leaves_out() {
    use crate::link::{Part, SECTIONS};
    let mut expected: Vec<(String, String)> = Vec::new();
    let mut without_widget: Vec<(String, String)> = Vec::new();
    for section in SECTIONS {
        let hides = |part: Part| !section.shows.contains(&part);
        let key = section.key.to_owned();
        let mut hide = |selector: &str| expected.push((key.clone(), selector.to_owned()));
        // The first article holds the summary table: hiding both hides the article.
        match (hides(Part::FirstArticle), hides(Part::SummaryTable)) {
            (true, true) => hide("#restoring-a-pariah"),
            (true, false) => {
                hide("#restoring-a-pariah > :not(.article-section:has(.summary-table))")
            }
            (false, true) => hide("#restoring-a-pariah .article-section:has(.summary-table)"),
            (false, false) => {}
        }
        if hides(Part::SecondArticle) {
            hide("#capital-flows-lens");
        }
        if hides(Part::Widget) {
            hide("#widget-root");
            without_widget.push((key.clone(), ".world-links".to_owned()));
        }
    }
    expected.sort();
    without_widget.sort();
    assert_eq!(
        embed_rule("/* Embed sections:"),
        expected,
        "style.css's embed rule disagrees with link::embed::SECTIONS"
    );
    assert_eq!(embed_rule("/* Without the widget on the page"), without_widget);
    // The ids the stylesheet names are the content's.
    let ids: Vec<&str> = crate::content::SOURCES.iter().map(|source| source.id).collect();
    assert_eq!(ids, ["restoring-a-pariah", "capital-flows-lens"]);
    assert_eq!(crate::content::WIDGET_ROOT, "widget-root");
}

#[test]
fn the_embed_mode_script_takes_its_keys_from_the_table() {
    let script = fs::read_to_string(src().join("../static/embed-mode.js")).unwrap();
    assert!(script.contains("/*EMBED_KEYS*/ []"), "the build fills the keys in from SECTIONS");
    assert!(!script.contains("'widget'"), "embed-mode.js must not list the keys itself");
}

#[test]
fn no_component_sets_inline_styles() {
    for file in rust_files(&src().join("components")) {
        let text = fs::read_to_string(&file).unwrap();
        assert!(!text.contains("style="), "{} sets a style attribute", file.display());
    }
}

#[test]
fn every_source_file_says_what_it_is_for() {
    for file in rust_files(&src()).into_iter().chain(rust_files(&src().join("..").join("benches")))
    {
        let text = fs::read_to_string(&file).unwrap();
        assert!(text.starts_with("//!"), "{} has no module doc comment", file.display());
    }
}
