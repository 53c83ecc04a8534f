//! The embed dialog: ready-to-paste codes for the scenario on screen. Part of the on-demand module
//! module (`src/bin/on_demand.rs`), which mounts it, open, when the reader presses "Embed".

use yew::prelude::*;

use crate::content::words;
use crate::hooks::{use_clipboard, use_modal};
use crate::link::{snippet, Embed, Link, Theme};

/// Props for [`EmbedDialog`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The scenario the embed opens on, and the one pinned as "A" that it compares with.
    pub link: Link,
    /// The page's address without query.
    pub page_url: AttrValue,
}

/// The modal `<dialog>` of embed codes, open from the moment it mounts. The native dialog
/// traps focus, closes on Escape and returns focus to the button that opened it.
#[component]
pub fn EmbedDialog(props: &Props) -> Html {
    let dialog = use_node_ref();
    let section = use_state_eq(|| Embed::Compact);
    let theme = use_state_eq(|| Theme::default_for(Some(Embed::Compact)));
    let copied = use_state_eq(|| None::<&'static str>);
    let clipboard = use_clipboard();

    let close = use_modal(&dialog).reform(|_: MouseEvent| ());
    let link = Link { embed: Some(*section), theme: *theme, ..props.link.clone() };
    let iframe = snippet::iframe(&props.page_url, &link, words::IFRAME_TITLE);
    let pym = snippet::pym(&props.page_url, &link, words::IFRAME_TITLE);
    let copy = |id: &'static str, code: String| {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            clipboard.copy(code.clone(), move |ok| copied.set(ok.then_some(id)));
        })
    };
    let on_section = {
        let (section, copied) = (section.clone(), copied.clone());
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Some(choice) = Embed::from_key(&select.value()) {
                section.set(choice);
                copied.set(None);
            }
        })
    };
    let on_theme = {
        let (theme, copied) = (theme.clone(), copied.clone());
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Some(choice) = Theme::from_key(&select.value()) {
                theme.set(choice);
                copied.set(None);
            }
        })
    };
    let code_block = |id: &'static str, label: &'static str, code: String| {
        let label_id = format!("{id}-label");
        html! {
            <div class="embed-code">
                <label id={label_id.clone()} for={id}>{ label }</label>
                <textarea id={id} readonly=true rows="5" value={code.clone()} />
                <button type="button" class="share-button" onclick={copy(id, code)} aria-describedby={label_id}>
                    { words::COPY_CODE }
                </button>
                if *copied == Some(id) {
                    <span class="share-status" role="status">{ words::COPIED }</span>
                }
            </div>
        }
    };
    html! {
        <dialog ref={dialog} class="embed-dialog" id="embed-dialog" aria-labelledby="embed-title">
            <h2 id="embed-title">{ words::EMBED_TITLE }</h2>
            <p>{ words::EMBED_INTRO }</p>
            <div class="embed-options">
                <fieldset onchange={on_section}>
                    <legend>{ words::EMBED_SECTION }</legend>
                    { for Embed::ALL.iter().map(|&choice| html! {
                        <label class="choice">
                            <input type="radio" name="embed-section" value={choice.key()} checked={*section == choice} />
                            { words::embed_label(choice) }
                        </label>
                    }) }
                </fieldset>
                <fieldset onchange={on_theme}>
                    <legend>{ words::EMBED_THEME }</legend>
                    { for Theme::ALL.iter().map(|&choice| html! {
                        <label class="choice">
                            <input type="radio" name="embed-theme" value={choice.key()} checked={*theme == choice} />
                            { words::theme_label(choice) }
                        </label>
                    }) }
                </fieldset>
            </div>
            <div class="embed-paste">
                { match snippet::paste_url(&props.page_url, &link) {
                    Some(url) => code_block("embed-url", words::EMBED_PASTE, url),
                    None => html! { <p class="embed-note">{ words::EMBED_NO_PASTE }</p> },
                } }
                <p class="embed-note">{ words::EMBED_WORDPRESS }</p>
            </div>
            { code_block("embed-iframe", words::EMBED_IFRAME, iframe) }
            { code_block("embed-pym", words::EMBED_PYM, pym) }
            <button type="button" class="share-button embed-close" onclick={close}>{ words::CLOSE }</button>
        </dialog>
    }
}
