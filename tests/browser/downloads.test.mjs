// Downloads: the data as CSV (RFC 4180, UTF-8 with a byte-order mark) and the charts as SVG
// and PNG, made in the browser by the on-demand module, which loads only when first used. The
// CSV, parsed, holds the numbers on screen, for one scenario and for a comparison; the SVG
// parses, the PNG is 1,200 px wide; nothing breaks the strict CSP or leaves the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, PRESETS, openPage, setup } from './harness.mjs';
import { pngSize } from './png.mjs';

const CSP = readFileSync(join(DIST, 'csp.txt'), 'utf8').trim();
const reports = [];
const env = setup({ headers: { 'content-security-policy': `${CSP}; report-uri /deep/sub/path/__csp-report` }, reports });

const FREEZE = `v=1&mv=2&e=25&b=10&s=60&g=35&m=10&a=65&f=15`;
const UNWIND_VS_FREEZE = `v=2&mv=2&e=60&b=40&d=30&s=85&g=65&m=10&a=85&f=20&pin=${PRESETS.freeze.join('-')}`;

/** RFC 4180 records, as a spreadsheet reads them. */
function parseCsv(text) {
  const records = [];
  let record = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { record.push(cell); records.push(record); record = []; cell = ''; i++; }
    else if (c === '\n') throw new Error(`bare LF at ${i}`);
    else cell += c;
  }
  assert.equal(cell + record.join(''), '', 'the file ends with CRLF');
  return records;
}

/** The first number in a piece of screen text ("−$0.8/bbl" is -0.8). */
const numberIn = (text) => Number(text.replaceAll('−', '-').replace(/[$€]/g, '').match(/-?\d+(\.\d+)?/)[0]);

async function openDownloads(query) {
  const opened = await openPage(env.browser, `${env.server.url}?${query}`);
  await opened.page.evaluate(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  const before = await opened.page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('ondemand-')).length);
  assert.equal(before, 0, 'the on-demand module is not part of the first view');
  await opened.page.click('#open-download');
  await opened.page.waitForFunction(() => document.querySelector('#download-dialog')?.open);
  return opened;
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const bytes = readFileSync(await file.path());
  await page.waitForFunction(() => /^Downloaded /.test(document.querySelector('#download-status').textContent));
  return { name: file.suggestedFilename(), bytes };
}

