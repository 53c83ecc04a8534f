// Accessibility: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) finds nothing on the page in
// light and dark, in every embed mode, and with every dialog and disclosure open; the
// controls are reachable by keyboard in order, with a visible focus indicator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, openPage, setup } from './harness.mjs';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

const env = setup();

async function axe(page, what) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  );
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0].target.join(' ')} — ${v.help}`);
  assert.deepEqual(violations, [], `${what}: axe violations`);
  return result.passes.length;
}

for (const colorScheme of ['light', 'dark']) {
  test(`no axe violations on the full page (${colorScheme}), with every disclosure open`, async () => {
    const { page, context } = await openPage(env.browser, env.server.url, { colorScheme });
    const passes = await axe(page, `${colorScheme} page`);
    assert.ok(passes > 20, `axe ran ${passes} passing rules`);
    await page.click('#preset-freeze');
    for (const summary of await page.locator('#scenarios details > summary').all()) await summary.click();
    await page.locator('#card-ttf .why-list').waitFor();
    await axe(page, `${colorScheme} page with disclosures open`);
    await context.close();
  });

  test(`no axe violations in comparison mode and with the download dialog open (${colorScheme})`, async () => {
    const pin = `pin=${[25, 10, 0, 60, 35, 10, 65, 15].join('-')}`;
    const { page, context } = await openPage(env.browser, `${env.server.url}?v=2&mv=2&e=60&b=40&d=30&s=85&g=65&m=10&a=85&f=20&${pin}`, { colorScheme });
    await page.locator('#comparison-text').waitFor();
    for (const summary of await page.locator('#scenarios details > summary').all()) await summary.click();
    await axe(page, `${colorScheme} comparison`);
    await page.click('#open-download');
    await page.locator('#download-dialog').waitFor();
    await axe(page, `${colorScheme} download dialog`);
    await context.close();
  });

  test(`no axe violations with the embed dialog open (${colorScheme})`, async () => {
    const { page, context } = await openPage(env.browser, env.server.url, { colorScheme });
    await page.click('#open-embed');
    await page.locator('#embed-dialog').waitFor();
    await axe(page, `${colorScheme} embed dialog`);
    await context.close();
  });

  test(`no axe violations in "What moves it?", with its table open and an answer shown (${colorScheme})`, async () => {
    const { page, context } = await openPage(env.browser, env.server.url, { colorScheme });
    await page.click('#card-eurusd .why summary');
    await page.click('[data-explore="eurusd"]');
    await page.locator('#explore-dialog').waitFor();
    await page.click('.tornado-table summary');
    await page.fill('#seek-target', '1.2');
    await page.click('#seek-find');
    await page.waitForFunction(() => document.querySelector('#seek-result').textContent !== '');
    await axe(page, `${colorScheme} explore dialog`);
    await context.close();
  });
}

for (const embed of ['compact', 'page', 'widget', 'table', 'article1', 'article2']) {
  test(`no axe violations in embed mode ${embed}, light and dark`, async () => {
    for (const theme of ['light', 'dark']) {
      const { page, context } = await openPage(env.browser, `${env.server.url}?embed=${embed}&theme=${theme}`, { ready: 'main' });
      await axe(page, `embed ${embed} ${theme}`);
      await context.close();
    }
  });
}

test('no axe violations with a link notice showing', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}?e=abc&theme=neon`);
  await page.locator('.link-notice').waitFor();
  await axe(page, 'link notice');
  await context.close();
});

