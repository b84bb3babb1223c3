// The network's trainer over the module's network... functions (cpp/bindings/network.cpp): every
// argument's type is checked here, the engine checks the values. The API is documented in index.d.ts.
import { engineCall, fieldError, number, numberList, start } from './errors.js';
import { checked, gridOf, trainerOf } from './model.js';

/** `value` if it is a string (the engine names the ones it knows: "dataset: must be ring, xor or clusters"). */
function text(field, value) {
  if (typeof value !== 'string') throw fieldError(field, 'must be a string');
  return value;
}

const CONFIG_FIELDS = {
  dataset: text,
  points: number,
  dataSeed: number,
  noise: number,
  data: numberList,
  hidden: number,
  activation: text,
  lr: number,
  seed: number,
  start: numberList,
};
const RUN_FIELDS = { ...CONFIG_FIELDS, epochs: number, test: numberList };
const grid = gridOf(['x1Min', 'x1Max', 'x2Min', 'x2Max', 'columns', 'rows']);

/** map()'s `into`: an earlier map of the same grid, whose arrays the engine refills; or none. */
function earlierMap(value) {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object') throw fieldError('into', 'must be an earlier map or left out');
  return { probability: value.probability, units: value.units };
}

// name -> what its arguments must be; each module function is `network` + the capitalised name and
// takes the trainer's handle first.
const METHODS = {
  train: [(epochs) => number('epochs', epochs)],
  step: [],
  reset: [],
  predict: [(x1) => number('test', x1), (x2) => number('test', x2)],
  predictMany: [(test) => numberList('test', test)],
  evaluate: [],
  parameters: [],
  initial: [],
  points: [],
  map: [grid, earlierMap],
  line: [],
  example: [(row) => number('row', row)],
  lossHistory: [],
  lossHistorySince: [(index) => start('start', index)],
  lossStride: [],
  epoch: [],
  loss: [],
  accuracy: [],
};

export function networkOf(module) {
  return Object.freeze({
    limits: Object.freeze({ ...module.networkLimits() }),
    validate(config) {
      engineCall(() => module.networkValidate(checked(config, RUN_FIELDS)));
    },
    createTrainer(config = {}) {
      const handle = engineCall(() => module.networkCreate(checked(config, CONFIG_FIELDS)));
      return trainerOf(module, 'network', METHODS, handle);
    },
  });
}
