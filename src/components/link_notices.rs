//! What was adjusted while reading a shared link, in plain words, with a way to dismiss it.

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
                { for props.notices.iter().map(|notice| html! { <li>{ words::link_notice(notice) }</li> }) }
            </ul>
            <button type="button" class="notice-dismiss" onclick={dismiss}>{ words::DISMISS }</button>
        </aside>
    }
}
