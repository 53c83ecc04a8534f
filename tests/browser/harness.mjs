// Shared set-up for the browser tests: one headless Debian Chromium, dist/ served from a
// sub-path on 127.0.0.1, and pages that record every console error, page error, failed
// request and request to another origin, so each test can assert there were none.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './server.mjs';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');

/** The flags the machine notes call for: no sandbox as root, and no background traffic. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export async function serveDist(options = {}) {
  return serve({ root: DIST, base: '/deep/sub/path/', ...options });
}

/**
 * Opens a page that records problems. `problems` lists console errors, uncaught errors,
 * failed requests and requests leaving the served origin (or the origins in `alsoAllow`,
 * for host pages that embed the explainer from another origin).
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 }, colorScheme, ready = 'main article#capital-flows-lens', alsoAllow = [], app = true } = {}) {
  const context = await browser.newContext({ viewport, colorScheme });
  await context.addInitScript(recordOnDemand);
  const page = await context.newPage();
  const problems = [];
  const allowed = new Set([new URL(url).origin, ...alsoAllow.map((u) => new URL(u).origin)]);
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('request', (req) => {
    const target = new URL(req.url());
    if (target.protocol.startsWith('http') && !allowed.has(target.origin)) {
      problems.push(`request to another origin: ${req.url()}`);
    }
  });
  await page.goto(url);
  // The prerendered HTML is readable at once; the app has taken over when the shell marks
  // <html data-app="ready">. Host pages (app: false) only wait for their own `ready`.
  if (app) await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  await page.waitForSelector(ready, { state: 'attached' });
  return { page, context, problems };
}

/**
 * Records what the page asks the on-demand module for (`window.__onDemandAsked`), by wrapping the
 * loader the boot script defines: the app asks for "notices" before it marks itself ready.
 */
function recordOnDemand() {
  let loader;
  window.__onDemandAsked = [];
  Object.defineProperty(window, 'explainerOnDemand', {
    configurable: true,
    get: () => loader,
    set: (load) => {
      loader = (kind, ...rest) => {
        window.__onDemandAsked.push(kind);
        return load(kind, ...rest);
      };
    },
  });
}

/**
 * The link notice, which the on-demand module writes only for a link that needs one: its locator
 * once it is on the page, or null when the app asked for none (a page from openPage).
 */
export async function linkNotice(page) {
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  if (!(await page.evaluate(() => window.__onDemandAsked.includes('notices')))) return null;
  const notice = page.locator('.link-notice');
  await notice.waitFor();
  return notice;
}

/**
 * Registers hooks that launch one Chromium and serve dist/ for a test file, and returns the
 * live handles: `const env = setup();` then `env.browser`, `env.server`.
 */
export function setup(serveOptions = {}) {
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.server = await serveDist(serveOptions);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Each preset world's slider positions, in the widget's order (model/presets.rs). */
export const PRESETS = {
  alaska: [5, 5, 0, 50, 25, 15, 60, 55],
  freeze: [25, 10, 0, 60, 35, 10, 65, 15],
  hardened: [0, 0, 0, 50, 15, 0, 70, 70],
  unwind: [60, 40, 30, 85, 65, 10, 85, 20],
  amnesty: [90, 90, 90, 0, 30, 30, 30, 20],
  alone: [50, 40, 20, 20, 20, 90, 10, 55],
};

/** The positions of the widget's sliders, in order. */
export const sliderValues = (page) =>
  page.$$eval('#scenarios input[type=range]', (els) => els.map((el) => Number(el.value)));

/** Keeps the wasm instance the boot script announces, so its memory can be read. */
export async function captureWasm(context) {
  await context.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (event) => { window.__wasm = event.detail?.wasm; });
  });
}

/**
 * Returns a function that forces a garbage collection and reports the JS heap and the wasm
 * memory, in bytes, of a page whose context went through `captureWasm`.
 */
export async function memorySampler(context, page) {
  const cdp = await context.newCDPSession(page);
  return async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? NaN);
    return { heap: usedSize, wasm };
  };
}

/** A built file's size at brotli quality 11, as a production host would send it. */
export const brotliSize = (file) =>
  brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * The first view with a working widget: every request the page at `url` (served from dist/)
 * makes from navigation until the widget answers input (`<html data-app="ready">`), from the
 * browser's own resource timeline, each with its brotli size and whether it started after
 * the load event. Shared by the byte-budget test and the benchmark.
 */
export async function firstView(browser, url) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  const requests = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation');
    return [
      { url: location.href, afterLoad: false },
      ...performance.getEntriesByType('resource').map((entry) => ({
        url: entry.name,
        afterLoad: entry.startTime >= navigation.loadEventStart,
      })),
    ];
  });
  await page.close();
  const base = new URL(url).pathname;
  return requests
    .filter((request) => request.url.startsWith(url))
    .map(({ url: requested, afterLoad }) => {
      const path = decodeURIComponent(new URL(requested).pathname.slice(base.length)) || 'index.html';
      const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
      return { path, bytes: brotliSize(file), afterLoad };
    });
}
