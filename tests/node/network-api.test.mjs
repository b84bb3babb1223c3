// The network engine in WASM (engine.network, web/src/engine/network.js over cpp/bindings/network.cpp)
// against reference_network.py's golden files (tests/golden/network/, written by
// tests/golden/make_network_golden.py): every recorded loss, the final W1, b1, W2, b2, the accuracy
// and the predictions within 1e-12 relative. Then the post's argument in numbers, and every argument
// checked by name.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { EngineError } from '../../web/src/engine/index.js';
import { loadTestNetworkEngine } from './golden.mjs';

const TOLERANCE = 1e-12; // the issue asks for 1e-9: |a - b| <= tolerance * max(1, |b|)
const dir = new URL('../golden/network/', import.meta.url);
const cases = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name.replace('.json', ''), JSON.parse(readFileSync(new URL(name, dir), 'utf8'))]);

let engine;
before(async () => {
  engine = await loadTestNetworkEngine();
});

function withNetwork(config, body) {
  const trainer = engine.network.createTrainer(config);
  try {
    return body(trainer);
  } finally {
    trainer.delete();
  }
}

/** Asserts every value within TOLERANCE of the reference's; returns the largest relative difference. */
function close(actual, expected, what) {
  assert.equal(actual.length, expected.length, `${what}: length`);
  let worst = 0;
  for (let i = 0; i < expected.length; i += 1) {
    const difference = Math.abs(actual[i] - expected[i]) / Math.max(1, Math.abs(expected[i]));
    assert.ok(difference <= TOLERANCE, `${what}[${i}]: ${actual[i]} vs ${expected[i]}`);
    worst = Math.max(worst, difference);
  }
  return worst;
}

function configOf(golden) {
  const config = { hidden: golden.hidden, activation: golden.activation, lr: golden.lr, seed: golden.seed };
  if (golden.data.length > 0) return { ...config, data: golden.data };
  return { ...config, dataset: golden.dataset, points: golden.points, dataSeed: golden.data_seed, noise: golden.noise };
}

test('reference_network.py: 10+ configurations, every activation, hidden 0 and 16, each generator, explicit points', () => {
  assert.ok(cases.length >= 10);
  const seen = (key) => new Set(cases.map(([, golden]) => golden[key]));
  assert.deepEqual([...seen('activation')].sort(), ['linear', 'relu', 'sigmoid', 'tanh']);
  assert.ok(seen('hidden').has(0) && seen('hidden').has(16));
  for (const dataset of ['ring', 'xor', 'clusters']) {
    assert.ok(
      cases.some(([, g]) => g.data.length === 0 && g.dataset === dataset && g.noise > 0),
      `${dataset} with noise`,
    );
  }
  assert.ok(cases.some(([, g]) => g.data.length > 0));
});

for (const [name, golden] of cases) {
  test(`WASM matches reference_network.py: ${name}`, () => {
    withNetwork(configOf(golden), (trainer) => {
      // NumPy's draws (natively bit for bit; in WASM the C library's log in randn may differ by an ulp).
      const initial = trainer.initial();
      let worst = Math.max(
        close(initial.W1, golden.initial_W1, 'initial W1'),
        close(initial.W2, golden.initial_W2, 'initial W2'),
      );
      trainer.train(golden.epochs);
      const history = trainer.lossHistory();
      assert.equal(history.length, golden.epochs);
      const recorded = history.filter((_, epoch) => epoch % golden.loss_stride === 0);
      worst = Math.max(worst, close(recorded, golden.losses, 'losses'));
      worst = Math.max(worst, close([trainer.loss()], [golden.final_loss], 'final loss'));
      const p = trainer.parameters();
      worst = Math.max(worst, close(p.W1, golden.W1, 'W1'), close(p.b1, golden.b1, 'b1'), close(p.W2, golden.W2, 'W2'));
      worst = Math.max(worst, close([p.b2], [golden.b2], 'b2'));
      assert.equal(trainer.accuracy(), golden.accuracy);
      worst = Math.max(worst, close(trainer.predictMany(golden.test_points), golden.predictions, 'predictions'));
      console.log(`${name}: largest relative difference from the reference ${worst}`);
    });
  });
}

