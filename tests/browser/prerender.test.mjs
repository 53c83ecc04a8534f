// The prerendered page: readable without JavaScript or when the wasm fails, taken over by
// the app without layout shift, and carrying what CMSs and social networks read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openPage, setup } from './harness.mjs';
import { pngSize } from './png.mjs';

const env = setup();

const seedLines = ['restoring-a-pariah.txt', 'capital-flows-lens.txt']
  .flatMap((name) => readFileSync(join(ROOT, 'src', 'content', name), 'utf8').split('\n'))
  .map((line) => line.trim())
  .filter((line) => line && !/^(ActionImplication|.*Russia(Undermines)|.*overtureFractures|.*legitimacyRestores)/.test(line));

/** Opens the page with its wasm held back until `release()`: the prerendered widget, as a
 * reader sees it in the moment before the model arrives. */
async function openWithWasmHeld(url) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(url);
  return { context, page, release };
}

test('with JavaScript off, both articles and the table are there, and the widget says it needs JavaScript', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.server.url);
  const texts = new Set(await page.$$eval('main :is(h2, h3, p, blockquote, figcaption)', (els) => els.map((el) => el.textContent.trim())));
  assert.deepEqual(seedLines.filter((line) => !texts.has(line)), []);
  assert.equal(await page.locator('table.summary-table tbody tr').count(), 3);
  const notice = page.locator('#scenarios noscript + *, #scenarios .widget-static').first();
  assert.match(await page.textContent('#scenarios'), /needs JavaScript/);
  assert.ok(await notice.count());
  // The static picture of the default scenario is there too, with the assumptions table.
  assert.equal(await page.locator('#scenarios .indicator').count(), 8);
  assert.ok((await page.locator('#assumptions tbody tr').count()) >= 40);
  await context.close();
});

test('if the wasm cannot load, the articles stay and the widget explains why', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(env.server.url);
  await page.waitForSelector('html[data-app="failed"]');
  assert.ok(await page.locator('#scenarios .widget-failed').isVisible());
  assert.match(await page.textContent('#scenarios .widget-failed'), /could not start/);
  assert.equal(await page.locator('#capital-flows-lens > p').count(), 8);
  assert.deepEqual(errors, [], 'no uncaught error');
  await context.close();
});

test('the app takes over the prerendered page with no layout shift', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(env.server.url);
  await page.waitForSelector('html[data-app="ready"]');
  // Let a frame pass so any shift from the swap would be recorded.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const shifts = await page.evaluate(() => window.__shifts);
  assert.equal(shifts.reduce((a, b) => a + b, 0), 0, JSON.stringify(shifts));
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
  assert.ok(fcp > 0);
  await context.close();
});

test('the island keeps every prerendered word: the widget reads the same before and after the takeover', async () => {
  // The wasm carries none of the widget's static text (reference lists, the assumptions
  // table, the articles' phrases beside the controls); it puts back copies of the
  // prerendered nodes. Any it failed to find would be missing here.
  // The wasm is held back until the prerendered widget has been read.
  const { context, page, release } = await openWithWasmHeld(env.server.url);
  const read = () => page.evaluate(() => {
    const root = document.getElementById('widget-root');
    // The embed dialog's code fields hold their code as a value in the browser and as text
    // in the prerendered page, with the page's own address; they are not kept text.
    const copy = root.cloneNode(true);
    copy.querySelectorAll('textarea').forEach((field) => field.remove());
    return {
      text: copy.textContent.replace(/\s+/g, ' ').trim(),
      kept: [...root.querySelectorAll('[data-kept]')].map((el) => `${el.dataset.kept}: ${el.textContent.trim().length}`),
      html: root.innerHTML.length,
    };
  });
  await page.waitForLoadState('load');
  const before = await read();
  release();
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  const after = await read();
  assert.ok(before.kept.length > 100, `only ${before.kept.length} kept parts in the prerendered widget`);
  assert.deepEqual(after.kept, before.kept);
  assert.equal(after.text, before.text);
  // Opening a "why" list shows copies of the assumptions table's phrase and figure.
  await page.click('#preset-freeze');
  await page.click('#card-ttf .why summary');
  await page.locator('#card-ttf .why-list li .why-phrase').first().waitFor();
  const phrases = await page.locator('#card-ttf .why-list li .why-phrase').allTextContents();
  assert.ok(phrases.some((phrase) => /energy curves flatten/.test(phrase)), JSON.stringify(phrases));
  assert.ok(phrases.every((phrase) => phrase.trim().length > 20), JSON.stringify(phrases));
  assert.equal(await page.locator('#assumptions').count(), 1, 'the kept table keeps its id once');
  await context.close();
});

