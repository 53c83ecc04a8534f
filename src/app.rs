//! The interactive island: the scenario widget and the one owner of its state, which it
//! hands down as props. The articles around it are static HTML, written at build time by
//! [`crate::page::Page`] and never re-rendered in the browser. It reaches the browser only
//! through hooks.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::scenario_widget::ScenarioWidget;
use crate::content::words;
use crate::hooks::{use_address_bar, use_back_forward, use_mark_ready, use_world_links, KeptNodes};
use crate::link::{History, Link};
use crate::model::{Input, Preset, Scenario};

/// What the page was opened with.
#[derive(Clone, Debug, Default, PartialEq, Properties)]
pub struct Props {
    /// The link's scenario, embed section and theme.
    #[prop_or_default]
    pub initial: Link,
    /// The page's address without query or fragment, the base of shared links.
    #[prop_or_default]
    pub page_url: AttrValue,
    /// The prerendered nodes the island keeps instead of rebuilding (none at build time).
    #[prop_or_default]
    pub kept: KeptNodes,
}

/// The page's state: the scenario on screen, the last one the reader settled on, and how
/// the latest change should enter the browser's history.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct State {
    /// What the sliders show, updated on every step of a drag.
    pub scenario: Scenario,
    /// What the screen-reader summary announces, updated when a move settles.
    pub settled: Scenario,
    /// The settled scenario before the latest settle: the announcement says what changed.
    pub previous: Scenario,
    /// The scenario pinned as "A" for comparison, if any.
    pub pinned: Option<Scenario>,
    /// How the address bar follows the latest change; `None` when the change came from it.
    pub history: Option<History>,
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
    /// The reader pinned the scenario on screen as "A", or unpinned it.
    Pin,
    /// The reader went Back or Forward to a scenario and its pin.
    Load(Scenario, Option<Scenario>),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Move(input, value) => State {
                scenario: self.scenario.with(input, value),
                history: Some(History::Replace),
                ..*self
            },
            // A settle that changes nothing keeps the last announcement.
            Action::Settle if self.scenario == self.settled => *self,
            Action::Settle => State { settled: self.scenario, previous: self.settled, ..*self },
            Action::Preset(preset) => State {
                scenario: preset.scenario(),
                settled: preset.scenario(),
                previous: self.settled,
                history: Some(History::Push),
                ..*self
            },
            // Pinning is a step Back can undo, like a preset; what is pinned is what is on
            // screen, which also counts as settled.
            Action::Pin => State {
                pinned: if self.pinned.is_some() { None } else { Some(self.scenario) },
                settled: self.scenario,
                previous: self.settled,
                history: Some(History::Push),
                ..*self
            },
            Action::Load(scenario, pinned) => {
                State { scenario, settled: scenario, previous: self.settled, pinned, history: None }
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

/// The scenario widget with its state, address-bar sync and Back/Forward handling.
#[component]
pub fn App(props: &Props) -> Html {
    let Link { scenario: initial, pinned, embed, theme, .. } = props.initial;
    let state = use_reducer_eq(move || State {
        scenario: initial,
        settled: initial,
        previous: initial,
        pinned,
        history: None,
    });

    use_address_bar(
        Link { scenario: state.scenario, pinned: state.pinned, embed, theme, made_with: None },
        state.history,
    );
    // The first render has replaced the prerendered page: say so.
    use_mark_ready();

    // Callbacks built once from the dispatcher, which never changes, so children whose other
    // props are unchanged (the sliders not being moved) skip re-rendering.
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
    let on_load = use_memo((), {
        let dispatcher = dispatcher.clone();
        move |()| {
            Callback::from(move |link: Link| {
                dispatcher.dispatch(Action::Load(link.scenario, link.pinned))
            })
        }
    });
    let on_pin = use_memo((), {
        let dispatcher = dispatcher.clone();
        move |()| Callback::from(move |()| dispatcher.dispatch(Action::Pin))
    });
    let on_preset = use_memo((), move |()| {
        Callback::from(move |preset| dispatcher.dispatch(Action::Preset(preset)))
    });
    // Back and Forward restore the scenario their entry holds; the articles' world links
    // choose a preset in place.
    use_back_forward((*on_load).clone());
    use_world_links((*on_preset).clone());
    // Said once, for the scenario the page was opened at; an embed shows nothing but itself.
    let landed = use_memo((), move |()| {
        embed
            .is_none()
            .then(|| words::landing(&initial, pinned.as_ref()))
            .flatten()
            .map(AttrValue::from)
    });

    html! {
        <ContextProvider<KeptNodes> context={props.kept.clone()}>
            <ScenarioWidget scenario={state.scenario} settled={state.settled} previous={state.previous}
                pinned={state.pinned} on_pin={(*on_pin).clone()}
                on_move={(*on_move).clone()} on_settle={(*on_settle).clone()}
                on_preset={(*on_preset).clone()} page_url={props.page_url.clone()}
                landed={(*landed).clone()} />
        </ContextProvider<KeptNodes>>
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use yew::Reducible;

    use crate::app::{Action, State};
    use crate::link::History;
    use crate::model::{Input, Preset, Scenario};

    fn reduce(state: State, action: Action) -> State {
        *Rc::new(state).reduce(action)
    }

    #[test]
    fn slider_moves_replace_history_and_presets_push_it() {
        let moved = reduce(State::default(), Action::Move(Input::Fighting, 90));
        assert_eq!(moved.scenario.get(Input::Fighting), 90);
        assert_eq!(moved.settled, Scenario::default(), "a drag is not announced until it settles");
        assert_eq!(moved.history, Some(History::Replace));
        let settled = reduce(moved, Action::Settle);
        assert_eq!(settled.settled, settled.scenario);
        let preset = reduce(settled, Action::Preset(Preset::Freeze));
        assert_eq!(
            (preset.scenario, preset.settled),
            (Preset::Freeze.scenario(), Preset::Freeze.scenario())
        );
        assert_eq!(preset.history, Some(History::Push));
        let back = reduce(preset, Action::Load(Scenario::default(), None));
        assert_eq!(back.history, None, "Back/Forward must not write history again");
    }

    #[test]
    fn pinning_keeps_the_scenario_on_screen_as_a_and_is_a_history_step() {
        let freeze = reduce(State::default(), Action::Preset(Preset::Freeze));
        let pinned = reduce(freeze, Action::Pin);
        assert_eq!(pinned.pinned, Some(Preset::Freeze.scenario()));
        assert_eq!(pinned.history, Some(History::Push));
        let moved = reduce(pinned, Action::Move(Input::Fighting, 90));
        assert_eq!(moved.pinned, Some(Preset::Freeze.scenario()), "moving keeps A");
        let unpinned = reduce(moved, Action::Pin);
        assert_eq!((unpinned.pinned, unpinned.scenario), (None, moved.scenario));
        let back = reduce(unpinned, Action::Load(moved.scenario, moved.pinned));
        assert_eq!(back.pinned, Some(Preset::Freeze.scenario()), "Back restores the pin");
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state_so_nothing_re_renders() {
        let state = Rc::new(State::default());
        let same = Rc::clone(&state).reduce(Action::Settle);
        assert!(Rc::ptr_eq(&state, &same));
    }
}
