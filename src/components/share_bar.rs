//! The pin toggle, "Copy link", "Embed" and "Download": comparing and sharing the scenario on screen.

use yew::prelude::*;

use crate::components::kept::Kept;

use crate::content::{words, OnDemand};
use crate::hooks::{use_clipboard, use_on_demand};
use crate::link::Link;
use crate::model::Scenario;

/// Props for [`ShareBar`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The scenario on screen.
    pub scenario: Scenario,
    /// The scenario pinned as "A", if any.
    pub pinned: Option<Scenario>,
    /// Called when the reader presses the pin toggle.
    pub on_pin: Callback<()>,
    /// The page's address without query, the base of the link.
    pub page_url: AttrValue,
}

/// What the last copy attempt did, or that the on-demand module could not load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Idle,
    Copied,
    Failed,
    OnDemandFailed,
}

/// The pin toggle, a copy-link button with a polite status message, and the buttons that
/// open the embed and download dialogs (the on-demand module, loaded when first pressed). If
/// copying is blocked, the link is shown in a field to copy by hand.
#[component]
pub fn ShareBar(props: &Props) -> Html {
    let status = use_state_eq(|| Status::Idle);
    let clipboard = use_clipboard();
    let (scenario, pinned) = (props.scenario, props.pinned);
    let shared = Link { scenario, pinned, ..Link::default() };
    let link = shared.address(&props.page_url);
    // A new scenario makes an old "copied" message untrue.
    {
        let status = status.clone();
        use_effect_with((scenario, pinned), move |_| status.set(Status::Idle));
    }
    let on_pin = props.on_pin.reform(|_: MouseEvent| ());
    let on_demand = use_on_demand();
    let open = |what: OnDemand| {
        let (status, page_url, shared) = (status.clone(), props.page_url.clone(), shared.clone());
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            on_demand.open(what, &shared, &page_url, move || status.set(Status::OnDemandFailed));
        })
    };
    let on_copy = {
        let (status, link) = (status.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            clipboard.copy(link.clone(), move |ok| {
                status.set(if ok { Status::Copied } else { Status::Failed })
            });
        })
    };
    html! {
        <div class="share">
            // The label says what pressing does (not a toggle with a fixed label, whose
            // pressed state readers missed).
            <button type="button" class={classes!("share-button", "pin-button", pinned.is_some().then_some("pin-active"))}
                id="pin" disabled={!super::LIVE} onclick={on_pin}>{ if pinned.is_some() { words::UNPIN } else { words::PIN } }</button>
            <button type="button" class="share-button" id="copy-link" disabled={!super::LIVE} onclick={on_copy}>{ words::COPY_LINK }</button>
            <button type="button" class="share-button" id="open-embed" disabled={!super::LIVE} onclick={open(OnDemand::Embed)}>{ words::EMBED }</button>
            <button type="button" class="share-button" id="open-download" disabled={!super::LIVE} onclick={open(OnDemand::Download)}>{ words::DOWNLOAD }</button>
            // The compact embed's footer, which it alone shows: the explainer's name as the
            // way to it (at this scenario), where the numbers come from, and what they are.
            <a class="open-full" href={link.clone()} target="_blank" rel="noopener">
                { words::TITLE }
                <span class="visually-hidden">{ words::OPEN_FULL }</span>
                <span aria-hidden="true">{ " ↗" }</span>
                <span class="visually-hidden">{ words::NEW_TAB }</span>
            </a>
            <Kept inline=true name="embed-footer">{ prerendered!(html! {
                <span class="embed-footer">
                    { words::FOOTER_SEPARATOR }{ words::EMBED_SOURCES }{ words::FOOTER_SEPARATOR }{ words::ILLUSTRATIVE_SHORT }
                </span>
            }) }</Kept>
            <p class="share-status" role="status" id="copy-status">
                { match *status {
                    Status::Idle => "",
                    Status::Copied => words::COPIED,
                    Status::Failed => words::COPY_FAILED,
                    Status::OnDemandFailed => words::ON_DEMAND_FAILED,
                } }
            </p>
            if *status == Status::Failed {
                <input class="share-url" type="text" readonly=true value={link} aria-label={words::LINK_FIELD} />
            }
        </div>
    }
}
