//! The first article's summary table, as a real table that reflows on narrow screens.

use yew::prelude::*;

use crate::content::Table;

/// Props for [`SummaryTable`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The table to show.
    pub table: &'static Table,
    /// Which article the table is from, for when it travels alone in an embed.
    pub attribution: AttrValue,
}

/// A captioned table with a header row. Below 30 em each row becomes a stacked card, with
/// the column names shown beside the cells by the stylesheet, so nothing scrolls sideways.
#[component]
pub fn SummaryTable(props: &Props) -> Html {
    let table = props.table;
    html! {
        <div class="table-wrap">
            <table class="summary-table stack-table">
                // The heading right above already shows the caption's words; the caption names the
                // table for screen readers without repeating them on screen.
                <caption class="visually-hidden">{ table.caption }</caption>
                <thead>
                    <tr>{ for table.header.iter().map(|name| html! { <th scope="col">{ *name }</th> }) }</tr>
                </thead>
                <tbody>
                    { for table.rows.iter().map(|row| html! {
                        <tr>
                            { for row.iter().zip(&table.header).enumerate().map(|(column, (cell, name))| {
                                if column == 0 {
                                    html! { <th scope="row" data-label={*name}>{ *cell }</th> }
                                } else {
                                    html! { <td data-label={*name}>{ *cell }</td> }
                                }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            // Shown only when the table is embedded alone (the stylesheet), so that it never
            // travels as bare claims.
            <p class="table-attribution">{ props.attribution.clone() }</p>
        </div>
    }
}
