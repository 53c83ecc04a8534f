//! Every coefficient in the model, with its unit, the phrase that sets its sign and the
//! history that bounds its size.

use yew::prelude::*;

use crate::content::words::{self, assumptions_columns as columns};
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
            <summary>{ words::ASSUMPTIONS_TITLE }</summary>
            <p>{ words::ASSUMPTIONS_INTRO }</p>
            if *open { { view_table() } }
            <p class="sources-note">{ words::SOURCES_NOTE }</p>
        </details>
    }
}

fn view_table() -> Html {
    html! {
        <table class="stack-table assumptions-table">
            <caption class="visually-hidden">{ words::ASSUMPTIONS_TITLE }</caption>
            <thead>
                <tr>
                    { for [columns::NAME, columns::VALUE, columns::SIGN, columns::SIZE].map(|name| html! { <th scope="col">{ name }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for coefficients::ALL.iter().map(|c| html! {
                    <tr>
                        <th scope="row" data-label={columns::NAME}><code>{ c.name }</code></th>
                        <td data-label={columns::VALUE}>{ format!("{} {}", number::shortest(c.value, 3), c.unit) }</td>
                        <td data-label={columns::SIGN}>{ c.phrase }</td>
                        <td data-label={columns::SIZE}>{ c.figure }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
