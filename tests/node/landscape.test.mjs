// The loss landscape and the descent path through the WASM module: every checked grid value is the
// loss a trainer computes at that weight and bias, bad grids are refused by name, and the path is the
// weights the run went through.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createDescentPath } from '../../web/src/chapters/neuron/panels/landscape/descent-path.js';
import { EngineError } from '../../web/src/engine/index.js';
import { loadTestEngine, withTrainer } from './golden.mjs';

let engine;
before(async () => {
  engine = await loadTestEngine();
});

/** cpp/engine/common/grid.hpp's grid_point: exactly min at 0 and max at count - 1. */
const gridPoint = (min, max, index, count) => (index + 1 >= count ? max : min + (max - min) * (index / (count - 1)));

/** The loss a trainer starting at (w0, b0) reports before its first step. */
const lossAt = (config, w0, b0) => withTrainer(engine, { ...config, w0, b0 }, (trainer) => trainer.evaluate().loss);

for (const [name, config] of [
  ["the post's data", {}],
  [
    '300 examples',
    {
      hours: Array.from({ length: 300 }, (_, i) => i * 0.02),
      labels: Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 0 : 1)),
    },
  ],
]) {
  test(`${name}: grid values equal the training loss at the same weight and bias`, () => {
    const grid = { weightMin: -2, weightMax: 8, biasMin: -16, biasMax: 4, columns: 200, rows: 201 };
    const losses = withTrainer(engine, config, (trainer) => trainer.lossLandscape(grid));
    assert.ok(losses instanceof Float64Array);
    assert.equal(losses.length, 200 * 201);
    for (let r = 0; r < 201; r += r === 199 ? 1 : 11) {
      for (let c = 0; c < 200; c += c === 198 ? 1 : 13) {
        const w = gridPoint(grid.weightMin, grid.weightMax, c, 200);
        const b = gridPoint(grid.biasMin, grid.biasMax, r, 201);
        assert.equal(losses[r * 200 + c], lossAt(config, w, b), `row ${r}, column ${c}`);
      }
    }
    assert.equal(losses[200 * 201 - 1], lossAt(config, 8, 4), 'the last entry is at the maxima');
  });
}

test('bad grids throw an EngineError naming the argument', () => {
  withTrainer(engine, {}, (trainer) => {
    const good = { weightMin: -1, weightMax: 1, biasMin: -1, biasMax: 1, columns: 200, rows: 200 };
    const cases = [
      [{ columns: 1 }, /^columns: must be a whole number from 2 to 1000, got 1$/],
      [{ rows: 1001 }, /^rows: must be a whole number from 2 to 1000, got 1001$/],
      [{ rows: undefined }, /^rows: must be a number$/],
      [{ weightMin: '0' }, /^weightMin: must be a number$/],
      [{ weightMin: NaN }, /^weightMin: must be a finite number from -1e15 to 1e15, got nan$/],
      [{ biasMax: Infinity }, /^biasMax: must be a finite number from -1e15 to 1e15, got inf$/],
      [{ weightMax: -1 }, /^weightMax: must be greater than weightMin \(-1\), got -1$/],
      [{ biasMin: 2 }, /^biasMax: must be greater than biasMin \(2\), got 1$/],
    ];
    for (const [change, message] of cases) {
      assert.throws(
        () => trainer.lossLandscape({ ...good, ...change }),
        (error) =>
          error instanceof EngineError && message.test(error.message) && error.message.startsWith(`${error.field}: `),
      );
    }
    assert.throws(() => trainer.lossLandscape({}), { message: /^weightMin: / });
    for (const grid of [null, undefined, 5, 'grid']) {
      assert.throws(() => trainer.lossLandscape(grid), { name: 'EngineError', field: 'grid' });
    }
    assert.equal(trainer.lossLandscape(good).length, 40000, 'still usable after the errors');
  });
});

test('the descent path: where each epoch started, ending at the current weight and bias', () => {
  withTrainer(engine, {}, (trainer) => {
    const weights = [];
    const biases = [];
    for (let i = 0; i < 50; i += 1) {
      weights.push(trainer.weight());
      biases.push(trainer.bias());
      trainer.step();
    }
    assert.equal(trainer.pathStride(), 1);
    assert.deepEqual(Array.from(trainer.weightHistorySince(0)), weights);
    assert.deepEqual(Array.from(trainer.biasHistorySince(40)), biases.slice(40));
    assert.equal(trainer.weightHistorySince(0)[0], trainer.initialWeight());
    trainer.reset();
    assert.equal(trainer.weightHistorySince(0).length, 0);
  });
});

test('the drawn path of a long run: at most 1,025 exact points, from the start to the current weights', () => {
  withTrainer(engine, {}, (trainer) => {
    const path = createDescentPath();
    for (const chunk of [1, 63, 1000, 30000, 168936]) {
      trainer.train(chunk);
      path.read(trainer);
    }
    const points = path.points(trainer);
    assert.ok(points.length > 500 && points.length <= 1025, `${points.length} points`);
    assert.deepEqual(points[0], { epoch: 0, weight: trainer.initialWeight(), bias: trainer.initialBias() });
    assert.deepEqual(points.at(-1), { epoch: 200000, weight: trainer.weight(), bias: trainer.bias() });
    const every = points[1].epoch;
    assert.ok(
      points.slice(0, -1).every((p, i) => p.epoch === i * every),
      'evenly spaced epochs',
    );
    // Each kept point is where that epoch started: replaying to it gives the same weight.
    const probe = points[7];
    withTrainer(engine, {}, (replay) => {
      replay.train(probe.epoch);
      assert.deepEqual([replay.weight(), replay.bias()], [probe.weight, probe.bias]);
    });
  });
});

test("a 200 x 200 surface from the post's start to where 5000 epochs end: its corners are the run's losses", () => {
  // (Its time is measured by `npm run bench`.)
  withTrainer(engine, {}, (trainer) => {
    trainer.train(5000);
    const [w0, w] = [trainer.initialWeight(), trainer.weight()];
    const grid = { weightMin: w0, weightMax: w, biasMin: trainer.bias(), biasMax: 0, columns: 200, rows: 200 };
    const losses = trainer.lossLandscape(grid);
    assert.equal(losses.length, 200 * 200);
    assert.equal(losses[199 * 200], trainer.lossHistory()[0], 'last row (bias 0), first column (w0): epoch 0');
    assert.equal(losses[199], trainer.evaluate().loss, 'first row, last column: the final weight and bias');
    // The whole top row: bias 0, each weight as a trainer started there computes it.
    for (let c = 0; c < 200; c += 1) {
      assert.equal(losses[199 * 200 + c], lossAt({}, gridPoint(w0, w, c, 200), 0), `column ${c}`);
    }
  });
});