test('WASM matches reference_network.py run live (Debian python3-numpy): a run of no golden file', () => {
  const script = new URL('../golden/reference_network.py', import.meta.url).pathname;
  const flags = ['--noise=0.5', '--hidden=5', '--activation=tanh', '--lr=0.7', '--epochs=400', '--seed=9'];
  const run = JSON.parse(
    execFileSync('/usr/bin/python3', [script, ...flags, '--data-seed=12', '--test=0.1,0.2;-1,1'], { encoding: 'utf8' }),
  );
  withNetwork({ noise: 0.5, hidden: 5, activation: 'tanh', lr: 0.7, seed: 9, dataSeed: 12 }, (trainer) => {
    trainer.train(400);
    close(trainer.lossHistory(), run.losses, 'losses');
    close(trainer.parameters().W1, run.W1.flat(), 'W1');
    close(trainer.parameters().W2, run.W2.flat(), 'W2');
    assert.equal(trainer.accuracy(), run.accuracy);
    close(trainer.predictMany(run.test_points.flat()), run.predictions, 'predictions');
  });
});

test("the post's argument: one neuron and four linear units stall at 0.6806, four sigmoid units solve the ring", () => {
  const run = (config) =>
    withNetwork(config, (trainer) => {
      trainer.train(3000);
      const losses = trainer.lossHistory();
      return { first: losses[0], last: losses.at(-1), accuracy: trainer.accuracy(), line: trainer.line() };
    });
  const ring = run({});
  assert.equal(ring.first.toFixed(4), '0.7150');
  assert.equal(ring.last.toFixed(4), '0.0072');
  assert.equal(ring.accuracy, 1);
  assert.equal(ring.line, null); // sigmoid units bend: no single line
  const neuron = run({ hidden: 0 });
  assert.equal(neuron.last.toFixed(4), '0.6806');
  assert.equal(neuron.accuracy, 0.62);
  const linear = run({ activation: 'linear' });
  assert.equal(linear.last.toFixed(4), '0.6806');
  assert.equal(linear.accuracy, 0.62);
  // The collapse: four linear units are the straight line sigmoid(x1 w1 + x2 w2 + bias).
  withNetwork({ activation: 'linear' }, (trainer) => {
    trainer.train(3000);
    const { w1, w2, bias } = trainer.line();
    for (const [x1, x2] of [
      [0, 0],
      [1.2, -0.7],
      [-2, 1.5],
    ]) {
      const straight = 1 / (1 + Math.exp(-(x1 * w1 + x2 * w2 + bias)));
      assert.ok(Math.abs(trainer.predict(x1, x2) - straight) <= 1e-12, `${x1}, ${x2}`);
    }
  });
});

test('the map: the output and each unit over the plane, as predict() gives them', () => {
  withNetwork({}, (trainer) => {
    trainer.train(200);
    const map = trainer.map({ x1Min: -1.5, x1Max: 1.5, x2Min: -1.5, x2Max: 1.5, columns: 100, rows: 100 });
    assert.equal(map.probability.length, 100 * 100);
    assert.equal(map.units.length, 4 * 100 * 100);
    assert.equal(map.probability[100 * 100 - 1], trainer.predict(1.5, 1.5));
    assert.equal(map.probability[0], trainer.predict(-1.5, -1.5));
    const { x1, x2, h, probability } = trainer.example(3);
    assert.equal(probability, trainer.predict(x1, x2));
    assert.equal(h.length, 4);
    assert.equal(trainer.points().inputs[6], x1);
    assert.ok(map.probability.every((p) => p >= 0 && p <= 1));
  });
});

