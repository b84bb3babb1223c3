// What a compared run's loss says about its rate (chapters/neuron/panels/comparison/verdict.js), on
// the engine's own histories of the post's data: 5 overshoots, 0.01 crawls, 0.1 and 1 converge; a
// history read in pieces gives what reading it at once gives; the `compare` field's checks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { createLossWatch, verdictOf } from '../../web/src/chapters/neuron/panels/comparison/verdict.js';
import { checkCompared, neuronFields } from '../../web/src/chapters/neuron/fields.js';
import { loadEngine } from '../../web/src/engine/index.js';

let engine;
before(async () => {
  const wasmBinary = readFileSync(new URL('../../web/src/generated/one_neuron.wasm', import.meta.url));
  engine = await loadEngine({ wasmBinary });
});

/** The verdict on the post's data at `lr` after `epochs` of a `target`, the history read in `pieces`. */
function judge(lr, { epochs = 5000, target = epochs, pieces = 1, config = {} } = {}) {
  const trainer = engine.neuron.createTrainer({ ...config, lr });
  const watch = createLossWatch();
  try {
    let read = 0;
    for (let i = 1; i <= pieces; i += 1) {
      trainer.train(Math.round((epochs * i) / pieces) - trainer.epoch());
      const added = trainer.lossHistorySince(read);
      watch.add(read, 1, added);
      read += added.length;
    }
    const { weightGradient, biasGradient } = trainer.evaluate();
    return verdictOf(watch.seen(), { epoch: epochs, target, slope: Math.abs(weightGradient) + Math.abs(biasGradient) });
  } finally {
    trainer.delete();
  }
}

test("the post's data: 5 overshoots, 0.01 crawls, 0.1 and 1 converge", () => {
  const five = judge(5);
  assert.equal(five.kind, 'overshoots');
  assert.match(five.text, /^Overshoots: the loss went up 12 times, last at epoch 24\. .*overshoots the minimum/);
  assert.match(five.text, /Then it settles, at 0\.0012\.$/);
  assert.equal(judge(2).kind, 'overshoots');
  const slow = judge(0.01);
  assert.equal(slow.kind, 'crawls');
  assert.equal(
    slow.text,
    'Crawls: the loss took 2,450 epochs to halve; it went from 0.5385 to 0.1909. The step is too small, so learning crawls.',
  );
  assert.match(judge(0.001).text, /^Crawls: the loss has not halved yet;/);
  assert.equal(judge(0.1).text, 'Converges: the loss fell steadily, from 0.5385 to 0.0466.');
  assert.equal(judge(1).kind, 'converges');
});

test('early epochs are "learning"; none is "not trained yet"; pieces read as the whole', () => {
  assert.equal(judge(0.1, { epochs: 0, target: 5000 }).text, 'Not trained yet.');
  assert.match(judge(0.1, { epochs: 100, target: 5000 }).text, /^Learning: the loss went from 0\.5385 to /);
  assert.deepEqual(judge(5, { pieces: 7 }), judge(5));
  assert.deepEqual(judge(0.01, { pieces: 13 }), judge(0.01));
});

test('a flat minimum above half the first loss converges; rounding wobbles are no rises', () => {
  // Data no line separates: at 0.1 the loss settles near 0.69 (its minimum), where it wobbles by 1e-16.
  const config = { hours: [1, 2, 3, 4, 5, 6], labels: [0, 1, 0, 1, 1, 0] };
  const settled = judge(0.1, { config });
  assert.equal(settled.kind, 'converges');
  assert.match(settled.text, /to where the slope is flat\.$/);
  assert.equal(judge(5, { config }).kind, 'overshoots');
});

test("the compare field: parsed as a list, each rate within the engine's lr limits, at most 6, no repeats", () => {
  assert.deepEqual(neuronFields.parse('compare', '0.01, 0.1,1'), [0.01, 0.1, 1]);
  assert.equal(neuronFields.parse('compare', ' '), undefined);
  assert.equal(neuronFields.spec('compare').restarts, undefined, 'a change never restarts the run');
  assert.doesNotThrow(() => checkCompared(engine, undefined));
  assert.doesNotThrow(() => checkCompared(engine, [0.01, 100]));
  const rejects = (rates, message) =>
    assert.throws(
      () => checkCompared(engine, rates),
      (error) => error.field === 'compare' && message.test(error.message),
    );
  rejects([0.1, 0], /^compare: rate 2 must be a number greater than 0 and at most 100, got 0$/);
  rejects([101], /^compare: rate 1 must be .* at most 100, got 101$/);
  rejects([0.1, 0.1], /^compare: 0\.1 is listed twice$/);
  rejects([1, 2, 3, 4, 5, 6, 7], /^compare: at most 6 rates, got 7$/);
});
