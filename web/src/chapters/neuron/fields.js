// Chapter 1's run, the post's single neuron, as a field table (core/fields.js): the data (hours,
// labels), the training settings, the hours to predict and an optional start. The defaults are the
// post's run; every range in a help text comes from the engine's limits.
import { createFieldTable } from '../../core/fields.js';
import { count } from '../../core/format.js';

// 1000000 -> "1e6" (as the engine's messages write it), 100 -> "100".
const limit = (x) => (x >= 1e6 && Number.isInteger(Math.log10(x)) ? `1e${Math.log10(x)}` : String(x));

export const neuronFields = createFieldTable({
  hours: {
    kind: 'list',
    default: [1, 2, 3, 4, 5],
    label: 'Hours studied',
    panel: 'data',
    restarts: true,
    help: (l) => `hours studied, one per example, each from -${limit(l.maxAbsHours)} to ${limit(l.maxAbsHours)}`,
  },
  labels: {
    kind: 'list',
    default: [0, 0, 1, 1, 1],
    label: 'Result',
    panel: 'data',
    restarts: true,
    help: () => 'pass (1) or fail (0), one per example',
  },
  lr: {
    kind: 'number',
    default: 0.1,
    label: 'Learning rate',
    panel: 'settings',
    restarts: true,
    help: (l) => `learning rate, greater than 0, at most ${limit(l.maxLearningRate)}`,
    hint: (l) => `Above 0, at most ${limit(l.maxLearningRate)}. The post: 0.1`,
  },
  epochs: {
    kind: 'number',
    default: 5000,
    label: 'Epochs',
    panel: 'settings',
    help: (l) => `epochs to train, a whole number 0..${l.maxEpochs}`,
    hint: (l) => `Up to ${count(l.maxEpochs)}. The post: 5000`,
  },
  seed: {
    kind: 'number',
    default: 42,
    label: 'Seed',
    panel: 'settings',
    restarts: true,
    help: (l) => `seed of the starting weight, a whole number 0..${l.maxSeed}`,
    hint: () => 'Picks the starting weight. The post: 42',
  },
  test: {
    kind: 'list',
    default: [1.5, 2.5, 3.5, 6.0],
    label: 'Hours to predict',
    panel: 'prediction',
    help: (l) =>
      `hours to predict a pass probability for, each from -${limit(l.maxAbsHours)} to ${limit(l.maxAbsHours)}`,
    hint: () => 'One value or a comma list, e.g. 1.5, 2.5, 3.5, 6',
  },
  w0: {
    kind: 'number',
    default: undefined,
    optional: true,
    label: 'Initial weight',
    panel: 'settings',
    restarts: true,
    help: (l) =>
      `initial weight, from -${limit(l.maxAbsInitial)} to ${limit(l.maxAbsInitial)} (default: drawn from the seed)`,
    hint: () => 'Empty: drawn from the seed',
  },
  b0: {
    kind: 'number',
    default: undefined,
    optional: true,
    label: 'Initial bias',
    panel: 'settings',
    restarts: true,
    help: (l) => `initial bias, from -${limit(l.maxAbsInitial)} to ${limit(l.maxAbsInitial)} (default: 0)`,
    hint: () => 'Empty: 0, as in the post',
  },
});
