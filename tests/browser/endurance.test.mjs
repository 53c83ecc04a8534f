// A long session: thousands of slider changes and hundreds of preset switches, with no
// console error, and memory after it within 10% of memory after the first 1,000 changes.
// CI runs 3,000 changes and 150 presets; the full run is
//   LONG_SESSION_CHANGES=10000 LONG_SESSION_PRESETS=500 node --test tests/browser/endurance.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { captureWasm, memorySampler, openPage, setup } from './harness.mjs';

const CHANGES = Number(process.env.LONG_SESSION_CHANGES ?? 3000);
const PRESETS = Number(process.env.LONG_SESSION_PRESETS ?? 150);

const env = setup();

test(`${CHANGES} slider changes and ${PRESETS} presets: no error, memory flat after the first 1,000`, async () => {
  const context = await env.browser.newContext();
  await captureWasm(context);
  const { page, problems } = await openPage({ newContext: async () => context }, env.server.url);
  const sample = await memorySampler(context, page);
  const memory = async () => {
    const { heap, wasm } = await sample();
    assert.ok(Number.isFinite(wasm), 'the wasm memory is readable');
    return heap + wasm;
  };
  // Moves sliders `count` times, switching preset every `presetEvery` changes.
  const drive = (count, presetEvery) => page.evaluate(async ([n, every]) => {
    const sliders = [...document.querySelectorAll('#scenarios input[type=range]')];
    const presets = [...document.querySelectorAll('#scenarios .preset')];
    for (let i = 1; i <= n; i++) {
      const slider = sliders[i % sliders.length];
      slider.value = String((Number(slider.value) + 17) % 101);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      if (i % 10 === 0) slider.dispatchEvent(new Event('change', { bubbles: true }));
      if (every && i % every === 0) presets[(i / every) % presets.length].click();
      if (i % 100 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }, [count, presetEvery]);

  const presetEvery = Math.floor(CHANGES / PRESETS);
  await drive(1000, presetEvery);
  const baseline = await memory();
  await drive(CHANGES - 1000, presetEvery);
  const final = await memory();
  const growth = (final - baseline) / baseline;
  console.log(`memory after 1,000 changes ${(baseline / 1048576).toFixed(2)} MB, after ${CHANGES} changes and ${PRESETS} presets ${(final / 1048576).toFixed(2)} MB (${(growth * 100).toFixed(1)}%)`);
  assert.ok(growth < 0.1, `memory grew ${(growth * 100).toFixed(1)}%`);
  // The page still answers.
  await page.click('#preset-alaska');
  assert.equal(await page.inputValue('#slider-f'), '55');
  assert.deepEqual(problems, []);
  await context.close();
});
