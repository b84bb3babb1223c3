// Chapter 1's run, the post's single neuron, as a field table (core/fields.js): the data (hours,
// labels), the training settings, the hours to predict and an optional start. The defaults are the
// post's run; every range in a hint comes from the engine's limits. (The CLI's longer help lines are
// in bin/one-neuron.mjs: the page has no use for their bytes.)
import { createFieldTable, FieldError } from '../../core/fields.js';
import { count, limit } from '../../core/format.js';

export const neuronFields = createFieldTable({
  hours: {
    kind: 'list',
    default: [1, 2, 3, 4, 5],
    label: 'Hours studied',
    panel: 'data',
    restarts: true,
  },
  labels: {
    kind: 'list',
    default: [0, 0, 1, 1, 1],
    label: 'Result',
    panel: 'data',
    restarts: true,
  },
  lr: {
    kind: 'number',
    default: 0.1,
    label: 'Learning rate',
    panel: 'settings',
    restarts: true,
    hint: (l) => `Above 0, at most ${limit(l.maxLearningRate)}. The post: 0.1`,
  },
  epochs: {
    kind: 'number',
    default: 5000,
    label: 'Epochs',
    panel: 'settings',
    hint: (l) => `Up to ${count(l.maxEpochs)}. The post: 5000`,
  },
  seed: {
    kind: 'number',
    default: 42,
    label: 'Seed',
    panel: 'settings',
    restarts: true,
    hint: () => 'Picks the starting weight. The post: 42',
  },
  test: {
    kind: 'list',
    default: [1.5, 2.5, 3.5, 6.0],
    label: 'Hours to predict',
    panel: 'prediction',
    hint: () => 'One value or a comma list, e.g. 1.5, 2.5, 3.5, 6',
  },
  w0: {
    kind: 'number',
    default: undefined,
    optional: true,
    label: 'Initial weight',
    panel: 'settings',
    restarts: true,
    hint: () => 'Empty: drawn from the seed',
  },
  b0: {
    kind: 'number',
    default: undefined,
    optional: true,
    label: 'Initial bias',
    panel: 'settings',
    restarts: true,
    hint: () => 'Empty: 0, as in the post',
  },
  // The learning rates trained beside the run (panels/comparison/): not a restart, the run goes on.
  compare: {
    kind: 'list',
    default: undefined,
    optional: true,
    label: 'Compared learning rates',
    panel: 'rates',
    hint: (l) => `Each above 0, at most ${limit(l.maxLearningRate)}; up to ${MAX_COMPARED} rates`,
  },
});

export const MAX_COMPARED = 6; // each compared rate is one more trainer trained every frame

/** The engine's rule for `lr`, applied to each compared rate: throws a FieldError naming `compare`. */
export function checkCompared(engine, rates = []) {
  if (rates.length > MAX_COMPARED)
    throw new FieldError('compare', `at most ${MAX_COMPARED} rates, got ${rates.length}`);
  rates.forEach((lr, i) => {
    if (rates.indexOf(lr) < i) throw new FieldError('compare', `${lr} is listed twice`);
    try {
      engine.neuron.validate({ lr });
    } catch (error) {
      throw new FieldError('compare', `rate ${i + 1} ${error.message.replace(/^lr: /, '')}`);
    }
  });
}
