// Security: the release page works under a strict Content-Security-Policy with no
// violation; script-injection payloads in every URL parameter and host message stay inert;
// the page sets no cookies and uses no storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, linkNotice, openPage, setup } from './harness.mjs';

// The policy the build writes for hosts (dist/csp.txt): no 'unsafe-inline', no 'unsafe-eval';
// 'wasm-unsafe-eval' for the WebAssembly and one hash for the small inline embed-mode script.
const CSP = readFileSync(join(DIST, 'csp.txt'), 'utf8').trim();

const env = setup({ headers: { 'content-security-policy': CSP } });

/** Opens a page that records every CSP violation event. */
async function openWatched(url, options) {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    window.__xss = 0;
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
    });
  });
  const opened = await openPage({ newContext: async () => context }, url, options);
  return { ...opened, violations: () => opened.page.evaluate(() => window.__violations) };
}

test('the policy is strict: no unsafe-inline, no unsafe-eval, nothing from other origins', () => {
  assert.match(CSP, /^default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'; style-src 'self';/);
  assert.doesNotMatch(CSP, /unsafe-inline|(?<!wasm-)unsafe-eval|\*|https?:/);
});

test('under a strict CSP the page starts, every control works, and nothing is blocked', async () => {
  const { page, context, problems, violations } = await openWatched(env.server.url);
  await page.focus('#slider-e');
  await page.keyboard.press('End');
  await page.click('#preset-unwind');
  await page.locator('#card-ttf .why summary').click();
  await page.locator('#card-ttf .why-list').waitFor();
  await page.click('#open-embed');
  await page.locator('#embed-dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.click('#open-download');
  await page.locator('#download-dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.click('#copy-link');
  await page.waitForFunction(() => document.querySelector('#copy-status').textContent !== '');
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems.filter((p) => !/Content Security Policy/.test(p)), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('embed modes run under the same CSP without violations', async () => {
  for (const embed of ['compact', 'page', 'widget', 'table', 'article1', 'article2']) {
    const { context, problems, violations } = await openWatched(`${env.server.url}?embed=${embed}`, { ready: 'main' });
    assert.deepEqual(await violations(), [], embed);
    assert.deepEqual(problems, [], embed);
    await context.close();
  }
});

// Payloads that set window.__xss if they ever run as script or markup.
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload="window.__xss=1">',
  "'-window.__xss=1-'",
  'javascript:window.__xss=1',
  '<iframe srcdoc="<script>parent.__xss=1</script>">',
  '{{constructor.constructor("window.__xss=1")()}}',
];
const KEYS = ['v', 'e', 'b', 'd', 's', 'g', 'm', 'a', 'f', 'embed', 'theme', 'childId', 'parentUrl', 'unknown'];

test(`${PAYLOADS.length * KEYS.length} injection payloads in every URL parameter stay inert`, async () => {
  const { page, context } = await openWatched(env.server.url);
  for (const key of KEYS) {
    for (const payload of PAYLOADS) {
      await page.goto(`${env.server.url}?${key}=${encodeURIComponent(payload)}#x`);
      await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
      assert.equal(await page.evaluate(() => window.__xss), 0, `${key}=${payload}`);
      assert.equal(await page.locator('main img, main iframe, main script, main svg[onload]').count(), 0, `${key}=${payload}`);
      // Whatever the notice echoes is text, never markup.
      await linkNotice(page);
      // (An old model's notice ends with the page's own link to what changed.)
      for (const item of await page.locator('.link-notice li').all()) {
        const markup = await item.evaluate((li) => [...li.children].map((el) => el.outerHTML));
        assert.ok(markup.every((html) => html === '<a href="#model-versions">What changed</a>'), markup.join(' '));
      }
    }
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});

test('host messages carrying payloads change nothing and run nothing', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => { window.__xss = 0; });
  const page = await context.newPage();
  // A blank host page (no CSP of its own) that frames the explainer, so messages come from
  // the real parent window.
  await page.setContent(`<iframe src="${env.server.url}?embed=table" title="x"></iframe>`);
  await page.frameLocator('iframe').locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  const frame = page.frame({ url: /embed=table/ });
  for (const payload of PAYLOADS) {
    await page.evaluate((p) => {
      const target = document.querySelector('iframe').contentWindow;
      target.postMessage({ type: 'alaska-explainer:theme', theme: p }, '*');
      target.postMessage(p, '*');
      target.postMessage(`pymxPYMxxPYMxwidthxPYMx${p}`, '*');
    }, payload);
  }
  await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage({ type: 'alaska-explainer:theme', theme: 'dark' }, '*'));
  await frame.waitForFunction(() => document.documentElement.getAttribute('data-theme') === 'dark');
  assert.equal(await frame.evaluate(() => window.__xss), 0);
  assert.equal(await frame.locator('main img, main iframe, main script').count(), 0);
  await context.close();
});

test('no cookies and no storage', async () => {
  const { page, context } = await openWatched(env.server.url);
  await page.click('#preset-freeze');
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
  await context.close();
});
