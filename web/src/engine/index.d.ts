// The engine's JS API (web/src/engine/): the one place it is documented. The WASM module it loads is
// built from cpp/ by `npm run build` (cpp/engine/ is the engine, cpp/bindings/ its Embind bindings).

/**
 * Every error about an argument or a value the engine refuses. The message starts with the field's
 * name and states the rule, e.g. `lr: must be a number greater than 0 and at most 100, got 0`.
 */
export class EngineError extends Error {
  constructor(message: string, field?: string | null);
  readonly name: 'EngineError';
  /** The field the message starts with (`"lr"`, `"epochs"`, `"test"`, `"row"`, `"grid"`...), or null. */
  readonly field: string | null;
}

/** A list of numbers: an array or a typed array. */
export type NumberList = readonly number[] | Float64Array | Float32Array | Int32Array;

/**
 * Every bound the engine enforces (cpp/engine/common/limits.hpp), as numbers. A value outside one
 * throws an EngineError naming its field.
 */
export interface Limits {
  /** Hours (training and test) lie in [-maxAbsHours, maxAbsHours]: 1e6. */
  readonly maxAbsHours: number;
  /** At most this many training examples (and test hours): 1000000. */
  readonly maxSamples: number;
  /** The learning rate is greater than 0 and at most this: 100. */
  readonly maxLearningRate: number;
  /** One train() call runs a whole number of epochs from 0 to this: 10000000. */
  readonly maxEpochs: number;
  /** Seeds are whole numbers from 0 to this (NumPy's legacy np.random.seed): 4294967295. */
  readonly maxSeed: number;
  /** A given starting weight or bias lies in [-maxAbsInitial, maxAbsInitial]: 1e6. */
  readonly maxAbsInitial: number;
  /** A loss landscape has from minGridSize (2) to maxGridSize (1000) columns and rows. */
  readonly minGridSize: number;
  readonly maxGridSize: number;
  /** A loss landscape's ranges lie in [-maxAbsGridEnd, maxAbsGridEnd]: 1e15. */
  readonly maxAbsGridEnd: number;
}

/**
 * A neuron's run. Every field is optional: a missing one takes the post's value (hours 1..5, labels
 * 0,0,1,1,1, lr 0.1, seed 42, w0 drawn from the seed as np.random.randn() does, b0 = 0).
 */
export interface NeuronConfig {
  /** Hours studied, one per example. */
  hours?: NumberList;
  /** One per hours value, each exactly 0 (fail) or 1 (pass). */
  labels?: NumberList;
  /** The learning rate. */
  lr?: number;
  /** The seed of the starting weight (ignored when w0 is given). */
  seed?: number;
  /** A starting weight instead of the seed's. */
  w0?: number;
  /** A starting bias instead of 0. */
  b0?: number;
}

/** A config plus what a run does with it: the epochs to train and the hours to predict. */
export interface NeuronRun extends NeuronConfig {
  epochs?: number;
  test?: NumberList;
}

/** Loss and gradients at the current weight and bias, and where the next step() goes. */
export interface Evaluation {
  /** Mean binary cross-entropy over the data (exactly what training records). */
  loss: number;
  /** dw = mean((p - y) * x). */
  weightGradient: number;
  /** db = mean(p - y). */
  biasGradient: number;
  /** weight - lr * dw: the weight the next step() gives, bit for bit. */
  nextWeight: number;
  /** bias - lr * db: the bias the next step() gives, bit for bit. */
  nextBias: number;
}

/** One training example at the current weight and bias (n examples in all). */
export interface Example {
  hours: number;
  /** 0 or 1. */
  label: number;
  /** z = weight * hours + bias. */
  z: number;
  /** sigmoid(z): exactly what predict(hours) gives. */
  probability: number;
  /** -(y log(p + 1e-9) + (1 - y) log(1 - p + 1e-9)): this example's term of the loss (before the mean). */
  lossTerm: number;
  /** p - y. */
  error: number;
  /** error * hours / n: this example's share of the weight gradient. */
  weightPart: number;
  /** error / n: its share of the bias gradient. */
  biasPart: number;
}

/**
 * The weights and biases of a loss landscape: `columns` weights evenly spaced from weightMin to
 * weightMax and `rows` biases from biasMin to biasMax (whole numbers 2..1000; ends finite within
 * ±1e15; min < max).
 */
export interface LandscapeGrid {
  weightMin: number;
  weightMax: number;
  biasMin: number;
  biasMax: number;
  columns: number;
  rows: number;
}

