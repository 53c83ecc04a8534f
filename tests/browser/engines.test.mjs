// The core paths in the three engines readers use: Chromium (Blink), Firefox ESR (Gecko) and
// WebKitGTK (Safari's engine). Each path runs in each engine; the whole run is under the
// strict CSP the build writes, with a report-uri, so a violation in any engine is reported
// to the test server whatever the engine lets a test observe.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, PRESETS, serveDist } from './harness.mjs';
import { serve } from './server.mjs';
import { chromium, firefox, webkit } from './engines.mjs';
import { decodePng } from './png.mjs';

const BASE = '/deep/sub/path/';
const CSP = `${readFileSync(join(DIST, 'csp.txt'), 'utf8').trim()}; report-uri ${BASE}__csp-report`;
const { alaska: DEFAULTS, freeze: FREEZE } = PRESETS;
const sliders = () => [...document.querySelectorAll('#scenarios input[type=range]')].map((el) => Number(el.value));

for (const [engine, start] of [['chromium', chromium], ['firefox', firefox], ['webkit', webkit]]) {
  describe(`core paths in ${engine}`, () => {
    let browser;
    let server;
    let host;
    const reports = [];
    const hostDir = mkdtempSync(join(tmpdir(), `host-${engine}-`));
    const started = Date.now();
    let shareLink;
    let snippet;

    before(async () => {
      server = await serveDist({ headers: { 'content-security-policy': CSP, 'access-control-allow-origin': '*' }, reports });
      host = await serve({ root: hostDir, base: '/news/' });
      browser = await start();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
      await host?.close();
    });

    test('loads and mounts with no console error', async (t) => {
      t.diagnostic(browser.name);
      await browser.open(server.url);
      assert.deepEqual(await browser.eval(sliders), DEFAULTS);
      assert.equal(await browser.eval(() => document.querySelector('#preset-alaska').getAttribute('aria-pressed')), 'true');
      assert.deepEqual(await browser.errors(), []);
    });

    test('sliders move by keyboard, and the numbers follow', async () => {
      await browser.open(server.url);
      const before = await browser.eval(() => document.querySelector('#card-ttf .indicator-value')?.textContent ?? document.querySelector('#card-ttf').textContent);
      await browser.press('#slider-e', 'ArrowRight');
      await browser.waitFor(() => document.querySelector('#slider-e').value === '6');
      await browser.waitFor(() => document.querySelector('#slider-e').getAttribute('aria-valuetext').startsWith('6 of 100'));
      await browser.press('#slider-e', 'End');
      await browser.waitFor(() => document.querySelector('#slider-e').value === '100');
      await browser.waitFor((old) => (document.querySelector('#card-ttf .indicator-value')?.textContent ?? document.querySelector('#card-ttf').textContent) !== old, before);
      await browser.waitFor(() => location.search.includes('e=100'));
      assert.deepEqual(await browser.errors(), []);
    });

    test('presets add a step that Back restores', async () => {
      await browser.open(server.url);
      await browser.click('#preset-freeze');
      await browser.waitFor(() => document.querySelector('#preset-freeze').getAttribute('aria-pressed') === 'true');
      assert.deepEqual(await browser.eval(sliders), FREEZE);
      shareLink = await browser.eval(() => location.href);
      assert.match(shareLink, /\?v=1&/);
      await browser.back();
      await browser.waitFor(() => document.querySelector('#preset-alaska').getAttribute('aria-pressed') === 'true');
      assert.deepEqual(await browser.eval(sliders), DEFAULTS);
      assert.deepEqual(await browser.errors(), []);
    });

    test('a share link reopens the scenario', async () => {
      assert.ok(shareLink, 'the preset test made a link');
      await browser.open(shareLink);
      assert.deepEqual(await browser.eval(sliders), FREEZE);
      assert.equal(await browser.eval(() => document.querySelector('#preset-freeze').getAttribute('aria-pressed')), 'true');
      assert.deepEqual(await browser.errors(), []);
    });

    test('pinning A compares two scenarios, and the link reopens the comparison', async () => {
      await browser.open(shareLink);
      await browser.click('#pin');
      await browser.click('#preset-unwind');
      await browser.waitFor(() => document.querySelectorAll('#scenarios .indicator .chart-pinned').length === 8 && location.search.includes('pin='));
      const compared = await browser.eval(() => location.href);
      assert.match(compared, /\?v=2&mv=2&.*&pin=25-10-0-60-35-10-65-15$/);
      await browser.open(compared);
      assert.equal(await browser.eval(() => document.querySelector('#pin').textContent), 'Unpin A');
      assert.match(await browser.eval(() => document.querySelector('#comparison-text').textContent), /Compared with A \(Energy-flow relief 25→60/);
      assert.deepEqual(await browser.errors(), []);
    });

    test("a malformed link shows its notice and the defaults", async () => {
      await browser.open(`${server.url}?e=abc&theme=neon`);
      // The on-demand module writes it, loaded only for a link that needs a notice.
      await browser.waitFor(() => document.querySelector('.link-notice'));
      const notice = await browser.eval(() => document.querySelector('.link-notice')?.textContent ?? '');
      assert.match(notice, /not a number/);
      assert.match(notice, /colour theme/);
      assert.deepEqual(await browser.eval(sliders), DEFAULTS);
      assert.deepEqual(await browser.errors(), []);
    });

    test('the Embed dialog opens, gives the widget code, and closes with Escape', async () => {
      await browser.open(server.url);
      await browser.click('#preset-freeze');
      await browser.click('#open-embed');
      // The dialog is the on-demand module's, loaded on this first press.
      await browser.waitFor(() => document.querySelector('#embed-dialog')?.open);
      await browser.click('input[name="embed-section"][value="widget"]');
      await browser.waitFor(() => document.querySelector('#embed-iframe').value.includes('embed=widget'));
      snippet = await browser.eval(() => document.querySelector('#embed-iframe').value);
      assert.match(snippet, /e=25/);
      await browser.press('#embed-iframe', 'Escape');
      await browser.waitFor(() => !document.querySelector('#embed-dialog').open);
      assert.equal(await browser.eval(() => document.activeElement.id), 'open-embed');
      assert.deepEqual(await browser.errors(), []);
    });

    /** Types `level` into the dialog's target field, as input events, and asks for a scenario. */
    const seek = async (level) => {
      await browser.eval((typed) => {
        const field = document.querySelector('#seek-target');
        field.value = typed;
        field.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }, level);
      await browser.click('#seek-find');
    };

    test('what would it take: Ukraine’s bonds to 70¢ moves the levers, the link keeps it, Back undoes it', async () => {
      await browser.open(server.url);
      const before = await browser.eval(() => location.href);
      await browser.click('#card-ukraine .why summary');
      await browser.click('[data-explore="ukraine"]');
      // The dialog is the on-demand module's, loaded on this first press.
      await browser.waitFor(() => document.querySelector('#explore-dialog')?.open);
      assert.equal(await browser.eval(() => document.querySelectorAll('#explore-dialog .tornado-row').length), 8);
      await seek('70');
      await browser.waitFor(() => document.querySelector('#seek-result').textContent.startsWith('To bring Ukraine’s dollar bonds to'));
      await browser.waitFor((old) => location.href !== old, before);
      await browser.press('#seek-find', 'Escape');
      await browser.waitFor(() => Number(document.querySelector('[data-indicator="ukraine"]').textContent.replace(/\D/g, '')) >= 70);
      const moved = await browser.eval(sliders);
      const link = await browser.eval(() => location.href);
      await browser.back();
      await browser.waitFor((old) => location.href === old, before);
      assert.deepEqual(await browser.eval(sliders), DEFAULTS);
      await browser.open(link);
      assert.deepEqual(await browser.eval(sliders), moved);
      // Out of reach: said plainly, and nothing moves.
      await browser.click('#card-ttf .why summary');
      await browser.click('[data-explore="ttf"]');
      await browser.waitFor(() => document.querySelector('#explore-dialog')?.open);
      await seek('2');
      await browser.waitFor(() => document.querySelector('#seek-result').textContent.endsWith('Nothing was moved.'));
      assert.equal(await browser.eval(() => location.href), link);
      assert.deepEqual(await browser.errors(), []);
    });

    test('the widget embed sizes its iframe on a host of another origin', async () => {
      assert.ok(snippet, 'the dialog test copied the code');
      writeFileSync(join(hostDir, 'story.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title><link rel="icon" href="data:,">
<style>body{margin:0;width:700px}</style></head><body><p>Story text.</p>${snippet}<p>More story.</p></body></html>`);
      await browser.open(`${host.url}story.html`, { app: false });
      const initial = Number(snippet.match(/height="(\d+)"/)[1]);
      await browser.waitFor((start) => Math.round(document.querySelector('iframe').getBoundingClientRect().height) !== start, initial);
      // The frame is as tall as what it shows: no scroll bar, nothing cut off.
      await browser.waitFor(() => document.querySelector('iframe').getBoundingClientRect().height > 600);
      // The frame settles at its content's height: read the content, then wait for the frame
      // to match it (a resize in between changes the content, so read again).
      let contentHeight = 0;
      let settled = false;
      for (let attempt = 0; attempt < 5 && !settled; attempt += 1) {
        contentHeight = await browser.frameEval(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        settled = await browser.waitFor((h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 2, contentHeight).then(() => true, () => false);
      }
      const frameHeight = await browser.eval(() => Math.round(document.querySelector('iframe').getBoundingClientRect().height));
      assert.ok(settled, `iframe ${frameHeight} px, content ${contentHeight} px`);
      assert.equal(await browser.frameEval(() => document.querySelector('#preset-freeze').getAttribute('aria-pressed')), 'true');
    });

    test('sliders and charts are drawn alike: a round slate thumb on a 3:1 track, the arrow in the data colour', async () => {
      await browser.open(`${server.url}?v=1&mv=2&e=25&b=10&s=60&g=35&m=10&a=65&f=15&theme=light`);
      await browser.eval(() => {
        document.querySelector('#card-ttf .chart-scenario').scrollIntoView({ block: 'center' });
        document.querySelector('#slider-e').scrollIntoView({ block: 'nearest' });
      });
      const boxes = () => browser.eval(() => {
        const box = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; };
        return { slider: box(document.querySelector('#slider-e')), head: box(document.querySelector('#card-ttf .chart-scenario')) };
      });
      const frames = () => browser.eval(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))));
      const THUMB = [0x33, 0x40, 0x4f];
      const TRACK = [0x8a, 0x84, 0x7a];
      const DATA = [0xc2, 0x41, 0x0c];
      const distance = (pixel, [r, g, b]) => Math.abs(pixel[0] - r) + Math.abs(pixel[1] - g) + Math.abs(pixel[2] - b);
      const thumbAt = ({ slider }, png) => png.pixel(slider.x + 12 + (slider.w - 24) * 0.25, slider.y + slider.h / 2);
      // WebKitGTK's driver can hand back a frame painted before the scroll: the pixels are
      // read from a screenshot taken after two frames, with the boxes where they were then,
      // and taken again (at most five times) while that frame is still the old one.
      let geometry;
      let image;
      for (let attempt = 0; attempt < 5; attempt++) {
        await frames();
        geometry = await boxes();
        image = decodePng(await browser.screenshot());
        const still = JSON.stringify(await boxes()) === JSON.stringify(geometry);
        if (still && distance(thumbAt(geometry, image), THUMB) <= 40) break;
      }
      const colour = ([r, g, b]) => `rgb(${r}, ${g}, ${b})`;
      const near = (pixel, expected, what) =>
        assert.ok(distance(pixel, expected) <= 40, `${what}: ${colour(pixel)}, expected ${colour(expected)}`);
      const { slider, head } = geometry;
      const middle = slider.y + slider.h / 2;
      // The thumb (24 px) sits at 25 of 100; the track is 6 px of the 44 px control.
      near(image.pixel(slider.x + 12 + (slider.w - 24) * 0.25, middle), THUMB, 'the thumb');
      near(image.pixel(slider.x + slider.w * 0.8, middle), TRACK, 'the track');
      near(image.pixel(slider.x + slider.w * 0.8, middle - 6), [0xfd, 0xfc, 0xf9], 'above the track');
      // The arrowhead: a triangle whose box's centre is inside it.
      near(image.pixel(head.x + head.w / 2, head.y + head.h / 2), DATA, 'the arrowhead');
    });

    test('the strict CSP held on every page, with no violation reported', async (t) => {
      assert.deepEqual(reports, []);
      // The check can fail: an image from another origin, added by hand, is refused and reported.
      await browser.open(server.url);
      await browser.eval(() => { const image = new Image(); image.alt = ''; image.src = 'https://example.invalid/pixel.png'; document.body.append(image); });
      await browser.waitFor(() => document.readyState === 'complete');
      await new Promise((ok, fail) => {
        if (reports.length) ok();
        reports.onreport = ok;
        setTimeout(() => fail(new Error('no report arrived within 10 s')), 10000).unref();
      });
      assert.equal(reports.length, 1, 'a deliberate violation reaches the report endpoint');
      assert.match(reports[0], /img-src/);
      t.diagnostic(`${engine}: the core paths took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
  });
}