for (const [what, query, world] of [['the freeze', FREEZE, 'freeze'], ['the unwind against a pinned freeze', UNWIND_VS_FREEZE, 'unwind-vs-freeze']]) {
  test(`the CSV of ${what} matches the numbers on screen`, async () => {
    const { page, context, problems } = await openDownloads(query);
    const { name, bytes } = await download(page, '#download-csv');
    assert.match(name, new RegExp(`^alaska-explainer-${world}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const text = bytes.toString('utf8');
    assert.ok(text.startsWith('\uFEFF'), 'a byte-order mark, so spreadsheets read UTF-8');
    const [header, ...rows] = parseCsv(text.slice(1));
    assert.deepEqual(header, ['section', 'scenario', 'name', 'value', 'unit', 'band_low', 'band_high', 'summit', 'detail', 'date', 'source', 'url']);
    assert.ok(rows.every((r) => r.length === header.length), 'every record has every field');
    const cell = (section, scenario, name, column) => {
      const row = rows.find((r) => r[0] === section && r[1] === scenario && r[2] === name);
      assert.ok(row, `${section}/${scenario}/${name}`);
      return row[header.indexOf(column)];
    };
    const screen = await page.evaluate(() => [...document.querySelectorAll('#scenarios .indicator')].map((card) => ({
      name: card.querySelector('.indicator-name').textContent,
      value: card.querySelector('.indicator-value').textContent,
      band: card.querySelector('.indicator-band').textContent,
      pinned: card.querySelector('.indicator-pinned')?.textContent ?? null,
    })));
    assert.equal(screen.length, 8);
    for (const card of screen) {
      assert.equal(Number(cell('indicator', 'current', card.name, 'value')), numberIn(card.value), card.name);
      const [low, high] = card.band.replace(/^Plausible range /, '').split(' – ').map(numberIn);
      assert.deepEqual([Number(cell('indicator', 'current', card.name, 'band_low')), Number(cell('indicator', 'current', card.name, 'band_high'))], [low, high], card.name);
      if (card.pinned) assert.equal(Number(cell('indicator', 'A', card.name, 'value')), numberIn(card.pinned.slice(3)), `A: ${card.name}`);
    }
    assert.equal(screen.some((card) => card.pinned), query.includes('pin='));
    const cohesion = await page.locator('[data-readout="cohesion"]').textContent();
    assert.equal(Number(cell('readout', 'current', 'Sanctions-coalition cohesion', 'value')), numberIn(cohesion));
    const sliders = await page.$$eval('#scenarios input[type=range]', (els) => els.map((el) => [el.closest('.slider').querySelector('label').textContent, el.value]));
    for (const [label, value] of sliders) assert.equal(cell('lever', 'current', label.trim(), 'value'), value, label);
    assert.equal(cell('about', '', 'link', 'url'), page.url(), 'the link reopens this scenario');
    assert.match(cell('about', '', 'illustrative', 'detail'), /^Illustrative, not a forecast/);
    assert.match(cell('about', '', 'model version', 'value'), /^\d+ \(\d{1,2} [A-Z][a-z]{2} \d{4}\)$/);
    const references = rows.filter((r) => r[0] === 'reference' && r[9] !== 'Aug 2025');
    assert.ok(references.length >= 16 && references.every((r) => r[9] && r[10] && r[11].startsWith('https://')), 'every reference figure has its date, source and link');
    assert.ok(rows.some((r) => r[0] === 'contribution'), 'each lever’s contribution');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('charts download as SVG that parses and PNG at 1,200 px wide, under the strict CSP', async () => {
  const { page, context, problems } = await openDownloads(UNWIND_VS_FREEZE);
  for (const chart of ['ttf', 'markets']) {
    await page.selectOption('#download-chart', chart);
    const svg = await download(page, '#download-svg');
    assert.match(svg.name, new RegExp(`^alaska-explainer-unwind-vs-freeze-${chart}-\\d{4}-\\d{2}-\\d{2}\\.svg$`));
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.localName,
        width: root.getAttribute('width'),
        height: Number(root.getAttribute('height')),
        text: root.textContent,
        // A long address is cut across lines; its pieces, end to end, are the address.
        joined: [...root.querySelectorAll('text')].map((t) => t.textContent).join(''),
        marks: ['.chart-summit', '.chart-scenario', '.chart-pinned'].map((mark) => root.querySelectorAll(mark).length),
      };
    }, svg.bytes.toString('utf8'));
    assert.equal(parsed.error, null);
    assert.deepEqual([parsed.root, parsed.width], ['svg', '600.0']);
    for (const needed of ['Scenario: Modular unwind · A: Low-intensity freeze', 'Illustrative', 'Source:', 'at the summit', 'Plausible range']) {
      assert.ok(parsed.text.includes(needed), `${chart} SVG says ${needed}`);
    }
    assert.ok(parsed.joined.includes(page.url()), `${chart} SVG carries the link`);
    const charts = chart === 'ttf' ? 1 : 8;
    assert.deepEqual(parsed.marks, [charts, charts, charts], 'the summit, the scenario and A on each chart');

    await page.selectOption('#download-chart', chart);
    const png = await download(page, '#download-png');
    assert.match(png.name, /\.png$/);
    assert.deepEqual(pngSize(png.bytes), { width: 1200, height: parsed.height * 2 }, `${chart} PNG at 2×`);
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(reports, [], 'no CSP report');
  assert.deepEqual(problems, []);
  await context.close();
});

// As Our World in Data gives one: title, model version and date, the scenario and its link,
// the day read. The same line in the dialog and under How we built this, which hides it once
// the scenario, and so the address, changes.
test('the download dialog and How we built this cite the scenario on screen, with its link and model version', async () => {
  const { page, context, problems } = await openDownloads(UNWIND_VS_FREEZE);
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).replace('Sept', 'Sep'));
  const cited = await page.locator('#download-citation').textContent();
  const address = page.url();
  assert.equal(cited, `The Alaska summit, read two ways, scenario model version 2 (3 Dec 2026), scenario “Modular unwind” against “Low-intensity freeze”. ${address}. Accessed ${today}.`);
  await page.keyboard.press('Escape');

  await page.click('#open-cite');
  await page.locator('#citation-line').waitFor();
  assert.equal(await page.locator('#citation-line').textContent(), cited);
  assert.ok(await page.locator('#citation-line').isVisible());
  // A new scenario: the old line goes, and the button makes the new one.
  await page.click('#preset-hardened');
  await page.locator('#citation-line').waitFor({ state: 'hidden' });
  await page.click('#open-cite');
  await page.locator('#citation-line').waitFor({ state: 'visible' });
  assert.match(await page.locator('#citation-line').textContent(), /scenario “Talks harden” against “Low-intensity freeze”\. .*mv=2.*\. Accessed /);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the dialog closes on Escape, returns focus, and says so when the module cannot load', async () => {
  const { page, context } = await openDownloads(FREEZE);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('#download-dialog').open);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'open-download');
  await context.close();

  const broken = await openPage(env.browser, `${env.server.url}?${FREEZE}`);
  await broken.context.route(/ondemand-[0-9a-f]+\.js$/, (route) => route.abort());
  await broken.page.click('#open-download');
  await broken.page.waitForFunction(() => /could not load/.test(document.querySelector('#copy-status').textContent));
  await broken.context.close();
});
