//! "Why did this move?": each input's share of an output's move, with the article phrase
//! and the historical figure behind it.

use yew::prelude::*;

use crate::components::kept::Kept;
use crate::content::words::{self, Measure};
use crate::model::{Beyond, Contribution};

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
    /// What moved, said after the disclosure's label for screen readers, so that each of the
    /// eleven disclosures has its own name.
    pub subject: AttrValue,
    /// Whether the level goes beyond what the cited evidence supports, and which edge.
    #[prop_or_default]
    pub beyond: Option<Beyond>,
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
    // The shares as the list writes them, leaving out any that round to nothing at the
    // output's precision ("+$0/bbl from …" tells a reader nothing). Built only while open.
    let shares: Vec<(String, String, &Contribution)> = if *open {
        props
            .contributions
            .iter()
            .filter_map(|share| {
                let (amount, input) = words::why_share(props.measure, share.amount, share.input);
                (!words::reads_as_zero(&amount)).then_some((amount, input, share))
            })
            .collect()
    } else {
        Vec::new()
    };
    html! {
        <details class="why" {ontoggle}>
            <summary>{ words::WHY }<span class="visually-hidden">{ words::WHY_OF }{ props.subject.clone() }</span></summary>
            if !*open {
                // Nothing: the summary alone is visible while closed.
            } else if shares.is_empty() {
                <p>{ words::WHY_NOTHING }</p>
            } else {
                if props.limited {
                    <p class="why-limited">{ words::LIMITED }</p>
                }
                if let (Some(beyond), Measure::Indicator(indicator)) = (props.beyond, props.measure) {
                    <p class="why-beyond">{ words::beyond_evidence(indicator, beyond) }</p>
                }
                <ul class="why-list">
                    { for shares.into_iter().map(|(amount, input, share)| {
                        html! {
                        <li>
                            <span class="why-amount">{ amount }</span>
                            { words::WHY_FROM }<strong>{ input }</strong>
                            // The assumptions table on the page holds these words; the list
                            // shows copies of its cells.
                            <span class="why-phrase">
                                <Kept inline=true name={format!("coef-phrase-{}", share.coefficient.name)}>
                                    { prerendered!(html! { share.coefficient.phrase }) }
                                </Kept>
                            </span>
                            <span class="why-figure">
                                <Kept inline=true name={format!("coef-figure-{}", share.coefficient.name)}>
                                    { prerendered!(html! { share.coefficient.figure }) }
                                </Kept>
                            </span>
                        </li>
                    }}) }
                </ul>
            }
        </details>
    }
}