test("the map into an earlier map's arrays: refilled with the new map's numbers; any other `into` gets new ones", () => {
  withNetwork({}, (trainer) => {
    const grid = { x1Min: -1.5, x1Max: 1.5, x2Min: -1.5, x2Max: 1.5, columns: 100, rows: 100 };
    const earlier = trainer.map(grid);
    const before = Float64Array.from(earlier.probability);
    trainer.train(200);
    const fresh = trainer.map(grid);
    const reused = trainer.map(grid, earlier);
    assert.equal(reused.probability, earlier.probability); // the same arrays, no new ones
    assert.equal(reused.units, earlier.units);
    assert.deepEqual(reused.probability, fresh.probability);
    assert.deepEqual(reused.units, fresh.units);
    assert.notDeepEqual(reused.probability, before);
    // Another size, or not a map's arrays: new arrays, the given ones untouched.
    const small = trainer.map({ ...grid, columns: 10 }, earlier);
    assert.notEqual(small.probability, earlier.probability);
    assert.equal(small.probability.length, 10 * 100);
    const plain = { probability: Array.from(fresh.probability), units: 'units' };
    assert.deepEqual(trainer.map(grid, plain).probability, fresh.probability);
    assert.equal(plain.units, 'units');
    throwsNaming(() => trainer.map(grid, 5), 'into');
    throwsNaming(() => trainer.map(grid, null), 'into');
  });
});

/** Asserts that `call` throws an EngineError whose field is `field` and whose message starts with it. */
function throwsNaming(call, field) {
  assert.throws(
    call,
    (error) => error instanceof EngineError && error.field === field && error.message.startsWith(`${field}: `),
    field,
  );
}

test('every argument is checked by name: its type here, its value in the engine', () => {
  const create = (config) => () => engine.network.createTrainer(config).delete();
  throwsNaming(() => engine.network.createTrainer(null), 'config');
  throwsNaming(create({ hidden: '4' }), 'hidden');
  throwsNaming(create({ hidden: 17 }), 'hidden');
  throwsNaming(create({ activation: 4 }), 'activation');
  throwsNaming(create({ activation: 'softmax' }), 'activation');
  throwsNaming(create({ dataset: 'spiral' }), 'dataset');
  throwsNaming(create({ points: 0 }), 'points');
  throwsNaming(create({ dataSeed: -1 }), 'dataSeed');
  throwsNaming(create({ noise: 2 }), 'noise');
  throwsNaming(create({ data: 'x' }), 'data');
  throwsNaming(create({ data: [0, 0, 0.5] }), 'data');
  throwsNaming(create({ lr: 0 }), 'lr');
  throwsNaming(create({ seed: 1.5 }), 'seed');
  throwsNaming(() => engine.network.validate({ epochs: -1 }), 'epochs');
  throwsNaming(() => engine.network.validate({ test: [1] }), 'test');
  assert.equal(engine.network.validate({ epochs: 10, test: [0, 0] }), undefined);
  withNetwork({ points: 20 }, (trainer) => {
    throwsNaming(() => trainer.train('10'), 'epochs');
    throwsNaming(() => trainer.predict('0', 0), 'test');
    throwsNaming(() => trainer.predict(0, 2e6), 'test');
    throwsNaming(() => trainer.predictMany([0, 0, 1]), 'test');
    throwsNaming(() => trainer.map(null), 'grid');
    throwsNaming(() => trainer.map({ x1Min: -1, x1Max: 1, x2Min: -1, x2Max: 1, columns: 401, rows: 10 }), 'columns');
    throwsNaming(() => trainer.map({ x1Min: 1, x1Max: 1, x2Min: -1, x2Max: 1, columns: 10, rows: 10 }), 'x1Max');
    throwsNaming(() => trainer.example(20), 'row');
    throwsNaming(() => trainer.lossHistorySince(-1), 'start');
  });
  assert.equal(
    (() => {
      try {
        engine.network.createTrainer({ hidden: 20 });
      } catch (error) {
        return error.message;
      }
    })(),
    'hidden: must be a whole number from 0 to 16, got 20',
  );
});

