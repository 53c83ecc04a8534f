//! "What moves it?": for one number (a market indicator or a politics readout), which lever
//! matters most (a tornado of the eight levers' spans, with a table of the same) and what it
//! would take to bring the number to a level (a search whose answer becomes the scenario on
//! screen, as one step Back undoes). Part of the on-demand module, opened from a card.

use yew::prelude::*;

use crate::content::explore;
use crate::content::words;
use crate::hooks::{use_back_forward, use_history_step, use_modal};
use crate::link::Link;
use crate::model::sensitivity::{self, Bar, Measure, Sought};
use crate::model::{evaluate, Input, Scenario};

/// Props for [`ExploreDialog`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The number the reader asked about.
    pub measure: Measure,
    /// The scenario on screen and its pin.
    pub link: Link,
    /// The explainer's address.
    pub page_url: AttrValue,
}

/// What the last search said, and the nearest scenario when the target was out of reach.
#[derive(Clone, Debug, Default, PartialEq)]
struct Answer {
    sentence: String,
    nearest: Option<Sought>,
}

/// The dialog, open.
#[component]
pub fn ExploreDialog(props: &Props) -> Html {
    let dialog = use_node_ref();
    let close = use_modal(&dialog);
    let step = use_history_step();
    let measure = use_state_eq(|| props.measure);
    // The scenario the answers start from: the page's, followed through Back and Forward and
    // through the scenarios this dialog hands the page.
    let link = use_state_eq(|| props.link.clone());
    let free = use_state_eq(|| [true; Input::COUNT]);
    let target = use_state_eq(|| None::<String>);
    let answer = use_state_eq(Answer::default);
    {
        let (link, answer) = (link.clone(), answer.clone());
        use_back_forward(Callback::from(move |loaded: Link| {
            link.set(Link { embed: None, ..loaded });
            answer.set(Answer::default());
        }));
    }
    let scenario = link.scenario;
    let current = measure.value(&evaluate(&scenario));
    let bars = sensitivity::tornado(&scenario, *measure);

    let on_measure = {
        let (measure, target, answer) = (measure.clone(), target.clone(), answer.clone());
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Some(chosen) = Measure::from_slug(&select.value()) {
                measure.set(chosen);
                target.set(None);
                answer.set(Answer::default());
            }
        })
    };
    let on_target = {
        let target = target.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            target.set(Some(input.value()));
        })
    };
    let on_free = |input: Input| {
        let free = free.clone();
        Callback::from(move |event: Event| {
            let checkbox: web_sys::HtmlInputElement = event.target_unchecked_into();
            let mut next = *free;
            next[input as usize] = checkbox.checked();
            free.set(next);
        })
    };
    // Hands the page a scenario: a new history entry the app loads, as Back and Forward do.
    let apply = {
        let (link, page_url) = (link.clone(), props.page_url.clone());
        move |found: Scenario| {
            let next = Link { scenario: found, embed: None, made_with: None, ..(*link).clone() };
            if step.push(&next.reader_address(&page_url)) {
                link.set(next);
            }
        }
    };
    // What the field shows: what the reader typed, or the current level to start with.
    let typed = (*target).clone().unwrap_or_else(|| explore::target_text(*measure, current));
    let on_find = {
        let (measure, typed, free, answer, apply) =
            (*measure, typed.clone(), *free, answer.clone(), apply.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(goal) = explore::parse_target(&typed) else {
                answer.set(Answer { sentence: explore::BAD_TARGET.to_owned(), nearest: None });
                return;
            };
            let levers: Vec<Input> =
                Input::ALL.into_iter().filter(|&input| free[input as usize]).collect();
            if levers.is_empty() {
                answer.set(Answer { sentence: explore::NO_LEVERS.to_owned(), nearest: None });
                return;
            }
            let sought = sensitivity::seek(&scenario, measure, goal, &levers);
            let sentence = explore::result(measure, &scenario, goal, &sought);
            if sought.met && sought.scenario != scenario {
                apply(sought.scenario);
            }
            let nearest = (!sought.met && sought.scenario != scenario).then_some(sought);
            answer.set(Answer { sentence, nearest });
        })
    };
    let on_nearest = answer.nearest.map(|nearest| {
        let (answer, apply) = (answer.clone(), apply.clone());
        Callback::from(move |_: MouseEvent| {
            apply(nearest.scenario);
            answer.set(Answer::default());
        })
    });
    html! {
        <dialog ref={dialog} class="embed-dialog explore-dialog" id="explore-dialog" aria-labelledby="explore-title">
            <h2 id="explore-title">{ explore::title(*measure) }</h2>
            <p class="explore-framing">{ explore::FRAMING }</p>
            <p class="explore-pick">
                <label for="explore-measure">{ explore::PICK }</label>
                <select id="explore-measure" onchange={on_measure}>
                    { for Measure::all().map(|choice| html! {
                        <option value={choice.slug()} selected={choice == *measure}>{ explore::name(choice) }</option>
                    }) }
                </select>
                <span class="explore-now">{ explore::level(*measure, current) }</span>
            </p>
            <section aria-labelledby="matters-title">
                <h3 id="matters-title">{ explore::MATTERS_TITLE }</h3>
                <p class="embed-note">{ explore::MATTERS_INTRO }</p>
                { view_tornado(*measure, &bars, current) }
            </section>
            <section aria-labelledby="take-title">
                <h3 id="take-title">{ explore::TAKE_TITLE }</h3>
                <p class="embed-note">{ explore::take_intro(*measure) }</p>
                <form class="seek" onsubmit={on_find}>
                    <p class="seek-target">
                        <label for="seek-target">{ explore::TARGET_LABEL }<span class="seek-unit">{ format!(" ({})", explore::unit_hint(*measure)) }</span></label>
                        <input id="seek-target" type="text" inputmode="decimal" autocomplete="off" value={typed} oninput={on_target} />
                    </p>
                    <fieldset class="seek-levers">
                        <legend>{ explore::LEVERS_LEGEND }</legend>
                        { for Input::ALL.into_iter().map(|input| html! {
                            <label class="seek-lever">
                                <input type="checkbox" name="free" value={input.info().key} checked={free[input as usize]} onchange={on_free(input)} />
                                { words::input_words(input).label }
                            </label>
                        }) }
                    </fieldset>
                    <button type="submit" class="share-button" id="seek-find">{ explore::FIND }</button>
                </form>
                <p class="seek-result" role="status" id="seek-result">{ answer.sentence.clone() }</p>
                if let (Some(nearest), Some(on_nearest)) = (answer.nearest, on_nearest) {
                    <button type="button" class="share-button" id="seek-nearest" onclick={on_nearest}>
                        { explore::show_nearest(*measure, nearest.level) }
                    </button>
                }
            </section>
            <button type="button" class="share-button embed-close" onclick={close.reform(|_: MouseEvent| ())}>{ words::CLOSE }</button>
        </dialog>
    }
}

