//! "Copy link" and "Embed": sharing the scenario on screen.

use yew::prelude::*;

use crate::components::embed_dialog::EmbedDialog;
use crate::content::words;
use crate::hooks::use_clipboard;
use crate::link::{snippet, Link};
use crate::model::Scenario;

/// Props for [`ShareBar`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The scenario on screen.
    pub scenario: Scenario,
    /// The page's address without query, the base of the link.
    pub page_url: AttrValue,
}

/// What the last copy attempt did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Copy {
    Idle,
    Copied,
    Failed,
}

/// A copy-link button with a polite status message, and the button that opens the embed
/// dialog. If copying is blocked, the link is shown in a field to copy by hand.
#[component]
pub fn ShareBar(props: &Props) -> Html {
    let status = use_state_eq(|| Copy::Idle);
    let clipboard = use_clipboard();
    let link =
        snippet::embed_url(&props.page_url, &Link { scenario: props.scenario, ..Link::default() });
    // A new scenario makes an old "copied" message untrue.
    {
        let status = status.clone();
        use_effect_with(props.scenario, move |_| status.set(Copy::Idle));
    }
    let on_copy = {
        let (status, link) = (status.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            clipboard.copy(link.clone(), move |ok| {
                status.set(if ok { Copy::Copied } else { Copy::Failed })
            });
        })
    };
    html! {
        <div class="share">
            <button type="button" class="share-button" id="copy-link" disabled={!super::LIVE} onclick={on_copy}>{ words::COPY_LINK }</button>
            <EmbedDialog scenario={props.scenario} page_url={props.page_url.clone()} />
            // Shown only in the compact embed, which leaves out the reasons and the sources.
            <a class="open-full" href={link.clone()} target="_blank" rel="noopener">
                { words::OPEN_FULL }
                <span aria-hidden="true">{ " ↗" }</span>
                <span class="visually-hidden">{ words::NEW_TAB }</span>
            </a>
            <p class="share-status" role="status" id="copy-status">
                { match *status {
                    Copy::Idle => "",
                    Copy::Copied => words::COPIED,
                    Copy::Failed => words::COPY_FAILED,
                } }
            </p>
            if *status == Copy::Failed {
                <input class="share-url" type="text" readonly=true value={link} aria-label={words::LINK_FIELD} />
            }
        </div>
    }
}
