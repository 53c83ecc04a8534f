import { launch, serveDist } from '../tests/browser/harness.mjs';
const browser = await launch();
const server = await serveDist();
for (const w of [600, 650, 700]) {
  const p = await browser.newPage({ viewport: { width: w, height: 300 } });
  for (const q of ['?mv=2&embed=compact', '?v=2&mv=2&e=60&b=40&d=30&s=85&g=65&m=10&a=85&f=20&pin=25-10-0-60-35-10-65-15&embed=compact']) {
    await p.goto(server.url + q);
    await p.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    const h = await p.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    console.log(w, q.includes('pin') ? 'compare' : 'plain', h);
    if (w === 650) { await p.setViewportSize({ width: w, height: h }); await p.screenshot({ path: `/tmp/compact-${q.includes('pin') ? 'c' : 'p'}.png` }); await p.setViewportSize({ width: w, height: 300 }); }
  }
}
await browser.close(); server.close();