/**
 * The post's neuron, trained by full-batch gradient descent in WASM memory. Every method checks its
 * arguments (an EngineError naming the field) and has no other side effect than the one it names.
 * Call delete() when done; after it every method throws Error("trainer: already deleted").
 */
export interface NeuronTrainer {
  /** `epochs` more epochs, a whole number 0..limits.maxEpochs (EngineError field "epochs"). */
  train(epochs: number): void;
  /** One epoch: record the loss at the current weights and where it was evaluated, then descend. */
  step(): void;
  /** Back to epoch 0 and the same starting weight and bias. */
  reset(): void;
  /** The pass probability for `hours` at the current weights (EngineError field "test"). */
  predict(hours: number): number;
  /** predict() for each of a list of hours (EngineError field "test"). */
  predictMany(hours: NumberList): Float64Array;
  /** Loss and gradients at the current weights, and the next step's weight and bias. */
  evaluate(): Evaluation;
  /** Training example `row`, a whole number 0..n-1 (EngineError field "row"). */
  example(row: number): Example;
  /**
   * The loss of each recorded epoch (a copy): entry i is the loss of epoch i * lossStride(), before
   * that epoch's update. Every epoch is kept up to 1,048,576; then every other entry is dropped and
   * the stride doubles.
   */
  lossHistory(): Float64Array;
  /**
   * lossHistory()'s entries from index `start` on: a whole number from 0, or Infinity; at or past
   * the end, an empty array (EngineError field "start" otherwise).
   */
  lossHistorySince(start: number): Float64Array;
  lossStride(): number;
  /**
   * The descent path: entry i is the weight (biasHistorySince: the bias) at the start of epoch
   * i * pathStride(), where that epoch's loss was evaluated; the path ends at weight(), bias().
   * From index `start` on, as lossHistorySince.
   */
  weightHistorySince(start: number): Float64Array;
  biasHistorySince(start: number): Float64Array;
  pathStride(): number;
  /**
   * The loss over a grid for the trainer's data (the very loss training computes), row-major:
   * entry r * columns + c is the loss at weight weightMin + (weightMax - weightMin) * c / (columns - 1)
   * and bias biasMin + (biasMax - biasMin) * r / (rows - 1), the last column and row exactly at the
   * max. Rows go up in bias. Not an object: EngineError field "grid"; a bad number: its own name.
   */
  lossLandscape(grid: LandscapeGrid): Float64Array;
  /** Epochs trained since the start or the last reset(). */
  epoch(): number;
  weight(): number;
  bias(): number;
  initialWeight(): number;
  initialBias(): number;
  /** Loss and gradients of the last completed epoch (0 before the first). */
  loss(): number;
  weightGradient(): number;
  biasGradient(): number;
  /** Frees the trainer's WASM memory. */
  delete(): void;
}

/** The neuron model. */
export interface NeuronModel {
  /**
   * Every check createTrainer(config), train(config.epochs) and predictMany(config.test) would make,
   * without building a trainer: throws an EngineError naming the first bad field; returns nothing.
   */
  validate(config: NeuronRun): void;
  /** A trainer at epoch 0 (EngineError naming the field if the config breaks a rule). */
  createTrainer(config?: NeuronConfig): NeuronTrainer;
}

/**
 * The network's bounds (cpp/engine/common/limits.hpp, kNetwork), as numbers. A value outside one
 * throws an EngineError naming its field.
 */
export interface NetworkLimits {
  /** A data set has from 1 to maxPoints points (generated or given): 100000. */
  readonly maxPoints: number;
  /** Coordinates x1, x2 (training, test and map points) lie in [-maxAbsCoordinate, maxAbsCoordinate]: 1e6. */
  readonly maxAbsCoordinate: number;
  /** From 0 to maxHidden hidden units: 16. */
  readonly maxHidden: number;
  /** A generator's noise lies in [0, maxNoise]: 1. */
  readonly maxNoise: number;
  /** The learning rate is greater than 0 and at most this: 100. */
  readonly maxLearningRate: number;
  /** One train() call runs a whole number of epochs from 0 to this: 10000000. */
  readonly maxEpochs: number;
  /** seed and dataSeed are whole numbers from 0 to this: 4294967295. */
  readonly maxSeed: number;
  /** A step that would take a weight, a bias or the loss beyond ±maxAbsParameter (1e20) is refused. */
  readonly maxAbsParameter: number;
  /** A given starting weight or bias (`start`) lies in [-maxAbsInitial, maxAbsInitial]: 1e6. */
  readonly maxAbsInitial: number;
  /** A map of the plane has from minMapSize (2) to maxMapSize (400) columns and rows. */
  readonly minMapSize: number;
  readonly maxMapSize: number;
}

