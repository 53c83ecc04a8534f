//! What was adjusted while reading a shared link, in plain words, with a way to dismiss it.
//! Mounted by the on-demand module (`src/bin/on_demand.rs`), which the app loads only for a link
//! that needs a notice, so the first view carries neither these words nor this component.

use yew::prelude::*;

use crate::content::words;
use crate::link::Notice;

/// Props for [`LinkNotices`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The adjustments; nothing renders when there are none.
    pub notices: Vec<Notice>,
}

/// A status box listing the adjustments. Values from the link appear only as text.
#[component]
pub fn LinkNotices(props: &Props) -> Html {
    let dismissed = use_state_eq(|| false);
    if props.notices.is_empty() || *dismissed {
        return Html::default();
    }
    let dismiss = {
        let dismissed = dismissed.clone();
        Callback::from(move |_: MouseEvent| dismissed.set(true))
    };
    html! {
        <aside class="notice link-notice" role="status" aria-labelledby="link-notices-title">
            <h2 id="link-notices-title" class="notice-title">{ words::LINK_NOTICES_TITLE }</h2>
            <ul>
                { for props.notices.iter().map(view_notice) }
            </ul>
            <button type="button" class="notice-dismiss" onclick={dismiss}>{ words::DISMISS }</button>
        </aside>
    }
}

/// One adjustment; a notice about the model's version links to what changed.
fn view_notice(notice: &Notice) -> Html {
    let changelog = matches!(notice, Notice::OlderModel(_) | Notice::NewerModel(_)).then(|| {
        html! { <>{ " " }<a href={format!("#{}", words::MODEL_VERSIONS_ID)}>{ words::WHAT_CHANGED }</a></> }
    });
    html! { <li>{ words::link_notice(notice) }{ changelog }</li> }
}
