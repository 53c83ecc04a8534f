//! The tidy checks run over the tree, and each fed a violation, so a check that could never
//! fail would fail here.

use std::fs;
use std::path::Path;

use super::*;

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

#[test]
fn the_pure_core_has_no_web_dependencies() {
    for dir in WEB_FREE {
        for file in rust_files(&src().join(dir)) {
            assert_eq!(web_names(&read(&file)), Vec::<&str>::new(), "{}", file.display());
        }
    }
    assert_eq!(web_names("use yew::prelude::*;\nlet w = web_sys::window();"), ["yew", "web_sys"]);
}

#[test]
fn only_the_browser_module_touches_window_and_document() {
    for file in rust_files(&src()) {
        let relative = file.strip_prefix(src()).unwrap();
        if relative.starts_with("browser") || relative.starts_with("tidy") {
            continue;
        }
        assert_eq!(browser_reaches(&read(&file)), Vec::<&str>::new(), "{}", file.display());
    }
    assert_eq!(browser_reaches("let d = gloo::utils::document();"), ["gloo::utils::document"]);
}

#[test]
fn every_top_level_module_has_a_layer() {
    for entry in fs::read_dir(src()).unwrap() {
        let name = entry.unwrap().file_name();
        let path = Path::new(&name);
        assert!(
            layer(path).is_some(),
            "src/{} belongs to no layer: add it to tidy",
            path.display()
        );
    }
    assert_eq!(layer(Path::new("newcomer.rs")), None);
    assert_eq!(
        wrong_way(Path::new("newcomer/mod.rs"), ""),
        ["src/newcomer/mod.rs belongs to no layer"]
    );
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

#[test]
fn the_stylesheet_hides_exactly_what_the_embed_table_leaves_out() {
    let css = read(&src().join("../static/style.css"));
    let (expected, without_widget) = expected_embed_rules();
    assert_eq!(
        embed_rule(&css, "/* Embed sections:"),
        expected,
        "style.css's embed rule disagrees with link::embed::SECTIONS"
    );
    assert_eq!(embed_rule(&css, "/* Without the widget on the page"), without_widget);
    // The ids the stylesheet names are the content's.
    let ids: Vec<&str> = crate::content::SOURCES.iter().map(|source| source.id).collect();
    assert_eq!(ids, ["restoring-a-pariah", "capital-flows-lens"]);
    assert_eq!(crate::content::WIDGET_ROOT, "widget-root");
    // A section's selector dropped from the rule is caught.
    let dropped = css.replacen(":root[data-embed=\"table\"] #capital-flows-lens,", "", 1);
    assert_ne!(dropped, css, "the test's own violation must change the stylesheet");
    assert_ne!(embed_rule(&dropped, "/* Embed sections:"), expected);
}

#[test]
fn the_embed_mode_script_takes_its_keys_from_the_table() {
    assert!(!lists_embed_keys_itself(&read(&src().join("../static/embed-mode.js"))));
    assert!(lists_embed_keys_itself("var keys = ['compact', 'widget'];"));
}

#[test]
fn no_component_sets_inline_styles() {
    for file in rust_files(&src().join("components")) {
        assert!(!sets_inline_style(&read(&file)), "{} sets a style attribute", file.display());
    }
    assert!(sets_inline_style("html! { <div style=\"width: 3px\"></div> }"));
}

#[test]
fn every_source_file_says_what_it_is_for() {
    for file in rust_files(&src()).into_iter().chain(rust_files(&src().join("..").join("benches")))
    {
        assert!(says_what_it_is_for(&read(&file)), "{} has no module doc comment", file.display());
    }
    assert!(!says_what_it_is_for("use std::fs;\n"));
}

#[test]
fn every_source_file_has_one_job_and_is_short() {
    for file in rust_files(&src()) {
        let relative = file.strip_prefix(src()).unwrap();
        assert!(
            !too_long(relative, &read(&file)),
            "src/{} is over {MOST_LINES} lines: split it",
            relative.display()
        );
    }
    let long = "//! x\n".repeat(MOST_LINES + 1);
    assert!(too_long(Path::new("components/slider.rs"), &long));
    assert!(!too_long(Path::new("model/tests.rs"), &long));
}

#[test]
fn the_architecture_map_is_short_and_true() {
    let root = src().join("..");
    assert_eq!(map_problems(&read(&root.join("ARCHITECTURE.md")), &root), Vec::<String>::new());
    let wrong = "# Map\n\n`src/nowhere.rs` and `gone.rs`.\n".to_owned() + &"x".repeat(101);
    let problems = map_problems(&wrong, &root);
    for expected in [
        "`src/nowhere.rs` is not in the tree",
        "`gone.rs` is not in the tree",
        "line 4 is over 100 characters",
        "src/app.rs is not on the map",
    ] {
        assert!(problems.iter().any(|problem| problem == expected), "{expected}: {problems:?}");
    }
}

/// The value of `key = "…"` on the line after `after` (or on any line, when `after` is empty).
fn quoted_after(text: &str, after: &str, key: &str) -> Option<String> {
    let start = if after.is_empty() { 0 } else { text.find(after)? + after.len() };
    let rest = &text[start..];
    let line = rest.lines().find(|line| line.trim_start().starts_with(key))?;
    Some(line.split('"').nth(1)?.to_owned())
}

#[test]
fn the_tool_versions_pinned_in_several_files_agree() {
    let root = src().join("..");
    let lock = read(&root.join("Cargo.lock"));
    let trunk = read(&root.join("Trunk.toml"));
    let manifest = read(&root.join("Cargo.toml"));
    let npm = read(&root.join("package.json"));
    let bindgen = quoted_after(&lock, "name = \"wasm-bindgen\"\n", "version").unwrap();
    assert_eq!(quoted_after(&trunk, "", "wasm_bindgen").as_deref(), Some(bindgen.as_str()));
    assert_eq!(
        quoted_after(&manifest, "", "wasm-bindgen =").as_deref(),
        Some(format!("={bindgen}").as_str())
    );
    let binaryen = npm.split("\"binaryen\": \"").nth(1).and_then(|rest| rest.split('.').next());
    assert_eq!(
        quoted_after(&trunk, "", "wasm_opt"),
        binaryen.map(|major| format!("version_{major}")),
        "Trunk.toml's wasm_opt must name package.json's binaryen"
    );
    // The check reads what it claims to.
    assert_eq!(quoted_after("a\nx = \"1\"\n", "", "x").as_deref(), Some("1"));
    assert_eq!(quoted_after("a\n", "", "x"), None);
}