/// Where a level sits on the tornado's shared axis, as a percentage of its width.
fn position(value: f64, (low, high): (f64, f64)) -> f64 {
    if high > low {
        100.0 * (value - low) / (high - low)
    } else {
        50.0
    }
}

/// Height of a bar's lane and of a line of its labels, in CSS px.
const LANE: f64 = 18.0;
const LINE: f64 = 16.0;
/// The narrowest the track gets: the dialog on a 320 px screen.
const NARROWEST: f64 = 250.0;

/// One lever's bar on the shared axis (`left` and `right` in percent), the dot at now, and
/// the two ends labelled with their levels and slider ends. Drawn in SVG, positioned by its
/// attributes: the page's CSP allows no inline styles. Each label starts at its end of the
/// bar and runs away from the axis's nearer edge; a narrow bar's second label takes a line of
/// its own, so the two never overlap.
fn view_bar(measure: Measure, bar: &Bar, (left, right): (f64, f64), now: f64, rises: bool) -> Html {
    let label = |x: f64, y: f64, text: String, towards_end: bool| {
        let anchor = if towards_end { "start" } else { "end" };
        html! { <text class="tornado-end" x={format!("{x:.2}%")} y={format!("{y}")} text-anchor={anchor}>{ text }</text> }
    };
    let (first_text, second_text) =
        (explore::bar_end(measure, bar, !rises), explore::bar_end(measure, bar, rises));
    // Whether the two labels could collide on the narrowest track (a 320 px screen), at about
    // 6.6 px a character of the labels' 12 px type.
    let chars = (first_text.chars().count() + second_text.chars().count() + 3) as f64;
    let two_lines = chars * 6.6 > (right - left) / 100.0 * NARROWEST;
    let height = LANE + LINE * if two_lines { 2.0 } else { 1.0 };
    let first = LANE + LINE - 4.0;
    let second = if two_lines { first + LINE } else { first };
    html! {
        <svg class="tornado-track" width="100%" height={format!("{height}")} aria-hidden="true">
            <line class="tornado-axis" x1="0" x2="0" y1="0" y2={format!("{LANE}")} />
            <line class="tornado-axis" x1="100%" x2="100%" y1="0" y2={format!("{LANE}")} />
            <rect class={classes!("tornado-bar", rises.then_some("tornado-rises"))} x={format!("{left:.2}%")}
                width={format!("{:.2}%", right - left)} y="4" height={format!("{}", LANE - 8.0)} rx="2" />
            <circle class="tornado-now" cx={format!("{now:.2}%")} cy={format!("{}", LANE / 2.0)} r="6" />
            { label(left, first, first_text, left < 50.0) }
            { label(right, second, second_text, right <= 50.0) }
        </svg>
    }
}

