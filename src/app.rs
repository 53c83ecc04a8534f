//! The root component: the one owner of the page's state, which it hands down as props.

use yew::prelude::*;

use crate::components::article_view::ArticleView;
use crate::components::content_notices::ContentNotices;
use crate::components::masthead::Masthead;
use crate::components::scenario_widget::ScenarioWidget;
use crate::content::{library, page};
use crate::model::{Preset, Scenario};

/// The page's state: the scenario on screen, and the last one the reader settled on.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct State {
    /// What the sliders show, updated on every step of a drag.
    pub scenario: Scenario,
    /// What the screen-reader summary announces, updated when a move settles.
    pub settled: Scenario,
}

/// The whole explainer: masthead, both articles, and the scenario widget.
#[component]
pub fn App() -> Html {
    let library = library();
    let state = use_state_eq(State::default);

    let on_change = {
        let state = state.clone();
        Callback::from(move |scenario: Scenario| state.set(State { scenario, ..*state }))
    };
    let on_settle = {
        let state = state.clone();
        Callback::from(move |()| state.set(State { settled: state.scenario, ..*state }))
    };
    let on_preset = {
        let state = state.clone();
        Callback::from(move |preset: Preset| {
            let scenario = preset.scenario();
            state.set(State { scenario, settled: scenario });
        })
    };

    html! {
        <>
            <a class="skip-link" href="#main">{ "Skip to the articles" }</a>
            <Masthead articles={library.articles.as_slice()} />
            <main id="main">
                <ContentNotices notices={library.notices.as_slice()} />
                { for library.articles.iter().zip(page::ARTICLE_KICKERS).map(|(article, kicker)| html! {
                    <ArticleView {article} {kicker} on_preset={on_preset.clone()} />
                }) }
                <ScenarioWidget scenario={state.scenario} settled={state.settled}
                    {on_change} {on_settle} {on_preset} />
            </main>
            <footer class="page-footer">
                <p>{ page::FOOTER }</p>
            </footer>
        </>
    }
}
