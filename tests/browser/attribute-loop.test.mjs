// A blogger's script changing a <one-neuron>'s attribute in a loop, a task per change, after every panel
// is set up: the component runs a few loads, not one per change (each load's first frame redraws every
// panel, 40-60 ms here), and ends on the last value, as the engine in Node computes it.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { fixed } from '../../web/src/core/format.js';
import { openPage, useBrowser } from './browser.mjs';
import { blogWithComponent, nodeEngine } from './helpers.mjs';

const session = useBrowser();
let engine;
before(async () => {
  engine = await nodeEngine();
});

const CHANGES = 300;
const EPOCHS = 100;

test(`${CHANGES} changes of lr in a loop: a few runs, and the last value's numbers`, async () => {
  const blog = blogWithComponent(`<one-neuron id="n" epochs="${EPOCHS}"></one-neuron>`);
  const site = await session.serve(blog);
  const page = await openPage(session.browser, { reducedMotion: 'reduce' });
  await page.goto(`${site.url}posts/post.html`);
  const settled = () =>
    page.waitForFunction(() =>
      document.getElementById('n').shadowRoot?.querySelector('[data-status="done"][data-panels="ready"]'),
    );
  await settled();

  const rates = Array.from({ length: CHANGES }, (_, i) => (0.05 + i / 2000).toFixed(4));
  const loadsHeld = await page.evaluate(async (values) => {
    const root = document.getElementById('n').shadowRoot.querySelector('[data-one-neuron]');
    let held = 0; // each time later changes wait together for one load
    new MutationObserver(() => (held += root.dataset.status === 'loading' ? 1 : 0)).observe(root, {
      attributeFilter: ['data-status'],
    });
    const channel = new MessageChannel();
    const nextTask = () =>
      new Promise((resolve) => (channel.port1.onmessage = resolve) && channel.port2.postMessage(0));
    for (const value of values) {
      document.getElementById('n').setAttribute('lr', value);
      await nextTask();
    }
    return held;
  }, rates);
  await settled();

  assert.ok(loadsHeld < CHANGES / 10, `${loadsHeld} loads for ${CHANGES} changes`);
  const lr = Number(rates.at(-1));
  const trainer = engine.neuron.createTrainer({ hours: [1, 2, 3, 4, 5], labels: [0, 0, 1, 1, 1], lr, seed: 42 });
  trainer.train(EPOCHS);
  const expected = Array.from(trainer.predictMany([1.5, 2.5, 3.5, 6]), (p) => fixed(p, 4));
  trainer.delete();
  const shown = await page.evaluate(() =>
    [...document.getElementById('n').shadowRoot.querySelectorAll('table.predictions .probability')].map(
      (node) => node.textContent,
    ),
  );
  assert.deepEqual(shown, expected);
  assert.equal(
    await page.evaluate(() => document.getElementById('n').shadowRoot.querySelector('[data-field="lr"] input')?.value),
    rates.at(-1),
    'the learning rate field shows the last value',
  );
  assert.deepEqual(page.problems, []);
});
