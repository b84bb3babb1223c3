// Hostile input at the Node-side entry points: the WASM API (typed values), the CLI (text flags) and
// the run-file reader (imported JSON); plus WASM memory staying flat over 100,000 trainers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { before, test } from 'node:test';
import { neuronFields } from '../../web/src/chapters/neuron/fields.js';
import { readRunJson } from '../../web/src/core/run-file.js';
import { EngineError } from '../../web/src/engine/index.js';
import { LONG_LIST_LENGTH, TEXT_CASES } from '../hostile-inputs.mjs';
import { loadTestEngine } from './golden.mjs';

const CLI = new URL('../../bin/one-neuron.mjs', import.meta.url).pathname;

let engine;
before(async () => {
  engine = await loadTestEngine();
});

test('CLI: every case of the matrix exits 2 with one line naming the flag, and prints nothing else', () => {
  for (const [field, text, message] of TEXT_CASES) {
    const result = spawnSync(process.execPath, [CLI, `--${field}=${text}`], { encoding: 'utf8' });
    const label = `--${field}=${JSON.stringify(text)}`;
    assert.equal(result.status, 2, label);
    assert.equal(result.stdout, '', label);
    const lines = result.stderr.split('\n').filter(Boolean);
    assert.equal(lines.length, 1, `${label}: one line, got ${result.stderr}`);
    const prefix = `one-neuron: --${field}: `;
    assert.ok(lines[0].startsWith(prefix), `${label}: ${lines[0]}`);
    assert.match(`${field}: ${lines[0].slice(prefix.length)}`, message, label);
  }
});

test('CLI: long lists are fine up to what the OS allows in one argument', () => {
  // Linux caps one argument at 128 KiB: 20,000 values fit; the engine itself takes 1,000,000.
  const hours = Array.from({ length: 20_000 }, (_, i) => i % 10).join(',');
  const labels = Array.from({ length: 20_000 }, (_, i) => (i % 10 > 4 ? 1 : 0)).join(',');
  const result = spawnSync(process.execPath, [CLI, '--hours', hours, '--labels', labels, '--epochs', '20', '--json']);
  assert.equal(result.status, 0, result.stderr.toString());
  assert.ok(Number.isFinite(JSON.parse(result.stdout).weight));
});

test('WASM API: a tiny rate trains; typed hostile arguments to a trainer are refused by name', () => {
  const tiny = engine.neuron.createTrainer({ lr: 1e-320 }); // tiny but valid: training barely moves
  tiny.train(10);
  assert.ok(Number.isFinite(tiny.weight()));
  tiny.delete();
  const trainer = engine.neuron.createTrainer({});
  try {
    for (const epochs of [-1, 0.5, 1e7 + 1, NaN, Infinity, 1e309]) {
      assert.throws(() => trainer.train(epochs), /^EngineError: epochs: must be a whole number/, String(epochs));
    }
    for (const hours of [NaN, -Infinity, 1e7]) assert.throws(() => trainer.predict(hours), /^EngineError: test: /);
    assert.throws(() => trainer.predictMany([1, 2e6]), /^EngineError: test: value 2 is 2e\+06/);
    assert.equal(trainer.epoch(), 0, 'nothing changed');
  } finally {
    trainer.delete();
  }
});

test(`WASM API: ${LONG_LIST_LENGTH.toLocaleString('en')}-element lists train, and 1,000,001 are refused`, () => {
  const hours = Float64Array.from({ length: LONG_LIST_LENGTH }, (_, i) => (i % 1000) / 100);
  const labels = Float64Array.from(hours, (h) => (h > 5 ? 1 : 0));
  const trainer = engine.neuron.createTrainer({ hours, labels });
  trainer.train(5);
  assert.ok(Number.isFinite(trainer.loss()));
  trainer.delete();
  const tooMany = new Float64Array(1_000_001);
  assert.throws(
    () => engine.neuron.createTrainer({ hours: tooMany, labels: tooMany }),
    /^EngineError: hours: must have at most 1000000 values, got 1000001$/,
  );
});

test('imported JSON: hostile files are refused with a message naming the field or the file', () => {
  const cases = [
    ['not json', /^import: the file is not JSON/],
    ['', /^import: the file is not JSON/],
    ['null', /^import: the file has no "config"/],
    ['[1,2]', /^import: the file has no "config"/],
    ['{"config": [1]}', /^import: the file has no "config"/],
    ['{"config": {"lr": "0.1"}}', /^lr: must be a number in the file$/],
    ['{"config": {"hours": [1, "<img src=x onerror=alert(1)>"]}}', /^hours: must be a list of numbers in the file$/],
    ['{"config": {"hours": "1,2,3"}}', /^hours: must be a list of numbers in the file$/],
    ['{"config": {"seed": {"valueOf": 1}}}', /^seed: must be a number in the file$/],
    [`{"config": {"lr": 1e999}}`, null], // JSON.parse gives Infinity: the engine refuses it next (lr: ... got inf)
    ['x'.repeat(50 * 1024 * 1024 + 1), /^import: the file is larger than 50 MB$/],
  ];
  for (const [text, message] of cases) {
    const label = text.slice(0, 60);
    if (message === null) {
      const state = readRunJson(text, neuronFields);
      assert.throws(() => engine.neuron.createTrainer(state), /^EngineError: lr: .* got inf$/, label);
      continue;
    }
    assert.throws(
      () => readRunJson(text, neuronFields),
      (error) => message.test(error.message),
      label,
    );
  }
  // Keys that could reach an object's prototype are just unknown keys.
  const state = readRunJson('{"config": {"__proto__": {"lr": 5}, "constructor": 1}}', neuronFields);
  assert.equal(state.lr, 0.1);
  assert.equal({}.lr, undefined);
});

// The node layer's one heap-stays-flat test: trainers made, used and deleted, and refused configs.
test('100,000 create/train/delete cycles and 1,000 refused configs keep the WASM heap flat', () => {
  const warmUp = engine.neuron.createTrainer({});
  warmUp.train(10);
  warmUp.delete();
  const before = engine.heapBytesInUse();
  for (let i = 0; i < 100_000; i += 1) {
    const trainer = engine.neuron.createTrainer({ seed: i, lr: 0.5 });
    trainer.train(10);
    trainer.predictMany([1.5, 2.5]);
    trainer.lossHistory();
    trainer.delete();
  }
  for (let i = 0; i < 1000; i += 1) {
    assert.throws(() => engine.neuron.createTrainer({ lr: -i }));
    assert.throws(() => engine.neuron.validate({ hours: [1, 2], labels: [i] }));
  }
  assert.equal(engine.heapBytesInUse(), before);
});
