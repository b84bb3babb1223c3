// The neuron's trainer over the module's neuron... functions (cpp/bindings/neuron.cpp): every argument's
// type is checked here, the engine checks the values. The API is documented in index.d.ts.
import { engineCall, fieldError, number, numberList, start } from './errors.js';

const CONFIG_FIELDS = { hours: numberList, labels: numberList, lr: number, seed: number, w0: number, b0: number };
const RUN_FIELDS = { ...CONFIG_FIELDS, epochs: number, test: numberList };
const GRID_FIELDS = ['weightMin', 'weightMax', 'biasMin', 'biasMax', 'columns', 'rows'];

// Only the given fields, each of its type: the engine fills in the rest with the post's values.
function checked(config, fields) {
  if (config === null || typeof config !== 'object') throw fieldError('config', 'must be an object');
  const result = {};
  for (const [name, check] of Object.entries(fields)) {
    if (config[name] !== undefined) result[name] = check(name, config[name]);
  }
  return result;
}

function grid(value) {
  if (value === null || typeof value !== 'object') {
    throw fieldError('grid', `must be an object { ${GRID_FIELDS.join(', ')} }`);
  }
  return Object.fromEntries(GRID_FIELDS.map((name) => [name, number(name, value[name])]));
}

// name -> what its arguments must be; each module function is `neuron` + the capitalised name and
// takes the trainer's handle first.
const METHODS = {
  train: [(epochs) => number('epochs', epochs)],
  step: [],
  reset: [],
  predict: [(hours) => number('test', hours)],
  predictMany: [(hours) => numberList('test', hours)],
  evaluate: [],
  example: [(row) => number('row', row)],
  lossHistory: [],
  lossHistorySince: [(index) => start('start', index)],
  lossStride: [],
  weightHistorySince: [(index) => start('start', index)],
  biasHistorySince: [(index) => start('start', index)],
  pathStride: [],
  lossLandscape: [grid],
  epoch: [],
  weight: [],
  bias: [],
  initialWeight: [],
  initialBias: [],
  loss: [],
  weightGradient: [],
  biasGradient: [],
};

function trainerOf(module, handle) {
  // After delete() the handle is gone: a call would reach freed memory, so it throws instead.
  const live = () => {
    if (!handle) throw new Error('trainer: already deleted');
  };
  const trainer = {
    delete() {
      live();
      module.neuronDelete(handle);
      handle = 0;
    },
  };
  for (const [name, checks] of Object.entries(METHODS)) {
    const call = module[`neuron${name[0].toUpperCase()}${name.slice(1)}`];
    trainer[name] = (...args) => {
      live();
      const values = checks.map((check, i) => check(args[i]));
      return engineCall(() => call(handle, ...values));
    };
  }
  return Object.freeze(trainer);
}

export function neuronOf(module) {
  return Object.freeze({
    validate(config) {
      engineCall(() => module.neuronValidate(checked(config, RUN_FIELDS)));
    },
    createTrainer(config = {}) {
      const handle = engineCall(() => module.neuronCreate(checked(config, CONFIG_FIELDS)));
      return trainerOf(module, handle);
    },
  });
}
