//! One input as a native range slider, following the WAI-ARIA slider pattern.

use yew::prelude::*;

use crate::components::kept::Kept;
use crate::content::words;
use crate::model::Input;

/// Props for [`Slider`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Which input this slider moves.
    pub input: Input,
    /// The current position, 0–100.
    pub value: u8,
    /// Called on every step while the reader moves the slider.
    pub on_input: Callback<(Input, u8)>,
    /// Called when a move settles: a key press, or the end of a drag.
    pub on_settle: Callback<()>,
}

/// A labelled range input with its value in words, and what its two ends mean.
///
/// It is a native `<input type="range">`, so arrow keys, Page Up/Down, Home and End work
/// and assistive technology announces it as a slider; `aria-valuetext` gives the value
/// in words ("62 of 100, broad").
#[component]
pub fn Slider(props: &Props) -> Html {
    let info = props.input.info();
    let names = words::input_words(props.input);
    let id = format!("slider-{}", info.key);
    let hint_id = format!("{id}-ends");
    let value_text = words::value_text(props.input, props.value);
    let oninput = {
        let (input, on_input) = (props.input, props.on_input.clone());
        Callback::from(move |event: InputEvent| {
            let target: web_sys::HtmlInputElement = event.target_unchecked_into();
            // The browser keeps a range input's value within min and max, but the text is
            // still parsed defensively: anything unreadable is ignored rather than trusted.
            if let Ok(value) = target.value().parse::<u8>() {
                on_input.emit((input, value));
            }
        })
    };
    let onchange = props.on_settle.reform(|_: Event| ());
    html! {
        <div class="slider">
            <div class="slider-head">
                <label for={id.clone()}>{ names.label }</label>
                // The slider announces its own value (aria-valuetext); the output, a live region of
                // its own, is hidden from screen readers so that each step is heard once.
                <output for={id.clone()} class="slider-value" aria-hidden="true">{ words::value_word(props.input, props.value) }</output>
            </div>
            <input
                type="range"
                id={id}
                min="0"
                max="100"
                step="1"
                disabled={!super::LIVE}
                value={props.value.to_string()}
                aria-valuetext={value_text}
                aria-describedby={hint_id.clone()}
                {oninput}
                {onchange}
            />
            <Kept name={format!("ends-{}", info.key)}>{ prerendered!({
                // Short words under the ends for the eye; the full sentences for the ear.
                let (low_end, high_end) = words::slider_ends(props.input);
                let (short_low, short_high) = words::slider_short_ends(props.input);
                html! {
                    <div class="slider-ends" id={hint_id}>
                        <span aria-hidden="true">{ short_low }</span>
                        <span aria-hidden="true">{ short_high }</span>
                        <span class="visually-hidden">{ low_end }{ ", " }{ high_end }</span>
                    </div>
                }
            }) }</Kept>
        </div>
    }
}
