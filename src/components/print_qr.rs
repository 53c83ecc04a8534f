//! The scenario's link as a QR code with the address written out, for the printed page.
//! Part of the on-demand module: "Print" in the download dialog mounts it after the widget
//! and opens the browser's print dialog once it is on the page. On screen it is never shown.

use yew::prelude::*;

use crate::content::words;
use crate::hooks::use_print_on_mount;
use crate::link::qr;

/// Props for [`PrintQr`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The scenario's address.
    pub address: AttrValue,
}

/// The code and its caption; then the print dialog.
#[component]
pub fn PrintQr(props: &Props) -> Html {
    use_print_on_mount();
    let Some(code) = qr::encode(&props.address) else { return Html::default() };
    html! {
        <figure class="print-qr" id="print-qr">
            <svg viewBox={format!("0 0 {0} {0}", code.side)} role="img" aria-label={words::PRINT_QR}>
                <path d={code.path} />
            </svg>
            <figcaption>
                { words::PRINT_QR }{ ": " }{ props.address.clone() }
                { " · " }{ words::CITE_MODEL }{ " " }{ crate::export::model_version() }
            </figcaption>
        </figure>
    }
}
