import { launch, serveDist } from '../tests/browser/harness.mjs';
const browser = await launch();
const server = await serveDist();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(server.url + '?v=1&mv=2&e=25&b=10&s=60&g=35&m=10&a=65&f=15');
await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
await page.waitForTimeout(500); await page.screenshot({ path: '/tmp/land1280.png' });
console.log(await page.evaluate(() => {
  const r = (s) => { const e = document.querySelector(s); if (!e) return null; const b = e.getBoundingClientRect(); return [Math.round(b.top), Math.round(b.bottom)]; };
  const sliders = [...document.querySelectorAll('#scenarios input[type=range]')].map((e) => Math.round(e.getBoundingClientRect().bottom));
  return { scrollY, landing: r('.landing, .landed, [class*=landing]'), presets: r('.preset-bar, #presets, .presets'), sliders, tools: r('.share-bar') };
}));
for (const w of [640]) {
  const p = await browser.newPage({ viewport: { width: w, height: 200 } });
  for (const q of ['?mv=2&embed=compact', '?v=2&mv=2&e=60&b=40&d=30&s=85&g=65&m=10&a=85&f=20&pin=25-10-0-60-35-10-65-15&embed=compact']) {
    await p.goto(server.url + q);
    await p.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    console.log(w, q.slice(0, 20), await p.evaluate(() => document.documentElement.scrollHeight));
  }
}
await browser.close(); server.close();
