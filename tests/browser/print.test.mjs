// Printing, or saving as PDF: the articles, and the widget as a still of the scenario on
// screen with its address written out; no buttons, no sticky strip, no card cut in two.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setup } from './harness.mjs';

const env = setup();
const FREEZE = '?v=1&mv=2&e=25&b=10&s=60&g=35&m=10&a=65&f=15';

test('print shows the scenario as a still, with its link, and no interactive chrome', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.url}${FREEZE}`, { viewport: { width: 390, height: 800 }, colorScheme: 'dark' });
  await page.emulateMedia({ media: 'print' });
  // Nothing to press: the only button left is the chosen world, shown as its name.
  const buttons = await page.locator('button:visible').allTextContents();
  assert.deepEqual(buttons, ['Low-intensity freeze']);
  assert.equal(await page.locator('input[type=range]:visible, .ticker:visible, details.why:visible, dialog:visible').count(), 0);
  // The levers in words, every indicator and readout, and the summary.
  assert.equal(await page.locator('.slider-value:visible').count(), 8);
  assert.equal(await page.locator('.indicator:visible').count(), 8);
  assert.equal(await page.locator('.readout:visible').count(), 3);
  assert.ok(await page.locator('.summary-text').isVisible());
  // The address of this scenario, written out.
  const written = await page.$eval('.open-full', (a) => getComputedStyle(a, '::after').content);
  assert.equal(written, JSON.stringify(`${env.server.url}${FREEZE}`));
  assert.ok(await page.locator('.open-full').isVisible());
  // No card is cut across two pages, and nothing sticks.
  for (const selector of ['.indicator', '.readout', '.slider-group']) {
    assert.equal(await page.$eval(selector, (el) => getComputedStyle(el).breakInside), 'avoid', selector);
  }
  assert.equal(await page.$eval('.widget-controls', (el) => getComputedStyle(el).position), 'static');
  // Black on white even for a reader in dark mode.
  assert.equal(await page.$eval('body', (el) => getComputedStyle(el).backgroundColor), 'rgb(255, 255, 255)');
  // And a PDF comes out of it.
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 4, `${pages} pages`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a comparison prints with A, and "Print" in the download dialog adds the scenario’s QR code', async () => {
  const query = '?v=2&mv=2&e=60&b=40&d=30&s=85&g=65&m=10&a=85&f=20&pin=25-10-0-60-35-10-65-15';
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The print dialog itself is the browser's; the test records that it was asked for.
  await context.addInitScript(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
  const { page, problems } = await openPage({ newContext: async () => context }, `${env.server.url}${query}`);
  assert.equal(await page.locator('#print-qr').count(), 0, 'no code until asked for');
  await page.click('#open-download');
  await page.locator('#download-dialog').waitFor();
  await page.click('#download-print');
  await page.waitForFunction(() => window.__printed === 1);
  assert.ok(!(await page.locator('#download-dialog').isVisible()), 'the dialog closed first');
  assert.ok(!(await page.locator('#print-qr').isVisible()), 'never shown on screen');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('#print-qr').isVisible());
  assert.equal(await page.locator('#print-qr figcaption').textContent(), `Scan to open this scenario online: ${env.server.url}${query} · scenario model version 2 (3 Dec 2026)`);
  const box = await page.locator('#print-qr svg').boundingBox();
  assert.ok(box.width > 80 && Math.abs(box.width - box.height) < 1, `a square code, ${box.width} px`);
  assert.match(await page.locator('#print-qr path').getAttribute('d'), /^M4 4h7v1h-7z/, 'starts with a finder pattern');
  const caption = await page.locator('#print-qr figcaption').boundingBox();
  assert.ok(caption.x >= box.x + box.width && caption.y < box.y + box.height, 'the address is written beside the code');
  // The comparison prints too: A on every card and in the summary; no pin button.
  assert.equal(await page.locator('.indicator-pinned:visible').count(), 11);
  assert.ok(await page.locator('#comparison-text').isVisible());
  assert.equal(await page.locator('#pin:visible').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
