//! The scenario widget's place on the page, labelled, until the widget fills it.

use yew::prelude::*;

use crate::content::page;

/// A labelled region where the scenario widget goes.
#[component]
pub fn WidgetPlace() -> Html {
    html! {
        <section id={page::WIDGET_ID} class="widget widget-placeholder" aria-labelledby="widget-title">
            <h2 id="widget-title">{ page::WIDGET_TITLE }</h2>
            <p>{ page::WIDGET_PLACEHOLDER }</p>
        </section>
    }
}
