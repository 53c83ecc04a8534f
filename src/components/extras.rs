//! What the extras module mounts: the dialog the reader asked for.

use yew::prelude::*;

use crate::components::download_dialog::DownloadDialog;
use crate::components::embed_dialog::EmbedDialog;
use crate::content::Extra;
use crate::link::Link;

/// Props for [`Extras`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Which dialog.
    pub extra: Extra,
    /// The scenario on screen and its pin, from the app's link.
    pub link: Link,
    /// The explainer's address.
    pub page_url: AttrValue,
}

/// The dialog for one extra, open.
#[component]
pub fn Extras(props: &Props) -> Html {
    match props.extra {
        Extra::Embed => html! {
            <EmbedDialog link={props.link.clone()} page_url={props.page_url.clone()} />
        },
        Extra::Download => html! {
            <DownloadDialog link={props.link.clone()} page_url={props.page_url.clone()} />
        },
        // Mounted apart (src/bin/extras.rs).
        Extra::Print | Extra::Cite | Extra::Notices | Extra::Explore => Html::default(),
    }
}
