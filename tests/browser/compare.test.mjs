// Comparing two scenarios: the reader pins the one on screen as "A" and keeps moving. Every
// card then shows A beside the current scenario (a second, hollow dot and a line of text),
// the summary says what differs and which levers did it, and the link carries both
// (format version 2, key `pin`), through a fresh page, Back and Forward, and the compact
// embed. A bad pin is dropped with a plain notice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PRESETS, linkNotice, openPage, setup, sliderValues } from './harness.mjs';

const env = setup();

const FREEZE_PIN = `pin=${PRESETS.freeze.join('-')}`;

/** What the page shows of a comparison. */
const comparison = (page) =>
  page.evaluate(() => ({
    pressed: String(document.querySelector('#pin').textContent === 'Unpin A'),
    rings: document.querySelectorAll('#scenarios .indicator .chart-pinned').length,
    lines: [...document.querySelectorAll('#scenarios .indicator-pinned')].map((el) => el.textContent),
    summary: document.querySelector('#comparison-text')?.textContent ?? null,
    search: location.search,
  }));

test('pin A, move, and a fresh page restores both scenarios from the link', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url);
  await page.click('#preset-freeze');
  await page.click('#pin');
  let shown = await comparison(page);
  assert.equal(shown.pressed, 'true');
  assert.equal(shown.rings, 8, 'a ring for A on each of the eight charts');
  assert.equal(shown.lines.length, 8 + 3, 'A on every indicator and readout');
  assert.match(shown.summary, /pinned as A/);
  await page.waitForFunction((pin) => location.search.includes(pin), FREEZE_PIN);

  await page.click('#preset-unwind');
  await page.waitForFunction(() => location.search.includes('e=60'));
  shown = await comparison(page);
  assert.match(shown.search, /^\?v=2&/, 'a link with a pin is format version 2');
  assert.ok(shown.search.endsWith(FREEZE_PIN), shown.search);
  assert.match(shown.summary, /^ACompared with A \(Energy-flow relief 25→60, .*\), the largest differences are .+\.$/);
  // A's line on the gas card: A's level and this scenario's difference from it.
  const gas = await page.locator('#card-ttf .indicator-pinned').textContent();
  assert.match(gas, /^A: €\d+\/MWh · this scenario [−+]€\d+\/MWh$/);
  const label = await page.locator('#card-ttf .chart').getAttribute('aria-label');
  assert.ok(label.includes(gas), 'the chart’s text alternative names A too');

  const fresh = await openPage(env.browser, env.server.url + shown.search);
  assert.deepEqual(await sliderValues(fresh.page), PRESETS.unwind);
  const restored = await comparison(fresh.page);
  assert.deepEqual({ ...restored, search: undefined }, { ...shown, search: undefined });
  assert.equal(await linkNotice(fresh.page), null, 'no notice for a good link');
  assert.deepEqual([...problems, ...fresh.problems], []);
  await fresh.context.close();
  await context.close();
});

test('Back and Forward step across pinning and unpinning', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url);
  await page.click('#preset-freeze');
  await page.click('#pin');
  await page.click('#preset-unwind');
  await page.waitForFunction(() => location.search.includes('e=60'));
  await page.click('#pin');
  await page.waitForFunction(() => !location.search.includes('pin='));
  let shown = await comparison(page);
  assert.deepEqual([shown.pressed, shown.rings, shown.summary], ['false', 0, null], 'unpinned: one scenario');

  await page.goBack();
  await page.waitForFunction(() => location.search.includes('pin='));
  shown = await comparison(page);
  assert.deepEqual([shown.pressed, shown.rings], ['true', 8], 'Back re-pins A');
  assert.deepEqual(await sliderValues(page), PRESETS.unwind);

  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('e=60'));
  assert.deepEqual(await sliderValues(page), PRESETS.freeze);
  assert.equal((await comparison(page)).pressed, 'true', 'A was pinned on the freeze itself');

  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('pin='));
  shown = await comparison(page);
  assert.deepEqual([shown.pressed, shown.rings], ['false', 0], 'before pinning');
  assert.deepEqual(await sliderValues(page), PRESETS.freeze);

  await page.goForward();
  await page.waitForFunction(() => location.search.includes('pin='));
  assert.equal((await comparison(page)).rings, 8, 'Forward pins again');
  assert.deepEqual(problems, []);
  await context.close();
});

