// Publishable numbers, as a reader sees them: every source link goes to an article over
// https, no world puts an indicator at the edge of its chart, the rotation readout is the
// model's test, and the editors' note says where the texts came from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setup } from './harness.mjs';

const env = setup();

test('every source link is https, names a host and goes to an article, not a section', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url);
  const links = await page.$$eval('#scenarios a[href^="http"], #scenarios a[target="_blank"]', (els) => els.map((a) => a.href));
  assert.ok(links.length >= 15, `only ${links.length} source links`);
  for (const href of links) {
    const url = new URL(href);
    if (url.origin === new URL(env.server.url).origin) continue; // the page's own links
    assert.equal(url.protocol, 'https:', href);
    assert.doesNotMatch(url.hostname, /^[\d.]+$/, `${href} is a bare IP address`);
    assert.doesNotMatch(url.search, /utm_|fbclid|gclid/, `${href} carries tracking`);
    const segments = url.pathname.split('/').filter(Boolean);
    assert.ok(segments.length >= 2 || url.search, `${href} looks like a section page`);
    assert.ok(!segments.every((s) => /^\d+$/.test(s)), `${href} looks like an archive page`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('no world from the articles puts an indicator at the edge of its chart', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url);
  for (const preset of ['alaska', 'freeze', 'hardened', 'unwind', 'amnesty', 'alone']) {
    await page.click(`#preset-${preset}`);
    await page.waitForSelector(`#preset-${preset}[aria-pressed="true"]`);
    // The scenario's mark, as a percentage of the plot it is drawn on.
    const dots = await page.$$eval('#scenarios .indicator', (cards) => cards.map((card) => ({
      id: card.id,
      x: parseFloat(card.querySelector('.chart-scenario-text').getAttribute('x')),
      from: 0,
      to: 100,
    })));
    assert.equal(dots.length, 8);
    for (const dot of dots) {
      const margin = 0.02 * (dot.to - dot.from);
      assert.ok(dot.x > dot.from + margin && dot.x < dot.to - margin, `${preset}: ${dot.id} at ${dot.x} on ${dot.from}–${dot.to}`);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the rotation readout reports the model\'s test, and levels are read against the summit', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  assert.equal(await page.textContent('#readout-rotation'), 'Test for a broad market rally');
  assert.match(await page.textContent('#summary-text'), /test for a broad market rally is not met, by \d+ bp-equivalents/);
  assert.doesNotMatch(await page.textContent('#scenarios'), /warranted|\btoday\b/i);
  assert.match(await page.textContent('#card-ttf .indicator-band'), /^Plausible range/);
  await context.close();
});

test('the editors\' note says where the texts came from and lists every addition; the footer points to it', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  const note = page.getByRole('complementary', { name: 'Editors’ note on the texts' });
  assert.ok(await note.isVisible());
  const text = await note.textContent();
  for (const fact of [/without a byline, an outlet or a date/, /“former President”/, /“The headline quote”/, /cell separators/]) {
    assert.match(text, fact);
  }
  assert.match(await page.textContent('.page-footer'), /listed in the editors’ note/);
  assert.match(await page.textContent('#capital-flows-lens .editorial-note'), /start of its last paragraph/);
  await context.close();
});

test('a scenario beyond the cited evidence says so in its why-list', async () => {
  // Every relief at once, no triggers, no guarantees, minerals, the U.S. alone, no fighting.
  const { page, context, problems } = await openPage(env.browser, `${env.server.url}?v=1&mv=2&e=100&b=100&d=100&s=0&g=0&m=100&a=0&f=0`);
  for (const summary of await page.locator('#scenarios .indicator .why summary').all()) await summary.click();
  await page.locator('#scenarios .why-list').first().waitFor();
  const notes = await page.locator('#scenarios .why-beyond').allTextContents();
  assert.ok(notes.length >= 1, 'no indicator says it went beyond the evidence');
  for (const note of notes) assert.match(note, /^Beyond the evidence: this level is (below|above) .+\(.+\)\. Read it as the model’s arithmetic/);
  // No share is listed that rounds to nothing at the output's precision.
  for (const amount of await page.locator('#scenarios .why-amount').allTextContents()) {
    assert.match(amount, /[1-9]/, `a share written as ${amount}`);
  }
  // The worlds from the articles never do.
  await page.click('#preset-amnesty');
  await page.waitForSelector('#preset-amnesty[aria-pressed="true"]');
  assert.equal(await page.locator('#scenarios .why-beyond').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
