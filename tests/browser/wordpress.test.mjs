// Stock WordPress (Debian's), with posts made as an editor makes them: the explainer's address
// pasted alone, a world's address, and the Embed dialog's code in a Custom HTML block. Each is
// checked in Chromium as a reader sees it: the compact widget, an iframe exactly as tall as
// its content, sliders that move numbers, and the world that was pasted. Then again with the
// one-line trusted-provider plugin. The test bed is tests/wordpress/bed.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './harness.mjs';
import { startBed, EXPLAINER, WORDPRESS } from '../wordpress/bed.mjs';

let bed;
let browser;
let dialogCode;
const started = Date.now();

before(async () => {
  bed = await startBed();
  browser = await launch();
  // The code an editor copies from the Embed dialog (compact, at the freeze), on the explainer
  // as served to WordPress.
  const page = await browser.newPage();
  await page.goto(`${EXPLAINER}worlds/freeze/`);
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  await page.click('#open-embed');
  await page.locator('#embed-iframe').waitFor();
  dialogCode = await page.inputValue('#embed-iframe');
  await page.close();
});
after(async () => {
  await browser?.close();
  await bed?.stop();
});

/** Opens a post and returns the page and its embed's frame, once the frame is sized. */
async function openPost(id, { wordpressSized = true } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${WORDPRESS}?p=${id}`);
  const iframe = page.locator('iframe').first();
  await iframe.waitFor();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  if (wordpressSized) {
    // wp-embed.js shows the frame (it starts clipped, behind the blockquote) on the first
    // message from it.
    await page.waitForFunction(() => !document.querySelector('iframe').hasAttribute('style') || document.querySelector('iframe').style.height !== '');
  }
  return { page, iframe, frame, problems };
}

/** Waits until the iframe is exactly as tall as the document it shows, and returns both. */
async function sizedToContent(page, frame) {
  let content = 0;
  let box = 0;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    box = await page.evaluate(() => Math.round(document.querySelector('iframe').getBoundingClientRect().height));
    if (Math.abs(box - content) <= 1) break;
    // The next height message is the event to wait for: it follows a resize of the content.
    await page.evaluate(() => new Promise((done) => addEventListener('message', done, { once: true })));
  }
  return { content, box };
}

async function checkCompact(page, frame, what, world = 'alaska') {
  assert.match(frame.url(), /[?&]embed=compact/, `${what}: the compact widget`);
  assert.equal(await frame.getAttribute(`#preset-${world}`, 'aria-pressed'), 'true', `${what}: the ${world} world`);
  // Everything the compact widget promises is on screen: eight levers, eight indicators, three readouts.
  assert.equal(await frame.locator('#scenarios input[type=range]:visible').count(), 8);
  assert.equal(await frame.locator('.indicator:visible').count(), 8);
  assert.equal(await frame.locator('.readout:visible').count(), 3);
  assert.ok(await frame.locator('.open-full').isVisible(), 'the link to the full explainer');
  const { content, box } = await sizedToContent(page, frame);
  assert.ok(Math.abs(box - content) <= 1, `${what}: iframe ${box} px for ${content} px of content`);
  assert.ok(content <= 1000, `${what}: ${content} px fits WordPress's 1,000 px ceiling`);
  // The sliders move numbers.
  const before = await frame.textContent('#card-ttf .indicator-value');
  await frame.focus('#slider-e');
  await frame.press('#slider-e', 'End');
  await frame.waitForFunction((old) => document.querySelector('#card-ttf .indicator-value').textContent !== old, before);
  return { content, box };
}

test('pasted into stock WordPress, the address embeds the compact widget, sized and working; a world\'s address embeds that world', async (t) => {
  const ids = bed.seed('untrusted', dialogCode);
  const url = await openPost(ids.url);
  // WordPress sandboxed it and speaks its own protocol with it.
  assert.equal(await url.iframe.getAttribute('sandbox'), 'allow-scripts');
  assert.match(await url.iframe.getAttribute('src'), /#\?secret=[A-Za-z0-9]{10}$/);
  assert.ok(!(await url.page.locator('blockquote.wp-embedded-content').isVisible()), 'the fallback is hidden once the frame reports');
  const sized = await checkCompact(url.page, url.frame, 'pasted address');
  t.diagnostic(`pasted address: iframe ${sized.box} px for ${sized.content} px of content at ${await url.iframe.evaluate((f) => f.clientWidth)} px wide`);
  assert.deepEqual(url.problems, []);
  await url.page.close();

  const world = await openPost(ids.world);
  await checkCompact(world.page, world.frame, 'world address', 'freeze');
  await world.page.close();

  // The dialog's code in a Custom HTML block (an Administrator's post) sizes itself too.
  const html = await openPost(ids.html, { wordpressSized: false });
  assert.match(html.frame.url(), /e=25.*embed=compact/);
  await checkCompact(html.page, html.frame, 'dialog code', 'freeze');
  await html.page.close();
});

test('with the one-line trusted-provider plugin, the same holds and the explainer\'s own resizer is kept', async (t) => {
  const ids = bed.seed('trusted', dialogCode);
  const url = await openPost(ids.url, { wordpressSized: false });
  assert.equal(await url.iframe.getAttribute('sandbox'), null, 'a trusted embed is not sandboxed');
  await checkCompact(url.page, url.frame, 'trusted, pasted address');
  await url.page.close();
  const world = await openPost(ids.world, { wordpressSized: false });
  await checkCompact(world.page, world.frame, 'trusted, world address', 'freeze');
  await world.page.close();
  t.diagnostic(`the WordPress test took ${((Date.now() - started) / 1000).toFixed(1)} s, of which setting up ${(bed.timings.wordpress / 1000).toFixed(1)} s`);
});
