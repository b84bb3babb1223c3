// Chapter 2's run, the network with one hidden layer of reference_network.py, as a field table
// (core/fields.js): the data (a seeded generator, or explicit points), the layer, the training
// settings and the points to predict. The defaults are the reference's run; the names are its flags
// (and the URL hash's keys, the <one-neuron> attributes); engineConfig() turns a state into the
// engine's config (which spells data-seed `dataSeed`).
import { createFieldTable } from '../../core/fields.js';
import { count, limit } from '../../core/format.js';

export const networkFields = createFieldTable({
  dataset: {
    kind: 'word',
    default: 'ring',
    label: 'Data set',
    panel: 'data',
    restarts: true,
    hint: () => 'ring, xor or clusters. The post: ring',
  },
  points: {
    kind: 'number',
    default: 200,
    label: 'Points',
    panel: 'data',
    restarts: true,
    hint: (l) => `1 to ${count(l.maxPoints)}`,
  },
  'data-seed': {
    kind: 'number',
    default: 1,
    label: 'Data seed',
    panel: 'data',
    restarts: true,
    hint: () => 'Picks the points',
  },
  noise: {
    kind: 'number',
    default: 0,
    label: 'Noise',
    panel: 'data',
    restarts: true,
    hint: (l) => `0 to ${l.maxNoise}`,
  },
  data: {
    kind: 'list',
    default: undefined,
    optional: true,
    label: 'Points (x1, x2, label)',
    panel: 'data',
    restarts: true,
    hint: () => 'Empty: the data set above. Else x1, x2, label for each point',
  },
  hidden: {
    kind: 'number',
    default: 4,
    label: 'Hidden units',
    panel: 'settings',
    restarts: true,
    hint: (l) => `0 (one neuron) to ${l.maxHidden}`,
  },
  activation: {
    kind: 'word',
    default: 'sigmoid',
    label: 'Activation',
    panel: 'settings',
    restarts: true,
    hint: () => 'sigmoid, linear, tanh or relu',
  },
  lr: {
    kind: 'number',
    default: 1,
    label: 'Learning rate',
    panel: 'settings',
    restarts: true,
    hint: (l) => `Above 0, at most ${limit(l.maxLearningRate)}`,
  },
  epochs: {
    kind: 'number',
    default: 3000,
    label: 'Epochs',
    panel: 'settings',
    hint: (l) => `Up to ${count(l.maxEpochs)}`,
  },
  seed: {
    kind: 'number',
    default: 42,
    label: 'Seed',
    panel: 'settings',
    restarts: true,
    hint: () => 'Picks the starting weights',
  },
  start: {
    kind: 'list',
    default: undefined,
    optional: true,
    label: 'Starting weights',
    panel: 'network',
    restarts: true,
    hint: () => 'Empty: drawn from the seed. Else W1, b1, W2, b2, set by typing a weight into the network',
  },
  test: {
    kind: 'list',
    default: [0, 0, 0.25, 0.25, 0.75, 0, 1.25, 0, 0, 1.5],
    label: 'Points to predict',
    panel: 'pass', // its field is in the pass panel (panels/predict.js)
    hint: () => 'x1, x2 for each point, e.g. 0, 0, 1.25, 0',
  },
});

// The field names whose engine spelling differs.
const ENGINE_NAMES = Object.freeze({ 'data-seed': 'dataSeed' });
const FIELD_NAMES = Object.freeze(Object.fromEntries(Object.entries(ENGINE_NAMES).map(([a, b]) => [b, a])));

/** A state (field values by name) -> the engine's config; `data` replaces the generator when given. */
export function engineConfig(state) {
  const config = {};
  for (const [name, value] of Object.entries(state)) {
    if (value !== undefined) config[ENGINE_NAMES[name] ?? name] = value;
  }
  return config;
}

/** The field name for an engine error's field ("dataSeed" -> "data-seed"). */
export const fieldName = (engineField) => FIELD_NAMES[engineField] ?? engineField;
