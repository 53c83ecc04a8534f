// Printing, or saving as PDF: the articles, and the widget as a still of the scenario on
// screen with its address written out; no buttons, no sticky strip, no card cut in two.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setup } from './harness.mjs';

const env = setup();
const FREEZE = '?v=1&e=25&b=10&s=60&g=35&m=10&a=65&f=15';

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
