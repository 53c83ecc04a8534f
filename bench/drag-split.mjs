// Where a drag's main-thread time goes: script, style and layout over a real mouse drag of
// the first slider (240 moves, at 4x CPU), from the DevTools protocol's Performance metrics.
// It measures; it does not pass or fail. `CSS='…' node bench/drag-split.mjs` adds a style
// sheet first, to try what a CSS change would save before making it.
//
//   node bench/drag-split.mjs        (needs a release build in dist/: scripts/build.sh)
import { launch, serveDist } from '../tests/browser/harness.mjs';

const browser = await launch();
const server = await serveDist({});
const url = server.url;
for (const throttle of [4]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.locator('#slider-f').scrollIntoViewIfNeeded();
  const box = await page.locator('#slider-f').boundingBox();
  await page.mouse.move(box.x + 12, box.y + box.height / 2);
  await page.mouse.down();
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  const moves = 240;
  for (let i = 0; i <= moves; i++) {
    const f = i <= moves / 2 ? (2 * i) / moves : 2 - (2 * i) / moves;
    await page.mouse.move(box.x + 12 + f * (box.width - 24), box.y + box.height / 2);
  }
  const after = await metrics();
  await page.mouse.up();
  const d = (k) => ((after[k] - before[k]) * 1000).toFixed(0);
  console.log(`${throttle}x CPU, ${moves} moves: task ${d('TaskDuration')} ms, script ${d('ScriptDuration')}, style ${d('RecalcStyleDuration')} (${after.RecalcStyleCount - before.RecalcStyleCount}), layout ${d('LayoutDuration')} (${after.LayoutCount - before.LayoutCount}), nodes ${after.Nodes}`);
  await context.close();
}
await browser.close(); await server.close();
