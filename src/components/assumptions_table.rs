//! Every coefficient in the model, with its unit, the phrase that sets its sign and the
//! history that bounds its size.

use yew::prelude::*;

use crate::components::kept::Kept;
#[cfg(not(target_arch = "wasm32"))]
use crate::content::words::{self, assumptions_columns as columns};
#[cfg(not(target_arch = "wasm32"))]
use crate::content::{assumptions, changelog};
#[cfg(not(target_arch = "wasm32"))]
use crate::model::number;

/// A disclosure holding the assumptions table.
///
/// The table never changes, so only the build renders it: the page carries it for every
/// reader (with JavaScript or without), and the island keeps the prerendered disclosure.
/// Each phrase and figure is marked too, so the "why" lists can show copies of them.
#[component]
pub fn AssumptionsTable() -> Html {
    html! {
        <Kept name="assumptions">{ prerendered!(view_disclosure()) }</Kept>
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn view_disclosure() -> Html {
    html! {
        // Not a named region: the widget is the page's one landmark.
        <section class="how-built" id={words::HOW_BUILT_ID}>
        <h3 class="widget-subtitle" id="how-built-title">{ words::HOW_BUILT }</h3>
        <p class="how-built-counts">{ words::honesty() }</p>
        <details class="assumptions" id="assumptions">
            <summary>{ words::ASSUMPTIONS_TITLE }</summary>
            <p>{ words::ASSUMPTIONS_INTRO }</p>
            // One collapsed group per lever, then relief as a whole and the machinery: the
            // reader opens the lever they moved (content::assumptions).
            { for assumptions::Group::all().map(|group| {
                let rows = assumptions::rows(group);
                let machinery = group == assumptions::Group::Machinery;
                html! {
                    <details class="assumptions-group">
                        <summary>{ group.title() }<span class="assumptions-count">{ format!("({})", rows.len()) }</span></summary>
                        <table class="stack-table assumptions-table">
                            <caption class="visually-hidden">{ group.title() }</caption>
                            <thead>
                                <tr>
                                    { for [columns::NAME, columns::VALUE, columns::SIGN, columns::SIZE].map(|name| html! { <th scope="col">{ name }</th> }) }
                                </tr>
                            </thead>
                            <tbody>
                                { for rows.iter().map(|row| {
                                    let c = row.coefficient;
                                    // The machinery's name is its unit, said once.
                                    let value = if machinery {
                                        number::shortest(c.value, 3)
                                    } else {
                                        format!("{} {}", number::shortest(c.value, 3), c.unit)
                                    };
                                    html! {
                                        <tr>
                                            <th scope="row" data-label={columns::NAME}>
                                                { words::capitalised(row.name) }
                                                <code class="code-name">{ c.name }</code>
                                            </th>
                                            <td data-label={columns::VALUE}>{ value }</td>
                                            <td data-label={columns::SIGN}>
                                                <Kept inline=true name={format!("coef-phrase-{}", c.name)}>{ words::sign_text(c) }</Kept>
                                            </td>
                                            <td data-label={columns::SIZE}>
                                                <Kept inline=true name={format!("coef-figure-{}", c.name)}>{ c.figure }</Kept>
                                            </td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                    </details>
                }
            }) }
            <p class="sources-note">{ words::SOURCES_NOTE }</p>
        </details>
        // What each version of the model changed: a shared link records the version it was
        // made with, and one made with an older version says so and links here, so the list
        // is open: a link into a closed disclosure lands on nothing in some browsers.
        <div class="model-versions" id={words::MODEL_VERSIONS_ID}>
            <h4>{ words::model_versions_title() }</h4>
            <ol>
                { for changelog::RELEASES.iter().map(|release| html! {
                    <li value={release.version.to_string()}>
                        <strong>{ format!("Version {}, {}. ", release.version, release.date) }</strong>
                        { release.changes }
                    </li>
                }) }
            </ol>
        </div>
        // The citation for the scenario on screen: the boot script hands the button to the
        // on-demand module, which writes the line from the address (the app keeps it in step
        // with the scenario, and hides a line made from an earlier one: browser::write_url).
        <div class="cite">
            <button type="button" class="share-button" id="open-cite">{ words::CITE }</button>
            <p class="share-status cite-failed" role="status" hidden=true>{ words::ON_DEMAND_FAILED }</p>
            <div id={crate::content::CITE_ROOT}></div>
        </div>
        </section>
    }
}
