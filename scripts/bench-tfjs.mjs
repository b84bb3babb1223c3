// The post's network in TensorFlow.js (npm's @tensorflow/tfjs, its CPU backend, and
// @tensorflow/tfjs-backend-wasm), written for the benchmark (scripts/bench-network.mjs) only: the same
// layers (2 inputs, sigmoid hidden units, a sigmoid output), the same points and starting weights as the
// engine's trainer, the post's loss (epsilon 1e-9) and plain full-batch gradient descent
// (tf.train.sgd, gradients by TensorFlow.js's autodiff), as a TensorFlow.js user would write it.
// TensorFlow.js computes in float32: its results agree with the engine's to float32 precision only.
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const EPSILON = 1e-9;
const require = createRequire(import.meta.url);

let loaded = null;

/** TensorFlow.js with the wasm backend registered (its .wasm files from the package's dist/ folder). */
export async function loadTfjs() {
  if (!loaded) {
    // Quiet: the CPU backend's hint about tfjs-node (not installable here) and the backends' notices.
    const warn = console.warn;
    const log = console.log;
    console.warn = console.log = () => {};
    try {
      const tf = require('@tensorflow/tfjs');
      const wasm = require('@tensorflow/tfjs-backend-wasm');
      wasm.setWasmPaths(`${dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}/`);
      await tf.setBackend('wasm');
      await tf.ready();
      await tf.setBackend('cpu');
      tf.tensor1d([0]).dispose(); // the CPU backend prints its hint on its first tensor
      loaded = { tf, version: tf.version.tfjs };
    } finally {
      console.warn = warn;
      console.log = log;
    }
  }
  return loaded;
}

// The network's tensors for one run: the points and labels as constants, the weights as variables.
function model(tf, { inputs, labels, start }) {
  const n = labels.length;
  const { hidden } = start;
  return {
    x: tf.tensor2d(Float32Array.from(inputs), [n, 2]),
    y: tf.tensor2d(Float32Array.from(labels), [n, 1]),
    notY: tf.tensor2d(
      Float32Array.from(labels, (label) => 1 - label),
      [n, 1],
    ),
    // tf.variable copies its first value: tidy disposes the tensor it was copied from.
    W1: tf.tidy(() => tf.variable(tf.tensor2d(Float32Array.from(start.W1), [2, hidden]))),
    b1: tf.tidy(() => tf.variable(tf.tensor1d(Float32Array.from(start.b1)))),
    W2: tf.tidy(() => tf.variable(tf.tensor2d(Float32Array.from(start.W2), [hidden, 1]))),
    b2: tf.tidy(() => tf.variable(tf.tensor1d([start.b2]))),
  };
}

// -mean(y log(p + 1e-9) + (1 - y) log(1 - p + 1e-9)) with p = sigmoid(sigmoid(x W1 + b1) W2 + b2).
function lossOf(tf, m) {
  const h = tf.sigmoid(tf.add(tf.matMul(m.x, m.W1), m.b1));
  const p = tf.sigmoid(tf.add(tf.matMul(h, m.W2), m.b2));
  const terms = tf.add(tf.mul(m.y, tf.log(tf.add(p, EPSILON))), tf.mul(m.notY, tf.log(tf.add(tf.sub(1, p), EPSILON))));
  return tf.neg(tf.mean(terms));
}

/**
 * `epochs` epochs of full-batch gradient descent at rate `lr` on `backend` ('cpu' or 'wasm') from
 * `start` ({ hidden, W1, b1, W2, b2 }). inputs: x1, x2 per point; labels: 0/1. Only the epochs (and
 * reading the final weights back) are on the clock. Returns { elapsed (ms), W1, b1, W2, b2, loss }
 * with the loss at the final weights (and initialLoss at the starting ones), as Float64Arrays and numbers.
 */
export async function trainTfjs(backend, { inputs, labels, start, lr, epochs }) {
  const { tf } = await loadTfjs();
  await tf.setBackend(backend);
  const m = model(tf, { inputs, labels, start });
  const initialLoss = tf.tidy(() => lossOf(tf, m).dataSync()[0]); // at the starting weights: epoch 0's
  const optimizer = tf.train.sgd(lr);
  const variables = [m.W1, m.b1, m.W2, m.b2];
  try {
    const begin = performance.now();
    for (let epoch = 0; epoch < epochs; epoch += 1) optimizer.minimize(() => lossOf(tf, m), false, variables);
    const [W1, b1, W2, b2] = variables.map((v) => Float64Array.from(v.dataSync()));
    const elapsed = performance.now() - begin;
    const loss = tf.tidy(() => lossOf(tf, m).dataSync()[0]);
    return { elapsed, W1, b1, W2, b2: b2[0], loss, initialLoss };
  } finally {
    optimizer.dispose();
    tf.dispose(Object.values(m));
  }
}