test('old links read as before, and a bad pin gets a notice and no comparison', async () => {
  const old = await openPage(env.browser, `${env.server.url}?v=1&mv=2&e=60&f=20`);
  assert.equal((await comparison(old.page)).pressed, 'false');
  assert.equal(await linkNotice(old.page), null);
  await old.context.close();
  for (const bad of ['pin=1-2-3', 'pin=1-2-3-4-5-6-7-800', 'pin=%3Cimg%20src%3Dx%3E']) {
    const { page, context, problems } = await openPage(env.browser, `${env.server.url}?v=2&mv=2&e=60&${bad}`);
    await page.locator('.link-notice').waitFor();
    assert.match(await page.locator('.link-notice').textContent(), /pinned scenario \(A\) is not eight positions/);
    const shown = await comparison(page);
    assert.deepEqual([shown.pressed, shown.rings], ['false', 0], bad);
    assert.equal((await sliderValues(page))[0], 60, 'the rest of the link still applies');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the pin button says what pressing it does, and a comparison is announced in one sentence', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}?v=1&mv=2&e=25&b=10&s=60&g=35&m=10&a=65&f=15`);
  const pin = page.getByRole('button', { name: 'Pin as A to compare' });
  await pin.focus();
  await page.keyboard.press('Enter');
  // The same button, now offering the opposite, and keeping the focus.
  await page.getByRole('button', { name: 'Unpin A' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'pin');
  await page.waitForFunction(() => /pinned as A/.test(document.querySelector('#summary-live').textContent));
  await page.focus('#slider-f');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => /^Compared with A/.test(document.querySelector('#summary-live').textContent));
  const said = await page.locator('#summary-live').textContent();
  assert.match(said, /^Compared with A \(Fighting intensity 15→16\), .+\.$/);
  assert.equal(said.split(/\.\s+(?=[A-Z])/).length, 1, `one sentence: ${said}`);
  await context.close();
});

test('the compact embed shows a comparison from its link', async () => {
  const url = `${env.server.url}?v=2&mv=2&e=60&b=40&d=30&s=85&g=65&m=10&a=85&f=20&${FREEZE_PIN}&embed=compact`;
  const { page, context, problems } = await openPage(env.browser, url, { ready: 'main', viewport: { width: 600, height: 900 } });
  const shown = await comparison(page);
  assert.deepEqual([shown.pressed, shown.rings], ['true', 8]);
  // A's level is labelled at its mark, in the lane the reference labels leave free.
  const label = page.locator('#card-ttf .chart-pinned-text');
  assert.ok(await label.isVisible());
  assert.match(await label.textContent(), /^A /);
  const [chart, text] = await Promise.all([page.locator('#card-ttf .chart').boundingBox(), label.boundingBox()]);
  assert.ok(text.y + text.height <= chart.y + chart.height + 1, 'A\'s label inside its chart');
  // A comparison keeps within WordPress's 1,000 px at every news-column width.
  for (const width of [600, 650, 700]) {
    await page.setViewportSize({ width, height: 900 });
    const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    assert.ok(height <= 1000, `${width} px: a comparison is ${height} px tall`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the embed codes carry the comparison, and say that no pasted address can', async () => {
  const url = `${env.server.url}?v=2&mv=2&e=60&b=40&d=30&s=85&g=65&m=10&a=85&f=20&${FREEZE_PIN}`;
  const { page, context, problems } = await openPage(env.browser, url);
  await page.click('#open-embed');
  await page.locator('#embed-dialog').waitFor();
  const code = await page.inputValue('#embed-iframe');
  assert.ok(code.includes(`${FREEZE_PIN}&amp;embed=compact`), code);
  assert.equal(await page.locator('#embed-url').count(), 0);
  assert.match(await page.locator('#embed-dialog').textContent(), /it has a pinned A/);
  assert.deepEqual(problems, []);
  await context.close();
});
