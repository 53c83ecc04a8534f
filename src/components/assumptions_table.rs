//! Every coefficient in the model, with its unit, the phrase that sets its sign and the
//! history that bounds its size.

use yew::prelude::*;

use crate::content::page;
use crate::model::{coefficients, number};

/// A disclosure holding the assumptions table.
///
/// The prerendered page carries the whole table, so readers without JavaScript can open it.
/// In the browser the table's 55 rows are built only once the disclosure is opened: they are
/// a third of the widget's elements, and building them would slow the model's start for
/// something most readers never open. The disclosure is closed either way, so the swap from
/// the prerendered table to the empty one shifts nothing on screen.
#[component]
pub fn AssumptionsTable() -> Html {
    let open = use_state_eq(|| !cfg!(target_arch = "wasm32"));
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            let details: web_sys::HtmlDetailsElement = event.target_unchecked_into();
            if details.open() {
                open.set(true);
            }
        })
    };
    html! {
        <details class="assumptions" id="assumptions" {ontoggle}>
            <summary>{ page::ASSUMPTIONS_TITLE }</summary>
            <p>{ page::ASSUMPTIONS_INTRO }</p>
            if *open { { view_table() } }
            <p class="sources-note">{ page::SOURCES_NOTE }</p>
        </details>
    }
}

fn view_table() -> Html {
    html! {
        <table class="stack-table assumptions-table">
            <caption class="visually-hidden">{ page::ASSUMPTIONS_TITLE }</caption>
            <thead>
                <tr>
                    { for page::ASSUMPTIONS_COLUMNS.iter().map(|name| html! { <th scope="col">{ *name }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for coefficients::ALL.iter().map(|c| html! {
                    <tr>
                        <th scope="row" data-label={page::ASSUMPTIONS_COLUMNS[0]}><code>{ c.name }</code></th>
                        <td data-label={page::ASSUMPTIONS_COLUMNS[1]}>{ format!("{} {}", number::shortest(c.value, 3), c.unit) }</td>
                        <td data-label={page::ASSUMPTIONS_COLUMNS[2]}>{ c.phrase }</td>
                        <td data-label={page::ASSUMPTIONS_COLUMNS[3]}>{ c.figure }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
