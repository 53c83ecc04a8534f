// The scenario widget as a reader uses it: keyboard on the sliders, presets, reset, the
// summary and its polite announcement, the "why" lists, and opening a world from the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PRESETS, openPage, setup, sliderValues } from './harness.mjs';

// Slider keys in order, and each preset's positions (pinned here as the model's published worlds).
const KEYS = ['e', 'b', 'd', 's', 'g', 'm', 'a', 'f'];
const env = setup();

const figure = (page, slug) => page.textContent(`[data-indicator="${slug}"]`);
// Where the scenario's label stands on its chart (a percentage of the plot), which follows its mark.
const dot = (page, slug) => page.getAttribute(`#card-${slug} .chart-scenario-text`, 'x');

test('the widget renders every slider, indicator and readout, labelled as illustrative', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url);
  assert.deepEqual(await sliderValues(page), PRESETS.alaska);
  assert.equal(await page.locator('#scenarios .indicator').count(), 8);
  assert.equal(await page.locator('#scenarios .readout').count(), 3);
  // "In short" says what to do at the summit, and at a world what moved, in three lines at most.
  assert.match(await page.textContent('#summary-text'), /^This is the summit as it stood \(Aug 2025\)/);
  await page.click('#preset-freeze');
  await page.waitForFunction(() => document.querySelector('#summary-text').textContent.startsWith('From the summit'));
  const lines = await page.$eval('#summary-text', (el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
  assert.ok(lines <= 3, `In short takes ${lines} lines`);
  await page.click('#preset-alaska');
  // One short disclaimer, linked to the method, which holds the counts once.
  assert.match(await page.textContent('#scenarios .widget-disclaimer'), /^Illustrative: .+ not a forecast\. How we built this$/);
  assert.equal(await page.getAttribute('#scenarios .widget-disclaimer a', 'href'), '#how-we-built-this');
  assert.equal((await page.locator('#scenarios').textContent()).match(/Of the model’s \d+ coefficients/g).length, 1);
  assert.match(await page.textContent('#card-usdrub'), /partly administered/);
  // Every slider is labelled and speaks its value in words.
  for (const key of KEYS) {
    const slider = page.locator(`#slider-${key}`);
    assert.match(await slider.getAttribute('aria-valuetext'), /^\d+ of 100, /);
    assert.ok((await page.locator(`label[for="slider-${key}"]`).textContent()).length > 3);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('arrow keys, Home and End move a slider and redraw figures, chart and summary', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url);
  const gasBefore = await figure(page, 'ttf');
  const dotBefore = await dot(page, 'ttf');
  const summaryBefore = await page.textContent('#summary-text');

  await page.focus('#slider-e');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await page.inputValue('#slider-e'), '15');
  assert.equal(await page.textContent('output[for="slider-e"]'), 'None');
  assert.equal(await page.getAttribute('#slider-e', 'aria-valuetext'), '15 of 100, none');
  assert.notEqual(await figure(page, 'ttf'), gasBefore);
  assert.notEqual(await dot(page, 'ttf'), dotBefore);
  assert.notEqual(await page.textContent('#summary-text'), summaryBefore);

  await page.keyboard.press('End');
  assert.equal(await page.inputValue('#slider-e'), '100');
  assert.equal(await page.getAttribute('#slider-e', 'aria-valuetext'), '100 of 100, full');
  const gasAtFull = Number((await figure(page, 'ttf')).replace(/[^\d.]/g, ''));
  assert.ok(gasAtFull < 34, `full energy relief lowers gas: ${gasAtFull}`);

  await page.keyboard.press('Home');
  assert.equal(await page.inputValue('#slider-e'), '0');
  // The sliders no longer match a preset.
  assert.equal(await page.locator('#scenarios .preset[aria-pressed="true"]').count(), 0);
  assert.match(await page.textContent('#preset-quote'), /Your own scenario/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('each preset sets every slider, and reset restores the defaults', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url);
  for (const [key, values] of Object.entries(PRESETS)) {
    await page.click(`#preset-${key}`);
    assert.deepEqual(await sliderValues(page), values, key);
    assert.equal(await page.getAttribute(`#preset-${key}`, 'aria-pressed'), 'true');
    assert.equal(await page.locator('#scenarios .preset[aria-pressed="true"]').count(), 1);
  }
  // The Alaska world is the way back to the start: there is no second reset button.
  assert.equal(await page.locator('#reset').count(), 0);
  await page.click('#preset-alaska');
  assert.deepEqual(await sliderValues(page), PRESETS.alaska);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the presets land where the articles say', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  await page.click('#preset-hardened');
  assert.equal(await page.textContent('[data-readout="rotation"]'), 'Test not met');
  await page.click('#preset-unwind');
  assert.equal(await page.textContent('[data-readout="rotation"]'), 'Test met');
  const unwindCohesion = Number(await page.textContent('[data-readout="cohesion"]'));
  await page.click('#preset-amnesty');
  const amnestyCohesion = Number(await page.textContent('[data-readout="cohesion"]'));
  assert.ok(amnestyCohesion < unwindCohesion, `${amnestyCohesion} < ${unwindCohesion}`);
  await context.close();
});

test('screen readers hear one short sentence once a move settles, not on every step of a drag', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  const live = page.locator('#summary-live');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  // Nothing is announced before the reader does anything.
  assert.equal((await live.textContent()).trim(), '');
  // A drag fires `input` on every step and `change` once at the end.
  await page.$eval('#slider-f', (el) => {
    for (const v of [60, 70, 80, 90]) {
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  await page.waitForFunction(() => document.querySelector('#slider-f').getAttribute('aria-valuetext').startsWith('90 '));
  assert.equal((await live.textContent()).trim(), '', 'no announcement mid-drag');
  await page.$eval('#slider-f', (el) => el.dispatchEvent(new Event('change', { bubbles: true })));
  await page.waitForFunction(() => document.querySelector('#summary-live').textContent !== '');
  const said = await live.textContent();
  assert.match(said, /^Fighting intensity 90 of 100, escalating\. Largest moves: [^.]+\./);
  assert.ok(said.length < 250, `${said.length} characters: ${said}`);
  // A preset is one sentence with its name.
  await page.click('#preset-unwind');
  await page.waitForFunction(() => document.querySelector('#summary-live').textContent.startsWith('Modular unwind.'));
  await context.close();
});

test('"why did this move?" is one bar per lever, largest first, each with its reason once', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  await page.click('#preset-freeze');
  const card = page.locator('#card-ttf');
  await card.locator('.why summary').click();
  const items = card.locator('.why-list li');
  // The list is built when the disclosure opens (its toggle event).
  await items.first().waitFor();
  assert.ok((await items.count()) >= 2);
  const text = await items.allTextContents();
  assert.ok(text.some((t) => /fighting intensity/.test(t) && /freeze/.test(t)), text.join('\n'));
  // One row per lever, each named once.
  const levers = await card.locator('.why-lever strong').allTextContents();
  assert.equal(new Set(levers).size, levers.length, levers.join(', '));
  // Largest first, drawn as a diverging bar: a fall to the left of the centre line, a rise to
  // its right, the length the row's share of the largest.
  const rows = await items.evaluateAll((lis) => lis.map((li) => {
    const amount = Number(li.querySelector('.why-amount').textContent.replace(/[^0-9.−-]/g, '').replace('−', '-'));
    const svg = li.querySelector('.why-bar').getBoundingClientRect();
    const bar = li.querySelector('.why-bar rect').getBoundingClientRect();
    return { amount, left: bar.left - svg.left, right: bar.right - svg.left, centre: svg.width / 2, width: bar.width, full: svg.width / 2 };
  }));
  for (let i = 1; i < rows.length; i++) assert.ok(Math.abs(rows[i - 1].amount) >= Math.abs(rows[i].amount), 'largest first');
  assert.ok(Math.abs(rows[0].width - rows[0].full) < 1.5, 'the largest bar runs to the edge');
  for (const row of rows) {
    if (row.amount < 0) assert.ok(Math.abs(row.right - row.centre) < 1.5, `a fall ends at the centre line: ${JSON.stringify(row)}`);
    if (row.amount > 0) assert.ok(Math.abs(row.left - row.centre) < 1.5, `a rise starts at the centre line: ${JSON.stringify(row)}`);
  }
  // Market effects are sized by dated figures; each reason is written once.
  const figures = await card.locator('.why-figure').allTextContents();
  assert.ok(figures.length >= 1 && figures.every((t) => /\d{4}/.test(t)), 'every reason cites a dated figure');
  assert.equal(new Set(figures).size, figures.length, 'no reason twice');
  assert.equal(await card.locator('.why-phrase').count(), await items.count(), 'a reason, or a pointer to the one above, on every row');
  await card.locator('.why summary').click();
  await card.locator('.why-list').waitFor({ state: 'detached' });
  await page.locator('#assumptions > summary').click();
  // Grouped by lever, each group collapsed, each row named in plain words first.
  const groups = page.locator('#assumptions .assumptions-group');
  assert.equal(await groups.count(), 10);
  assert.equal(await page.locator('#assumptions .assumptions-group[open]').count(), 0, 'every group starts collapsed');
  assert.match(await groups.first().locator('summary').textContent(), /^Energy-flow relief\(\d+\)$/);
  await groups.first().locator('summary').click();
  await groups.first().locator('tbody tr').first().waitFor();
  assert.match(await groups.first().locator('tbody th').first().textContent(), /^European gas \(TTF\)TTF_ENERGY$/);
  assert.ok((await page.locator('#assumptions tbody tr').count()) >= 40);
  await context.close();
});

test('a world described in the article opens in the widget', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url);
  const link = page.locator('#capital-flows-lens a.world-link[data-preset="freeze"]');
  // Without the app it is a plain link to the world's own page.
  assert.equal(await link.getAttribute('href'), './worlds/freeze/#scenarios');
  await link.click();
  await page.waitForFunction(() => document.querySelector('#preset-freeze').getAttribute('aria-pressed') === 'true');
  assert.deepEqual(await sliderValues(page), PRESETS.freeze);
  // The app applied it in place: the same address, no page load, the widget in view.
  assert.equal(new URL(page.url()).search, '?v=1&mv=2&e=25&b=10&s=60&g=35&m=10&a=65&f=15');
  const box = await page.locator('#scenarios').boundingBox();
  assert.ok(box.y <= 1 && box.y + box.height > 0, JSON.stringify(box));
  await page.click('#restoring-a-pariah a.world-link[data-preset="alone"]');
  assert.deepEqual(await sliderValues(page), PRESETS.alone);
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 1280 px the sliders stay in view beside the charts', async () => {
  const { page, context } = await openPage(env.browser, env.server.url, { viewport: { width: 1280, height: 900 } });
  await page.locator('#card-ukraine').scrollIntoViewIfNeeded();
  const inView = async (selector) => {
    const box = await page.locator(selector).boundingBox();
    return box && box.y >= 0 && box.y + box.height <= 900;
  };
  assert.ok(await inView('#card-ukraine .chart'));
  assert.ok(await inView('#slider-e') || await inView('#slider-g'), 'a slider is visible');
  await context.close();
});

