// Scale (issue 15, item 6), as a reader sees it: 1,000 attribute changes on a <one-neuron> update its run
// in place and end at the last attributes' run; a 1,000,000-row run trains. What they cost (main-thread
// time, long tasks) is measured by `npm run bench:page`, not asserted here.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { fixed, shown } from '../../web/src/core/format.js';
import { openPage, useBrowser } from './browser.mjs';
import { blogWithComponent, nodeEngine, openRun, predictionRows, readouts, waitDone } from './helpers.mjs';

const session = useBrowser();
let engine;
before(async () => {
  engine = await nodeEngine();
});

/** The i-th change: a new rate each time; every tenth also new epochs and test hours (one update). */
function change(i) {
  const attributes = { lr: (0.05 + i / 2000).toFixed(4) };
  if (i % 10 === 9) Object.assign(attributes, { epochs: String(200 + i), test: `${i % 7},${(i % 5) + 0.5}` });
  return attributes;
}

/** A blog post with `<one-neuron id="n" ${attributes}>`, opened once its run is done; done() waits again. */
async function openComponent(attributes, options = {}) {
  const host = await session.serve(blogWithComponent(`<one-neuron id="n" ${attributes}></one-neuron>`));
  const page = await openPage(session.browser, options);
  const done = () =>
    page.waitForFunction(() => document.getElementById('n').shadowRoot?.querySelector('[data-status="done"]'));
  await page.goto(`${host.url}posts/post.html`);
  await done();
  return { page, done };
}

test('1,000 attribute changes on <one-neuron> update the same element and end at the last ones', async () => {
  const { page, done } = await openComponent('epochs="100"', { reducedMotion: 'reduce' });
  await page.evaluate(() => {
    window.firstRoot = document.getElementById('n').shadowRoot.querySelector('.one-neuron');
  });
  const changes = Array.from({ length: 1000 }, (_, i) => change(i));
  // Each change in a task of its own, as a blog's script would make them.
  await page.evaluate(async (all) => {
    const element = document.getElementById('n');
    const channel = new MessageChannel();
    const nextTask = () =>
      new Promise((resolve) => (channel.port1.onmessage = resolve) && channel.port2.postMessage(0));
    for (const attributes of all) {
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      await nextTask();
    }
  }, changes);
  await done();

  const kept = await page.evaluate(
    () => window.firstRoot === document.getElementById('n').shadowRoot.querySelector('.one-neuron'),
  );
  assert.ok(kept, 'the element was updated in place, not built again');
  const last = { ...changes.at(-1), ...changes.findLast((attributes) => attributes.epochs) };
  const config = { lr: Number(last.lr), test: last.test.split(',').map(Number) };
  const epochs = Number(last.epochs);
  const state = await page.evaluate(() => document.getElementById('n').explorable.state());
  assert.deepEqual({ lr: state.lr, epochs: state.epochs, test: state.test }, { ...config, epochs });
  const trainer = engine.neuron.createTrainer(config);
  trainer.train(epochs);
  const shownNow = await readouts(page);
  assert.equal(shownNow.epoch, `${epochs.toLocaleString('en-US')} / ${epochs.toLocaleString('en-US')}`);
  assert.equal(shownNow.weight, shown(trainer.weight(), 8));
  assert.equal(shownNow.bias, shown(trainer.bias(), 8));
  const probabilities = (await predictionRows(page)).map(([, p]) => p);
  assert.deepEqual(
    probabilities,
    Array.from(trainer.predictMany(config.test), (p) => fixed(p, 4)),
  );
  trainer.delete();
  assert.deepEqual(page.problems, []);
});

const MILLION = Array.from({ length: 1_000_000 }, (_, i) => (i % 9) + 1); // hours 1 to 9 over and over

test('a 1,000,000-row run in <one-neuron panels="training"> trains, epoch by epoch', async () => {
  const { page } = await openComponent('epochs="100" panels="training"');
  await page.evaluate((hours) => {
    const element = document.getElementById('n');
    element.setAttribute('hours', hours.join(','));
    element.setAttribute('labels', hours.map((x) => (x >= 5 ? 1 : 0)).join(','));
    element.setAttribute('epochs', '100000');
  }, MILLION);
  await page.waitForFunction(
    () => {
      const root = document.getElementById('n').shadowRoot.querySelector('[data-one-neuron]');
      return Number(root.dataset.epoch) >= 5;
    },
    null,
    { timeout: 60_000 },
  );
  const shownNow = await readouts(page);
  assert.match(shownNow.epoch, /^\d+ \/ 100,000$/);
  assert.match(shownNow.loss, /^0\.\d{4}$/);
  assert.deepEqual(page.problems, []);
});

test('a 1,000,000-row link on the page trains; a link opened while it is read wins', async () => {
  const page = await openRun(session.browser, session.site, '#epochs=100');
  const link = `#hours=${MILLION.join(',')}&labels=${MILLION.map((x) => (x >= 5 ? 1 : 0)).join(',')}&epochs=100000`;
  // The big link is read a slice per task; the next link, opened meanwhile, is the one that runs.
  await page.evaluate(
    ([big, small]) => {
      location.hash = big;
      setTimeout(() => (location.hash = small), 0);
    },
    [link, '#lr=0.2&epochs=300'],
  );
  await waitDone(page, 60_000);
  const expected = engine.neuron.createTrainer({ lr: 0.2 });
  expected.train(300);
  assert.equal((await readouts(page)).weight, fixed(expected.weight(), 8));
  expected.delete();
  await new Promise((resolve) => setTimeout(resolve, 1000)); // the big link, read by now, stays dropped
  assert.equal((await readouts(page)).epoch, '300 / 300');

  await page.evaluate((big) => (location.hash = big), link);
  const trained = () => /^[1-9][\d,]* \/ 100,000$/.test(document.querySelector('[data-readout="epoch"]').textContent);
  await page.waitForFunction(trained, null, { timeout: 60_000 });
  assert.match((await readouts(page)).loss, /^0\.\d{4}$/);
  assert.deepEqual(page.problems, []);
});
