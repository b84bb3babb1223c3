// The engine's JS API beyond training (web/src/engine/, documented in its index.d.ts): limits as data,
// validate() without a trainer, one example's share, the next step announced by evaluate(), every
// argument checked by name before the module sees it, and README's limits table against engine.limits.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { EngineError } from '../../web/src/engine/index.js';
import { loadTestEngine, seedCase, withTrainer } from './golden.mjs';

let engine;
before(async () => {
  engine = await loadTestEngine();
});

/** Asserts that `call` throws an EngineError whose field is `field` and whose message starts with it. */
function throwsNaming(call, field, label = field) {
  assert.throws(
    call,
    (error) => error instanceof EngineError && error.field === field && error.message.startsWith(`${field}: `),
    label,
  );
}

test('engine.limits: every bound of the engine, frozen', () => {
  assert.deepEqual(
    { ...engine.limits },
    {
      maxAbsHours: 1e6,
      maxSamples: 1000000,
      maxLearningRate: 100,
      maxEpochs: 10000000,
      maxSeed: 4294967295,
      maxAbsInitial: 1e6,
      minGridSize: 2,
      maxGridSize: 1000,
      maxAbsGridEnd: 1e15,
    },
  );
  assert.ok(Object.isFrozen(engine.limits));
});

test("createTrainer: missing fields take the post's run from the engine", () => {
  withTrainer(engine, {}, (trainer) => assert.equal(trainer.initialWeight(), seedCase.initial_weight));
  withTrainer(engine, undefined, (trainer) => assert.equal(trainer.initialWeight(), 0.4967141530112327));
  withTrainer(engine, { lr: 0.5, test: 'ignored: not a trainer field' }, (trainer) => assert.equal(trainer.bias(), 0));
});

test("validate(): a good run returns nothing, builds no trainer, and gives the trainer's messages", () => {
  const heap = engine.heapBytesInUse();
  assert.equal(
    engine.neuron.validate({
      hours: [1, 2, 3, 4, 5],
      labels: [0, 0, 1, 1, 1],
      lr: 0.1,
      seed: 42,
      epochs: 5000,
      test: [1.5, 2.5],
    }),
    undefined,
  );
  assert.equal(engine.neuron.validate({}), undefined);
  assert.equal(engine.heapBytesInUse(), heap);
  for (const config of [{ lr: 0 }, { hours: [1, 2], labels: [0] }, { seed: 2 ** 32 }]) {
    const fromTrainer = (() => {
      try {
        engine.neuron.createTrainer(config).delete();
      } catch (error) {
        return error.message;
      }
      return 'no error';
    })();
    assert.throws(() => engine.neuron.validate(config), { message: fromTrainer });
  }
  throwsNaming(() => engine.neuron.validate(null), 'config');
  // The config's fields come first, in the trainer's order, then epochs, then test.
  throwsNaming(() => engine.neuron.validate({ lr: 0, seed: 0.5, epochs: -1 }), 'lr');
  throwsNaming(() => engine.neuron.validate({ epochs: -1, test: [] }), 'epochs');
});

test("example(): the post's start, row 3 (4 hours), and after 5000 epochs predict()'s probability", () => {
  withTrainer(engine, {}, (trainer) => {
    const w0 = trainer.initialWeight();
    const e = trainer.example(3);
    assert.equal(e.hours, 4);
    assert.equal(e.label, 1);
    assert.equal(e.z, w0 * 4);
    assert.equal(e.probability, trainer.predict(4));
    assert.equal(e.error, e.probability - 1);
    assert.equal(e.weightPart, (e.error * 4) / 5);
    assert.equal(e.biasPart, e.error / 5);
    assert.equal(e.lossTerm, -Math.log(e.probability + 1e-9));

    trainer.train(5000);
    const hours = [1, 2, 3, 4, 5];
    const probabilities = trainer.predictMany(hours);
    const rows = hours.map((_, row) => trainer.example(row));
    assert.deepEqual(
      rows.map((row) => row.probability),
      Array.from(probabilities),
    );
    // The shares add up to the gradients and the terms to the loss (up to NumPy's summation order).
    const { loss, weightGradient, biasGradient } = trainer.evaluate();
    const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
    assert.ok(Math.abs(sum('weightPart') - weightGradient) < 1e-15);
    assert.ok(Math.abs(sum('biasPart') - biasGradient) < 1e-15);
    assert.ok(Math.abs(sum('lossTerm') / 5 - loss) < 1e-12);
    assert.ok(Math.abs(loss - seedCase.losses.at(-1)) < 1e-3);
    for (const row of [-1, 5, 1.5, NaN, Infinity]) throwsNaming(() => trainer.example(row), 'row', String(row));
  });
});

