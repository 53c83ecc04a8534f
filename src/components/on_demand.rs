//! What the on-demand module mounts: the dialog the reader asked for.

use yew::prelude::*;

use crate::components::download_dialog::DownloadDialog;
use crate::components::embed_dialog::EmbedDialog;
use crate::content::OnDemand;
use crate::link::Link;

/// Props for [`OnDemandDialog`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Which dialog.
    pub what: OnDemand,
    /// The scenario on screen and its pin, from the app's link.
    pub link: Link,
    /// The explainer's address.
    pub page_url: AttrValue,
}

/// The dialog for one what, open.
#[component]
pub fn OnDemandDialog(props: &Props) -> Html {
    match props.what {
        OnDemand::Embed => html! {
            <EmbedDialog link={props.link.clone()} page_url={props.page_url.clone()} />
        },
        OnDemand::Download => html! {
            <DownloadDialog link={props.link.clone()} page_url={props.page_url.clone()} />
        },
        // Mounted apart (src/bin/on_demand.rs).
        OnDemand::Print | OnDemand::Cite | OnDemand::Notices | OnDemand::Explore => Html::default(),
    }
}
