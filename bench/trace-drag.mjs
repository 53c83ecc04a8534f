// Where a drag's main-thread time goes: drags #slider-f at 4x CPU (as bench/drag-frames.mjs)
// while Chromium traces, then prints the total per trace event name on the renderer's main
// thread, divided by the number of input events, and the Layout events' object counts.
import { launch, serveDist } from '../tests/browser/harness.mjs';
const browser = await launch();
const server = await serveDist({});
const context = await browser.newContext({ viewport: { width: Number(process.env.W || 1280), height: 900 } });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE || 4) });
await page.locator('#slider-f').scrollIntoViewIfNeeded();
const box = await page.locator('#slider-f').boundingBox();
const y = box.y + box.height / 2; const [left, right] = [box.x + 4, box.x + box.width - 4];
await page.mouse.move(left, y); await page.mouse.down();
await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
await page.mouse.move(right, y, { steps: 120 }); await page.mouse.move(left, y, { steps: 120 });
const buffer = await browser.stopTracing();
await page.mouse.up();
const events = JSON.parse(buffer.toString()).traceEvents;
const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
const totals = new Map();
let inputs = 0; const layouts = [];
for (const e of on) {
  if (e.name === 'EventDispatch' && e.args?.data?.type === 'input') inputs++;
  if (e.ph === 'X' && e.dur) totals.set(e.name, (totals.get(e.name) || 0) + e.dur / 1000);
  if (e.name === 'Layout' && e.args?.beginData) layouts.push(e.args.beginData);
}
const frames = on.filter((e) => e.name === "BeginMainFrame" || e.name === "WebFrameWidgetImpl::BeginMainFrame").length;
console.log(`inputs ${inputs} frames ${frames}`);
for (const [name, t] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(t / inputs).toFixed(2).padStart(8)} ms  ${name}`);
const dirty = layouts.map((d) => d.dirtyObjects).sort((a, b) => a - b);
console.log(`layouts ${layouts.length} dirty median ${dirty[dirty.length >> 1]} total ${layouts[0]?.totalObjects}`);
await browser.close(); await server.close();
