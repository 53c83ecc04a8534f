//! `use_kept`: nodes of the prerendered page that the island keeps instead of rebuilding.
//!
//! Text that never changes (reference lists, the assumptions table, the articles' phrases
//! beside the controls) is in the page as HTML already. Before mounting, the composition root
//! collects every element marked `data-kept="…"` inside the island's root; the island then
//! puts a copy of each back where its component stands, so the wasm needs no copy of the
//! text and no code to build it.

use std::rc::Rc;

use yew::prelude::*;

/// The kept nodes by name, shared with the island through a context. A list, not a hash
/// map: it holds a few dozen names, looked up once per mounted component, and a map keyed by
/// `String` (hashbrown with SipHash, monomorphised) cost the wasm more than it could save.
#[derive(Clone, Debug, Default)]
pub struct KeptNodes(Rc<Vec<(String, web_sys::Node)>>);

impl KeptNodes {
    /// Wraps the nodes the composition root collected.
    pub fn new(nodes: Vec<(String, web_sys::Node)>) -> Self {
        Self(Rc::new(nodes))
    }
}

impl PartialEq for KeptNodes {
    /// The same set of nodes: the context never changes after mounting.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A fresh copy of the kept node called `name`, made once per mounted component (a node can
/// stand in one place only, and the same text may be shown in two places). `None` at build
/// time, where the component renders the text itself.
#[hook]
pub fn use_kept(name: AttrValue) -> Option<web_sys::Node> {
    let kept = use_context::<KeptNodes>().unwrap_or_default();
    let copy = use_memo(name, move |name| {
        kept.0
            .iter()
            .find(|(kept, _)| kept.as_str() == name.as_str())
            .and_then(|(_, node)| node.clone_node_with_deep(true).ok())
    });
    (*copy).clone()
}
