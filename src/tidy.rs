//! Architecture invariants as tests: the pure core names no web crate, and every source
//! file opens with a module doc comment saying what it is for.

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
    for dir in ["content", "model", "link", "build_page.rs"] {
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
fn only_the_shell_and_event_handlers_touch_the_browser() {
    for file in rust_files(&src()) {
        let text = fs::read_to_string(&file).unwrap();
        if file.ends_with("shell.rs") || file.ends_with("tidy.rs") {
            continue;
        }
        assert!(!text.contains("web_sys::window"), "{} reaches for window", file.display());
        assert!(!text.contains("gloo::utils::window"), "{} reaches for window", file.display());
    }
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