test('a shared link starts from the prerendered page and moves the widget to its scenario', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.url}?v=1&mv=2&f=90&g=80`);
  await page.waitForSelector('html[data-app="ready"]');
  assert.equal(await page.inputValue('#slider-f'), '90');
  assert.equal(await page.inputValue('#slider-g'), '80');
  const html = await (await fetch(`${env.server.url}?v=1&mv=2&f=90`)).text();
  assert.match(html, /id="slider-f"[^>]*value="55"|value="55"[^>]*id="slider-f"/, 'the HTML holds the default picture');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the head carries title, description, language, theme colour, Open Graph, Twitter card and oEmbed discovery', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  const meta = (selector) => page.getAttribute(selector, 'content');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.title(), 'The Alaska summit, read two ways');
  assert.ok((await meta('meta[name="description"]')).length > 50);
  assert.ok(await meta('meta[name="theme-color"]'));
  assert.equal(await meta('meta[property="og:title"]'), 'The Alaska summit, read two ways');
  assert.equal(await meta('meta[name="twitter:card"]'), 'summary_large_image');
  const image = await meta('meta[property="og:image"]');
  const png = await fetch(new URL(image, env.server.url));
  assert.equal(png.status, 200);
  assert.equal(png.headers.get('content-type'), 'image/png');
  const oembedHref = await page.getAttribute('link[rel="alternate"][type="application/json+oembed"]', 'href');
  const oembed = await (await fetch(new URL(oembedHref, env.server.url))).json();
  assert.equal(oembed.version, '1.0');
  assert.equal(oembed.type, 'rich');
  // What WordPress needs: a blockquote fallback, then the iframe of the compact widget.
  assert.match(oembed.html, /^<blockquote class="wp-embedded-content"><a href="[^"]+">[^<]+<\/a><\/blockquote><iframe class="wp-embedded-content" src="[^"]*\?mv=2&amp;embed=compact" title="[^"]+" width="600" height="(\d+)" frameborder="0"/);
  assert.ok(oembed.width === 600 && oembed.height <= 1000);
  assert.equal(await meta('meta[property="og:url"]'), './');
  await context.close();
});

test('each world has a page of its own: prerendered at that world, with its own head, preview and oEmbed, and the live app at its address', async () => {
  // Without JavaScript: the world as HTML, under its own title.
  const still = await env.browser.newContext({ javaScriptEnabled: false });
  const plain = await still.newPage();
  await plain.goto(`${env.server.url}worlds/freeze/`);
  assert.equal(await plain.title(), 'Low-intensity freeze: The Alaska summit, read two ways');
  assert.equal(await plain.getAttribute('#preset-freeze', 'aria-pressed'), 'true');
  assert.equal(await plain.getAttribute('#slider-f', 'value'), '15');
  assert.match(await plain.getAttribute('meta[name="description"]', 'content'), /illustrative scenario model.*€21\/MWh/);
  // Its stylesheet and links resolve from its folder.
  assert.ok(await plain.evaluate(() => getComputedStyle(document.body).backgroundColor !== 'rgba(0, 0, 0, 0)'));
  const image = await fetch(new URL(await plain.getAttribute('meta[property="og:image"]', 'content'), plain.url()));
  assert.equal(image.headers.get('content-type'), 'image/png');
  assert.deepEqual(pngSize(Buffer.from(await image.arrayBuffer())), { width: 1200, height: 630 });
  const oembed = await (await fetch(new URL(await plain.getAttribute('link[type="application/json+oembed"]', 'href'), plain.url()))).json();
  assert.equal(oembed.title, 'Low-intensity freeze: The Alaska summit, read two ways');
  assert.match(oembed.html, /\?v=1&amp;mv=2&amp;e=25&amp;b=10&amp;s=60&amp;g=35&amp;m=10&amp;a=65&amp;f=15&amp;embed=compact"/);
  await still.close();

  // With it: the explainer's own address carries the world, and Back and presets work.
  const { page, context, problems } = await openPage(env.browser, `${env.server.url}worlds/freeze/`);
  assert.equal(page.url(), `${env.server.url}?v=1&mv=2&e=25&b=10&s=60&g=35&m=10&a=65&f=15`);
  assert.equal(await page.getAttribute('#preset-freeze', 'aria-pressed'), 'true');
  await page.click('#preset-hardened');
  await page.waitForFunction(() => location.search.includes('f=70'));
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#preset-freeze').getAttribute('aria-pressed') === 'true');
  // The page's own links still lead where they did: another world's page, and the icon.
  assert.equal(await page.getAttribute('a.world-link[data-preset="alone"]', 'href'), `${env.server.url}worlds/alone/#scenarios`);
  assert.equal((await fetch(await page.evaluate(() => document.querySelector('link[rel~="icon"]').href))).status, 200);
  assert.equal(await page.getAttribute('.skip-link', 'href'), '#main');
  assert.deepEqual(problems, []);
  await context.close();
});

