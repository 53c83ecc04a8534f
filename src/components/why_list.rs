//! "Why did this move?": each input's share of an output's move, with the article phrase
//! and the historical figure behind it.

use yew::prelude::*;

use crate::components::chart_view::percent;
use crate::components::kept::Kept;
use crate::content::explore;
use crate::content::why;
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
    /// The output's key for "What moves it?" (`model::sensitivity::Measure::slug`), which the
    /// button at the list's end hands the boot script.
    pub explore: &'static str,
    /// Whether the level goes beyond what the cited evidence supports, and which edge.
    #[prop_or_default]
    pub beyond: Option<Beyond>,
}

/// One lever's row: its part of the move, written and drawn as a bar from the centre line
/// (right for up, left for down, as long as its share of the largest), its name, and the
/// reason, once.
fn view_row(measure: Measure, row: &why::Row, largest: f64) -> Html {
    // Fractions of the bar's width, written as percentages without float formatting.
    let half = if largest > 0.0 { 0.5 * row.amount.abs() / largest } else { 0.0 };
    let x = if row.amount < 0.0 { 0.5 - half } else { 0.5 };
    let (amount, lever) = words::why_share(measure, row.amount, row.input);
    html! {
        <li>
            <span class="why-amount">{ amount }</span>
            <svg class="why-bar" aria-hidden="true" width="100%" height="12">
                <rect x={percent(x)} width={percent(half)} y="1" height="10" />
                <line x1="50%" x2="50%" y1="0" y2="12" />
            </svg>
            <span class="why-lever">{ words::WHY_FROM }<strong>{ lever }</strong></span>
            if let Some(coefficient) = row.reason {
                // The assumptions table on the page holds these words; the list shows copies
                // of its cells.
                <span class="why-phrase">
                    <Kept inline=true name={format!("coef-phrase-{}", coefficient.name)}>
                        { prerendered!(html! { coefficient.phrase }) }
                    </Kept>
                </span>
                <span class="why-figure">
                    <Kept inline=true name={format!("coef-figure-{}", coefficient.name)}>
                        { prerendered!(html! { coefficient.figure }) }
                    </Kept>
                </span>
            } else if let Some(other) = row.shared_with {
                <span class="why-phrase">{ words::why_same_effect(other) }</span>
            }
        </li>
    }
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
    // One row per lever, leaving out any that rounds to nothing at the output's precision
    // ("+$0/bbl from …" tells a reader nothing). Built only while open.
    let rows = if *open {
        why::rows(&props.contributions, |amount| {
            !words::reads_as_zero(&words::change(props.measure, amount))
        })
    } else {
        Vec::new()
    };
    let largest = rows.first().map_or(0.0, |row| row.amount.abs());
    html! {
        <details class="why" {ontoggle}>
            <summary>{ words::WHY }<span class="visually-hidden">{ words::WHY_OF }{ props.subject.clone() }</span></summary>
            if !*open {
                // Nothing: the summary alone is visible while closed.
            } else if rows.is_empty() {
                <p>{ words::WHY_NOTHING }</p>
            } else {
                if props.limited {
                    <p class="why-limited">{ words::LIMITED }</p>
                }
                if let (Some(beyond), Measure::Indicator(indicator)) = (props.beyond, props.measure) {
                    <p class="why-beyond">{ words::beyond_evidence(indicator, beyond) }</p>
                }
                <ul class="why-list">
                    { for rows.iter().map(|row| view_row(props.measure, row, largest)) }
                </ul>
            }
            if *open {
                // Which lever matters most, and what it would take: the on-demand module's
                // dialog, which the boot script opens for the address (`static/boot.js`).
                <p class="why-explore">
                    <button type="button" class="explore-open" data-explore={props.explore}>{ explore::OPEN }</button>
                    <span class="explore-failed" role="alert" hidden=true>{ words::ON_DEMAND_FAILED }</span>
                </p>
            }
        </details>
    }
}
