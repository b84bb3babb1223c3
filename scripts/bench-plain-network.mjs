// The post's network (2 inputs, sigmoid hidden units, a sigmoid output) in plain JavaScript, written for
// the benchmark (scripts/bench-network.mjs) only: the same formulas and summation order as the C++
// engine (cpp/engine/network/network.cpp), so its results agree with the engine's to a few ulps (only
// Math.exp and Math.log may round differently from musl's exp and the C library's log), and the timing
// compares languages rather than algorithms. Not used by the page or the CLI, which run the WASM engine.
const EPSILON = 1e-9;
const BLOCK = 128; // NumPy's PW_BLOCKSIZE

/** NumPy's pairwise_sum for at most 128 values from `begin`: in order below 8, else 8 running sums, then the rest. */
function leafSum(values, begin, count) {
  let sum = 0;
  if (count < 8) {
    for (let i = 0; i < count; i += 1) sum += values[begin + i];
    return sum;
  }
  const r = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => values[begin + j]);
  let i = 8;
  for (; i < count - (count % 8); i += 8) {
    for (let j = 0; j < 8; j += 1) r[j] += values[begin + i + j];
  }
  sum = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
  for (; i < count; i += 1) sum += values[begin + i];
  return sum;
}

/** NumPy's pairwise sum of values[begin, begin + count), as numeric/pairwise_sum.hpp. */
function pairwiseSum(values, begin, count) {
  if (count <= BLOCK) return leafSum(values, begin, count);
  let half = Math.floor(count / 2);
  half -= half % 8;
  return pairwiseSum(values, begin, half) + pairwiseSum(values, begin + half, count - half);
}

/** Buffers for one epoch over n points and `hidden` units, reused from epoch to epoch (as the engine's Pass). */
function scratch(n, hidden) {
  return {
    h: new Float64Array(n * hidden),
    probability: new Float64Array(n),
    error: new Float64Array(n),
    sentBack: new Float64Array(n * hidden),
    terms: new Float64Array(n),
    gW1: new Float64Array(2 * hidden),
    gb1: new Float64Array(hidden),
    gW2: new Float64Array(hidden),
  };
}

// Forward: z1 = x @ W1 + b1 (products added in input order, then the bias), h = sigmoid(z1);
// z2 = h @ W2 + b2, p = sigmoid(z2).
function forward(inputs, n, hidden, p, s) {
  for (let i = 0; i < n; i += 1) {
    const x1 = inputs[2 * i];
    const x2 = inputs[2 * i + 1];
    let z2 = 0;
    for (let unit = 0; unit < hidden; unit += 1) {
      const z1 = 0 + x1 * p.W1[unit] + x2 * p.W1[hidden + unit] + p.b1[unit];
      const h = 1 / (1 + Math.exp(-z1));
      s.h[i * hidden + unit] = h;
      z2 += h * p.W2[unit];
    }
    s.probability[i] = 1 / (1 + Math.exp(-(z2 + p.b2)));
  }
}

// The post's loss: -mean(y log(p + 1e-9) + (1 - y) log(1 - p + 1e-9)), the mean summed pairwise. The
// label is exactly 0 or 1, so the other log term adds exactly 0.
function loss(labels, n, s) {
  for (let i = 0; i < n; i += 1) {
    const p = s.probability[i];
    s.terms[i] = Math.log(labels[i] === 1 ? p + EPSILON : 1 - p + EPSILON);
  }
  return -(pairwiseSum(s.terms, 0, n) / n);
}

// Backward: error = p - y; dW2 = h.T @ error / n, db2 = mean(error); dz1 = (error W2) h (1 - h);
// dW1 = x.T @ dz1 / n (products in point order), db1 = mean(dz1) (rows in order; pairwise for one unit).
function backward(inputs, labels, n, hidden, p, s) {
  for (let i = 0; i < n; i += 1) s.error[i] = s.probability[i] - labels[i];
  for (let unit = 0; unit < hidden; unit += 1) {
    let sum = 0;
    for (let i = 0; i < n; i += 1) sum += s.h[i * hidden + unit] * s.error[i];
    s.gW2[unit] = sum / n;
  }
  const gb2 = pairwiseSum(s.error, 0, n) / n;
  for (let i = 0; i < n; i += 1) {
    for (let unit = 0; unit < hidden; unit += 1) {
      const h = s.h[i * hidden + unit];
      s.sentBack[i * hidden + unit] = s.error[i] * p.W2[unit] * (h * (1 - h));
    }
  }
  for (let k = 0; k < 2; k += 1) {
    for (let unit = 0; unit < hidden; unit += 1) {
      let sum = 0;
      for (let i = 0; i < n; i += 1) sum += inputs[2 * i + k] * s.sentBack[i * hidden + unit];
      s.gW1[k * hidden + unit] = sum / n;
    }
  }
  for (let unit = 0; unit < hidden; unit += 1) {
    let sum = s.sentBack[unit];
    for (let i = 1; i < n; i += 1) sum += s.sentBack[i * hidden + unit];
    s.gb1[unit] = hidden === 1 ? pairwiseSum(s.sentBack, 0, n) / n : sum / n;
  }
  return gb2;
}

function descend(values, gradient, lr) {
  for (let i = 0; i < values.length; i += 1) values[i] -= lr * gradient[i];
}

/**
 * Train like the engine's network Trainer (sigmoid hidden units, at least one): `epochs` full-batch
 * epochs at rate `lr` from `start` ({ hidden, W1, b1, W2, b2 }, copied). inputs: Float64Array of x1, x2
 * per point; labels: Float64Array of 0/1. Returns { W1, b1, W2, b2, loss } with the loss at the final weights.
 */
export function trainPlainNetwork(inputs, labels, lr, epochs, start) {
  const n = labels.length;
  const { hidden } = start;
  const p = { W1: Float64Array.from(start.W1), b1: Float64Array.from(start.b1), W2: Float64Array.from(start.W2) };
  p.b2 = start.b2;
  const s = scratch(n, hidden);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    forward(inputs, n, hidden, p, s);
    loss(labels, n, s);
    const gb2 = backward(inputs, labels, n, hidden, p, s);
    descend(p.W1, s.gW1, lr);
    descend(p.b1, s.gb1, lr);
    descend(p.W2, s.gW2, lr);
    p.b2 -= lr * gb2;
  }
  forward(inputs, n, hidden, p, s);
  return { ...p, loss: loss(labels, n, s) };
}