test('evaluate().nextWeight and nextBias are what step() gives, bit for bit', () => {
  const config = { hours: [0.3, -2.5, 7.25, 1e-3, 4, 9.5], labels: [0, 0, 1, 0, 1, 1], lr: 0.37 };
  for (const run of [{}, config]) {
    withTrainer(engine, run, (trainer) => {
      for (let i = 0; i < 1000; i += 1) {
        const { nextWeight, nextBias, loss } = trainer.evaluate();
        trainer.step();
        assert.ok(Object.is(trainer.weight(), nextWeight) && Object.is(trainer.bias(), nextBias), `step ${i}`);
        assert.equal(trainer.loss(), loss);
      }
    });
  }
});

test('every argument is checked in JS, with an EngineError naming its field', () => {
  withTrainer(engine, {}, (trainer) => {
    for (const epochs of ['5', null, undefined, 5n, {}])
      throwsNaming(() => trainer.train(epochs), 'epochs', String(epochs));
    for (const hours of ['1', null, [1]]) throwsNaming(() => trainer.predict(hours), 'test', String(hours));
    for (const list of [[1, '2'], { length: 1e9 }, '1,2', null, [1, null], new DataView(new ArrayBuffer(8))]) {
      throwsNaming(() => trainer.predictMany(list), 'test', String(list));
    }
    throwsNaming(() => trainer.lossLandscape(null), 'grid');
    throwsNaming(() => trainer.example('1'), 'row');
    for (const start of [-1, 1.5, '1', null, NaN]) {
      for (const name of ['lossHistorySince', 'weightHistorySince', 'biasHistorySince']) {
        throwsNaming(() => trainer[name](start), 'start', `${name}(${String(start)})`);
      }
    }
    assert.equal(trainer.epoch(), 0, 'no refused call changed anything');
    trainer.train(10);
    for (const start of [2 ** 53, Infinity, 10, 2 ** 64]) {
      assert.equal(trainer.lossHistorySince(start).length, 0, String(start));
      assert.equal(trainer.weightHistorySince(start).length, 0, String(start));
    }
    assert.equal(trainer.lossHistorySince(9).length, 1);
    assert.ok(trainer.predictMany(new Float64Array([1.5, 2.5])) instanceof Float64Array, 'typed arrays are lists');
  });
});

test('engine messages become EngineErrors with their field; a deleted trainer throws a plain Error', () => {
  const trainer = engine.neuron.createTrainer({});
  throwsNaming(() => trainer.train(-1), 'epochs');
  throwsNaming(() => trainer.predict(Infinity), 'test');
  throwsNaming(
    () => trainer.lossLandscape({ weightMin: 0, weightMax: 1, biasMin: 0, biasMax: 1, columns: 1, rows: 2 }),
    'columns',
  );
  trainer.delete();
  assert.throws(
    () => trainer.example(0),
    (error) => error.constructor === Error && error.message === 'trainer: already deleted',
  );
  assert.equal(new EngineError('no field here').field, null);
});

// README's "What the engine accepts": each rule cell must state exactly the bounds engine.limits has.
test("README's limits table agrees with engine.limits", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.split('## What the engine accepts')[1].split('\n## ')[0];
  const rows = section
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const l = engine.limits;
  const expected = {
    hours: [l.maxSamples, l.maxAbsHours],
    labels: [],
    lr: [l.maxLearningRate],
    epochs: [l.maxEpochs],
    seed: [l.maxSeed],
    test: [l.maxSamples, l.maxAbsHours],
    w0: [l.maxAbsInitial],
    columns: [l.minGridSize, l.maxGridSize],
    weightMin: [l.maxAbsGridEnd],
  };
  const seen = new Set();
  for (const [, fieldCell, rule] of rows) {
    const field = /`(\w+)`/.exec(fieldCell)[1];
    assert.ok(field in expected, `a row for ${field}`);
    seen.add(field);
    // Every number in the rule ("1,000,000", "−1e6", "4294967295"), 0 and 1 aside (e.g. "from 0", "1 to").
    const numbers = (rule.match(/\d[\d,]*(?:\.\d+)?(?:e\d+)?/g) ?? []).map((text) => Number(text.replaceAll(',', '')));
    const bounds = [...new Set(numbers.filter((n) => n !== 0 && n !== 1))].sort((a, b) => a - b);
    assert.deepEqual(
      bounds,
      [...new Set(expected[field])].sort((a, b) => a - b),
      `${field}: ${rule}`,
    );
  }
  assert.deepEqual([...seen].sort(), Object.keys(expected).sort(), 'a row for every limit');
});
