import { launch, serveDist } from '../tests/browser/harness.mjs';
const browser = await launch();
const server = await serveDist();
for (const [w, scheme] of [[1280, 'light'], [390, 'dark']]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  await page.goto(server.url + '?v=1&mv=2&e=25&b=10&s=60&g=35&m=10&a=65&f=15');
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.click('#card-ttf .why summary');
  await page.locator('#card-ttf .why-list li').first().waitFor();
  await page.locator('#card-ttf').screenshot({ path: `/tmp/why-${w}.png` });
  await page.click('[data-explore="cohesion"]');
  await page.waitForSelector('#explore-dialog[open]');
  await page.locator('#explore-dialog').screenshot({ path: `/tmp/explore-${w}.png` });
  await page.close();
}
await browser.close(); server.close();
