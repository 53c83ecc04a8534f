// Starts the explainer. The build (src/build_page.rs) writes this file into dist/ under a
// hashed name, with the glue's and the wasm's file names from trunk's inline loader in
// place of the two placeholders, so the page needs no inline script and a failure is shown
// rather than silent. The text is in the HTML already; the model loads once the page has,
// unless the link carries a scenario or an embed, which need it at once.
async function start() {
  try {
    // Fetch the wasm while the glue loads, rather than after it. A failed fetch is reported
    // by init below; the empty handler keeps it from counting as unhandled while the glue is
    // still loading.
    const response = fetch('{{WASM}}');
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
