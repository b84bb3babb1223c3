// The run controller (web/src/core/controller.js) with the real engine and the neuron chapter, in
// Node: what a link, a typed value or a button does to the state, the messages and the trainer.
// Frames are timers here; the browser tests cover the same paths through the page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { neuronChapter } from '../../web/src/chapters/neuron/index.js';
import { RunController, settle } from '../../web/src/core/controller.js';
import { readHash } from '../../web/src/core/hash.js';
import { loadEngine } from '../../web/src/engine/index.js';

globalThis.requestAnimationFrame ??= (callback) => setTimeout(() => callback(performance.now()), 0);
globalThis.cancelAnimationFrame ??= (handle) => clearTimeout(handle);

let engine;
before(async () => {
  const wasmBinary = readFileSync(new URL('../../web/src/generated/one_neuron.wasm', import.meta.url));
  engine = await loadEngine({ wasmBinary });
});

/** A controller whose callbacks are recorded; `done` resolves when the player reaches its target. */
function controller() {
  const calls = { messages: {}, states: [], newRuns: 0, restarts: 0 };
  let finished;
  const run = new RunController({
    engine,
    chapter: neuronChapter,
    reducedMotion: { matches: true }, // no animation: train as fast as the engine can
    on: {
      frame() {},
      stop: (reason) => reason === 'done' && finished?.(),
      state: (state, change) => calls.states.push(change),
      newRun: () => (calls.newRuns += 1),
      restart: () => (calls.restarts += 1),
      messages: (byField) => Object.assign(calls.messages, byField),
    },
  });
  const done = () => new Promise((resolve) => (finished = resolve));
  return { run, calls, done };
}

function trained(config, epochs) {
  const trainer = engine.neuron.createTrainer(config);
  trainer.train(epochs);
  const result = { weight: trainer.weight(), bias: trainer.bias() };
  trainer.delete();
  return result;
}

test("a link with a bad rate: the message names it, the default runs, and ends at the post's numbers", async () => {
  const { run, calls, done } = controller();
  const { state, errors } = readHash('#lr=abc&epochs=5000', neuronChapter.fields);
  const finished = done();
  run.load(state, errors, 'link');
  await finished;
  assert.equal(calls.messages.lr, 'lr: "abc" is not a number (from the link; using the default 0.1)');
  assert.equal(calls.messages.epochs, null);
  assert.equal(run.state().lr, 0.1);
  assert.equal(run.trainer().epoch(), 5000);
  assert.deepEqual({ weight: run.trainer().weight(), bias: run.trainer().bias() }, trained({}, 5000));
  assert.deepEqual(calls.states.at(-1), { changed: neuronChapter.fields.names, typed: [], source: 'link' });
  run.destroy();
});

test('a value the engine refuses is not adopted: the message names the field, the run goes on', async () => {
  const { run, calls, done } = controller();
  let finished = done();
  run.load({ ...neuronChapter.fields.defaults });
  await finished;
  const trainer = run.trainer();
  assert.equal(run.propose('lr', '0'), false);
  assert.equal(calls.messages.lr, 'lr: must be a number greater than 0 and at most 100, got 0');
  assert.equal(run.propose('seed', '4.5e'), false);
  assert.match(calls.messages.seed, /^seed: "4\.5e" is not a number/);
  assert.equal(run.state().lr, 0.1);
  assert.equal(run.trainer(), trainer, 'the same trainer, not restarted');

  finished = done();
  assert.equal(run.propose('lr', '0.5'), true);
  assert.equal(calls.messages.lr, null, 'the message is cleared');
  assert.deepEqual(calls.states.at(-1), { changed: ['lr'], typed: ['lr'] });
  await finished;
  assert.notEqual(run.trainer(), trainer, 'a new rate is a new trainer');
  assert.deepEqual({ weight: run.trainer().weight(), bias: run.trainer().bias() }, trained({ lr: 0.5 }, 5000));
  run.destroy();
});

test('more epochs go on from where the run is; fewer start again from epoch 0', async () => {
  const { run, calls, done } = controller();
  let finished = done();
  run.load({ ...neuronChapter.fields.defaults, epochs: 100 });
  await finished;
  const runs = calls.newRuns;
  finished = done();
  run.commit({ epochs: 300 });
  await finished;
  assert.equal(calls.newRuns, runs, 'no new trainer');
  assert.equal(run.trainer().epoch(), 300);
  assert.deepEqual({ weight: run.trainer().weight(), bias: run.trainer().bias() }, trained({}, 300));
  const restarts = calls.restarts;
  finished = done();
  run.commit({ epochs: 50 });
  await finished;
  assert.equal(calls.restarts, restarts + 1);
  assert.equal(run.trainer().epoch(), 50);
  run.destroy();
});

test('settle: labels that do not fit custom hours bring the post’s data back, with one message each', () => {
  const check = (state) => engine.neuron.validate(state);
  const { fields, fallback } = neuronChapter;
  const { state, errors } = settle({ ...fields.defaults, hours: [1, 2, 3] }, { fields, check, fallback });
  assert.deepEqual([state.hours, state.labels], [fields.defaults.hours, fields.defaults.labels]);
  assert.match(errors.labels, /^labels: must have one label per hours value \(3\), got 5/);
  assert.equal(errors.hours, "hours: back to the post's data, since the labels did not fit these hours");

  const several = settle({ ...fields.defaults, lr: 500, epochs: -1, seed: 0.5 }, { fields, check, fallback });
  assert.deepEqual(Object.keys(several.errors).sort(), ['epochs', 'lr', 'seed']);
  assert.deepEqual(several.state, { ...fields.defaults });
});

test("the post's worked example: w = 0.5, b = 0.1 at epoch 0, paused, following the 4-hour example", async () => {
  const { run, done } = controller();
  const finished = done();
  run.load({ ...neuronChapter.fields.defaults });
  await finished;
  const selected = {};
  neuronChapter.actions.workedExample({ run, select: (key, value) => (selected[key] = value) });
  const trainer = run.trainer();
  assert.deepEqual([trainer.epoch(), trainer.weight(), trainer.bias()], [0, 0.5, 0.1]);
  assert.equal(run.playing(), false);
  assert.deepEqual(selected, { example: 3 });
  const four = trainer.example(3);
  assert.equal(four.z, 0.5 * 4 + 0.1); // the post: z = 2.1
  assert.equal(four.probability.toFixed(2), '0.89');
  run.destroy();
});