/**
 * A network's run (reference_network.py's). Every field is optional: a missing one takes the
 * reference's value (the post's ring: 200 points, data seed 1, no noise; 4 sigmoid hidden units,
 * lr 1, seed 42).
 */
export interface NetworkConfig {
  /** The generator: "ring" (the post's dots in a ring around dots in the middle), "xor" or "clusters". */
  dataset?: 'ring' | 'xor' | 'clusters';
  /** How many points the generator draws: half labelled 1 (rounded down), the rest 0. */
  points?: number;
  /** The generator's seed (np.random.seed(dataSeed) before the draws). */
  dataSeed?: number;
  /** Every coordinate plus noise * randn(), 0..1. */
  noise?: number;
  /** Explicit points instead of a generator: x1, x2, label for each (label 0 or 1). */
  data?: NumberList;
  /** Hidden units, 0..16 (0: one neuron on x1, x2). */
  hidden?: number;
  /** The hidden units' bend. */
  activation?: 'sigmoid' | 'linear' | 'tanh' | 'relu';
  /** The learning rate. */
  lr?: number;
  /** The seed of the starting weights (np.random.seed(seed); W1 = randn(2, hidden); W2 = randn(hidden, 1)). */
  seed?: number;
  /**
   * The starting weights instead of the seed's: W1 (row by row), b1, W2, b2 flattened, 4 x hidden + 1
   * numbers (3 with no hidden layer: W2's two and b2), each within ±maxAbsInitial.
   */
  start?: NumberList;
}

/** A config plus what a run does with it: the epochs to train and the points to predict (x1, x2 pairs). */
export interface NetworkRun extends NetworkConfig {
  epochs?: number;
  test?: NumberList;
}

/**
 * The weights and biases (or, from evaluate(), their gradients). W1 is 2 x hidden row by row: W1[i *
 * hidden + j] is the weight from input i (x1, x2) to hidden unit j. W2 is hidden x 1 (2 x 1 when
 * hidden is 0: the output reads x1, x2). With 0 hidden units W1 and b1 are empty.
 */
export interface NetworkParameters {
  hidden: number;
  W1: Float64Array;
  b1: Float64Array;
  W2: Float64Array;
  b2: number;
}

/** The loss at the current weights and its gradient for each weight and bias (what the next step uses). */
export interface NetworkGradients {
  loss: number;
  W1: Float64Array;
  b1: Float64Array;
  W2: Float64Array;
  b2: number;
}

/** The training points: inputs holds x1, x2 for each, labels 0 or 1. */
export interface NetworkPoints {
  inputs: Float64Array;
  labels: Float64Array;
}

/** A map of the plane: `columns` x1 values from x1Min to x1Max, `rows` x2 values (2..400; ends within ±1e6; min < max). */
export interface MapGrid {
  x1Min: number;
  x1Max: number;
  x2Min: number;
  x2Max: number;
  columns: number;
  rows: number;
}

/**
 * The output probability over a map's grid, row-major (entry r * columns + c at x1 of column c,
 * x2 of row r; rows go up in x2, the last column and row exactly at the max), and each hidden
 * unit's activation there: units[j * columns * rows + r * columns + c].
 */
export interface NetworkMap {
  columns: number;
  rows: number;
  probability: Float64Array;
  units: Float64Array;
}

/** A linear hidden layer collapsed: p = sigmoid(x1 w1 + x2 w2 + bias), (w1, w2) = W1 W2, bias = b1 W2 + b2. */
export interface CollapsedLine {
  w1: number;
  w2: number;
  bias: number;
}

/** One training point's forward and backward pass at the current weights. */
export interface PointPass {
  x1: number;
  x2: number;
  /** 0 or 1. */
  label: number;
  /** Each hidden unit's weighted sum. */
  z1: Float64Array;
  /** Each hidden unit's activation. */
  h: Float64Array;
  /** The output's weighted sum. */
  z2: number;
  /** sigmoid(z2): exactly what predict(x1, x2) gives. */
  probability: number;
  /** -(y log(p + 1e-9) + (1 - y) log(1 - p + 1e-9)). */
  lossTerm: number;
  /** p - y: the output's error. */
  error: number;
  /** Per hidden unit, the error sent back through W2 and the bend: error * W2[j] * h'(z1[j]). */
  sentBack: Float64Array;
}