test('at 320 px the sliders are thumb-sized and a figure strip follows them', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url, { viewport: { width: 320, height: 640 } });
  const box = await page.locator('#slider-g').boundingBox();
  assert.ok(box.height >= 44 && box.width >= 240, JSON.stringify(box));
  await page.locator('#slider-f').scrollIntoViewIfNeeded();
  // The strip is on screen with the slider, below it (stuck to the bottom, or just after the
  // last slider when that is higher).
  const [ticker, slider] = await Promise.all([page.locator('#scenarios .ticker').boundingBox(), page.locator('#slider-f').boundingBox()]);
  assert.ok(ticker && ticker.y + ticker.height <= 640 && ticker.y >= slider.y + slider.height, JSON.stringify({ ticker, slider }));
  await page.focus('#slider-f');
  await page.keyboard.press('End');
  assert.match(await page.textContent('#scenarios .ticker'), /Gas€4\d\/MWh/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('found and in view: the way to the model is in the first screen, links land on the widget and say what they show, nothing scrolls inside it', async (t) => {
  for (const [width, height] of [[390, 844], [1280, 900]]) {
    for (const colorScheme of ['light', 'dark']) {
      // The plain address opens at the top, and the way to the model is on the first screen.
      const { page, context, problems } = await openPage(env.browser, env.server.url, { viewport: { width, height }, colorScheme });
      assert.equal(await page.evaluate(() => scrollY), 0);
      const jump = await page.locator('.jump-link').boundingBox();
      assert.ok(jump && jump.y + jump.height <= height, `${width} px: the way to the model is on the first screen (${JSON.stringify(jump)})`);
      assert.equal(await page.locator('.landed').count(), 0, 'the plain address says nothing about a link');
      await page.click('.jump-link');
      await page.waitForFunction(() => Math.abs(document.getElementById('scenarios').getBoundingClientRect().top) < 2);
      // No scroll box anywhere in the widget: the wheel always scrolls the page.
      const boxes = await page.$$eval('#scenarios *', (els) => els.filter((el) => {
        const style = getComputedStyle(el);
        return /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      }).map((el) => el.className || el.tagName));
      assert.deepEqual(boxes, [], `${width} px: scroll boxes in the widget`);
      if (width === 1280) {
        // The worlds and all eight levers on one screen, with the widget at the top.
        const bottom = await page.$$eval('#scenarios .preset, #scenarios input[type=range]', (els) => Math.max(...els.map((el) => el.getBoundingClientRect().bottom)));
        t.diagnostic(`1280×900: the last world or lever ends at ${Math.round(bottom)} px`);
        assert.ok(bottom <= height, `the last lever ends at ${bottom} px, below the screen`);
        // The tools in one row, after the levers.
        const tools = await page.$$eval('#scenarios .share .share-button', (els) => els.map((el) => el.getBoundingClientRect().top));
        assert.ok(Math.max(...tools) - Math.min(...tools) < 4, `tools in one row: ${tools}`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
  // A shared scenario, a comparison and a world's page open with the widget in view and a
  // line saying what they show, with a way back to the articles.
  for (const [address, said] of [
    ['?v=1&mv=2&e=25&b=10&s=60&g=35&m=10&a=65&f=15', /^This link opens the model at the world “Low-intensity freeze”\. Back to the articles/],
    ['?v=1&mv=2&f=80', /^This link opens the model at settings of its own\./],
    ['?v=2&mv=2&e=60&b=40&d=30&s=85&g=65&m=10&a=85&f=20&pin=25-10-0-60-35-10-65-15', /^This link opens a comparison: the world “Modular unwind” against A, the world “Low-intensity freeze”\./],
    ['worlds/freeze/', /^This link opens the model at the world “Low-intensity freeze”\./],
  ]) {
    const { page, context, problems } = await openPage(env.browser, `${env.server.url}${address}`, { viewport: { width: 390, height: 844 } });
    assert.match(await page.locator('.landed').textContent(), said, address);
    const widget = await page.locator('#scenarios').boundingBox();
    assert.ok(Math.abs(widget.y) < 2, `${address}: the widget is at the top of the screen (${widget.y})`);
    await page.click('.landed a');
    await page.waitForFunction(() => scrollY < 50);
    assert.deepEqual(problems, []);
    await context.close();
  }
  // On a laptop the link's screen holds the line, the worlds and all eight levers.
  const { page, context, problems } = await openPage(env.browser, `${env.server.url}?v=1&mv=2&e=25&b=10&s=60&g=35&m=10&a=65&f=15`, { viewport: { width: 1280, height: 900 } });
  const landed = await page.locator('.landed').boundingBox();
  assert.ok(landed.y >= 0 && landed.y + landed.height <= 900, `the line is on screen: ${JSON.stringify(landed)}`);
  const bottom = await page.$$eval('#scenarios .preset, #scenarios input[type=range]', (els) => Math.max(...els.map((el) => el.getBoundingClientRect().bottom)));
  t.diagnostic(`1280×900 from a link: the last lever ends at ${Math.round(bottom)} px`);
  assert.ok(bottom <= 900, `from a link, the last lever ends at ${bottom} px, below the screen`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone every lever is within one screen of an output: the strip stays on screen, with the change from the summit', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.url}?v=1&mv=2&e=25&b=10&s=60&g=35&m=10&a=65&f=15`, { viewport: { width: 390, height: 844 } });
  for (const slider of await page.locator('#scenarios input[type=range]').all()) {
    await slider.scrollIntoViewIfNeeded();
    const [box, strip] = await Promise.all([slider.boundingBox(), page.locator('#scenarios .ticker').boundingBox()]);
    assert.ok(strip && strip.y >= 0 && strip.y + strip.height <= 844.5, `with the strip: ${JSON.stringify(strip)}`);
    // Scrolled to (as focus scrolls to it), the lever is above the strip, not under it.
    assert.ok(box.y >= 0 && box.y + box.height <= strip.y + 1, `the lever is on screen, clear of the strip: ${JSON.stringify({ box, strip })}`);
  }
  // The strip shows each figure's move from the summit, not only its level.
  const changes = await page.locator('#scenarios .ticker .ticker-change').allTextContents();
  assert.ok(changes.length >= 3 && changes.some((text) => /[−+]/.test(text)), changes.join(' | '));
  assert.deepEqual(problems, []);
  await context.close();
});
