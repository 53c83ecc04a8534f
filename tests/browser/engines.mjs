// Drivers for the three engines readers use, behind one small interface, so that the core
// paths are written once (engines.test.mjs):
// - Blink: Debian's chromium through playwright-core, as in the rest of the suite;
// - Gecko: Debian's firefox-esr through WebDriver BiDi (puppeteer-core, browser: 'firefox');
// - WebKit: Debian's WebKitGTK MiniBrowser through WebKitWebDriver (selenium-webdriver),
//   on a private Xvfb display, since WebKitGTK has no headless mode.
// Neither downloads a browser: both drive the Debian packages that scripts/setup-test.sh installs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const TIMEOUT = 15000;

/** A script that runs `fn` with `args` in the page and returns its (JSON-able) result. */
const call = (fn, args) => `return (${fn})(...${JSON.stringify(args)});`;

/**
 * A script that resolves once `fn` returns something truthy, checking on every DOM mutation
 * and every frame (a slider's value and the address are properties, not attributes), and
 * rejects after the time limit. Built here and sent as a function, so the page's strict CSP
 * (no eval) never sees it.
 */
const waiting = (fn, args) => `return new Promise((done, fail) => {
  let frame;
  const observer = new MutationObserver(() => check());
  const timer = setTimeout(() => { stop(); fail(new Error('timed out waiting for ' + ${JSON.stringify(String(fn))})); }, ${TIMEOUT});
  function stop() { observer.disconnect(); cancelAnimationFrame(frame); clearTimeout(timer); }
  function check() {
    let value;
    try { value = (${fn})(...${JSON.stringify(args)}); } catch { value = false; }
    if (value) { stop(); done(value); return; }
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(check);
  }
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  check();
});`;

function need(path, what) {
  if (!existsSync(path)) throw new Error(`${what} is missing at ${path}: run scripts/setup-test.sh, which installs it`);
}

/**
 * The interface every driver offers. `open` navigates and, for the explainer, waits until
 * the app has taken over; `eval` and `waitFor` run a function in the page; `frameEval` runs
 * one in the page's first iframe; `press` focuses an element and sends a real key press;
 * `errors` lists console errors and uncaught exceptions seen so far. `click` and `press` first
 * wait for their element, as Playwright's own click does: a why list's content, for one, is
 * built on the disclosure's toggle event, a task after the click that opens it, and a click
 * that looked it up at once failed now and then in WebKitGTK.
 *
 * This one serves playwright's and puppeteer's pages, whose calls used here are the same.
 * `waitFor` is not their waitForFunction: puppeteer's poller builds a function in the page,
 * which the strict CSP rightly refuses in Firefox. `back` is the Back button's traversal,
 * run in the page: puppeteer's goBack waits for a load that a same-document history step
 * never fires.
 */
function pageDriver(name, browser, page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  const waitFor = (fn, ...args) => page.evaluate(new Function(waiting(fn, args)));
  const present = (selector) => waitFor((css) => document.querySelector(css) !== null, selector);
  return {
    name,
    async open(url, { app = true } = {}) {
      await page.goto(url, { waitUntil: 'load' });
      if (app) await waitFor(() => document.documentElement.dataset.app === 'ready');
    },
    eval: (fn, ...args) => page.evaluate(new Function(call(fn, args))),
    waitFor,
    frameEval: (fn, ...args) =>
      page.frames().find((f) => f !== page.mainFrame()).evaluate(new Function(call(fn, args))),
    async press(selector, key) {
      await present(selector);
      await page.focus(selector);
      await page.keyboard.press(key);
    },
    async click(selector) {
      await present(selector);
      await page.click(selector);
    },
    back: () => page.evaluate(() => history.back()),
    errors: () => [...errors],
    /** The viewport as PNG bytes. */
    screenshot: async () => Buffer.from(await page.screenshot()),
    close: () => browser.close(),
  };
}

