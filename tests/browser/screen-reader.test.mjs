// What a screen reader hears, read from Chromium's accessibility tree over CDP: the widget is
// walked by keyboard, and each focus move, each slider step and each live-region change is
// turned into the utterance a screen reader would speak. The live regions are the ones the
// accessibility tree exposes (a node with a `live` property), so an element hidden from
// assistive technology cannot be heard however its text changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setup } from './harness.mjs';

const env = setup();

/** A listener that speaks what the accessibility tree exposes, as a screen reader would. */
async function listen(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  await cdp.send('DOM.enable');
  const property = (node, name) => node.properties?.find((p) => p.name === name)?.value?.value;
  const tree = async () => (await cdp.send('Accessibility.getFullAXTree')).nodes.filter((n) => !n.ignored);
  // Every live region the tree exposes gets an observer that records its text whenever it
  // changes: what a screen reader queues as an announcement.
  const roots = (await tree()).filter((n) => ['polite', 'assertive'].includes(property(n, 'live')) && property(n, 'root') === undefined || ['status', 'alert', 'log'].includes(n.role?.value));
  await page.evaluate(() => { window.__heard = []; });
  for (const node of roots) {
    if (!node.backendDOMNodeId) continue;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () {
        let last = this.textContent.trim();
        new MutationObserver(() => {
          const now = this.textContent.trim();
          if (now && now !== last) window.__heard.push(now);
          last = now;
        }).observe(this, { childList: true, subtree: true, characterData: true });
      }`,
    });
  }
  return {
    liveRegions: roots.length,
    /** What is spoken when focus lands on the focused node: name, role and value. */
    async focus() {
      // The document itself is focused too; the node a reader hears is the one inside it.
      const node = (await tree()).filter((n) => property(n, 'focused') === true && n.role?.value !== 'RootWebArea').at(-1);
      assert.ok(node, 'something has focus in the accessibility tree');
      // A slider's value is read as its text (aria-valuetext) when it has one, as readers do.
      const value = property(node, 'valuetext') ?? node.value?.value ?? '';
      // A toggle's state, as readers say it after the role.
      const pressed = { true: 'pressed', false: 'not pressed' }[property(node, 'pressed')] ?? '';
      return [node.name?.value ?? '', node.role?.value, pressed, value].filter((part) => part !== '').join(', ');
    },
    /** Every live announcement so far. */
    heard: () => page.evaluate(() => [...window.__heard]),
    /** Waits until `count` announcements have been made in all. */
    until: (count) => page.waitForFunction((n) => window.__heard.length >= n, count),
    /** Lets the page finish two frames: anything queued by the last input is out by then. */
    settle: () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))),
    /**
     * Where `text` is exposed, as text a reader can reach: each node whose name holds it, as
     * its role and the id of the element it sits in.
     */
    async exposing(text) {
      const found = [];
      for (const node of (await tree()).filter((n) => (n.name?.value ?? '').includes(text) && n.role?.value !== 'InlineTextBox')) {
        let where = '';
        if (node.backendDOMNodeId) {
          const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
          const { result } = await cdp.send('Runtime.callFunctionOn', {
            objectId: object.objectId,
            functionDeclaration: 'function () { const el = this.nodeType === 3 ? this.parentElement : this; return el.closest("[id]")?.id ?? ""; }',
            returnByValue: true,
          });
          where = result.value;
        }
        found.push(`${node.role?.value} in #${where}`);
      }
      return found;
    },
  };
}

