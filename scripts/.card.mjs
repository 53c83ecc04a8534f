import { launch, serveDist } from '../tests/browser/harness.mjs';
const browser = await launch();
const server = await serveDist();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(server.url);
await page.waitForFunction(() => document.documentElement.dataset.app === 'ready'); if (process.env.CSS) await page.addStyleTag({ path: process.env.CSS });
for (const id of ['card-ttf', 'card-btp', 'card-defence']) {
  console.log(id, await page.evaluate((id) => {
    const card = document.getElementById(id);
    const r = (el) => el ? Math.round(el.getBoundingClientRect().height) + '@' + Math.round(el.getBoundingClientRect().top - card.getBoundingClientRect().top) : null;
    return { card: r(card), head: r(card.querySelector('.indicator-head')), chart: r(card.querySelector('.chart')), foot: r(card.querySelector('.indicator-foot')), src: r(card.querySelector('.references')), why: r(card.querySelector('.why')), ex: r(card.querySelector('.explore-open')), cols: getComputedStyle(card).gridTemplateColumns };
  }, id));
}
await page.locator('#card-ttf').screenshot({ path: '/tmp/card.png' });
await browser.close(); server.close();
