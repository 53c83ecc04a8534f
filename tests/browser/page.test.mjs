// What a reader sees on the plain page: both articles word for word, the summary table as a
// real table, no errors or stray requests, and no sideways scrolling from phone to desktop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openPage, setup } from './harness.mjs';

const seed = (name) => readFileSync(join(ROOT, 'src', 'content', name), 'utf8');
const FIRST = seed('restoring-a-pariah.txt');
const SECOND = seed('capital-flows-lens.txt');
const TABLE_LINES = new Set([
  'ActionImplication',
  'Trump offers mineral access to RussiaUndermines multilateral sanctions',
  'Unilateral U.S.–Russia peace overtureFractures Western diplomatic unity',
  'Putin gains economic legitimacyRestores global influence without war’s end',
]);

const env = setup();

/** The text of every element a line of the articles can land in, trimmed. */
async function blockTexts(page) {
  return page.$$eval('main :is(h2, h3, p, blockquote, figcaption)', (els) =>
    els.map((el) => el.textContent.trim()),
  );
}

test('every line of both supplied articles appears verbatim', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url);
  const texts = new Set(await blockTexts(page));
  const lines = [FIRST, SECOND].flatMap((text) => text.split('\n').map((l) => l.trim()).filter(Boolean));
  const missing = lines.filter((line) => !TABLE_LINES.has(line) && !texts.has(line));
  assert.deepEqual(missing, [], 'lines missing from the page');
  assert.equal(lines.length, 28, 'the two articles have 28 non-blank lines');
  assert.deepEqual(problems, []);
  await context.close();
});

test('headings keep their emoji, hidden from screen readers, and the empty section is explained', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  const headings = await page.$$eval('#restoring-a-pariah h3', (els) =>
    els.map((el) => ({ text: el.textContent, emojiHidden: el.querySelector('[aria-hidden="true"]') !== null })),
  );
  assert.equal(headings.length, 6);
  assert.equal(headings[0].text, '🔓 Economic Sanctions: Cracks in the Fortress');
  assert.equal(headings[5].text, '⚠️ Why It Matters');
  assert.ok(headings.every((h) => h.emojiHidden));
  const emptySection = page.locator('section', { has: page.locator('h3', { hasText: 'What Russia Stands to Gain' }) });
  assert.match(await emptySection.locator('.editorial-note').textContent(), /no text under this heading/);
  await context.close();
});

test('the second article has an editorial title that says so', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  const title = await page.textContent('#capital-flows-lens h2');
  assert.equal(title, 'Not a minerals bargain. A process.');
  assert.match(await page.textContent('#capital-flows-lens .editorial-note'), /editors’/);
  assert.equal(await page.$$eval('#capital-flows-lens > p', (ps) => ps.length), 8);
  await context.close();
});

test('the summary table is a real table with a header and three rows', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  const table = page.locator('table.summary-table');
  assert.equal(await table.locator('caption').textContent(), 'Summary Table');
  assert.deepEqual(await table.locator('thead th').allTextContents(), ['Action', 'Implication']);
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => cell.textContent)),
  );
  assert.deepEqual(rows, [
    ['Trump offers mineral access to Russia', 'Undermines multilateral sanctions'],
    ['Unilateral U.S.–Russia peace overture', 'Fractures Western diplomatic unity'],
    ['Putin gains economic legitimacy', 'Restores global influence without war’s end'],
  ]);
  await context.close();
});

test('the widget has a visible, labelled place', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  const region = page.getByRole('region', { name: 'Capital-flows scenarios' });
  assert.ok(await region.isVisible());
  await context.close();
});

for (const width of [320, 390, 768, 1280, 1440]) {
  test(`no horizontal scrolling at ${width} px`, async () => {
    const { page, context, problems } = await openPage(env.browser, env.server.url, { viewport: { width, height: 800 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `page is ${overflow}px wider than the viewport`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`follows the system ${colorScheme} setting`, async () => {
    const { page, context } = await openPage(env.browser, env.server.url, { colorScheme });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g).map(Number);
    const luminance = (r + g + b) / 3;
    if (colorScheme === 'dark') assert.ok(luminance < 60, background);
    else assert.ok(luminance > 200, background);
    await context.close();
  });
}

test('built files use relative URLs and load nothing from another origin', async () => {
  const html = readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8');
  // Resources the page loads: scripts, stylesheets, icons, preloads, images (not links a reader follows).
  const urls = [...html.matchAll(/<(?:script|link|img|source)\b[^>]*?\s(?:src|href)=["']?([^"' >]+)/g)].map((m) => m[1]);
  assert.ok(urls.length >= 3, urls.join(' '));
  const absolute = urls.filter((u) => /^(?:[a-z]+:)?\/\//i.test(u) || u.startsWith('/'));
  assert.deepEqual(absolute, []);
});
