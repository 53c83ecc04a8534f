//! "Why did this move?": each input's share of an output's move, with the article phrase
//! and the historical figure behind it.

use yew::prelude::*;

use crate::content::page;
use crate::model::{number, Contribution, Indicator};

/// What an output is measured in, for writing its shares.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Measure {
    /// A market indicator's own unit.
    Indicator(Indicator),
    /// Points on a 0–100 scale.
    Points,
    /// Basis-point equivalents of the rotation test.
    BpEquivalents,
}

impl Measure {
    /// A change with its sign and unit.
    pub fn format_change(self, change: f64) -> String {
        let sign = if change < 0.0 { "−" } else { "+" };
        match self {
            Measure::Indicator(indicator) => indicator.format_change(change),
            Measure::Points => format!("{sign}{} pts", number::magnitude(change, 1)),
            Measure::BpEquivalents => format!("{sign}{} bp-eq", number::magnitude(change, 1)),
        }
    }
}

/// Props for [`WhyList`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The shares, largest first.
    pub contributions: Vec<Contribution>,
    /// What the output is measured in.
    pub measure: Measure,
    /// Whether the output was held at a limit.
    #[prop_or_default]
    pub limited: bool,
}

/// A disclosure listing the shares; closed by default so the charts stay scannable.
///
/// The list is only built while the disclosure is open: eleven closed lists would otherwise
/// be rebuilt and diffed on every step of a slider for nothing a reader can see.
#[component]
pub fn WhyList(props: &Props) -> Html {
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            let details: web_sys::HtmlDetailsElement = event.target_unchecked_into();
            open.set(details.open());
        })
    };
    html! {
        <details class="why" {ontoggle}>
            <summary>{ page::WHY }</summary>
            if !*open {
                // Nothing: the summary alone is visible while closed.
            } else if props.contributions.is_empty() {
                <p>{ page::WHY_NOTHING }</p>
            } else {
                if props.limited {
                    <p class="why-limited">{ page::LIMITED }</p>
                }
                <ul class="why-list">
                    { for props.contributions.iter().map(|share| html! {
                        <li>
                            <span class="why-amount">{ props.measure.format_change(share.amount) }</span>
                            { " from " }<strong>{ share.input.info().label.to_lowercase() }</strong>
                            <span class="why-phrase">{ share.coefficient.phrase }</span>
                            <span class="why-figure">{ share.coefficient.figure }</span>
                        </li>
                    }) }
                </ul>
            }
        </details>
    }
}
