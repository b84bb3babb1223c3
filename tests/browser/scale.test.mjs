// Scale (issue 15, item 6): 1,000 attribute changes on a <one-neuron> update its run in place within 2 s
// of main thread and end at the last attributes' run; a 1,000,000-row run trains with no long task.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { fixed, shown } from '../../web/src/core/format.js';
import { openPage, useBrowser } from './browser.mjs';
import { blogWithComponent, nodeEngine, predictionRows, readouts } from './helpers.mjs';

const session = useBrowser();
let engine;
before(async () => {
  engine = await nodeEngine();
});

/** The main thread's busy time so far in ms (CDP Performance.getMetrics' TaskDuration). */
async function taskMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration').value * 1000;
}

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

test('1,000 attribute changes on <one-neuron> take at most 2 s of main thread and end at the last ones', async () => {
  const { page, done } = await openComponent('epochs="100"', { reducedMotion: 'reduce' });
  await page.evaluate(() => {
    window.firstRoot = document.getElementById('n').shadowRoot.querySelector('.one-neuron');
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const changes = Array.from({ length: 1000 }, (_, i) => change(i));
  const before = await taskMs(cdp);
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
  const spent = (await taskMs(cdp)) - before;
  console.log(`1,000 attribute changes: ${Math.round(spent)} ms of main thread`);
  assert.ok(spent <= 2000, `${Math.round(spent)} ms of main thread`);

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
const millionFields = {
  hours: MILLION.join(','),
  labels: MILLION.map((x) => (x >= 5 ? 1 : 0)).join(','),
  epochs: 100000,
};

/**
 * Tasks over 50 ms in `page` for 4 s, from 1 s after `epoch()` passes 0 (the run's set-up and its
 * first measured frames before that); `start()` sets the run going. -> { trained, long: [ms] }
 */
async function longTasksWhileTraining(page, start, epoch) {
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, ms: entry.duration });
    }).observe({ type: 'longtask' });
  });
  await start();
  await page.waitForFunction(epoch, null, { timeout: 30_000 }); // epoch() > 0
  await page.waitForTimeout(1000);
  const from = await page.evaluate(() => performance.now());
  const first = await page.evaluate(epoch);
  await page.waitForTimeout(4000);
  const long = await page.evaluate((since) => window.longTasks.filter((task) => task.start >= since), from);
  return { trained: (await page.evaluate(epoch)) - first, long: long.map((task) => Math.round(task.ms)) };
}

test('a 1,000,000-row run in <one-neuron panels="training">: every frame and epoch under 50 ms', async () => {
  const { page } = await openComponent('epochs="100" panels="training"');
  const epoch = () => Number(document.getElementById('n').shadowRoot.querySelector('[data-one-neuron]').dataset.epoch);
  const start = () =>
    page.evaluate((fields) => {
      const element = document.getElementById('n');
      for (const [name, value] of Object.entries(fields)) element.setAttribute(name, value);
    }, millionFields);
  const { trained, long } = await longTasksWhileTraining(page, start, epoch);
  console.log(`1,000,000 rows, training panel: ${trained} epochs in 4 s; tasks over 50 ms: ${long}`);
  assert.ok(trained > 4, `${trained} epochs in 4 s`);
  assert.deepEqual(long, []);
  assert.deepEqual(page.problems, []);
});

// Todo until the panels' frames fit: the principles' row picker joins every row into a key each slow
// frame (principles/index.js setOptions) and the prediction chart's 2,000 points take 30-50 ms a frame.
test('a 1,000,000-row link on the page: no task over 50 ms once it trains', { todo: 'panels' }, async () => {
  const page = await openPage(session.browser);
  await page.goto(session.site.url);
  await page.waitForSelector('[data-one-neuron][data-status="done"]');
  const epoch = () => Number(document.querySelector('[data-one-neuron]').dataset.epoch);
  const hash = `#${Object.entries(millionFields)
    .map(([name, value]) => `${name}=${value}`)
    .join('&')}`;
  const start = () => page.evaluate((link) => (location.hash = link), hash);
  const { trained, long } = await longTasksWhileTraining(page, start, epoch);
  console.log(`1,000,000 rows, the page: ${trained} epochs in 4 s; tasks over 50 ms: ${long}`);
  assert.ok(trained > 4, `${trained} epochs in 4 s`);
  assert.deepEqual(long, []);
  assert.deepEqual(page.problems, []);
});
