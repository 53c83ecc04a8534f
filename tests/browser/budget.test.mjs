// The byte budget: the first view with a working widget, brotli-compressed, at most 115 KB.
// "The first view with a working widget" is every request the default page makes from
// navigation until the widget answers input (the app marks <html data-app="ready">): the
// HTML, stylesheet, icon and scripts before the load event, and the model's glue and wasm
// after it. Requests are recorded in headless Chromium; byte counts come from the built
// files, compressed here at brotli quality 11, so they are deterministic. The breakdown is
// printed on every run. New features must not grow this figure: load what they need when
// they are first used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, firstView as measureFirstView, setup } from './harness.mjs';

// Raised from 115,000 when the charts became arrows drawn from one geometry (src/chart/),
// which the first view needs: about 2.8 KB of wasm (README, Measuring).
const BUDGET = 120_000;

const env = setup();

test(`the first view with a working widget loads at most ${BUDGET.toLocaleString('en')} bytes, brotli-compressed`, async () => {
  const rows = await measureFirstView(env.browser, env.server.url);
  // Everything up to the ready mark counts; the split shows what waits for the load event.
  const firstView = rows;
  const beforeLoad = rows.filter((r) => !r.afterLoad);
  const later = rows.filter((r) => r.afterLoad);
  const sum = (list) => list.reduce((total, r) => total + r.bytes, 0);
  const line = (r) => `  ${r.path.padEnd(40)} ${String(r.bytes.toLocaleString('en')).padStart(9)} B`;
  console.log(
    [
      'Before the load event (the page), brotli -11:',
      ...beforeLoad.map(line),
      `  ${'total'.padEnd(40)} ${sum(beforeLoad).toLocaleString('en').padStart(9)} B`,
      'After the load event, until the widget answers (the model):',
      ...later.map(line),
      `  ${'total'.padEnd(40)} ${sum(later).toLocaleString('en').padStart(9)} B`,
      `First view with a working widget: ${sum(firstView).toLocaleString('en')} B of ${BUDGET.toLocaleString('en')}`,
    ].join('\n'),
  );
  assert.ok(firstView.some((r) => r.path === 'index.html'));
  // The model itself must be counted: a budget that stopped at the load event would not be.
  assert.ok(firstView.some((r) => r.path.endsWith('.wasm')), 'the wasm is part of the first view');
  assert.ok(firstView.some((r) => /^explainer-.*\.js$/.test(r.path)), 'the glue is part of the first view');
  assert.ok(sum(firstView) <= BUDGET, `first view is ${sum(firstView)} B, over the ${BUDGET} B budget`);
  // What is loaded on first use stays out: the on-demand module (the downloads, the embed codes,
  // the citation, "What moves it?") is neither fetched nor compiled into the first view's wasm.
  assert.ok(!firstView.some((r) => r.path.startsWith('ondemand-')), 'the on-demand module is not part of the first view');
  const wasm = firstView.find((r) => r.path.endsWith('.wasm'));
  const text = readFileSync(join(DIST, wasm.path), 'latin1');
  for (const words of ['The bars as a table', 'Levers it may move', 'Download the numbers and charts', 'Embed this explainer']) {
    assert.ok(!text.includes(words), `the first view's wasm carries "${words}"`);
  }
});
