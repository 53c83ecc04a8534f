// The byte budget: everything the first view loads, brotli-compressed, at most 120 KB.
// "The first view" is every request the default page makes before its load event (HTML,
// CSS, scripts, icons, images, fonts), as recorded in headless Chromium; byte counts come
// from the built files, compressed here at brotli quality 11, so they are deterministic.
// The breakdown is printed on every run, with what loads after the first view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST, setup } from './harness.mjs';

const BUDGET = 120_000;

const env = setup();

const brotli = (file) =>
  brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

test(`the first view loads at most ${BUDGET.toLocaleString('en')} bytes, brotli-compressed`, async () => {
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
  const firstView = rows.filter((r) => !r.afterLoad);
  const later = rows.filter((r) => r.afterLoad);
  const sum = (list) => list.reduce((total, r) => total + r.bytes, 0);
  const line = (r) => `  ${r.path.padEnd(40)} ${String(r.bytes.toLocaleString('en')).padStart(9)} B`;
  console.log(
    [
      'First view (before the load event), brotli -11:',
      ...firstView.map(line),
      `  ${'total'.padEnd(40)} ${sum(firstView).toLocaleString('en').padStart(9)} B of ${BUDGET.toLocaleString('en')}`,
      'After the load event (the interactive model):',
      ...later.map(line),
      `  ${'total'.padEnd(40)} ${sum(later).toLocaleString('en').padStart(9)} B`,
      `Everything: ${sum(rows).toLocaleString('en')} B`,
    ].join('\n'),
  );
  assert.ok(firstView.some((r) => r.path === 'index.html'));
  assert.ok(sum(firstView) <= BUDGET, `first view is ${sum(firstView)} B, over the ${BUDGET} B budget`);
});
