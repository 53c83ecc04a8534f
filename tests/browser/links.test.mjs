// Shared links: a scenario survives a fresh page load, Back and Forward move between
// scenarios, bad links get defaults and a plain notice, and copying the link works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PRESETS, linkNotice, openPage, setup, sliderValues } from './harness.mjs';

const { alaska: DEFAULTS, freeze: FREEZE, amnesty: AMNESTY } = PRESETS;

const env = setup();

const query = (page) => new URL(page.url()).search;

test('a link round-trips through a fresh page load', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url);
  await page.click('#preset-unwind');
  await page.focus('#slider-m');
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.search.includes('m=17'));
  const url = page.url();
  const values = await sliderValues(page);
  const summary = await page.textContent('#summary-text');
  const dot = await page.getAttribute('#card-btp .chart-scenario-text', 'x');

  const fresh = await openPage(env.browser, url);
  assert.deepEqual(await sliderValues(fresh.page), values);
  assert.equal(await fresh.page.textContent('#summary-text'), summary);
  assert.equal(await fresh.page.getAttribute('#card-btp .chart-scenario-text', 'x'), dot);
  assert.equal(await linkNotice(fresh.page), null);
  assert.deepEqual([...problems, ...fresh.problems], []);
  await context.close();
  await fresh.context.close();
});

// A link made with an earlier model (mv=1, or no mv at all) opens the same levers with this
// page's numbers, says so once with the version's date, and links to what changed.
test('a link from an older model keeps its levers, says the numbers were revised and links to what changed', async () => {
  for (const query of ['?v=1&mv=1&e=25&b=10&s=60&g=35&m=10&a=65&f=15', '?v=1&e=25&b=10&s=60&g=35&m=10&a=65&f=15']) {
    const { page, context, problems } = await openPage(env.browser, `${env.server.url}${query}`);
    assert.deepEqual(await sliderValues(page), PRESETS.freeze, query);
    const notice = page.locator('.link-notice li', { hasText: 'version 1 of the model' });
    assert.match(await notice.textContent(), /^This link was made with version 1 of the model, 2 Dec 2026; its numbers have been revised since\. It opens with the same levers and this page’s numbers \(version 2\)\. What changed$/, query);
    await notice.locator('a', { hasText: 'What changed' }).click();
    await page.waitForFunction(() => location.hash === '#model-versions');
    assert.ok(await page.locator('#model-versions li', { hasText: 'Version 1, 2 Dec 2026' }).isVisible());
    assert.ok(await page.locator('#model-versions li', { hasText: 'Version 2, 3 Dec 2026' }).isVisible());
    assert.deepEqual(problems, []);
    await context.close();
  }
  const { page, context } = await openPage(env.browser, `${env.server.url}?v=1&mv=9&f=80`);
  assert.match(await page.locator('.link-notice').textContent(), /version 9 of the model, newer than this page’s \(version 2\)/);
  assert.equal((await sliderValues(page))[7], 80);
  await context.close();
});

test('the default scenario has a clean address, and links carry only what differs', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  assert.equal(query(page), '');
  await page.focus('#slider-f');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => location.search !== '');
  assert.equal(query(page), '?v=1&mv=2&f=54');
  await page.click('#preset-alaska');
  await page.waitForFunction(() => location.search === '');
  await context.close();
});

test('dragging replaces history; presets add a step that Back and Forward restore', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url);
  const historyLength = await page.evaluate(() => history.length);
  await page.focus('#slider-e');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.search.includes('e=10'));
  assert.equal(await page.evaluate(() => history.length), historyLength, 'slider moves replace');

  await page.click('#preset-freeze');
  await page.waitForFunction(() => location.search.includes('f=15'));
  await page.click('#preset-amnesty');
  await page.waitForFunction(() => location.search.includes('e=90'));
  assert.equal(await page.evaluate(() => history.length), historyLength + 2, 'each preset is one step');

  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#preset-freeze').getAttribute('aria-pressed') === 'true');
  assert.deepEqual(await sliderValues(page), FREEZE);
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#slider-e').value === '10');
  assert.deepEqual(await sliderValues(page), [10, ...DEFAULTS.slice(1)]);
  await page.goForward();
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('#preset-amnesty').getAttribute('aria-pressed') === 'true');
  assert.deepEqual(await sliderValues(page), AMNESTY);
  assert.deepEqual(problems, []);
  await context.close();
});

