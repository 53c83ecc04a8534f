// Starts the explainer. The build (src/build_page/mod.rs) writes this file into dist/ under a
// hashed name, with the glue's and the wasm's file names from trunk's inline loader in
// place of the two placeholders, so the page needs no inline script and a failure is shown
// rather than silent. The text is in the HTML already; the model loads once the page has,
// unless the link carries a scenario or an embed, which need it at once.
// A world's or an embed section's own page (worlds/freeze/, embed/compact/) is the explainer
// at that scenario or section: before the app reads the address, the address becomes the
// explainer's own with that query, so that shared links, Back and Forward work as they do
// there. The page was prerendered at the same scenario, so nothing on screen changes.
const { root, query } = document.documentElement.dataset;
if (root !== undefined) {
  // This page's relative addresses are written from its own folder; once the address is the
  // explainer's, they would resolve from there, so links and the icon are made absolute
  // first. Links within the page (#…) stay as they are.
  for (const el of document.querySelectorAll('a[href]:not([href^="#"]), link[rel~="icon"]')) {
    el.setAttribute('href', el.href);
  }
  const search = location.search ? location.search.slice(1) : query;
  const own = new URL(root, location.href);
  own.search = search ?? '';
  own.hash = location.hash;
  history.replaceState(history.state, '', own.href);
}
// The downloads and the embed codes are a second, smaller wasm module (src/bin/on_demand.rs),
// fetched the first time a reader opens one of them, so the first view never pays for them.
// The app calls this with what to open, the link's query and the page's address; the
// promise rejects if the module cannot load, and the next press tries again.
let onDemand;
window.explainerOnDemand = (kind, query, page) => {
  if (!onDemand) {
    onDemand = import('{{ON_DEMAND}}').then(async (module) => {
      await module.default();
      return module;
    });
    onDemand.catch(() => { onDemand = undefined; });
  }
  return onDemand.then((module) => {
    if (!module.open(kind, query, page)) throw new Error(`nothing to open for ${kind}`);
  });
};
// "Cite this scenario", in How we built this, and each card's "What moves it?": the on-demand
// module answers for the address, which the app keeps in step with the scenario on screen.
addEventListener('click', (event) => {
  const opener = event.target.closest?.('#open-cite, [data-explore]');
  if (!opener) return;
  const measure = opener.dataset.explore;
  const failed = measure ? opener.nextElementSibling : document.querySelector('.cite-failed');
  failed.hidden = true;
  const kind = measure ? `explore:${measure}` : 'cite';
  window.explainerOnDemand(kind, location.search.slice(1), location.origin + location.pathname)
    .catch(() => { failed.hidden = false; });
});
async function start() {
  try {
    // Fetch the wasm while the glue loads, rather than after it. A failed fetch is reported
    // by init below; the empty handler keeps it from counting as unhandled while the glue is
    // still loading.
    const response = fetch(new URL('{{WASM}}', import.meta.url));
    response.catch(() => {});
    const { default: init } = await import('{{GLUE}}');
    const wasm = await init({ module_or_path: response });
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  } catch (error) {
    document.documentElement.dataset.app = 'failed';
    console.warn('The interactive model could not start:', error);
  }
}
if (document.readyState === 'complete' || location.search) start();
else addEventListener('load', start, { once: true });
