// The post's neuron in plain JavaScript, written for the benchmark (scripts/bench.mjs) only: the same
// formulas and summation order as the C++ engine (cpp/engine/neuron/neuron.cpp), so its results agree with
// the engine's and NumPy's, and the timing compares languages rather than algorithms.
// Not used by the page or the CLI, which run the WASM engine.

const EPSILON = 1e-9;
const BLOCK = 128; // NumPy's PW_BLOCKSIZE

/**
 * One full-batch evaluation of examples [begin, begin + count) in NumPy's pairwise order: ranges
 * over 128 split in two (the first half a multiple of 8), smaller ones are summed in 8 lanes.
 * Adds each example's hours * error to `state.weightedError` in order (NumPy's x.T @ error).
 * Returns [sum of loss terms, sum of errors] and leaves the second in state.errorSum.
 */
function sweep(hours, labels, begin, count, weight, bias, state) {
  if (count > BLOCK) {
    let half = Math.floor(count / 2);
    half -= half % 8;
    const termSum = sweep(hours, labels, begin, half, weight, bias, state);
    const errorSum = state.errorSum;
    const termSum2 = sweep(hours, labels, begin + half, count - half, weight, bias, state);
    state.errorSum = errorSum + state.errorSum;
    return termSum + termSum2;
  }
  const terms = state.terms;
  const errors = state.errors;
  let weightedError = state.weightedError;
  for (let i = 0; i < count; i += 1) {
    const x = hours[begin + i];
    const y = labels[begin + i];
    const p = 1 / (1 + Math.exp(-(x * weight + bias)));
    // y is exactly 0 or 1: the other log term is multiplied by 0 and adds exactly 0.
    terms[i] = y === 1 ? Math.log(p + EPSILON) : Math.log(1 - p + EPSILON);
    const error = p - y;
    errors[i] = error;
    weightedError += x * error;
  }
  state.weightedError = weightedError;
  state.errorSum = leafSum(errors, count);
  return leafSum(terms, count);
}

/** NumPy's pairwise_sum for at most 128 values: 8 running sums, then the rest in order. */
function leafSum(values, count) {
  if (count < 8) {
    let sum = 0;
    for (let i = 0; i < count; i += 1) sum += values[i];
    return sum;
  }
  let r0 = values[0],
    r1 = values[1],
    r2 = values[2],
    r3 = values[3],
    r4 = values[4],
    r5 = values[5],
    r6 = values[6],
    r7 = values[7];
  let i = 8;
  for (; i < count - (count % 8); i += 8) {
    r0 += values[i];
    r1 += values[i + 1];
    r2 += values[i + 2];
    r3 += values[i + 3];
    r4 += values[i + 4];
    r5 += values[i + 5];
    r6 += values[i + 6];
    r7 += values[i + 7];
  }
  let sum = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
  for (; i < count; i += 1) sum += values[i];
  return sum;
}

/**
 * Train like the engine's Trainer: `epochs` full-batch epochs from (weight, bias) at rate `lr`.
 * hours and labels are Float64Arrays. Returns the final weight and bias and the last epoch's loss.
 */
export function trainPlainJs(hours, labels, lr, epochs, weight, bias) {
  const n = hours.length;
  const state = { terms: new Float64Array(BLOCK), errors: new Float64Array(BLOCK), weightedError: 0, errorSum: 0 };
  let loss = 0;
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    state.weightedError = 0;
    const termSum = sweep(hours, labels, 0, n, weight, bias, state);
    loss = -(termSum / n);
    weight -= lr * (state.weightedError / n);
    bias -= lr * (state.errorSum / n);
  }
  return { weight, bias, loss };
}
