// The neuron's trainer over the module's neuron... functions (cpp/bindings/neuron.cpp): every argument's
// type is checked here, the engine checks the values. The API is documented in index.d.ts.
import { engineCall, number, numberList, start } from './errors.js';
import { checked, gridOf, trainerOf } from './model.js';

const CONFIG_FIELDS = { hours: numberList, labels: numberList, lr: number, seed: number, w0: number, b0: number };
const RUN_FIELDS = { ...CONFIG_FIELDS, epochs: number, test: numberList };
const grid = gridOf(['weightMin', 'weightMax', 'biasMin', 'biasMax', 'columns', 'rows']);

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

export function neuronOf(module) {
  return Object.freeze({
    validate(config) {
      engineCall(() => module.neuronValidate(checked(config, RUN_FIELDS)));
    },
    createTrainer(config = {}) {
      const handle = engineCall(() => module.neuronCreate(checked(config, CONFIG_FIELDS)));
      return trainerOf(module, 'neuron', METHODS, handle);
    },
  });
}