// Each malformed link, what it should show, and words the notice must contain (null: no notice).
const MALFORMED = [
  ['e=abc', DEFAULTS, 'not a number'],
  ['e=', DEFAULTS, 'empty'],
  ['e=NaN', DEFAULTS, 'not a number'],
  ['e=Infinity', DEFAULTS, 'not a number'],
  ['e=-Infinity', DEFAULTS, 'not a number'],
  ['e=1e400', DEFAULTS, 'not a number'],
  ['e=1e300', DEFAULTS, 'not a number'],
  ['e=0x20', DEFAULTS, 'not a number'],
  ['e=12abc', DEFAULTS, 'not a number'],
  ['e=%', DEFAULTS, 'not a number'],
  ['e=%G0', DEFAULTS, 'not a number'],
  ['e=%C3%28', DEFAULTS, 'not a number'],
  [`e=${'9'.repeat(5000)}`, DEFAULTS, 'too long'],
  ['e=10&e=20', DEFAULTS, 'more than once'],
  ['e=150', [100, ...DEFAULTS.slice(1)], 'set to 100'],
  ['e=-20', [0, ...DEFAULTS.slice(1)], 'set to 0'],
  ['e=33.7', [34, ...DEFAULTS.slice(1)], 'rounded to 34'],
  ['f=999', [...DEFAULTS.slice(0, 7), 100], 'set to 100'],
  ['g=%3Cscript%3Ealert(1)%3C%2Fscript%3E', DEFAULTS, 'too long'],
  ['g=%3Cb%3Ex%3C%2Fb%3E', DEFAULTS, 'not a number'],
  ['s=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', DEFAULTS, 'too long'],
  ['a=javascript:alert(1)', DEFAULTS, 'too long'],
  ['a=javascript:1', DEFAULTS, 'not a number'],
  ['theme=neon', DEFAULTS, 'colour theme'],
  ['theme=%3Cb%3E', DEFAULTS, 'colour theme'],
  ['v=99&e=40', [40, ...DEFAULTS.slice(1)], 'newer version'],
  ['v=banana', DEFAULTS, 'format version'],
  ['v=1&v=1', DEFAULTS, 'more than once'],
  ['m=50&m=', DEFAULTS, 'more than once'],
  ['d=+', DEFAULTS, 'empty'],
  ['b=1%2C5', DEFAULTS, 'not a number'],
  ['unknown=1&utm_source=news&mv=2&e=30', [30, ...DEFAULTS.slice(1)], null],
  ['&&&=&e', DEFAULTS, 'empty'],
  ['e=20&b=abc&f=200', [20, 5, 0, 50, 25, 15, 60, 100], 'Banking-access relief'],
];

test(`${MALFORMED.length} malformed links render defaults with a plain notice and no console error`, async () => {
  for (const [search, expected, words] of MALFORMED) {
    const { page, context, problems } = await openPage(env.browser, `${env.server.url}?${search}`);
    assert.deepEqual(await sliderValues(page), expected, search);
    const notice = await linkNotice(page);
    if (words === null) {
      assert.equal(notice, null, search);
    } else {
      assert.ok(notice && (await notice.isVisible()), search);
      assert.ok((await notice.textContent()).includes(words), `${search}: ${await notice.textContent()}`);
    }
    // Nothing from the link became markup.
    assert.equal(await page.locator('main script, main img, main svg[onload]').count(), 0, search);
    assert.deepEqual(problems, [], search);
    await context.close();
  }
});

test('the notice can be dismissed', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}?e=abc`);
  await page.click('.link-notice .notice-dismiss');
  assert.equal(await page.locator('.link-notice').count(), 0);
  await context.close();
});

test('"Copy link" copies the current scenario and says so', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.server.url).origin });
  await page.click('#preset-hardened');
  await page.click('#copy-link');
  await page.waitForFunction(() => document.querySelector('#copy-status').textContent === 'Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${env.server.url}?v=1&mv=2&e=0&b=0&g=15&m=0&a=70&f=70`);
  assert.deepEqual(problems, []);
  await context.close();
});

// Without the Clipboard API the page falls back to execCommand('copy'). Both outcomes are
// forced, so each path is checked every run: the command copies the hidden field's text, or
// it is refused and the link is offered in a field to copy by hand.
for (const works of [true, false]) {
  test(`without the Clipboard API, copying ${works ? 'uses the copy command' : 'offers the link by hand when the copy command is refused'}`, async () => {
    const { page, context, problems } = await openPage(env.browser, env.server.url);
    await page.evaluate((works) => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
      window.__copied = null;
      Document.prototype.execCommand = function (command) {
        if (command !== 'copy') return false;
        if (works) window.__copied = document.querySelector('textarea.visually-hidden')?.value ?? null;
        return works;
      };
    }, works);
    await page.click('#preset-freeze');
    await page.click('#copy-link');
    await page.waitForFunction(() => document.querySelector('#copy-status').textContent !== '');
    const expected = `${env.server.url}?v=1&mv=2&e=25&b=10&s=60&g=35&m=10&a=65&f=15`;
    if (works) {
      assert.equal(await page.textContent('#copy-status'), 'Link copied.');
      assert.equal(await page.evaluate(() => window.__copied), expected);
      assert.equal(await page.locator('.share-url').count(), 0);
    } else {
      assert.match(await page.textContent('#copy-status'), /Copying is blocked/);
      assert.equal(await page.inputValue('.share-url'), expected);
    }
    // The hidden field is gone either way.
    assert.equal(await page.locator('textarea.visually-hidden').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
