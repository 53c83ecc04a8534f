//! The second composition root: the on-demand module, a wasm of its own that the boot script
//! imports the first time a reader opens the embed codes or the downloads, so the first view
//! never pays for them (`tests/browser/budget.test.mjs`). It decodes the link the app hands
//! it, as untrusted as any other, and mounts what was asked for.
//!
//! Built with the feature `on-demand`, which keeps the reference figures' text that the first
//! view's wasm leaves out: the data download lists them.

use std::cell::RefCell;
use std::thread::LocalKey;

use explainer::browser;
use explainer::components::citation::{self, Citation};
use explainer::components::explore_dialog::{self, ExploreDialog};
use explainer::components::link_notices::{self, LinkNotices};
use explainer::components::on_demand::{self, OnDemandDialog};
use explainer::components::print_qr::{self, PrintQr};
use explainer::content::{
    OnDemand, CITE_ROOT, EXPLORE_ROOT, NOTICES_ROOT, ON_DEMAND_ROOT, PRINT_ROOT, WIDGET_ROOT,
};
use explainer::model::sensitivity::Measure;
use explainer::{export, link};
use wasm_bindgen::prelude::wasm_bindgen;
use yew::{AppHandle, BaseComponent};

/// Where one kind of mount lives while it is on the page.
type Slot<C> = RefCell<Option<AppHandle<C>>>;

thread_local! {
    /// The dialog on the page, replaced by the next one opened.
    static DIALOG: Slot<OnDemandDialog> = const { RefCell::new(None) };
    /// The printed QR code, replaced by the next print.
    static PRINTED: Slot<PrintQr> = const { RefCell::new(None) };
    /// The citation under "How we built this", replaced when asked for again.
    static CITED: Slot<Citation> = const { RefCell::new(None) };
    /// What the page's link got wrong.
    static NOTICED: Slot<LinkNotices> = const { RefCell::new(None) };
    /// "What moves it?", replaced by the next one opened.
    static EXPLORING: Slot<ExploreDialog> = const { RefCell::new(None) };
}

/// Mounts `props` on the element `id` (made after `after`, or at the end of the body),
/// replacing what `slot` held; false if there is nowhere to mount.
fn remount<C: BaseComponent>(
    slot: &'static LocalKey<Slot<C>>,
    id: &str,
    after: Option<&str>,
    props: C::Properties,
) -> bool {
    let Some(root) = browser::on_demand_root(id, after) else { return false };
    slot.with(|mounted| {
        if let Some(previous) = mounted.borrow_mut().take() {
            previous.destroy();
        }
        *mounted.borrow_mut() = Some(yew::Renderer::<C>::with_root_and_props(root, props).render());
    });
    true
}

/// Opens `what` ("embed", "download", "print", "cite", "notices", or "explore:" and a
/// measure's slug, from a card) for the scenario in `query`, on the explainer at `page_url`.
/// Returns false, and opens nothing, for an what it does not know.
#[wasm_bindgen]
pub fn open(what: &str, query: &str, page_url: &str) -> bool {
    let (what, detail) = what.split_once(':').unwrap_or((what, ""));
    let Some(what) = OnDemand::from_key(what) else { return false };
    // For the notices, `query` is the page's own, as untrusted as when the app read it; the
    // other parts get a query the app wrote, whose notices were shown when the page opened.
    let (link, notices) = link::decode(query);
    match what {
        // On the page's own notice root, which the prerendered page holds above the articles.
        OnDemand::Notices => remount(&NOTICED, NOTICES_ROOT, None, link_notices::Props { notices }),
        // After the widget, so the code prints with it; it opens the print dialog itself.
        OnDemand::Print => {
            let props = print_qr::Props { address: link.reader_address(page_url).into() };
            remount(&PRINTED, PRINT_ROOT, Some(WIDGET_ROOT), props)
        }
        // Into the root "How we built this" holds (components::assumptions_table).
        OnDemand::Cite => {
            let text = export::citation(page_url, &link, &browser::reader_date());
            let props = citation::Props { text: text.into(), id: "citation-line".into() };
            let mounted = remount(&CITED, CITE_ROOT, None, props);
            // Shown again: the app hides it when the scenario, and so the address, changes.
            if let Some(root) = browser::element(CITE_ROOT) {
                let _ = root.remove_attribute("hidden");
            }
            mounted
        }
        OnDemand::Explore => {
            let Some(measure) = Measure::from_slug(detail) else { return false };
            let props =
                explore_dialog::Props { measure, link, page_url: page_url.to_owned().into() };
            remount(&EXPLORING, EXPLORE_ROOT, None, props)
        }
        OnDemand::Embed | OnDemand::Download => {
            let props = on_demand::Props { what, link, page_url: page_url.to_owned().into() };
            remount(&DIALOG, ON_DEMAND_ROOT, None, props)
        }
    }
}

/// Nothing to start: the module only answers `open`.
fn main() {}
