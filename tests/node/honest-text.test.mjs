// The words and numbers the page builds (issue 14 item 5), without a browser: a curve that does not
// cross 0.5 where a reader looks, no "-0.0000", the colour bar's ticks for any range, singular words,
// and messages naming a field by its label.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { legendTicks, tickText } from '../../web/src/chapters/neuron/panels/landscape/colormap.js';
import { number } from '../../web/src/chapters/neuron/panels/principles/number.js';
import { neuronFields } from '../../web/src/chapters/neuron/fields.js';
import { runJson, runRecord } from '../../web/src/chapters/neuron/run-file.js';
import { lossSummary, predictionSummary } from '../../web/src/chapters/neuron/summaries.js';
import { counted, fixed, labelled, shown } from '../../web/src/core/format.js';
import { importRefusal, readRunJson } from '../../web/src/core/run-file.js';
import { EngineError } from '../../web/src/engine/index.js';
import { loadTestEngine } from './golden.mjs';

const sigmoid = (z) => 1 / (1 + Math.exp(-z));
function summary(weight, bias, range = [0, 7]) {
  const hours = [1, 2, 3, 4, 5];
  const curve = [range[0], range[1]].map((x) => ({ x, y: sigmoid(weight * x + bias) }));
  const probabilities = hours.map((x) => sigmoid(weight * x + bias));
  return predictionSummary({ weight, bias, range, curve, hours, labels: [1, 0, 1, 0, 1], probabilities });
}

test('the caption names a crossing only inside the hours shown', () => {
  assert.match(summary(4.2483, -10.4195), /^The curve crosses 0\.5 at 2\.45 hours, the decision boundary/);
  // labels 1,0,1,0,1: w is about 1e-10, so -b/w is about -2e9 hours.
  assert.match(
    summary(2.05e-10, 0.405465),
    /^The curve stays above 0\.5 for all hours shown \(0 to 7 hours\), flat at 0\.6000: every number of hours here is predicted a pass\. /,
  );
  assert.match(
    summary(0.1, -2),
    /^The curve stays below 0\.5 for all hours shown \(0 to 7 hours\), rising from 0\.1192 to 0\.2142: every number of hours here is predicted a fail\./,
  );
  assert.match(summary(0, 0), /^The curve is flat at 0\.5 for all hours shown/);
  assert.match(summary(2, -2), /^The curve crosses 0\.5 at 1 hour, /);
  assert.match(summary(0, 1), /stays above 0\.5.*flat at 0\.7311/);
  assert.doesNotMatch(summary(1e-300, 1) + summary(-1e-12, -3), /NaN|Infinity|crosses/);
});

test("numbers that round to zero have no minus sign on the page; the CLI keeps Python's", () => {
  assert.equal(shown(-1e-17, 4), '0.0000');
  assert.equal(shown(-0, 2), '0.00');
  assert.equal(number(-1e-17), '0.0000');
  assert.equal(number(-1e-17, { bracket: true }), '0.0000');
  assert.equal(number(-0.00005001), '−0.0001');
  assert.equal(fixed(-1e-17, 4), '-0.0000'); // f"{x:.4f}", as the CLI prints it
});

test('the colour bar has at least two ticks, in order and inside the range, at any zoom', () => {
  for (const [low, high] of [
    [0.2451, 0.2466],
    [0.673021, 0.673049],
    [0.035, 0.094],
    [0.49, 0.54],
    [4.51e-4, 4.6e-4],
    [0.01, 5],
    [1e-9, 0.7],
  ]) {
    const ticks = legendTicks(low, high);
    assert.ok(ticks.length >= 2, `${low}..${high}: ${ticks}`);
    ticks.forEach((value, i) => {
      assert.ok(value >= low && value <= high, `${value} in ${low}..${high}`);
      if (i > 0) assert.ok(value > ticks[i - 1]);
    });
    const texts = ticks.map(tickText);
    assert.equal(new Set(texts).size, texts.length, `distinct texts ${texts}`);
  }
  assert.deepEqual(legendTicks(0.2451, 0.2466).map(tickText), ['0.2451', '0.2458', '0.2466']);
  assert.deepEqual(legendTicks(4.51e-4, 4.6e-4).map(tickText), ['4.51e−4', '4.55e−4', '4.6e−4']);
  assert.deepEqual(legendTicks(0.5, 0.5), [0.5]);
});

test('one of a thing is singular', () => {
  assert.equal(counted(1, 'epoch'), '1 epoch');
  assert.equal(counted(5000, 'epoch'), '5,000 epochs');
  assert.equal(counted(0, 'example'), '0 examples');
  assert.match(
    lossSummary({ epoch: 1, firstLoss: 0.7, latestLoss: 0.7, currentLoss: 0.69 }),
    /^Over 1 epoch the loss stayed at 0\.7000 \(epoch 0\)\./,
  );
});

test('a message names the field by its label', () => {
  assert.equal(
    labelled('test: value 1 "x" is not a number', 'test', 'Hours to predict'),
    'Hours to predict: value 1 "x" is not a number',
  );
  assert.equal(labelled('lr: must be…', 'test', 'Hours to predict'), 'lr: must be…', 'only its own name');
  assert.equal(labelled(null, 'test', 'Hours to predict'), null);
  assert.equal(labelled('testing: x', 'test', 'Hours to predict'), 'testing: x');
});

test('an import refused over a field names its label when the chapter gives its fields', () => {
  const error = new EngineError('lr: must be a number greater than 0, got 0');
  assert.equal(
    importRefusal('run.json', 99, error, neuronFields),
    'Could not import run.json: Learning rate: must be a number greater than 0, got 0. Nothing was changed.',
  );
  assert.match(importRefusal('run.json', 99, error), /: lr: must be/, 'without the fields, as before');
});

test('runJson: every field of runRecord (what --json prints), lists on one line, imports back', async () => {
  const engine = await loadTestEngine();
  const state = { ...neuronFields.defaults, epochs: 300, seed: 7 };
  const trainer = engine.neuron.createTrainer(state);
  trainer.train(300);
  const text = runJson(state, trainer);
  const record = runRecord(state, trainer);
  assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(record)));
  assert.ok(text.split('\n').length < 25, 'a list does not take a line per number');
  const pretty = JSON.stringify(record, null, 2).length;
  assert.ok(text.length < pretty * 0.85, `${text.length} bytes, pretty-printed ${pretty}`);
  assert.match(text, /^ {2}"losses": \[\d+\.\d+,/m);
  assert.deepEqual(readRunJson(text, neuronFields), { ...neuronFields.defaults, epochs: 300, seed: 7 });
  trainer.delete();
});
