// Chapter 2's run file (web/src/chapters/network/run-file.js): the record `one-neuron network --json`
// prints and the page saves reads back to the state it was run with, the reader's own points, typed
// starting weights and points to predict included; a bad list names its field.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engineConfig, networkFields } from '../../web/src/chapters/network/fields.js';
import { readRun, runJson } from '../../web/src/chapters/network/run-file.js';
import { loadTestNetworkEngine } from './golden.mjs';

test('a run file reads back to its state, with edited points, starting weights and test points', async () => {
  const { network } = await loadTestNetworkEngine();
  const states = [
    { ...networkFields.defaults, hidden: 3, lr: 2, epochs: 50, seed: 7 },
    { ...networkFields.defaults, hidden: 0, activation: 'tanh', epochs: 10, test: [0.5, -1.25] },
    {
      ...networkFields.defaults,
      data: [0, 0, 1, 0.5, -0.25, 0, 1e-7, 2.5, 1],
      hidden: 1,
      start: [0.1, -0.2, 0.3, 0.4, -0.5],
      epochs: 5,
    },
  ];
  for (const state of states) {
    const trainer = network.createTrainer(engineConfig(state));
    trainer.train(state.epochs);
    const text = runJson(state, trainer);
    trainer.delete();
    assert.equal(text.split('\n').length, 2, 'one line, as the CLI prints it');
    assert.deepEqual(readRun(text), state);
  }
});

test('a bad list in a run file names its field; a file of another chapter says which command', () => {
  const file = (config) => JSON.stringify({ config: { ...config } });
  assert.throws(() => readRun(file({ test: '0,0;1,x' })), { field: 'test', message: /^test: value 4 / });
  assert.throws(() => readRun(file({ data: '0,0,1;2,y,0' })), { field: 'data', message: /^data: value 5 / });
  assert.throws(() => readRun('{}'), { field: 'import', message: /`one-neuron network --json`$/ });
});
