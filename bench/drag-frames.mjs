// The share of animation frames over 33 ms while dragging a slider at 4x CPU, three runs, with
// an optional style sheet added first: `CSS='.indicator-figures{display:none}' node
// bench/drag-frames.mjs` says what a rendering change would save before it is made (the
// drag is bench/slider.mjs's: 720 mouse moves over #slider-f at 1,280 x 900). It measures;
// it does not pass or fail. Needs a release build in dist/ (scripts/build.sh).
import { launch, serveDist } from '../tests/browser/harness.mjs';
const browser = await launch();
const server = await serveDist({});
for (let run = 0; run < 3; run++) {
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.locator('#slider-f').scrollIntoViewIfNeeded();
await page.evaluate(() => { window.__ticks = []; const tick = (t) => { window.__ticks.push(t); if (window.__ticking) requestAnimationFrame(tick); }; window.__ticking = true; requestAnimationFrame(tick); });
const box = await page.locator('#slider-f').boundingBox();
const y = box.y + box.height / 2; const [left, right] = [box.x + 4, box.x + box.width - 4];
await page.mouse.move(left, y); await page.mouse.down();
for (let s = 0; s < 3; s++) { await page.mouse.move(right, y, { steps: 120 }); await page.mouse.move(left, y, { steps: 120 }); }
await page.mouse.up();
const ticks = await page.evaluate(() => { window.__ticking = false; return window.__ticks; });
const iv = ticks.slice(1).map((t, i) => t - ticks[i]).sort((a,b)=>a-b);
console.log(`over33 ${(100*iv.filter(d=>d>33.4).length/iv.length).toFixed(1)}% median ${iv[iv.length>>1].toFixed(1)} p90 ${iv[Math.floor(iv.length*0.9)].toFixed(1)} n ${iv.length}`);
await context.close();
}
await browser.close(); await server.close();
