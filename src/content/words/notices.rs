//! What a reader is told about a shared link that was adjusted, setting by setting.

use super::*;

/// What the reader calls a link setting.
pub const fn param_name(param: Param) -> &'static str {
    match param {
        Param::Version => "link format version",
        Param::ModelVersion => "model version",
        Param::Slider(input) => input_words(input).label,
        Param::Pin => "pinned scenario",
        Param::Embed => "embed section",
        Param::Theme => "colour theme",
    }
}

/// One adjustment made to a shared link, as a sentence. Values from the link appear as
/// plain text, in quotation marks.
pub fn link_notice(notice: &Notice) -> String {
    let default = |input: Input| crate::model::Scenario::default().get(input);
    match notice {
        Notice::Repeated(param) => format!(
            "The link gives the {} more than once, so the default is used.",
            lower_first(param_name(*param))
        ),
        Notice::TooLong(param) => format!(
            "The link’s {} is too long to be a setting, so the default is used.",
            lower_first(param_name(*param))
        ),
        Notice::NewerVersion(version) => format!(
            "The link is from a newer version of this page (format {version}); it was read as far as this one can."
        ),
        Notice::UnknownVersion => "The link’s format version is unknown, so it was read as version 1.".to_owned(),
        Notice::NotANumber { input, value } => {
            let shown = if value.is_empty() { "empty".to_owned() } else { format!("“{value}”") };
            format!(
                "{}: the link’s value ({shown}) is not a number from 0 to 100, so the default ({}) is used.",
                input_words(*input).label,
                default(*input)
            )
        }
        Notice::OutOfRange { input, value, used } => format!(
            "{}: the link’s value ({value}) is outside 0 to 100, so it was set to {used}.",
            input_words(*input).label
        ),
        Notice::Rounded { input, value, used } => format!(
            "{}: the link’s value ({value}) is not a whole number, so it was rounded to {used}.",
            input_words(*input).label
        ),
        Notice::UnknownEmbed => "The link asks to embed a part that does not exist, so the whole explainer is shown.".to_owned(),
        Notice::UnknownTheme => "The link asks for an unknown colour theme, so the usual colours are used.".to_owned(),
        Notice::BadPin => "The link’s pinned scenario (A) is not eight positions from 0 to 100, so nothing is pinned for comparison.".to_owned(),
        // What changed is in "How we built this" (the build's text, not the first view's
        // wasm); the notice links there (components::link_notices).
        Notice::OlderModel(version) => format!(
            "This link was made with version {version} of the model{}; its numbers have been revised since. It opens with the same levers and this page’s numbers (version {}).",
            crate::content::changelog::release(*version).map(|release| format!(", {}", release.date)).unwrap_or_default(),
            crate::model::VERSION
        ),
        Notice::NewerModel(version) => format!(
            "This link was made with version {version} of the model, newer than this page’s (version {}): it opens with the same levers and this page’s numbers.",
            crate::model::VERSION
        ),
    }
}

/// `text` with its first letter in capitals: "Share of relief…" for a table's first column.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
