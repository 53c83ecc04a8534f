//! The browser entry point: mounts the explainer and nothing else.

fn main() {
    explainer::shell::start();
}
