// One page load in headless Chromium: first and largest contentful paint and, for the app,
// the time until the widget answers input (a slider step made the moment the app marks the
// page ready, until the figure it drives changes). Shared by bench/run.mjs and
// bench/compare.mjs.

/** Paint timings, and for the app the time until the widget answers input. */
export async function loadRun(browser, url, throttle, isApp) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    // The moment the app marks the page ready, a slider step is made and the time until
    // the figure it drives changes is taken: "answers input".
    new MutationObserver((_, observer) => {
      if (document.documentElement?.dataset.app !== 'ready') return;
      observer.disconnect();
      const slider = document.querySelector('#slider-f');
      const figure = document.querySelector('[data-indicator="ttf"]');
      const before = figure.textContent;
      slider.value = '100';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      new MutationObserver((__, done) => {
        if (figure.textContent !== before) {
          window.__answered = performance.now();
          done.disconnect();
        }
      }).observe(figure, { childList: true, characterData: true, subtree: true });
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
  });
  await page.goto(url, { waitUntil: 'load' });
  if (isApp) await page.waitForFunction(() => window.__answered !== undefined);
  // LCP is final once the page has had a frame after load without input.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    lcp: window.__lcp,
    answered: window.__answered ?? NaN,
  }));
  await context.close();
  return result;
}
