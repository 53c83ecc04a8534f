//! Every coefficient in the model, with its unit, the phrase that sets its sign and the
//! history that bounds its size.

use yew::prelude::*;

use crate::content::page;
use crate::model::{coefficients, number};

/// A disclosure holding the assumptions table.
#[component]
pub fn AssumptionsTable() -> Html {
    html! {
        <details class="assumptions" id="assumptions">
            <summary>{ page::ASSUMPTIONS_TITLE }</summary>
            <p>{ page::ASSUMPTIONS_INTRO }</p>
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
            <p class="sources-note">{ page::SOURCES_NOTE }</p>
        </details>
    }
}