export async function firefox() {
  need(FIREFOX, "Debian's firefox-esr");
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // The window's size, set by Firefox itself: ESR 140's BiDi lacks the orientation command
    // that puppeteer's setViewport sends.
    defaultViewport: null,
    args: ['--width=1280', '--height=900'],
    // Nothing in the background: no updates, telemetry or remote settings.
    extraPrefsFirefox: { 'app.update.enabled': false, 'toolkit.telemetry.enabled': false, 'network.captive-portal-service.enabled': false },
  });
  const [page] = await browser.pages();
  return pageDriver(`Firefox ESR ${(await browser.version()).split('/')[1]}`, browser, page);
}

export async function chromium() {
  const { launch } = await import('./harness.mjs');
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  return pageDriver(`Chromium ${browser.version()}`, browser, page);
}

/** A free TCP port on 127.0.0.1, for WebKitWebDriver. */
async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** Starts Xvfb on a free display and resolves to it (":N") and a stop function. */
async function xvfb() {
  const child = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const display = await new Promise((ok, fail) => {
    child.on('error', fail);
    child.stdout.once('data', (data) => ok(`:${String(data).trim()}`));
  });
  return { display, stop: () => child.kill() };
}

/** Waits until a WebDriver server answers its status endpoint: an event, not a guess. */
async function ready(url) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet: wait for the next tick of the event loop's timers.
    }
    await new Promise((ok) => setImmediate(ok));
  }
  throw new Error(`WebKitWebDriver did not start at ${url}`);
}

export async function webkit() {
  need(WEBKIT_DRIVER, "Debian's webkit2gtk-driver (WebKitWebDriver)");
  need(MINIBROWSER, "WebKitGTK's MiniBrowser");
  const { Builder, By, Key, until } = await import('selenium-webdriver');
  const screen = await xvfb();
  const port = await freePort();
  const service = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: screen.display },
  });
  const server = `http://127.0.0.1:${port}`;
  await ready(server);
  const driver = await new Builder()
    .usingServer(server)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    })
    .build();
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  const KEYS = { ArrowRight: Key.ARROW_RIGHT, End: Key.END, Enter: Key.ENTER, Escape: Key.ESCAPE };
  const evaluate = (fn, args) => driver.executeScript(call(fn, args));
  // As in the page drivers' waiting script, a check that throws (an element not there yet)
  // is a check not yet met, not a failure.
  const check = (fn, args) => driver.executeScript(`try { ${call(fn, args)} } catch { return false; }`);
  const waitFor = (fn, ...args) => driver.wait(() => check(fn, args), TIMEOUT);
  const located = (selector) => driver.wait(until.elementLocated(By.css(selector)), TIMEOUT);
  // WebKitWebDriver has no console log, so errors are caught by a recorder put in the page
  // as soon as it has loaded; whether the app mounted at all is checked by `open`.
  const record = () =>
    driver.executeScript(`if (!window.__errors) { window.__errors = [];
      addEventListener('error', (e) => window.__errors.push('page error: ' + e.message));
      addEventListener('unhandledrejection', (e) => window.__errors.push('page error: ' + e.reason));
      const original = console.error;
      console.error = (...args) => { window.__errors.push('console error: ' + args.join(' ')); original(...args); }; }`);
  const version = await driver.executeScript('return navigator.userAgent');
  return {
    name: `WebKitGTK (${version.match(/AppleWebKit\/[\d.]+/)?.[0]})`,
    async open(url, { app = true } = {}) {
      await driver.get(url);
      await record();
      if (app) await waitFor(() => document.documentElement.dataset.app === 'ready');
    },
    eval: (fn, ...args) => evaluate(fn, args),
    waitFor,
    async frameEval(fn, ...args) {
      await driver.switchTo().frame(0);
      try {
        return await evaluate(fn, args);
      } finally {
        await driver.switchTo().defaultContent();
      }
    },
    async press(selector, key) {
      const element = await located(selector);
      await driver.executeScript('arguments[0].focus()', element);
      await driver.actions().sendKeys(KEYS[key]).perform();
    },
    async click(selector) {
      await (await located(selector)).click();
    },
    async back() {
      await driver.navigate().back();
      await record();
    },
    errors: () => evaluate(() => window.__errors ?? [], []),
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
    async close() {
      await driver.quit();
      service.kill();
      screen.stop();
    },
  };
}