test('a step that would not stay finite is refused naming lr; the trainer stays at its last epoch', () => {
  const config = { activation: 'linear', lr: 100, data: [1e6, 1e6, 1, -1e6, 5e5, 0, 3e5, -1e6, 1] };
  withNetwork(config, (trainer) => {
    let refused = null;
    while (!refused && trainer.epoch() < 1000) {
      try {
        trainer.step();
      } catch (error) {
        refused = error;
      }
    }
    assert.ok(refused instanceof EngineError && refused.field === 'lr', String(refused));
    const epoch = trainer.epoch();
    const W2 = trainer.parameters().W2;
    assert.throws(() => trainer.train(5), EngineError);
    assert.equal(trainer.epoch(), epoch);
    assert.deepEqual(trainer.parameters().W2, W2);
    assert.equal(trainer.lossHistory().length, epoch);
    assert.ok(Number.isFinite(trainer.predict(0.5, 0.5)));
  });
});

test("start: the reader's own starting weights; the seed's own draws given as start train the same run, bit for bit", () => {
  const seeded = engine.network.createTrainer({ hidden: 3, activation: 'tanh', seed: 7 });
  const { W1, b1, W2, b2 } = seeded.initial();
  const start = [...W1, ...b1, ...W2, b2];
  const given = engine.network.createTrainer({ hidden: 3, activation: 'tanh', seed: 99, start });
  seeded.train(300);
  given.train(300);
  assert.deepEqual(given.lossHistory(), seeded.lossHistory());
  assert.deepEqual(given.parameters(), seeded.parameters());
  // One weight changed: that run starts there (and so differs).
  const changed = engine.network.createTrainer({ hidden: 3, activation: 'tanh', start: start.with(4, 2.5) });
  assert.equal(changed.initial().W1[4], 2.5);
  assert.equal(changed.initial().b2, b2);
  assert.notEqual(
    changed.evaluate().loss,
    engine.network.createTrainer({ hidden: 3, activation: 'tanh', start }).evaluate().loss,
  );
  const none = engine.network.createTrainer({ hidden: 0, start: [1, -2, 0.5] });
  assert.deepEqual([...none.initial().W2, none.initial().b2], [1, -2, 0.5]);
  const refusal = (config) => {
    try {
      engine.network.createTrainer(config);
    } catch (error) {
      return `${error.field} | ${error.message}`;
    }
    return 'accepted';
  };
  assert.equal(
    refusal({ hidden: 4, start: [1, 2, 3, 4, 5] }),
    'start | start: must list W1, b1, W2 and b2 (17 numbers for 4 hidden units), got 5 numbers',
  );
  assert.equal(
    refusal({ hidden: 0, start: [1] }),
    'start | start: must list W2 and b2 (3 numbers with no hidden layer), got 1 numbers',
  );
  assert.equal(
    refusal({ hidden: 0, start: [1, 2e6, 0] }),
    'start | start: value 2 is 2000000; each must be a finite number from -1e6 to 1e6',
  );
  assert.equal(refusal({ hidden: 0, start: [1, '2', 0] }).split(' | ')[0], 'start');
  for (const trainer of [seeded, given, changed, none]) trainer.delete();
});

test('engine.network.limits: its bounds, frozen; a deleted trainer refuses calls; no memory kept', () => {
  assert.deepEqual(
    { ...engine.network.limits },
    {
      maxPoints: 100000,
      maxAbsCoordinate: 1e6,
      maxHidden: 16,
      maxNoise: 1,
      maxLearningRate: 100,
      maxEpochs: 10000000,
      maxSeed: 4294967295,
      maxAbsParameter: 1e20,
      maxAbsInitial: 1e6,
      minMapSize: 2,
      maxMapSize: 400,
    },
  );
  assert.ok(Object.isFrozen(engine.network.limits));
  const before = engine.heapBytesInUse();
  const trainer = engine.network.createTrainer({ hidden: 16, points: 1000 });
  trainer.train(10);
  trainer.map({ x1Min: -2, x1Max: 2, x2Min: -2, x2Max: 2, columns: 50, rows: 50 });
  trainer.delete();
  assert.equal(engine.heapBytesInUse(), before);
  assert.throws(
    () => trainer.step(),
    (error) => error.constructor === Error && error.message === 'trainer: already deleted',
  );
});
