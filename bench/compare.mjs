// Before and after, on the same machine in the same minutes: alternates page loads of two
// builds so that whatever else the machine is doing falls on both alike, and reports the
// medians of the time until the widget answers input and of the slider's main-thread time.
// Usage: node bench/compare.mjs <dist-before> <dist-after> [runs]   (runs default 15)
import { launch } from '../tests/browser/harness.mjs';
import { serve } from '../tests/browser/server.mjs';
import { loadRun } from './load.mjs';
import { measure as measureSlider } from './slider.mjs';

const [before, after, runsText] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node bench/compare.mjs <dist-before> <dist-after> [runs]');
  process.exit(2);
}
const RUNS = Number(runsText ?? 15);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await launch();
const servers = [await serve({ root: before, base: '/a/' }), await serve({ root: after, base: '/b/' })];
const answered = [[], []];
const answered4x = [[], []];
const p95 = [[], []];
for (let run = 0; run < RUNS; run++) {
  // Alternate which build goes first, so neither always runs on a warmer machine.
  const order = run % 2 ? [1, 0] : [0, 1];
  for (const which of order) {
    const url = servers[which].url;
    answered[which].push((await loadRun(browser, url, 1, true)).answered);
    answered4x[which].push((await loadRun(browser, url, 4, true)).answered);
    if (run < 3) p95[which].push(Number((await measureSlider(browser, url, 1)).mainThread.p95));
    process.stderr.write('.');
  }
}
await browser.close();
for (const server of servers) await server.close();
const row = (label, values, digits = 0) =>
  `| ${label} | ${median(values[0]).toFixed(digits)} | ${median(values[1]).toFixed(digits)} |`;
console.log(
  [
    `| median of ${RUNS} alternating runs | before (${before}) | after (${after}) |`,
    '|---|---:|---:|',
    row('widget answers input, ms from navigation', answered),
    row('the same at 4x CPU throttling, ms', answered4x),
    row('slider main-thread p95, ms (3 runs)', p95, 2),
  ].join('\n'),
);