test("each embed section has a page of its own, shown as that section (the compact one with its own stylesheet)", async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.url}embed/compact/`, { viewport: { width: 650, height: 900 } });
  assert.equal(page.url(), `${env.server.url}?mv=2&embed=compact`);
  assert.equal(await page.getAttribute('html', 'data-embed'), 'compact');
  assert.ok(await page.locator('.open-full').isVisible());
  assert.ok(!(await page.locator('#restoring-a-pariah').isVisible()));
  const height = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
  assert.ok(height <= 1000, `${height} px`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('before and without the model, no control pretends to work', async () => {
  const controls = '#scenarios input[type=range], #scenarios button.preset, #copy-link, #open-embed';
  // JavaScript off: every control is disabled, and the page says why.
  const off = await env.browser.newContext({ javaScriptEnabled: false });
  const offPage = await off.newPage();
  await offPage.goto(env.server.url);
  assert.equal(await offPage.locator(controls).count(), 16);
  assert.equal(await offPage.locator(`:is(${controls}):not(:disabled)`).count(), 0);
  await off.close();
  // The loading moment: the wasm is held back; the controls are disabled and the widget
  // says the model is loading, then everything works once it has arrived.
  const { context, page, release } = await openWithWasmHeld(env.server.url);
  await page.waitForLoadState('load');
  assert.equal(await page.locator(`:is(${controls}):not(:disabled)`).count(), 0);
  const label = await page.$eval('.widget-controls', (el) => getComputedStyle(el, '::before').content);
  assert.match(label, /Loading the scenario model/);
  release();
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  assert.equal(await page.locator(`:is(${controls}):disabled`).count(), 0);
  assert.equal(await page.$eval('.widget-controls', (el) => getComputedStyle(el, '::before').content), 'none');
  await context.close();
  // The wasm fails: the controls stay disabled, the loading label goes, the failure note shows.
  const failed = await env.browser.newContext();
  const failedPage = await failed.newPage();
  await failedPage.route('**/*.wasm', (route) => route.abort());
  await failedPage.goto(env.server.url);
  await failedPage.waitForSelector('html[data-app="failed"]', { state: 'attached' });
  assert.equal(await failedPage.locator(`:is(${controls}):not(:disabled)`).count(), 0);
  assert.equal(await failedPage.$eval('.widget-controls', (el) => getComputedStyle(el, '::before').content), 'none');
  assert.ok(await failedPage.locator('#scenarios .widget-failed').isVisible());
  await failed.close();
});

// Text the first view's wasm does not carry comes back from the prerendered page: a kept node
// the island cannot find would be an empty box, silently. Every page form is checked with its
// "why" lists open; then, as a control, a page whose HTML lost one marker shows the blank.
test('no kept node is blank on any page form the app renders', async () => {
  const emptyKept = (page) => page.$$eval('[data-kept]', (els) => els.filter((el) => el.childNodes.length === 0).map((el) => el.dataset.kept));
  const freeze = '?v=1&mv=2&e=10&b=0&s=0&g=20&m=10&a=70&f=15';
  const forms = ['', freeze, `${freeze}&pin=25-10-0-60-35-10-65-15&v=2`, '?embed=compact', '?embed=widget', '?embed=page', 'worlds/freeze/'];
  for (const form of forms) {
    const { page, context, problems } = await openPage(env.browser, env.server.url + form, { ready: '#scenarios' });
    await page.$$eval('details.why', (all) => all.forEach((d) => { d.open = true; }));
    await page.waitForFunction(() => [...document.querySelectorAll('details.why')].every((d) => d.querySelector('.why-row, .why-nothing, p')));
    assert.ok(await page.locator('[data-kept]').count() > 10, `${form}: kept nodes are there`);
    assert.deepEqual(await emptyKept(page), [], `${form}: blank kept nodes`);
    assert.deepEqual(problems, []);
    await context.close();
  }
  // The control: the chart key's marker stripped from the HTML leaves its box blank, and the
  // check above sees it.
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.route(env.server.url, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('data-kept="chart-key"', 'data-was-kept="chart-key"');
    await route.fulfill({ response, body });
  });
  await page.goto(env.server.url);
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  assert.deepEqual(await emptyKept(page), ['chart-key']);
  await context.close();
});
