// The network's trainer over the module's network... functions (cpp/bindings/network.cpp): every
// argument's type is checked here, the engine checks the values. The API is documented in index.d.ts.
import { engineCall, fieldError, number, numberList, start } from './errors.js';

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
};
const RUN_FIELDS = { ...CONFIG_FIELDS, epochs: number, test: numberList };
const GRID_FIELDS = ['x1Min', 'x1Max', 'x2Min', 'x2Max', 'columns', 'rows'];

// Only the given fields, each of its type: the engine fills in the rest with the reference's values.
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
  map: [grid],
  line: [],
  example: [(row) => number('row', row)],
  lossHistory: [],
  lossHistorySince: [(index) => start('start', index)],
  lossStride: [],
  epoch: [],
  loss: [],
  accuracy: [],
};

function trainerOf(module, handle) {
  // After delete() the handle is gone: a call would reach freed memory, so it throws instead.
  const live = () => {
    if (!handle) throw new Error('trainer: already deleted');
  };
  const trainer = {
    delete() {
      live();
      module.networkDelete(handle);
      handle = 0;
    },
  };
  for (const [name, checks] of Object.entries(METHODS)) {
    const call = module[`network${name[0].toUpperCase()}${name.slice(1)}`];
    trainer[name] = (...args) => {
      live();
      const values = checks.map((check, i) => check(args[i]));
      return engineCall(() => call(handle, ...values));
    };
  }
  return Object.freeze(trainer);
}

export function networkOf(module) {
  return Object.freeze({
    limits: Object.freeze({ ...module.networkLimits() }),
    validate(config) {
      engineCall(() => module.networkValidate(checked(config, RUN_FIELDS)));
    },
    createTrainer(config = {}) {
      const handle = engineCall(() => module.networkCreate(checked(config, CONFIG_FIELDS)));
      return trainerOf(module, handle);
    },
  });
}