/// The eight bars on one axis, widest first, with the same numbers as a table.
fn view_tornado(measure: Measure, bars: &[Bar], current: f64) -> Html {
    let axis = bars.iter().fold((current, current), |(low, high), bar| {
        (low.min(bar.at_zero).min(bar.at_full), high.max(bar.at_zero).max(bar.at_full))
    });
    let now = position(current, axis);
    html! {
        <>
            <ul class="tornado">
                { for bars.iter().map(|bar| {
                    let (start, end) = (position(bar.at_zero, axis), position(bar.at_full, axis));
                    let (left, right) = (start.min(end), start.max(end));
                    let rises = bar.at_full > bar.at_zero;
                    html! {
                        <li class="tornado-row" data-input={bar.input.info().key}>
                            <span class="tornado-lever">{ words::input_words(bar.input).label }</span>
                            <span class="tornado-share">
                                if let Some(share) = explore::share(measure, bar.share) {
                                    <span class="visually-hidden">{ explore::SHARE_LABEL }</span>{ share }
                                }
                            </span>
                            if bar.span() > 0.0 {
                                { view_bar(measure, bar, (left, right), now, rises) }
                            } else {
                                <span class="tornado-effect">{ explore::NO_EFFECT }</span>
                            }
                        </li>
                    }
                }) }
            </ul>
            <details class="tornado-table">
                <summary>{ explore::TABLE_SUMMARY }</summary>
                <table>
                    <thead><tr>{ for explore::TABLE_COLUMNS.iter().map(|column| html! { <th scope="col">{ *column }</th> }) }</tr></thead>
                    <tbody>
                        { for bars.iter().map(|bar| html! {
                            <tr>
                                <th scope="row">{ words::input_words(bar.input).label }</th>
                                <td>{ explore::level(measure, bar.at_zero) }</td>
                                <td>{ explore::level(measure, bar.at_full) }</td>
                                <td>{ explore::change(measure, bar.share) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </>
    }
}
