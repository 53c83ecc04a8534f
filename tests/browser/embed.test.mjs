// Embedding: embed modes show only what they ask for; a host page on another origin sizes
// the iframe with the real Pym.js parent library or with our own snippet, as the content
// grows and shrinks; the host can switch the theme, and malformed messages change nothing;
// a sandboxed iframe works when the host serves the documented CORS header.
import { decodePng } from './png.mjs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, launch, openPage, serveDist } from './harness.mjs';
import { serve } from './server.mjs';

let browser;
let server; // the explainer, on one port
let host; // the news site, on another port: a different origin
let hostDir;
before(async () => {
  browser = await launch();
  // Sandboxed iframes have an opaque origin, so the explainer's module script and wasm need CORS.
  server = await serveDist({ headers: { 'access-control-allow-origin': '*' } });
  hostDir = mkdtempSync(join(tmpdir(), 'host-'));
  copyFileSync(join(ROOT, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js'), join(hostDir, 'pym.v1.min.js'));
  host = await serve({ root: hostDir, base: '/news/' });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await host?.close();
});

function hostPage(name, body) {
  writeFileSync(join(hostDir, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News site</title>
<link rel="icon" href="data:,"><style>body{margin:0;font-family:sans-serif} p{margin:1rem}</style></head>
<body><p>Article text above the embed.</p>${body}<p>Article text below.</p></body></html>`);
  return host.url + name;
}

async function iframeHeight(page) {
  return page.$eval('iframe', (f) => Math.round(f.getBoundingClientRect().height));
}

async function waitForHeight(page, predicate, what) {
  await page.waitForFunction(
    `(${predicate.toString()})(Math.round(document.querySelector('iframe').getBoundingClientRect().height))`,
    undefined,
    { timeout: 10000 },
  ).catch(async () => assert.fail(`${what}: iframe is ${await iframeHeight(page)} px`));
}

test('embed modes show only the requested part, without page chrome', async () => {
  const cases = [
    ['compact', '#scenarios', { articles: 0, widget: 1, table: 0 }],
    ['page', '#scenarios', { articles: 2, widget: 1, table: 1 }],
    ['widget', '#scenarios', { articles: 0, widget: 1, table: 0 }],
    ['table', 'table.summary-table', { articles: 1, widget: 0, table: 1 }],
    ['article1', '#restoring-a-pariah', { articles: 1, widget: 0, table: 1 }],
    ['article2', '#capital-flows-lens', { articles: 1, widget: 0, table: 0 }],
  ];
  for (const [embed, ready, counts] of cases) {
    const { page, context, problems } = await openPage(browser, `${server.url}?embed=${embed}`, { ready });
    // The page is one document; an embed shows only its part (the rest is display: none).
    assert.equal(await page.locator('.masthead:visible, .page-footer:visible, .skip-link:visible').count(), 0, embed);
    assert.equal(await page.locator('main > article.article:visible').count(), counts.articles, embed);
    assert.equal(await page.locator('#scenarios:visible').count(), counts.widget, embed);
    assert.equal(await page.locator('table.summary-table:visible').count(), counts.table, embed);
    // Without the widget on the page there is nothing for "open this world" links to open.
    if (!counts.widget) assert.equal(await page.locator('.world-links:visible').count(), 0, embed);
    if (embed === 'table') {
      // Only the table, its heading and its attribution: no headline, no paragraphs. The
      // table never travels as bare claims: it says whose they are and links back.
      assert.equal(await page.locator('main h2:visible, main p:not(.embed-credit):not(.table-attribution):visible').count(), 0);
      assert.match(await page.textContent('.table-attribution'), /^From “Restoring a Pariah\?.*as the article summarised it\./);
      assert.ok(await page.locator('.table-attribution').isVisible());
      assert.equal(await page.locator('main h3:visible').allTextContents().then((t) => t.join()), '🧭 Summary Table');
    }
    assert.ok(await page.locator('html.embedded').count(), embed);
    // The editors' note travels with the whole page only.
    assert.equal(await page.locator('#provenance:visible').count(), embed === 'page' ? 1 : 0, embed);
    assert.match(await page.textContent('.embed-credit a'), /full explainer/);
    assert.equal(await page.getAttribute('.embed-credit a', 'href'), server.url);
    assert.deepEqual(problems, [], embed);
    await context.close();
  }
});

test('an embedded page never touches the history its host shares', async () => {
  const { page, context } = await openPage(browser, `${server.url}?embed=widget`, { ready: '#scenarios' });
  await page.click('#preset-freeze');
  await page.focus('#slider-e');
  await page.keyboard.press('ArrowRight');
  assert.equal(new URL(page.url()).search, '?embed=widget');
  await context.close();
});

test('the real Pym.js parent on another origin sizes the iframe as content grows and shrinks', async () => {
  const url = hostPage('pym.html', `<div id="explainer"></div><script src="pym.v1.min.js"></script>
<script>new pym.Parent('explainer', ${JSON.stringify(`${server.url}?embed=widget`)}, { title: 'Explainer' });</script>`);
  const { page, context, problems } = await openPage(browser, url, { ready: 'iframe', alsoAllow: [server.url], app: false });
  const frame = page.frameLocator('iframe');
  await frame.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await waitForHeight(page, (h) => h > 1000, 'initial height');
  const initial = await iframeHeight(page);
  // No inner scrollbar: the iframe is as tall as its document.
  const inner = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  assert.ok(Math.abs(inner - initial) <= 1, `${inner} vs ${initial}`);

  await frame.locator('#assumptions > summary').click();
  await waitForHeight(page, new Function('h', `return h > ${initial + 300}`), 'after opening the assumptions');
  await frame.locator('#assumptions > summary').click();
  await waitForHeight(page, new Function('h', `return Math.abs(h - ${initial}) <= 2`), 'after closing them');
  assert.equal(await page.getAttribute('iframe', 'title'), 'Explainer');
  assert.deepEqual(problems, []);
  await context.close();
});

test('our own snippet, copied from the embed dialog, sizes a lazy iframe on another origin', async () => {
  const { page: explainer, context: c1 } = await openPage(browser, server.url);
  await explainer.click('#preset-freeze');
  await explainer.click('#open-embed');
  await explainer.locator('#embed-dialog').waitFor();
  await explainer.check('input[name="embed-section"][value="widget"]');
  const snippet = await explainer.inputValue('#embed-iframe');
  assert.match(snippet, /title="The Alaska summit, read two ways: interactive explainer"/);
  assert.match(snippet, /loading="lazy"/);
  assert.match(snippet, /width="100%"/);
  assert.match(snippet, /\?v=1&amp;mv=2&amp;e=25.*embed=widget/);
  assert.match(await explainer.inputValue('#embed-pym'), /new pym\.Parent\("alaska-explainer"/);
  // Escape closes the dialog and focus returns to the button that opened it.
  await explainer.keyboard.press('Escape');
  assert.ok(!(await explainer.locator('#embed-dialog').isVisible()));
  assert.equal(await explainer.evaluate(() => document.activeElement.id), 'open-embed');
  await c1.close();

  const url = hostPage('snippet.html', snippet);
  const { page, context, problems } = await openPage(browser, url, { ready: 'iframe', alsoAllow: [server.url], app: false });
  const frame = page.frameLocator('iframe');
  await frame.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  // The scenario in the code is the one on screen when it was copied.
  assert.equal(await frame.locator('#preset-freeze').getAttribute('aria-pressed'), 'true');
  await waitForHeight(page, (h) => h > 1000 && h !== 1800, 'reported height');
  const initial = await iframeHeight(page);
  await frame.locator('#card-ttf .why summary').click();
  await waitForHeight(page, new Function('h', `return h > ${initial}`), 'after opening a why-list');
  await frame.locator('#card-ttf .why summary').click();
  await waitForHeight(page, new Function('h', `return h === ${initial}`), 'after closing it');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the host can switch the theme; malformed or foreign messages change nothing', async () => {
  const url = hostPage('theme.html', `<iframe src=${JSON.stringify(`${server.url}?embed=table&theme=light`)} title="Explainer" width="100%" height="400"></iframe>`);
  const { page, context, problems } = await openPage(browser, url, { ready: 'iframe', alsoAllow: [server.url], app: false });
  const frame = page.frame({ url: /embed=table/ });
  await frame.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  assert.equal(await frame.locator('main table.summary-table:visible').count(), 1);
  const theme = () => frame.evaluate(() => document.documentElement.getAttribute('data-theme'));
  assert.equal(await theme(), 'light');
  const send = (message) => page.evaluate((m) => document.querySelector('iframe').contentWindow.postMessage(m, '*'), message);

  // Malformed: wrong type, bad theme, wrong shapes, strings, arrays, null, markup.
  for (const message of [
    { type: 'alaska-explainer:theme', theme: 'neon' },
    { type: 'alaska-explainer:theme', theme: '<img src=x onerror=alert(1)>' },
    { type: 'alaska-explainer:theme' },
    { type: 'other', theme: 'dark' },
    { theme: 'dark' },
    'dark',
    ['alaska-explainer:theme', 'dark'],
    null,
    42,
  ]) {
    await send(message);
  }
  // A message the frame posts to itself is not from the host.
  await frame.evaluate(() => postMessage({ type: 'alaska-explainer:theme', theme: 'dark' }, '*'));
  // Messages are delivered in order: once this valid one lands, all of the above were seen.
  await send({ type: 'alaska-explainer:theme', theme: 'auto' });
  await frame.waitForFunction(() => !document.documentElement.hasAttribute('data-theme'));
  await send({ type: 'alaska-explainer:theme', theme: 'dark' });
  await frame.waitForFunction(() => document.documentElement.getAttribute('data-theme') === 'dark');
  const background = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok((r + g + b) / 3 < 60, background);
  assert.equal(await frame.locator('img').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a light embed blends into a white article: its background is the host page\'s, pixel for pixel', async () => {
  const url = hostPage('blend.html', `<iframe src=${JSON.stringify(`${server.url}?embed=compact`)} title="Explainer" width="640" height="1000" style="border:0;display:block"></iframe>`);
  const { page, context, problems } = await openPage(browser, url, { ready: 'iframe', alsoAllow: [server.url], app: false, colorScheme: 'light' });
  const frame = page.frame({ url: /embed=compact/ });
  await frame.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  const box = await page.locator('iframe').boundingBox();
  const image = decodePng(await page.screenshot());
  // The frame's blank margin, top left, and the host's page beside the frame: both white.
  for (const [x, y, what] of [[box.x + 3, box.y + 3, 'the embed\'s margin'], [box.x + box.width + 10, box.y + 3, 'the host page']]) {
    assert.deepEqual(image.pixel(Math.round(x), Math.round(y)), [255, 255, 255], what);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a sandboxed iframe (allow-scripts only) runs the explainer when the host serves CORS', async () => {
  const url = hostPage('sandbox.html', `<div id="explainer"></div><script src="pym.v1.min.js"></script>
<script>new pym.Parent('explainer', ${JSON.stringify(`${server.url}?embed=widget&v=1&mv=2&f=90`)}, { title: 'Explainer', sandbox: 'allow-scripts' });</script>`);
  const { page, context, problems } = await openPage(browser, url, { ready: 'iframe', alsoAllow: [server.url], app: false });
  assert.equal(await page.getAttribute('iframe', 'sandbox'), 'allow-scripts');
  const frame = page.frameLocator('iframe');
  await frame.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  assert.equal(await frame.locator('#slider-f').inputValue(), '90');
  await waitForHeight(page, (h) => h > 1000, 'height from a sandboxed frame');
  assert.deepEqual(problems, []);
  await context.close();
});

test("WordPress's protocol: heights carry the secret, only the parent's 'ready' with that secret is answered, links go through the host", async () => {
  // The host records every message the frame sends it, as wp-embed.js would see them.
  const url = hostPage('wordpress.html', `<iframe class="wp-embedded-content" sandbox="allow-scripts" src=${JSON.stringify(`${server.url}?embed=compact#?secret=Ab3dE6gH9j`)} title="Explainer" width="600" height="1000" frameborder="0"></iframe>
<script>window.heard = []; addEventListener('message', (e) => { if (e.data && e.data.message) heard.push(e.data); });</script>`);
  const { page, context, problems } = await openPage(browser, url, { ready: 'iframe', alsoAllow: [server.url], app: false });
  const frame = page.frame({ url: /embed=compact/ });
  await frame.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  await page.waitForFunction(() => heard.some((m) => m.message === 'height'));
  const heights = () => page.evaluate(() => heard.filter((m) => m.message === 'height'));
  for (const message of await heights()) {
    assert.deepEqual(Object.keys(message).sort(), ['message', 'secret', 'value']);
    assert.equal(message.secret, 'Ab3dE6gH9j');
    assert.ok(message.value > 200 && message.value <= 1000, `height ${message.value}: the compact widget fits WordPress's ceiling`);
  }
  const count = (await heights()).length;
  const send = (message) => page.evaluate((m) => document.querySelector('iframe').contentWindow.postMessage(m, '*'), message);
  // Wrong secrets, wrong shapes and messages from anyone but the parent get no answer.
  for (const message of [
    { message: 'ready', secret: 'wrong' },
    { message: 'ready', secret: 'Ab3dE6gH9j"><b>' },
    { message: 'ready' },
    { message: 'Ready', secret: 'Ab3dE6gH9j' },
    'ready',
    ['ready', 'Ab3dE6gH9j'],
    null,
  ]) {
    await send(message);
  }
  await frame.evaluate(() => postMessage({ message: 'ready', secret: 'Ab3dE6gH9j' }, '*'));
  // Messages arrive in order: the answer to this valid one is the only new height.
  await send({ message: 'ready', secret: 'Ab3dE6gH9j' });
  await page.waitForFunction((n) => heard.filter((m) => m.message === 'height').length > n, count);
  assert.equal((await heights()).length, count + 1, 'one answer, to the one valid ready');
  // In the sandbox a link cannot open a tab: it is handed to the host, which follows it.
  await frame.click('.open-full');
  await page.waitForFunction(() => heard.some((m) => m.message === 'link'));
  const link = await page.evaluate(() => heard.find((m) => m.message === 'link'));
  assert.equal(link.secret, 'Ab3dE6gH9j');
  assert.equal(link.value, `${server.url}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a secret that is not letters and digits is not used', async () => {
  const url = hostPage('badsecret.html', `<iframe src=${JSON.stringify(`${server.url}?embed=compact#?secret=ab%22cd`)} title="Explainer" width="600" height="1000"></iframe>
<script>window.heard = []; addEventListener('message', (e) => { if (e.data && (e.data.message || e.data.sentinel)) heard.push(e.data); });</script>`);
  const { page, context, problems } = await openPage(browser, url, { ready: 'iframe', alsoAllow: [server.url], app: false });
  // The AMP height still arrives; nothing in WordPress's format does.
  await page.waitForFunction(() => heard.some((m) => m.sentinel === 'amp'));
  assert.deepEqual(await page.evaluate(() => heard.filter((m) => m.message)), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the compact widget fits a news column: everything at once, within 1,000 px at 600–700 px, usable on a phone', async (t) => {
  const heights = [];
  for (const width of [340, 390, 600, 650, 700, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      const { page, context, problems } = await openPage(browser, `${server.url}?embed=compact`, { viewport: { width, height: 900 }, colorScheme });
      if (colorScheme === 'dark') {
        const asked = await openPage(browser, `${server.url}?embed=compact&theme=auto`, { viewport: { width, height: 900 }, colorScheme });
        assert.equal(await asked.page.getAttribute('html', 'data-theme'), null, 'theme=auto follows the system');
        await asked.context.close();
      }
      // Presets, eight levers, eight indicators with band and dot, three readouts, the label and the way out.
      assert.equal(await page.locator('.preset:visible').count(), 6);
      assert.equal(await page.locator('#scenarios input[type=range]:visible').count(), 8);
      assert.equal(await page.locator('.indicator:visible').count(), 8);
      assert.equal(await page.locator('.indicator .chart-band:visible').count(), 8);
      assert.equal(await page.locator('.indicator .chart-scenario-text:visible').count(), 8);
      // The move is drawn (the summit's label and the arrow), so its sentence is left out.
      assert.equal(await page.locator('.indicator .chart-summit-text:visible').count(), 8);
      assert.equal(await page.locator('.readout .chart:visible').count(), 3);
      assert.equal(await page.locator('.readout:visible').count(), 3);
      // The footer: the explainer's name as the way out, the sources, "Illustrative".
      assert.ok(await page.locator('.open-full').isVisible());
      assert.match(await page.locator(".share").innerText(), /The Alaska summit, read two ways[^·]*↗[^·]*· Sources: .*Reuters.* · Illustrative/);
      // Light in an article even for a reader whose system is dark, unless the code asks.
      assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
      // The levers carry their end labels, and the footer line is last.
      assert.equal(await page.locator('.slider-ends:visible').count(), 8);
      const [footer, last] = await Promise.all([page.locator('.share').boundingBox(), page.locator('.readout').last().boundingBox()]);
      assert.ok(footer.y >= last.y + last.height - 1, 'the footer comes after the outputs');
      // What it leaves out for the full explainer.
      assert.equal(await page.locator('.why:visible, .ticks:visible, .assumptions:visible, .preset-quote:visible').count(), 0);
      // Nothing sideways, and no card cut off.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${width} px: ${overflow} px sideways`);
      const clipped = await page.$$eval('.indicator, .readout, .slider', (els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1).length);
      assert.equal(clipped, 0, `${width} px: a card cuts off its content`);
      const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      if (width >= 600 && width <= 700) assert.ok(height <= 1000, `${width} px: ${height} px tall, over WordPress's 1,000`);
      if (colorScheme === 'light') heights.push(`${width} px → ${height} px`);
      // Comparing adds A's labels: still within the ceiling.
      if (width >= 600 && width <= 700 && colorScheme === 'light') {
        await page.goto(`${server.url}?v=2&mv=2&e=60&b=40&d=30&s=85&g=65&m=10&a=85&f=20&pin=25-10-0-60-35-10-65-15&embed=compact`);
        await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
        const compared = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        assert.ok(compared <= 1000, `${width} px comparing: ${compared} px tall, over WordPress's 1,000`);
        heights.push(`${width} px comparing → ${compared} px`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
  t.diagnostic(`compact heights: ${heights.join(', ')}`);
});