test('a screen reader hears each slider step once, one short sentence per settle, and one per preset', async (t) => {
  const { page, context, problems } = await openPage(env.browser, env.server.url);
  const reader = await listen(page);
  assert.ok(reader.liveRegions >= 1, 'the widget has a live region');

  // Walk from the first preset to the first slider by Tab: every stop has a name.
  await page.focus('#preset-alaska');
  const stops = [await reader.focus()];
  while (!stops.at(-1).includes('slider')) {
    await page.keyboard.press('Tab');
    stops.push(await reader.focus());
    assert.ok(stops.length < 40, `the first slider is reachable by Tab: ${stops.join(' | ')}`);
  }
  for (const stop of stops) assert.doesNotMatch(stop, /^, /, `a stop without a name: ${stop}`);
  assert.equal(new Set(stops).size, stops.length, `each stop has its own name: ${stops.join(' | ')}`);
  const slider = stops.at(-1);
  assert.match(slider, /^Energy-flow relief, slider, 5 of 100/);
  t.diagnostic(`focus on the first slider: “${slider}”`);

  // One step: the slider speaks its new value, and one short sentence follows when it settles.
  await page.keyboard.press('ArrowRight');
  const stepped = await reader.focus();
  assert.match(stepped, /^Energy-flow relief, slider, 6 of 100/);
  await reader.until(1);
  await reader.settle();
  const [afterStep, ...extra] = await reader.heard();
  assert.deepEqual(extra, [], 'one announcement per settle');
  assert.match(afterStep, /^Energy-flow relief 6 of 100/, 'the announcement names the moved lever first');
  assert.ok(afterStep.length <= 240, `a brief announcement (${afterStep.length} chars): ${afterStep}`);
  // The value is spoken by the slider, and once more only inside the settle's sentence: the
  // visible <output> beside the slider is not exposed, so it cannot be read a second time.
  const value = stepped.split(', ').slice(2).join(', ');
  assert.deepEqual(await reader.exposing(value), ['StaticText in #summary-live'], `where “${value}” is exposed`);
  t.diagnostic(`one slider step: “${stepped}”`);
  t.diagnostic(`its settle: “${afterStep}”`);

  // Ten steps: ten short sentences at most, far below the 1,610 characters once heard.
  for (let i = 0; i < 10; i += 1) await page.keyboard.press('ArrowRight');
  await reader.until(2);
  await page.waitForFunction(() => window.__heard.at(-1).startsWith('Energy-flow relief 16 of 100'));
  await reader.settle();
  const ten = (await reader.heard()).slice(1);
  assert.ok(ten.length <= 10, `${ten.length} announcements for ten steps`);
  const characters = ten.reduce((sum, said) => sum + said.length, 0);
  assert.ok(characters <= 1200, `${characters} characters for ten steps`);
  t.diagnostic(`ten steps: ${ten.length} announcements, ${characters} characters`);

  // A preset, chosen by keyboard: one sentence, naming the preset; the sliders it moves are not
  // focused, so they say nothing.
  const before = (await reader.heard()).length;
  await page.focus('#preset-freeze');
  assert.match(await reader.focus(), /^Low-intensity freeze, button/);
  await page.keyboard.press('Enter');
  await reader.until(before + 1);
  await reader.settle();
  const preset = (await reader.heard()).slice(before);
  assert.equal(preset.length, 1, `one announcement for a preset: ${JSON.stringify(preset)}`);
  assert.match(preset[0], /^Low-intensity freeze\./);
  assert.ok(preset[0].length <= 240, `a brief preset announcement: ${preset[0]}`);
  t.diagnostic(`a preset: “${preset[0]}”`);

  assert.deepEqual(problems, []);
  await context.close();
});

test('the pressed preset is exposed as pressed, and the sliders keep their names and values', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  const reader = await listen(page);
  await page.focus('#preset-hardened');
  await page.keyboard.press('Space');
  await reader.until(1);
  assert.match(await reader.focus(), /^Talks harden, button/);
  const pressed = await page.getAttribute('#preset-hardened', 'aria-pressed');
  assert.equal(pressed, 'true');
  // Every slider keeps a name and a value in words after the preset moved it.
  for (const input of await page.locator('#scenarios input[type=range]').all()) {
    await input.focus();
    assert.match(await reader.focus(), /^[A-Z][^,]+, slider, \d+ of 100/);
  }
  await context.close();
});

test('the compact embed keeps the live summary: a settled step is announced there too', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}?embed=compact`, { viewport: { width: 650, height: 900 } });
  const reader = await listen(page);
  assert.ok(reader.liveRegions >= 1, 'the live region is exposed in the compact embed');
  await page.focus('#slider-g');
  await page.keyboard.press('ArrowRight');
  assert.match(await reader.focus(), /^Guarantee clarity, slider, 26 of 100/);
  await reader.until(1);
  assert.match((await reader.heard())[0], /^Guarantee clarity 26 of 100/);
  await context.close();
});

test('the pin button is heard as what it will do, and a comparison is announced in one sentence per settle', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}?v=1&mv=2&e=25&b=10&s=60&g=35&m=10&a=65&f=15`);
  const reader = await listen(page);
  await page.focus('#pin');
  assert.equal(await reader.focus(), 'Pin as A to compare, button');
  await page.keyboard.press('Space');
  await reader.until(1);
  assert.equal(await reader.focus(), 'Unpin A, button');
  assert.deepEqual(await reader.heard(), ['This scenario is pinned as A. Move the levers or choose a world to compare with it.']);
  await page.focus('#slider-e');
  await page.keyboard.press('ArrowRight');
  await reader.until(2);
  await reader.settle();
  const heard = await reader.heard();
  assert.equal(heard.length, 2, heard.join(' | '));
  assert.match(heard[1], /^Compared with A \(Energy-flow relief 25→26\), [^.]*(\.\d[^.]*)*\.$/, 'one sentence');
  // Unpinning: the button offers pinning again; the summary goes back to one scenario.
  await page.focus('#pin');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('#pin').textContent === 'Pin as A to compare');
  assert.equal(await reader.focus(), 'Pin as A to compare, button');
  await context.close();
});
