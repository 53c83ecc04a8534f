//! Architecture invariants as checks, each a function that returns what breaks it, run over
//! the tree by the tests in `tests.rs`, which also feed every check a violation to show it can
//! fail: imports point one way (pure core ← browser ← hooks ← components ← app ← page, the
//! roots above all), every top-level module has a layer, the pure core names no web crate,
//! only the browser module reaches for `window`, no component sets an inline style, the
//! stylesheet hides what the embed table says, every file says what it is for and stays short,
//! and ARCHITECTURE.md is a short map whose every named path exists.

use std::fs;
use std::path::{Path, PathBuf};

#[cfg(test)]
mod tests;

pub(crate) fn rust_files(dir: &Path) -> Vec<PathBuf> {
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

pub(crate) fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The layers that name no web crate: the pure core and the build's text work. (The import
/// check's `core` in [`wrong_way`] is narrower: the layers of the core proper.)
pub(crate) const WEB_FREE: [&str; 6] =
    ["content", "chart", "export", "model", "link", "build_page"];

/// The web crates a core file names, if any.
pub(crate) fn web_names(text: &str) -> Vec<&'static str> {
    ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"]
        .into_iter()
        .filter(|name| text.contains(&format!("{name}::")) || text.contains(&format!("use {name}")))
        .collect()
}

/// How a file outside the browser module reaches for `window` or `document`, if it does.
pub(crate) fn browser_reaches(text: &str) -> Vec<&'static str> {
    ["web_sys::window", "gloo::utils::window", "gloo::utils::document"]
        .into_iter()
        .filter(|reach| text.contains(reach))
        .collect()
}

/// The layer a source file belongs to, by its path under `src/`.
pub(crate) fn layer(relative: &Path) -> Option<&'static str> {
    let first = relative.components().next().unwrap().as_os_str().to_str().unwrap();
    Some(match first.trim_end_matches(".rs") {
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
        _ => return None,
    })
}

/// What each layer may import from the crate. Everything points one way: the pure core
/// (model ← link ← content ← chart ← export) knows nothing above it; the browser module
/// knows only the core; hooks wrap the browser; components use the core and the hooks; the app composes
/// components and hooks; the build-time page contains the app; the roots wire everything.
pub(crate) fn allowed(layer: &str) -> &'static [&'static str] {
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
pub(crate) fn imports(text: &str) -> Vec<String> {
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
pub(crate) const LAYERS: [&str; 11] = [
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
pub(crate) fn wrong_way(relative: &Path, text: &str) -> Vec<String> {
    let Some(layer) = layer(relative) else {
        return vec![format!("src/{} belongs to no layer", relative.display())];
    };
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

/// An embed rule's (embed key, selector) pairs.
pub(crate) type Rule = Vec<(String, String)>;

/// The (embed key, selector) pairs of the rule in `css` that follows `marker`: every
/// selector of the form `:root[data-embed="key"] target`.
pub(crate) fn embed_rule(css: &str, marker: &str) -> Rule {
    let Some(start) = css.find(marker) else { return Vec::new() };
    let block = &css[start..];
    let block = &block[block.find("*/").map_or(0, |end| end + 2)..];
    let rule = &block[..block.find('{').unwrap_or(block.len())];
    let mut pairs: Rule = rule
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

/// The embed rules `link::SECTIONS` calls for: what each section hides, and the world
/// links hidden where the widget is.
pub(crate) fn expected_embed_rules() -> (Rule, Rule) {
    use crate::link::{Part, SECTIONS};
    let mut expected: Rule = Vec::new();
    let mut without_widget: Rule = Vec::new();
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
    (expected, without_widget)
}

/// Whether the embed-mode script lists embed keys itself instead of taking the build's.
pub(crate) fn lists_embed_keys_itself(script: &str) -> bool {
    !script.contains("/*EMBED_KEYS*/ []") || script.contains("'widget'")
}

/// Whether a component sets a `style` attribute, which the strict CSP would refuse.
pub(crate) fn sets_inline_style(text: &str) -> bool {
    text.contains("style=")
}

/// Whether a file opens with a module doc comment saying what it is for.
pub(crate) fn says_what_it_is_for(text: &str) -> bool {
    text.starts_with("//!")
}

/// The longest a source file may be, in lines: one job per file.
pub(crate) const MOST_LINES: usize = 300;

/// Whether the file at `relative` is longer than [`MOST_LINES`]. Tests (`tests.rs`, the tidy
/// checks' own) and the model's table of coefficients, which is data, may be longer.
pub(crate) fn too_long(relative: &Path, text: &str) -> bool {
    let exempt = relative.ends_with("tests.rs")
        || relative.starts_with("tidy")
        || relative == Path::new("model/coefficients.rs");
    !exempt && text.lines().count() > MOST_LINES
}

/// What keeps ARCHITECTURE.md (`text`) from being a short, true map of the tree at `root`:
/// more than 120 lines, a line over 100 characters, a path in backticks that does not exist,
/// a top-level module of `src/` it does not name.
pub(crate) fn map_problems(text: &str, root: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    if text.lines().count() > 120 {
        problems.push(format!("{} lines, more than 120", text.lines().count()));
    }
    for (number, line) in text.lines().enumerate() {
        if line.chars().count() > 100 {
            problems.push(format!("line {} is over 100 characters", number + 1));
        }
    }
    for quoted in text.split('`').skip(1).step_by(2) {
        let is_path = quoted.contains('/') || quoted.ends_with(".rs") || quoted.ends_with(".md");
        let plain = quoted.chars().all(|c| c.is_ascii_alphanumeric() || "/._-".contains(c));
        // What the build writes is not in a fresh clone's tree, and is not the map's to keep.
        let built = quoted.starts_with("dist") || quoted.starts_with("target/");
        if is_path && plain && !built && !names_a_file(quoted, root) {
            problems.push(format!("`{quoted}` is not in the tree"));
        }
    }
    if let Ok(entries) = fs::read_dir(root.join("src")) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let module = name.trim_end_matches(".rs");
            if !text.contains(&format!("src/{name}")) && !text.contains(&format!("src/{module}/")) {
                problems.push(format!("src/{name} is not on the map"));
            }
        }
    }
    problems
}

/// Whether `path` names a file or folder: from the root, from `src/`, or, for a bare file
/// name (`kept.rs`, `svg/`), anywhere under `src/`.
fn names_a_file(path: &str, root: &Path) -> bool {
    let path = path.trim_end_matches('/');
    if root.join(path).exists() || root.join("src").join(path).exists() {
        return true;
    }
    !path.contains('/') && anywhere(&root.join("src"), path)
}

/// Whether a file or folder called `name` is anywhere under `dir`.
fn anywhere(dir: &Path, name: &str) -> bool {
    fs::read_dir(dir).into_iter().flatten().flatten().any(|entry| {
        let path = entry.path();
        path.ends_with(name) || (path.is_dir() && anywhere(&path, name))
    })
}
