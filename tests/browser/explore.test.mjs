// "What moves it?" (issue 23): from the end of a card's "why" list, which lever matters most for its number (a tornado
// of the eight levers' spans, with a table of the same numbers) and what it would take to bring
// the number to a level (the answer becomes the scenario on screen, one step Back undoes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, sliderValues, PRESETS } from './harness.mjs';

const env = setup();
const number = (text) => Number(text.replace(/[^0-9.−-]/g, '').replace('−', '-'));

/** Opens the dialog from the card `slug`'s "why" list, by keyboard, and returns it. */
async function openExplore(page, slug) {
  const card = page.locator(`#scenarios :is(.indicator, .readout):has([data-indicator="${slug}"], [data-readout="${slug}"])`);
  await card.locator('.why summary').click();
  const opener = card.locator(`[data-explore="${slug}"]`);
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('#explore-dialog[open]');
  await dialog.waitFor();
  return dialog;
}

test('the tornado shows every lever, widest first, with the current level on every bar', async () => {
  const { page, problems } = await openPage(env.browser, `${env.server.url}?v=1&mv=2&e=25&b=10&s=60&g=35&m=10&a=65&f=15`);
  const dialog = await openExplore(page, 'ukraine');
  assert.match(await dialog.locator('h2').textContent(), /Ukraine’s dollar bonds/);
  assert.match(await dialog.textContent(), /not a recommendation/);
  const rows = dialog.locator('.tornado-row');
  assert.equal(await rows.count(), 8);
  // The table says the same in words: eight rows, spans in order.
  const table = await dialog.locator('.tornado-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  assert.equal(table.length, 8);
  const spans = table.map(([low, high]) => Math.abs(number(high) - number(low)));
  assert.deepEqual(spans, [...spans].sort((a, b) => b - a), 'sorted by span');
  assert.ok(spans[0] > 0);
  // The dot (now) lies within every bar that has one.
  const placed = await dialog.locator('.tornado-track').evaluateAll((tracks) => tracks.map((track) => {
    const bar = track.querySelector('.tornado-bar').getBoundingClientRect();
    const now = track.querySelector('.tornado-now').getBoundingClientRect();
    const centre = now.left + now.width / 2;
    return centre >= bar.left - 1 && centre <= bar.right + 1;
  }));
  assert.ok(placed.length >= 1 && placed.every(Boolean), `dots on bars: ${placed}`);
  // Choosing another number redraws the view for it.
  await dialog.locator('#explore-measure').selectOption('ttf');
  await page.waitForFunction(() => document.querySelector('#explore-title').textContent.includes('gas'));
  assert.equal(await dialog.locator('.tornado-row').count(), 8);
  await page.keyboard.press('Escape');
  await page.locator('#explore-dialog').waitFor({ state: 'hidden' });
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('what would it take: Ukraine’s bonds to 70¢ moves the levers, the link carries it, Back undoes it', async () => {
  const { page, problems } = await openPage(env.browser, env.server.url);
  const before = page.url();
  const dialog = await openExplore(page, 'ukraine');
  // By keyboard: the field, then Enter.
  await dialog.locator('#seek-target').fill('70');
  await dialog.locator('#seek-target').press('Enter');
  const result = dialog.locator('#seek-result');
  await page.waitForFunction(() => document.querySelector('#seek-result').textContent !== '');
  assert.match(await result.textContent(), /^To bring Ukraine’s dollar bonds to \d+¢, the levers moved .* Back undoes it\.$/);
  await page.waitForFunction((old) => location.href !== old, before);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => Number(document.querySelector('[data-indicator="ukraine"]').textContent.replace(/\D/g, '')) >= 70);
  const moved = await sliderValues(page);
  assert.notDeepEqual(moved, PRESETS.alaska);
  // The link reopens the same scenario.
  const link = page.url();
  const again = await openPage(env.browser, link);
  assert.deepEqual(await sliderValues(again.page), moved);
  assert.ok(number(await again.page.textContent('[data-indicator="ukraine"]')) >= 70);
  await again.page.context().close();
  // Back restores the scenario before.
  await page.goBack();
  await page.waitForFunction((old) => location.href === old, before);
  await page.waitForFunction(() => document.querySelector('[data-indicator="ukraine"]').textContent === '55¢');
  assert.deepEqual(await sliderValues(page), PRESETS.alaska);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('a target out of reach says so, with the nearest level, and moves nothing until asked', async () => {
  const { page, problems } = await openPage(env.browser, env.server.url);
  const dialog = await openExplore(page, 'ttf');
  const before = page.url();
  await dialog.locator('#seek-target').fill('€2');
  await dialog.locator('#seek-find').click();
  await page.waitForFunction(() => document.querySelector('#seek-result').textContent !== '');
  const said = await dialog.locator('#seek-result').textContent();
  assert.match(said, /cannot take European gas \(TTF\) to €2\/MWh: .* €\d+\/MWh is as low as it goes\. Nothing was moved\./);
  assert.equal(page.url(), before);
  assert.deepEqual(await sliderValues(page), PRESETS.alaska);
  // The nearest is one press away, and a history step.
  const nearest = dialog.locator('#seek-nearest');
  const level = (await nearest.textContent()).match(/€\d+\/MWh/)[0];
  await nearest.click();
  await page.waitForFunction((old) => location.href !== old, before);
  await page.keyboard.press('Escape');
  await page.waitForFunction((want) => document.querySelector('[data-indicator="ttf"]').textContent === want, level);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('bad input gets a plain answer: no number, no levers', async () => {
  const { page, problems } = await openPage(env.browser, env.server.url);
  const dialog = await openExplore(page, 'cohesion');
  await dialog.locator('#seek-target').fill('lots');
  await dialog.locator('#seek-find').click();
  await page.waitForFunction(() => document.querySelector('#seek-result').textContent.startsWith('Type a level as a number'));
  await dialog.locator('#seek-target').fill('80');
  for (const box of await dialog.locator('.seek-lever input').all()) await box.uncheck();
  await dialog.locator('#seek-find').click();
  await page.waitForFunction(() => document.querySelector('#seek-result').textContent === 'Allow at least one lever to move.');
  assert.deepEqual(await sliderValues(page), PRESETS.alaska);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('every card offers it at the end of its "why" list, embeds do not (their address is not the scenario), and the first view never loads it', async () => {
  const { page, problems } = await openPage(env.browser, `${env.server.url}?mv=2&embed=widget`);
  await page.locator('#card-ttf .why summary').click();
  await page.locator('#card-ttf .why-explore').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#card-ttf .why-explore').isVisible(), false);
  const plain = await openPage(env.browser, env.server.url);
  assert.deepEqual(await plain.page.evaluate(() => window.__onDemandAsked), []);
  for (const summary of await plain.page.locator('#scenarios .why summary').all()) await summary.click();
  // Each list is built when its disclosure's toggle event arrives.
  await plain.page.waitForFunction(() => document.querySelectorAll('#scenarios .why-explore').length === 11);
  const keys = await plain.page.locator('[data-explore]').evaluateAll((els) => els.map((el) => el.dataset.explore));
  assert.deepEqual(keys, ['ttf', 'slope', 'brent', 'btp', 'eurusd', 'defence', 'usdrub', 'ukraine', 'cohesion', 'reintegration', 'rotation']);
  assert.deepEqual([...problems, ...plain.problems], []);
  await page.context().close();
  await plain.page.context().close();
});
