// Screenshots of the widget as readers meet it, for the next reader of the code to see what it
// draws: the markets panel and readouts at 390 px (a phone) and 1,280 px (a laptop), light and
// dark, and the compact embed in a 640 px news column, each for the summit (the default), a
// world ("Low-intensity freeze") and a comparison (the modular unwind against a pinned
// freeze), a card's "why" list and the "What moves it?" dialog. Needs a release build in dist/ (scripts/build.sh); writes docs/screenshots/*.png.
//   node scripts/screenshots.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serveDist, ROOT } from '../tests/browser/harness.mjs';

const OUT = join(ROOT, 'docs', 'screenshots');
const SCENARIOS = {
  summit: '',
  freeze: '?v=1&mv=2&e=25&b=10&s=60&g=35&m=10&a=65&f=15',
  compare: '?v=2&mv=2&e=60&b=40&d=30&s=85&g=65&m=10&a=85&f=20&pin=25-10-0-60-35-10-65-15',
};
const VIEWS = [
  { name: 'p390', width: 390, height: 844 },
  { name: 'd1280', width: 1280, height: 900 },
];

mkdirSync(OUT, { recursive: true });
const browser = await launch();
const server = await serveDist();
const shots = [];
try {
  for (const [scenario, query] of Object.entries(SCENARIOS)) {
    for (const view of VIEWS) {
      for (const scheme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport: { width: view.width, height: view.height }, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${server.url}${query}`);
        await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
        const panel = page.locator('.widget-outputs');
        const file = `${view.name}-${scheme}-${scenario}.png`;
        await panel.screenshot({ path: join(OUT, file) });
        shots.push(file);
        await context.close();
      }
    }
    // The compact embed in a 640 px column, as a host page's iframe sizes it.
    const context = await browser.newContext({ viewport: { width: 640, height: 1000 }, colorScheme: 'light' });
    const page = await context.newPage();
    const sep = query ? '&' : '?';
    await page.goto(`${server.url}${query}${sep}embed=compact`);
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    const file = `e640-compact-${scenario}.png`;
    await page.screenshot({ path: join(OUT, file), fullPage: true });
    shots.push(file);
    await context.close();
  }
  // "Why did this move?" open on a card, and "What moves it?" with an answer, on a phone (dark)
  // and a laptop (light).
  for (const [view, scheme] of [[VIEWS[0], 'dark'], [VIEWS[1], 'light']]) {
    const context = await browser.newContext({ viewport: { width: view.width, height: view.height }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${server.url}${SCENARIOS.freeze}`);
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    const card = page.locator('#card-ukraine');
    await card.locator('.why summary').click();
    await card.locator('.why-explore').waitFor();
    let file = `${view.name}-${scheme}-why.png`;
    await card.screenshot({ path: join(OUT, file) });
    shots.push(file);
    await card.locator('[data-explore]').click();
    const dialog = page.locator('#explore-dialog[open]');
    await dialog.waitFor();
    await dialog.locator('#seek-target').fill('70');
    await dialog.locator('#seek-find').click();
    await page.waitForFunction(() => document.querySelector('#seek-result').textContent !== '');
    // The whole dialog, not only what its scroll shows.
    await page.setViewportSize({ width: view.width, height: await dialog.evaluate((d) => d.scrollHeight + 40) });
    file = `${view.name}-${scheme}-explore.png`;
    await dialog.screenshot({ path: join(OUT, file) });
    shots.push(file);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`wrote ${shots.length} screenshots to docs/screenshots/:\n  ${shots.join('\n  ')}`);
