//! The root component: the one owner of the page's state, which it hands down as props.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::article_view::ArticleView;
use crate::components::content_notices::ContentNotices;
use crate::components::masthead::Masthead;
use crate::components::scenario_widget::ScenarioWidget;
use crate::content::{library, page};
use crate::model::{Input, Preset, Scenario};

/// The page's state: the scenario on screen, and the last one the reader settled on.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct State {
    /// What the sliders show, updated on every step of a drag.
    pub scenario: Scenario,
    /// What the screen-reader summary announces, updated when a move settles.
    pub settled: Scenario,
}

/// The ways the state changes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// One slider moved to a position.
    Move(Input, u8),
    /// The reader finished a move (a key press, the end of a drag).
    Settle,
    /// The reader chose a preset (or reset, which is the default preset).
    Preset(Preset),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Move(input, value) => {
                State { scenario: self.scenario.with(input, value), ..*self }
            }
            Action::Settle => State { settled: self.scenario, ..*self },
            Action::Preset(preset) => {
                State { scenario: preset.scenario(), settled: preset.scenario() }
            }
        };
        // Returning the same Rc tells yew 0.23 that nothing changed, so nothing re-renders.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The whole explainer: masthead, both articles, and the scenario widget.
#[component]
pub fn App() -> Html {
    let library = library();
    let state = use_reducer_eq(State::default);

    // Callbacks built once from the dispatcher, which never changes, so children whose other
    // props are unchanged (the articles, the sliders not being moved) skip re-rendering.
    let dispatcher = state.dispatcher();
    let on_move = use_memo((), {
        let dispatcher = dispatcher.clone();
        move |()| {
            Callback::from(move |(input, value)| dispatcher.dispatch(Action::Move(input, value)))
        }
    });
    let on_settle = use_memo((), {
        let dispatcher = dispatcher.clone();
        move |()| Callback::from(move |()| dispatcher.dispatch(Action::Settle))
    });
    let on_preset = use_memo((), move |()| {
        Callback::from(move |preset| dispatcher.dispatch(Action::Preset(preset)))
    });

    html! {
        <>
            <a class="skip-link" href="#main">{ "Skip to the articles" }</a>
            <Masthead articles={library.articles.as_slice()} />
            <main id="main">
                <ContentNotices notices={library.notices.as_slice()} />
                { for library.articles.iter().zip(page::ARTICLE_KICKERS).map(|(article, kicker)| html! {
                    <ArticleView {article} {kicker} on_preset={(*on_preset).clone()} />
                }) }
                <ScenarioWidget scenario={state.scenario} settled={state.settled}
                    on_move={(*on_move).clone()} on_settle={(*on_settle).clone()}
                    on_preset={(*on_preset).clone()} />
            </main>
            <footer class="page-footer">
                <p>{ page::FOOTER }</p>
            </footer>
        </>
    }
}
