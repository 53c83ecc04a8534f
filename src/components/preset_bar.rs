//! The preset buttons: one world from the articles each, and a reset.

use yew::prelude::*;

use crate::content::words;
use crate::model::{Preset, Scenario};

/// Props for [`PresetBar`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The current scenario, to mark the preset it matches.
    pub scenario: Scenario,
    /// Called with the chosen preset.
    pub on_preset: Callback<Preset>,
}

/// A group of toggle buttons; the one matching the current scenario is pressed.
#[component]
pub fn PresetBar(props: &Props) -> Html {
    let current = Preset::matching(&props.scenario);
    html! {
        <div class="presets" role="group" aria-labelledby="presets-title">
            <h3 id="presets-title" class="widget-subtitle">{ words::PRESETS_TITLE }</h3>
            <ul class="preset-list">
                { for Preset::ALL.iter().map(|&preset| {
                    let info = preset.info();
                    let pressed = current == Some(preset);
                    let onclick = props.on_preset.reform(move |_: MouseEvent| preset);
                    html! {
                        <li>
                            <button type="button" class="preset" id={format!("preset-{}", info.key)}
                                aria-pressed={pressed.to_string()} disabled={!super::LIVE} {onclick}>
                                { words::preset_words(preset).label }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <p class="preset-quote" id="preset-quote">
                { match current {
                    Some(preset) => {
                        let said = words::preset_words(preset);
                        // The plain sentence only: the article's own phrase for each world
                        // is in the article, and its bytes are not worth the first view's.
                        html! { <span class="preset-assumes">{ said.assumes }</span> }
                    }
                    None => html! { { words::CUSTOM_SCENARIO } },
                } }
            </p>
        </div>
    }
}
