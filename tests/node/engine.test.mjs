// The WASM engine in Node: parity with the NumPy golden run, errors as JS Errors, bounded histories.
// (That memory stays flat is robustness.test.mjs's one heap test.)
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EngineError, loadEngine } from '../../web/src/engine/index.js';
import { loadTestEngine, maxRelativeError, seedCase } from './golden.mjs';

let engine;
before(async () => {
  engine = await loadTestEngine();
});

test('loads once: a second load returns the same engine', async () => {
  assert.equal(await loadEngine(), engine);
});

test("reproduces the post's NumPy run: start, 5000 losses, final weight and bias, predictions", () => {
  const trainer = engine.neuron.createTrainer({});
  try {
    assert.equal(trainer.initialWeight(), 0.4967141530112327);
    assert.equal(trainer.initialBias(), 0);
    trainer.train(5000);
    assert.equal(trainer.epoch(), 5000);
    const losses = trainer.lossHistory();
    assert.ok(losses instanceof Float64Array);
    assert.ok(maxRelativeError(losses, seedCase.losses) <= 1e-12);
    assert.ok(maxRelativeError([trainer.weight(), trainer.bias()], [4.2483439133004515, -10.419463382225501]) <= 1e-12);
    const predictions = trainer.predictMany(seedCase.test_hours);
    assert.ok(maxRelativeError(predictions, seedCase.predictions) <= 1e-12);
    assert.equal(trainer.predict(2.5), predictions[1]);
  } finally {
    trainer.delete();
  }
});

test('step, reset and lossHistorySince agree with train', () => {
  const trainer = engine.neuron.createTrainer({});
  try {
    for (let i = 0; i < 10; i += 1) trainer.step();
    assert.deepEqual(Array.from(trainer.lossHistorySince(8)), seedCase.losses.slice(8, 10));
    assert.equal(trainer.loss(), trainer.lossHistory()[9]);
    const next = trainer.evaluate();
    trainer.step();
    assert.equal(trainer.loss(), next.loss);
    assert.equal(trainer.weightGradient(), next.weightGradient);
    trainer.reset();
    assert.equal(trainer.epoch(), 0);
    assert.equal(trainer.weight(), 0.4967141530112327);
    assert.equal(trainer.lossHistory().length, 0);
  } finally {
    trainer.delete();
  }
});

test('the loss history is a copy that does not change when training goes on', () => {
  const trainer = engine.neuron.createTrainer({});
  try {
    trainer.train(3);
    const before = trainer.lossHistory();
    const snapshot = Array.from(before);
    trainer.reset();
    trainer.train(20000); // overwrites and grows the vector (and possibly memory) under the old view
    assert.deepEqual(Array.from(before), snapshot);
    assert.ok(maxRelativeError(snapshot, seedCase.losses.slice(0, 3)) <= 1e-12);
  } finally {
    trainer.delete();
  }
});

// The node layer's one bad-config table: each row is refused by validate() and, for a trainer's own
// fields, by createTrainer(), with an EngineError whose message starts with the field it names.
const RUN_ONLY = new Set(['epochs', 'test']); // checked by validate(); a trainer takes them per call
const badConfigs = [
  [{ hours: [], labels: [] }, /^hours: must have at least one value$/],
  [{ hours: [1, NaN], labels: [0, 1] }, /^hours: value 2 is nan/],
  [{ hours: '1,2,3' }, /^hours: must be a list of numbers$/],
  [{ hours: [1, 2], labels: [0] }, /^labels: must have one label per hours value \(2\), got 1$/],
  [{ labels: [0, 0, 2, 1, 1] }, /^labels: value 3 is 2; each must be 0 \(fail\) or 1 \(pass\)$/],
  [{ lr: 0 }, /^lr: must be a number greater than 0 and at most 100, got 0$/],
  [{ lr: '0.1' }, /^lr: must be a number$/],
  [{ seed: 2 ** 32 }, /^seed: must be a whole number from 0 to 4294967295, got 4294967296$/],
  [{ seed: 1.5 }, /^seed: must be a whole number/],
  [{ w0: Infinity }, /^w0: must be a finite number from -1e6 to 1e6, got inf$/],
  [{ b0: -1e7 }, /^b0: must be a finite number/],
  [{ hours: null }, /^hours: must be a list of numbers$/],
  [{ hours: [1, '2'] }, /^hours: must be a list of numbers$/],
  [{ hours: [1, {}] }, /^hours: must be a list of numbers$/],
  [{ hours: [Infinity], labels: [1] }, /^hours: value 1 is inf; /],
  [{ hours: [-1e300], labels: [1] }, /^hours: value 1 is -1e\+300; /],
  [{ labels: [0, 0, 1, 1, -1] }, /^labels: value 5 is -1; /],
  [{ labels: [0, 0, 1, 1] }, /^labels: must have one label per hours value \(5\), got 4$/],
  [{ lr: NaN }, /^lr: must be a number greater than 0 and at most 100, got nan$/],
  [{ lr: -Infinity }, /^lr: .* got -inf$/],
  [{ seed: -1 }, /^seed: .* got -1$/],
  [{ seed: 0.5 }, /^seed: .* got 0\.5$/],
  [{ seed: null }, /^seed: must be a number$/],
  [{ w0: NaN }, /^w0: must be a finite number from -1e6 to 1e6, got nan$/],
  [{ b0: 1e7 }, /^b0: must be a finite number from -1e6 to 1e6, got 1e\+07$/],
  [{ w0: '1' }, /^w0: must be a number$/],
  [{ epochs: 0.5 }, /^epochs: must be a whole number from 0 to 10000000, got 0\.5$/],
  [{ epochs: '5000' }, /^epochs: must be a number$/],
  [{ test: [1e7] }, /^test: value 1 is 1e\+07; each must be a finite number from -1e6 to 1e6$/],
  [{ test: 2.5 }, /^test: must be a list of numbers$/],
  [{ labels: [0, 0, '1', 1, 1] }, /^labels: must be a list of numbers$/],
  [{ b0: false }, /^b0: must be a number$/],
];

