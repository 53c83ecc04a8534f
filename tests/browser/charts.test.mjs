// The charts as a graphics editor measures them: a world's move is long enough to see, the
// text is legible at every width, the eight indicators fit one laptop screen in rows of equal
// height, A stays visible where it coincides with the scenario, the lines that carry meaning
// meet 3:1, the widget keeps to a small type scale, and the dated references stay in the
// prerendered page behind a disclosure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, PRESETS, openPage, setup } from './harness.mjs';

const env = setup();

const link = (values) => `?v=1&mv=2&${'ebdsgmaf'.split('').map((key, i) => `${key}=${values[i]}`).join('&')}`;

/** Each indicator's scenario mark: its tip or centre, in px from its chart's left edge. */
const marks = (page) =>
  page.$$eval('#scenarios .indicator', (rows) => rows.map((row) => {
    const mark = row.querySelector('.chart-scenario');
    const x = mark.tagName === 'circle' ? mark.cx.baseVal.value : mark.closest('svg').x.baseVal.value;
    return { id: row.id, x };
  }));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[3] + sorted[4]) / 2;
};

/** How far each world moves the median indicator's mark from the summit, in px. */
async function worldMoves(url, viewport) {
  const moves = {};
  const base = await openPage(env.browser, url(''), { viewport });
  const summit = await marks(base.page);
  await base.context.close();
  for (const [name, values] of Object.entries(PRESETS).filter(([name]) => name !== 'alaska')) {
    const { page, context, problems } = await openPage(env.browser, url(link(values)), { viewport });
    const moved = await marks(page);
    moves[name] = median(moved.map((mark, i) => Math.abs(mark.x - summit[i].x)));
    assert.deepEqual(problems, []);
    await context.close();
  }
  return moves;
}

test('every world moves the median indicator by at least 25 px at 1,280 px, 15 px in the compact embed at 650', async () => {
  const page = await worldMoves((query) => `${env.server.url}${query}`, { width: 1280, height: 900 });
  const compact = await worldMoves((query) => `${env.server.url}${query || '?'}${query ? '&' : ''}embed=compact`, { width: 650, height: 1000 });
  console.log(`median move, px: page ${JSON.stringify(page)}; compact ${JSON.stringify(compact)}`);
  for (const [world, px] of Object.entries(page)) assert.ok(px >= 25, `${world}: ${px.toFixed(1)} px at 1,280`);
  for (const [world, px] of Object.entries(compact)) assert.ok(px >= 15, `${world}: ${px.toFixed(1)} px in the compact embed`);
});

/** The smallest font size of any chart text a reader can see. */
const smallestChartText = (page) =>
  page.$$eval('.chart text', (texts) => Math.min(...texts
    .filter((text) => getComputedStyle(text).display !== 'none' && text.getBBox().width > 0)
    .map((text) => parseFloat(getComputedStyle(text).fontSize))));

