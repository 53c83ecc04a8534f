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
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST, setup } from './harness.mjs';

const BUDGET = 115_000;

const env = setup();

const brotli = (file) =>
  brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

test(`the first view with a working widget loads at most ${BUDGET.toLocaleString('en')} bytes, brotli-compressed`, async () => {
  const page = await env.browser.newPage();
  await page.goto(env.server.url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  // The browser's own timeline: which requests started before the load event began.
  const requests = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation');
    return [
      { url: location.href, afterLoad: false },
      ...performance.getEntriesByType('resource').map((entry) => ({
        url: entry.name,
        afterLoad: entry.startTime >= navigation.loadEventStart,
      })),
    ];
  });
  await page.close();

  const rows = requests
    .filter(({ url }) => url.startsWith(env.server.url))
    .map(({ url, afterLoad }) => {
      const path = decodeURIComponent(new URL(url).pathname.slice(new URL(env.server.url).pathname.length)) || 'index.html';
      const file = join(DIST, path.endsWith('/') || path === '' ? 'index.html' : path);
      return { path: path || 'index.html', bytes: brotli(file), afterLoad };
    });
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
});