/**
 * The post's network, trained by full-batch gradient descent in WASM memory, as reference_network.py
 * does. Every method checks its arguments (an EngineError naming the field). Call delete() when
 * done; after it every method throws Error("trainer: already deleted").
 */
export interface NetworkTrainer {
  /** `epochs` more epochs, a whole number 0..limits.maxEpochs (EngineError field "epochs"); see step(). */
  train(epochs: number): void;
  /**
   * One epoch: record the loss at the current weights, then descend. A step that would take a weight,
   * a bias or the loss beyond ±1e20 or to a non-finite number is refused (EngineError field "lr") and
   * the trainer stays at its last epoch.
   */
  step(): void;
  /** Back to epoch 0 and the same starting weights. */
  reset(): void;
  /** The output probability at (x1, x2), each within ±1e6 (EngineError field "test"). */
  predict(x1: number, x2: number): number;
  /** predict() for x1, x2 pairs (EngineError field "test"). */
  predictMany(test: NumberList): Float64Array;
  /** The loss and gradients at the current weights; no side effects. */
  evaluate(): NetworkGradients;
  /** The current weights and biases (copies). */
  parameters(): NetworkParameters;
  /** The starting weights and biases. */
  initial(): NetworkParameters;
  /** The training points (generated or given). */
  points(): NetworkPoints;
  /**
   * The output probability and each hidden unit's activation over a grid of the plane. With `into`, an
   * earlier map of the same size, its arrays are refilled and returned (no new arrays each frame), so
   * they change under whoever holds that earlier map; otherwise the arrays are new.
   */
  map(grid: MapGrid, into?: NetworkMap): NetworkMap;
  /** The collapsed straight line, for a linear hidden layer or none; null when the units bend. */
  line(): CollapsedLine | null;
  /** Training point `row`, a whole number 0..n-1 (EngineError field "row"). */
  example(row: number): PointPass;
  /** The loss of each recorded epoch (a copy), as NeuronTrainer.lossHistory(). */
  lossHistory(): Float64Array;
  lossHistorySince(start: number): Float64Array;
  lossStride(): number;
  /** Epochs trained since the start or the last reset(). */
  epoch(): number;
  /** The loss of the last completed epoch (0 before the first). */
  loss(): number;
  /** The share of training points on the right side of 0.5 at the current weights. */
  accuracy(): number;
  /** Frees the trainer's WASM memory. */
  delete(): void;
}

/** The network model. */
export interface NetworkModel {
  /** The network's bounds, frozen. */
  readonly limits: NetworkLimits;
  /**
   * Every check createTrainer(config), train(config.epochs) and predictMany(config.test) would make,
   * without building a trainer: throws an EngineError naming the first bad field; returns nothing.
   */
  validate(config: NetworkRun): void;
  /** A trainer at epoch 0 (EngineError naming the field if the config breaks a rule). */
  createTrainer(config?: NetworkConfig): NetworkTrainer;
}

export interface Engine {
  /** The engine's bounds, frozen. */
  readonly limits: Limits;
  /** Bytes allocated in WASM memory and not yet freed (for leak tests). */
  heapBytesInUse(): number;
  readonly neuron: NeuronModel;
}

/**
 * The network's module (network-engine.js: `loadNetworkEngine()`), a .wasm of its own so chapter 1's
 * page never loads it.
 */
export interface NetworkEngine {
  /** Bytes allocated in this module's WASM memory and not yet freed (for leak tests). */
  heapBytesInUse(): number;
  /** The network of chapter 2 (2 inputs, 0..16 hidden units, one sigmoid output). */
  readonly network: NetworkModel;
}

/** Options for the Emscripten module. */
export interface ModuleOptions {
  /**
   * The bytes of one_neuron.wasm. Needed in Node (Emscripten 3.1.6 cannot fetch its .wasm by path
   * there); in a browser the module finds the .wasm next to itself.
   */
  wasmBinary?: ArrayBuffer | Uint8Array;
}

/** Loads the WASM module once (later calls return the same promise; a failed load may be retried). */
export function loadEngine(moduleOptions?: ModuleOptions): Promise<Engine>;

/** The engine over an already instantiated module (`npm run bench --wasm DIR` loads its own). */
export function engineOf(module: object): Engine;
