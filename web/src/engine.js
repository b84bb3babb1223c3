// Loader for the WASM engine (cpp/, built by `npm run build` into ./generated). Loads the module once
// and hands out trainers. Used by the page, the <one-neuron> component and the Node CLI.
import createOneNeuronModule from './generated/one_neuron.js';
import { DEFAULTS, FieldError } from './config.js';

let loading = null;

/**
 * Load the engine once. In Node pass `{ wasmBinary }` (the bytes of one_neuron.wasm): Emscripten 3.1.6
 * cannot fetch its .wasm by path there. In a browser it finds the .wasm next to the module.
 */
export function loadEngine(moduleOptions = {}) {
  if (!loading) {
    loading = createOneNeuronModule(moduleOptions).then(engineOf);
    loading.catch(() => {
      loading = null; // let a later call try again
    });
  }
  return loading;
}

/** The engine's API over a loaded module (also for `npm run bench --wasm DIR`, which loads its own). */
export function engineOf(module) {
  return {
    createTrainer: (config) => createTrainer(module, config),
    /** Throws an Error naming epochs unless it is a whole number 0..10000000. */
    checkEpochs: (epochs) => module.checkEpochs(number('epochs', epochs)),
    /** Bytes allocated in WASM memory and not yet freed (for leak tests). */
    heapBytesInUse: () => module.heapBytesInUse(),
  };
}

function numberList(field, value) {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) throw new FieldError(field, 'must be a list of numbers');
  for (const item of value) {
    if (typeof item !== 'number') throw new FieldError(field, 'must be a list of numbers');
  }
  return value;
}

function number(field, value) {
  if (typeof value !== 'number') throw new FieldError(field, 'must be a number');
  return value;
}

/**
 * A trainer for `config` ({ hours, labels, lr, seed, w0?, b0? }; missing fields take the post's
 * values). Its methods: train(epochs), step(), reset(), predict(hours), predictMany(hours),
 * evaluate(), lossHistory() (a Float64Array copy; entry i is the loss of epoch i * lossStride()),
 * lossHistorySince(index) (entries from index on), lossStride(), epoch(), weight(), bias(),
 * initialWeight(), initialBias(), loss(), weightGradient(), biasGradient(); call delete() when done.
 *
 * The descent path: weightHistorySince(index) and biasHistorySince(index) (Float64Array copies;
 * entry i is the weight or bias at the start of epoch i * pathStride(), where that epoch's loss was
 * evaluated; the path ends at weight(), bias()), pathStride().
 *
 * The loss landscape: lossLandscape({ weightMin, weightMax, biasMin, biasMax, columns, rows }) -> a
 * Float64Array of columns * rows losses for the trainer's data, row-major: entry r * columns + c is
 * the loss (exactly what training computes) at weight weightMin + (weightMax - weightMin) * c / (columns - 1)
 * and bias biasMin + (biasMax - biasMin) * r / (rows - 1) (the last column and row exactly at the max).
 * Rows go up in bias. Sizes are whole numbers 2..1000; the ends finite within ±1e15, min < max.
 *
 * Invalid values throw an Error whose message starts with the field's name.
 */
function createTrainer(module, config = {}) {
  const c = { ...DEFAULTS, ...config };
  const checked = {
    hours: numberList('hours', c.hours),
    labels: numberList('labels', c.labels),
    lr: number('lr', c.lr),
    seed: number('seed', c.seed),
  };
  if (c.w0 !== undefined) checked.w0 = number('w0', c.w0);
  if (c.b0 !== undefined) checked.b0 = number('b0', c.b0);
  return trainerOf(module, module.createTrainer(checked));
}

// The module's trainer functions each take the trainer's handle first (cpp/bindings.cpp).
const TRAINER_METHODS = [
  'train',
  'step',
  'reset',
  'predict',
  'predictMany',
  'evaluate',
  'lossHistory',
  'lossHistorySince',
  'lossStride',
  'weightHistorySince',
  'biasHistorySince',
  'pathStride',
  'lossLandscape',
  'epoch',
  'weight',
  'bias',
  'initialWeight',
  'initialBias',
  'loss',
  'weightGradient',
  'biasGradient',
];

function trainerOf(module, handle) {
  const trainer = {
    delete() {
      live();
      module.deleteTrainer(handle);
      handle = 0;
    },
  };
  // After delete() the handle is gone: a call would reach freed memory, so it throws instead.
  const live = () => {
    if (!handle) throw new Error('trainer: already deleted');
  };
  for (const name of TRAINER_METHODS) {
    trainer[name] = (...args) => {
      live();
      return module[name](handle, ...args);
    };
  }
  return trainer;
}