test('no chart text is under 11 px at 320, 390 and 1,280 px, nor in the compact embed at 600', async () => {
  const compare = `pin=${PRESETS.freeze.join('-')}&v=2`;
  for (const [width, embed] of [[320, ''], [390, ''], [1280, ''], [600, '&embed=compact']]) {
    const { page, context, problems } = await openPage(env.browser, `${env.server.url}?${compare}${embed}`, { viewport: { width, height: 900 } });
    const smallest = await smallestChartText(page);
    assert.ok(smallest >= 11, `${width}${embed}: ${smallest} px`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the eight indicators fit 900 px at 1,280 px wide, in rows of equal height', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  const rows = await page.$$eval('#scenarios .indicator', (all) => all.map((row) => row.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom, height: r.height })));
  assert.equal(rows.length, 8);
  const span = rows.at(-1).bottom - rows[0].top;
  console.log(`eight indicators: ${span.toFixed(0)} px tall, rows ${rows.map((r) => r.height.toFixed(0)).join(', ')}`);
  assert.ok(span <= 900, `${span} px`);
  for (const row of rows) assert.ok(Math.abs(row.height - rows[0].height) < 1, `${row.height} vs ${rows[0].height}`);
  await context.close();
});

test('A is its own labelled mark, drawn over the scenario and larger, so it shows where the two coincide', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.url}${link(PRESETS.freeze)}&pin=${PRESETS.freeze.join('-')}&v=2`);
  const rows = await page.$$eval('#scenarios .indicator', (all) => all.map((row) => {
    const scenario = row.querySelector('.chart-scenario').getBoundingClientRect();
    const pinned = row.querySelector('.chart-pinned');
    const a = pinned.getBoundingClientRect();
    const later = row.querySelector('.chart-scenario').compareDocumentPosition(pinned) & Node.DOCUMENT_POSITION_FOLLOWING;
    return {
      id: row.id,
      label: row.querySelector('.chart-pinned-text').textContent,
      later: Boolean(later),
      // Taller than the scenario's mark and reaching past it, so its corners show around it.
      encloses: a.top < scenario.top && a.bottom > scenario.bottom && (a.right > scenario.right || a.left < scenario.left),
    };
  }));
  for (const row of rows) {
    assert.match(row.label, /^A /, row.id);
    assert.ok(row.later && row.encloses, `${row.id}: ${JSON.stringify(row)}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

/** WCAG's contrast ratio of two `rgb(…)` colours. */
function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, bl] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('the band\'s edge, reference lines, the slider track and the marks meet 3:1 in light and dark', async () => {
  for (const scheme of ['light', 'dark']) {
    const { page, context } = await openPage(env.browser, `${env.server.url}${link(PRESETS.freeze)}`, { colorScheme: scheme });
    const colours = await page.evaluate(() => {
      const style = (selector, property) => getComputedStyle(document.querySelector(selector))[property];
      const track = document.createElement('div');
      track.style.background = 'var(--control)';
      return {
        background: getComputedStyle(document.body).backgroundColor,
        band: style('#card-ttf .chart-band', 'stroke'),
        reference: style('#card-ttf .chart-reference', 'stroke'),
        arrow: style('#card-ttf .chart-arrow', 'stroke'),
        summit: style('#card-ttf .chart-summit', 'stroke'),
        thumb: getComputedStyle(document.querySelector('#slider-e')).accentColor,
      };
    });
    const track = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--control'));
    for (const [what, colour] of Object.entries(colours).filter(([what]) => what !== 'background' && what !== 'thumb')) {
      const ratio = contrast(colour, colours.background);
      assert.ok(ratio >= 3, `${scheme}: ${what} ${colour} on ${colours.background} is ${ratio.toFixed(2)}:1`);
    }
    assert.ok(track.trim().length > 0);
    await context.close();
  }
});

test('the widget keeps to at most nine font sizes', async () => {
  for (const width of [390, 1280]) {
    const { page, context } = await openPage(env.browser, env.server.url, { viewport: { width, height: 900 } });
    const sizes = await page.$$eval('#scenarios *', (all) => [...new Set(all
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()) && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => getComputedStyle(el).fontSize))]);
    console.log(`${width}: font sizes ${sizes.join(' ')}`);
    assert.ok(sizes.length <= 9, `${width}: ${sizes.length} sizes: ${sizes.join(', ')}`);
    await context.close();
  }
});

test('each row has one source line, and the dated references are in the prerendered page behind a disclosure', async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.equal((html.match(/<details class="references">/g) ?? []).length, 8);
  assert.equal((html.match(/<summary class="indicator-source">Source: /g) ?? []).length, 8);
  const { page, context } = await openPage(env.browser, env.server.url);
  const rows = await page.$$eval('#scenarios .indicator', (all) => all.map((row) => ({
    sources: [...row.querySelectorAll('.indicator-source')].filter((el) => /^Source: \S/.test(el.textContent)).length,
    references: row.querySelectorAll('details.references li').length,
    open: row.querySelector('details.references').open,
  })));
  for (const row of rows) {
    assert.equal(row.sources, 1);
    assert.ok(row.references >= 2, 'the summit level and at least one dated figure');
    assert.equal(row.open, false);
  }
  await context.close();
});