for (const [config, message] of badConfigs) {
  test(`${JSON.stringify(config)} is refused, naming the field`, () => {
    const refused = (error) =>
      error instanceof EngineError && message.test(error.message) && error.message.startsWith(`${error.field}: `);
    assert.throws(() => engine.neuron.validate(config), refused, 'validate');
    if (!Object.keys(config).some((name) => RUN_ONLY.has(name))) {
      assert.throws(() => engine.neuron.createTrainer(config), refused, 'createTrainer');
    }
  });
}

test('train, predict and validate errors arrive as EngineErrors with the message', () => {
  const trainer = engine.neuron.createTrainer({});
  try {
    assert.throws(() => trainer.train(-1), { message: 'epochs: must be a whole number from 0 to 10000000, got -1' });
    assert.throws(() => trainer.train(1e7 + 1), /^EngineError: epochs:/);
    assert.throws(() => trainer.predict(Infinity), {
      message: 'test: must be a finite number from -1e6 to 1e6, got inf',
    });
    assert.throws(() => trainer.predictMany([1, NaN]), /^EngineError: test: value 2 is nan/);
    assert.throws(() => engine.neuron.validate({ epochs: 2.5 }), {
      name: 'EngineError',
      field: 'epochs',
      message: 'epochs: must be a whole number from 0 to 10000000, got 2.5',
    });
    assert.equal(engine.neuron.validate({ epochs: 5000 }), undefined);
    assert.equal(trainer.epoch(), 0, 'a rejected call changes nothing');
  } finally {
    trainer.delete();
  }
});

// The module formats numbers for messages in JS (cpp/bindings/engine.cpp); natively C's snprintf does
// (cpp/engine/numeric/format_number.cpp). Expected texts: the native build's, for the same doubles.
test("messages show numbers as the native engine does: C's %g at the shortest exact precision", () => {
  const cases = [
    [0.1, '0.1'],
    [2e6, '2e+06'],
    [1 / 3, '0.3333333333333333'],
    [1e-4, '0.0001'],
    [1.5e-5, '1.5e-05'],
    [-1e-5, '-1e-05'],
    [123456789012345678, '1.2345678901234568e+17'],
    [1e16, '1e+16'],
    [1e15 + 0.5, '1000000000000000.5'],
    [100, '1e+02'],
    [101, '101'],
    [-250.75, '-250.75'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [-2.2250738585072014e-308, '-2.2250738585072014e-308'],
    [0.30000000000000004, '0.30000000000000004'],
    [1e23, '1e+23'],
    [1e21, '1e+21'],
    [12345.678, '12345.678'],
    [1e-7, '1e-07'],
    [-Infinity, '-inf'],
  ];
  for (const [label, text] of cases) {
    assert.throws(() => engine.neuron.createTrainer({ hours: [1], labels: [label] }), {
      message: `labels: value 1 is ${text}; each must be 0 (fail) or 1 (pass)`,
    });
  }
  assert.throws(() => engine.neuron.createTrainer({ lr: -0 }), { message: /got -0$/ });
  assert.throws(() => engine.neuron.createTrainer({ lr: 0 }), { message: /got 0$/ });
});

test('a deleted trainer refuses every call with a clear Error instead of reaching freed memory', () => {
  const trainer = engine.neuron.createTrainer({});
  trainer.train(10);
  trainer.delete();
  for (const call of [
    () => trainer.train(1),
    () => trainer.weight(),
    () => trainer.predict(2),
    () => trainer.delete(),
  ]) {
    assert.throws(call, { message: 'trainer: already deleted' });
  }
});

test('the loss history of a long run stays bounded and exact', () => {
  const trainer = engine.neuron.createTrainer({});
  try {
    trainer.train(3_000_000);
    assert.equal(trainer.lossStride(), 4);
    const losses = trainer.lossHistory();
    assert.equal(losses.length, 750_000);
    // Entry i is the exact loss of epoch 4i.
    assert.ok(
      maxRelativeError(
        losses.slice(0, 1250),
        seedCase.losses.filter((_, epoch) => epoch % 4 === 0),
      ) <= 1e-12,
    );
  } finally {
    trainer.delete();
  }
});