test('Tab reaches every control in reading order, each with a visible focus indicator', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  const seen = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const top = el.getBoundingClientRect().top + scrollY;
      return { id: el.id || el.textContent.trim().slice(0, 30), tag: el.tagName, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, top };
    });
    if (!focused) break;
    seen.push(focused);
  }
  const ids = seen.map((f) => f.id);
  assert.equal(seen[0].id, 'Skip to the articles');
  for (const id of ['slider-e', 'slider-f', 'preset-freeze', 'copy-link', 'open-embed', 'Skip to the results', 'Back to the levers']) {
    assert.ok(ids.includes(id), `${id} is reachable by Tab`);
  }
  assert.ok(ids.indexOf('preset-alaska') < ids.indexOf('slider-e'), 'presets come before sliders');
  assert.ok(ids.indexOf('slider-e') < ids.indexOf('slider-f'), 'sliders in order');
  // The tools come after the levers, and the way to the results right after the last lever.
  assert.equal(ids.indexOf('Skip to the results'), ids.indexOf('slider-f') + 1, 'skip link after the levers');
  assert.ok(ids.indexOf('slider-f') < ids.indexOf('pin') && ids.indexOf('pin') < ids.indexOf('copy-link'), 'tools after the levers');
  assert.deepEqual(seen.filter((f) => !f.outline).map((f) => f.id), [], 'every focused control shows an outline');
  await context.close();
});

test('the embed dialog keeps focus inside, closes with Escape and returns focus to its button', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  await page.focus('#open-embed');
  await page.keyboard.press('Enter');
  await page.locator('#embed-dialog').waitFor();
  const outside = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      // Focus may rest on the dialog or its controls, or leave the page for the browser's own UI.
      return el === document.body || document.querySelector('#embed-dialog').contains(el) ? null : el.outerHTML.slice(0, 60);
    });
    if (where) outside.push(where);
  }
  assert.deepEqual(outside, [], 'focus never reaches the page behind the dialog');
  await page.keyboard.press('Escape');
  assert.ok(!(await page.locator('#embed-dialog').isVisible()));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'open-embed');
  await context.close();
});

test('with reduced motion requested nothing animates', async () => {
  const context = await env.browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(env.server.url);
  const animated = await page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((el) => {
      const style = getComputedStyle(el);
      return parseFloat(style.transitionDuration) > 0.001 || (style.animationName !== 'none' && parseFloat(style.animationDuration) > 0.001);
    }).length,
  );
  assert.equal(animated, 0);
  await context.close();
});

test('usable at 200% zoom on a 640 px window (320 CSS px): no sideways scrolling', async () => {
  const context = await env.browser.newContext({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.evaluate(() => { document.body.style.zoom = '2'; });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `overflow ${overflow}px`);
  await context.close();
});

test('names carry no decoration, each slider step is voiced once, and new tabs say so', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  // The arrow after an "open this world" link is drawn by CSS with empty alternative text.
  assert.equal(await page.getByRole('link', { name: 'Low-intensity freeze', exact: true }).count(), 1);
  // The slider announces its value; the visible <output> is not a second live region.
  assert.equal(await page.getAttribute('output[for="slider-e"]', 'aria-hidden'), 'true');
  assert.equal(await page.getByRole('status').filter({ hasText: 'of 100' }).count(), 0);
  // Every link that opens a new tab says so in its name, and shows an arrow.
  const newTabs = page.locator('a[target="_blank"]');
  assert.ok((await newTabs.count()) >= 15);
  for (const link of await newTabs.all()) {
    assert.match(await link.textContent(), /↗ \(opens in a new tab\)$/);
  }
  await context.close();
});

test('one named region for the widget, distinct disclosure names, clean headings, and an h1 in every embed', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  // The widget is the page's one named region; sections inside it and the articles are not.
  assert.equal(await page.getByRole('region').count(), 1);
  // Each "why" disclosure says what it explains.
  const names = await page.locator('details.why > summary').allTextContents();
  assert.equal(names.length, 11);
  assert.equal(new Set(names).size, 11, JSON.stringify(names));
  // The "Illustrative" badge is not part of the headings' names.
  assert.equal(await page.getByRole('heading', { name: 'Markets', exact: true }).count(), 1);
  assert.equal(await page.getByRole('heading', { name: 'Politics', exact: true }).count(), 1);
  // The charts' axis labels are not read inside the image.
  assert.equal(await page.locator('.chart > svg:not([aria-hidden="true"])').count(), 0);
  await context.close();
  for (const embed of ['compact', 'page', 'widget', 'table', 'article1', 'article2']) {
    const opened = await openPage(env.browser, `${env.server.url}?embed=${embed}`, { ready: 'main' });
    assert.equal(await opened.page.getByRole('heading', { level: 1 }).count(), 1, embed);
    await opened.context.close();
  }
});
