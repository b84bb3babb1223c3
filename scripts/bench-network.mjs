// The network's part of `npm run bench` (scripts/bench.mjs calls benchNetwork): issue 12's default run
// (the post's ring, 200 points, data seed 1, 4 sigmoid hidden units, lr 1, seed 42) for 3000 epochs,
// timed side by side in
//   wasm           the engine's WASM module in Node, one train() call
//   wasm_step      the same, one step() per epoch from JS
//   native         the same C++ compiled natively at -O2 (build/bench/network_bench)
//   native_o3      and at -O3 -march=native (build/bench/network_bench_native)
//   js             plain JavaScript, the same formulas in the same order (bench-plain-network.mjs)
//   tfjs_cpu       TensorFlow.js's CPU backend, float32, tf.train.sgd (bench-tfjs.mjs)
//   tfjs_wasm      TensorFlow.js's wasm backend (its SIMD build; Node has no threads for it)
// from the same points and starting weights (the trainer's points() and initial()). They take turns, one
// run each per round, after one warm-up round; medians (and the fastest run) in epochs per second.
// Agreement: the final W1, b1, W2, b2 and the loss at them, |a - b| <= tol * max(1, |b|) against WASM:
// 1e-12 for native and plain JS (float64, the same order of operations); for TensorFlow.js, float32, the
// loss at the starting weights within 1e-6 relative (a few float32 roundings of 200 terms) and the
// final values within 1e-4 (3000 epochs of float32 updates drift about 1e-5; see docs/performance.md).
// Then the decision map's cost per frame at 8 hidden units (bench-network-map.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { trainPlainNetwork } from './bench-plain-network.mjs';
import { loadTfjs, trainTfjs } from './bench-tfjs.mjs';
import { benchMap } from './bench-network-map.mjs';
import { median } from './bench-stats.mjs';

export const NETWORK_BENCHES = ['network_bench', 'network_bench_native'];
const TOLERANCE = { float64: 1e-12, float32Initial: 1e-6, float32: 1e-4 };
const NAMES = {
  wasm: 'WASM, one train() call',
  wasm_step: 'WASM, one step() per epoch from JS',
  native: 'native C++ (g++ -O2)',
  native_o3: 'native C++ (g++ -O3 -march=native)',
  js: 'plain JavaScript',
  tfjs_cpu: 'TensorFlow.js, CPU backend',
  tfjs_wasm: 'TensorFlow.js, wasm backend',
};

const flat = (p) => [...p.W1, ...p.b1, ...p.W2, p.b2];

async function loadEngine() {
  const { loadNetworkEngine } = await import('../web/src/engine/network-engine.js');
  return loadNetworkEngine({ wasmBinary: readFileSync('web/src/generated/one_neuron_network.wasm') });
}

function nativeRunner(binary, epochs) {
  return () => {
    const result = spawnSync(binary, [String(epochs), '2'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`bench: ${binary} failed: ${result.stderr}`);
    const output = JSON.parse(result.stdout);
    return { elapsed: output.times_ms[1], values: [...output.parameters, output.loss] }; // its second run: warm
  };
}

function runners(network, epochs) {
  const config = {}; // the reference's defaults
  const probe = network.createTrainer(config);
  const points = probe.points();
  const start = probe.initial();
  probe.delete();
  const wasm = (train) => () => {
    const trainer = network.createTrainer(config);
    try {
      const begin = performance.now();
      train(trainer);
      const elapsed = performance.now() - begin;
      return {
        elapsed,
        values: [...flat(trainer.parameters()), trainer.evaluate().loss],
        initialLoss: trainer.lossHistory()[0],
      };
    } finally {
      trainer.delete();
    }
  };
  const tfjs = (backend) => async () => {
    const r = await trainTfjs(backend, { inputs: points.inputs, labels: points.labels, start, lr: 1, epochs });
    return { elapsed: r.elapsed, values: [...flat(r), r.loss], initialLoss: r.initialLoss, float32: true };
  };
  return {
    wasm: wasm((trainer) => trainer.train(epochs)),
    wasm_step: wasm((trainer) => {
      for (let e = 0; e < epochs; e += 1) trainer.step();
    }),
    native: nativeRunner('build/bench/network_bench', epochs),
    native_o3: nativeRunner('build/bench/network_bench_native', epochs),
    js: () => {
      const begin = performance.now();
      const r = trainPlainNetwork(points.inputs, points.labels, 1, epochs, start);
      return { elapsed: performance.now() - begin, values: [...flat(r), r.loss] };
    },
    tfjs_cpu: tfjs('cpu'),
    tfjs_wasm: tfjs('wasm'),
  };
}

// The largest |a - b| / max(1, |b|) over the values.
function difference(values, reference) {
  return Math.max(...values.map((v, i) => Math.abs(v - reference[i]) / Math.max(1, Math.abs(reference[i]))));
}

function check(results, failures) {
  const reference = results.wasm;
  const differences = {};
  for (const [name, r] of Object.entries(results)) {
    differences[name] = difference(r.values, reference.values);
    const limit = r.float32 ? TOLERANCE.float32 : TOLERANCE.float64;
    if (!(differences[name] <= limit))
      failures.push(`network ${name}: final values differ by ${differences[name]} > ${limit}`);
    if (r.float32) {
      const initial = Math.abs(r.initialLoss - reference.initialLoss) / reference.initialLoss;
      differences[`${name}_initial_loss`] = initial;
      if (!(initial <= TOLERANCE.float32Initial))
        failures.push(`network ${name}: the starting loss differs by ${initial}`);
    }
  }
  return differences;
}

function print(epochs, perSecond, best, differences) {
  console.log(`(network) the ring, 200 points, 4 sigmoid hidden units, lr 1 x ${epochs} epochs`);
  console.log(
    `  ${'implementation'.padEnd(38)}${'epochs/s'.padStart(11)}${'fastest'.padStart(11)}${'WASM is'.padStart(10)}  max diff`,
  );
  for (const [name, label] of Object.entries(NAMES)) {
    const ratio = perSecond.wasm / perSecond[name];
    const cells = [
      perSecond[name].toFixed(0).padStart(11),
      best[name].toFixed(0).padStart(11),
      `${ratio.toFixed(2)}x`.padStart(10),
    ];
    console.log(`  ${label.padEnd(38)}${cells.join('')}  ${differences[name].toExponential(1)}`);
  }
}

/**
 * The network's benchmark: { quick, repetitions, warmups }. Pushes a message per disagreement into
 * `failures`; returns the report's `network` entry.
 */
export async function benchNetwork({ quick, repetitions, warmups }, failures) {
  const epochs = quick ? 300 : 3000;
  const { network } = await loadEngine();
  const { tf, version } = await loadTfjs();
  const all = runners(network, epochs);
  const times = Object.fromEntries(Object.keys(all).map((name) => [name, []]));
  const results = {};
  for (let round = 0; round < warmups + repetitions; round += 1) {
    for (const [name, once] of Object.entries(all)) {
      results[name] = await once();
      if (round >= warmups) times[name].push(results[name].elapsed);
    }
  }
  const differences = check(results, failures);
  const perSecond = Object.fromEntries(Object.entries(times).map(([name, t]) => [name, (epochs * 1000) / median(t)]));
  const best = Object.fromEntries(Object.entries(times).map(([name, t]) => [name, (epochs * 1000) / Math.min(...t)]));
  print(epochs, perSecond, best, differences);
  const ratio = (name) => perSecond.wasm / perSecond[name];
  const ratios = Object.fromEntries(
    Object.keys(NAMES)
      .filter((n) => n !== 'wasm')
      .map((n) => [`wasm_vs_${n}`, ratio(n)]),
  );
  console.log(
    `  ${Object.entries(ratios)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(', ')}`,
  );
  const tfjsWasm = {
    simd: tf.env().getBool('WASM_HAS_SIMD_SUPPORT'),
    threads: await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'),
  };
  console.log(`  TensorFlow.js ${version}; its wasm backend: SIMD ${tfjsWasm.simd}, threads ${tfjsWasm.threads}\n`);
  const map = benchMap(network, { quick });
  return {
    epochs,
    epochs_per_second: perSecond,
    fastest_epochs_per_second: best,
    ...ratios,
    max_difference: differences,
    tolerance: TOLERANCE,
    tfjs: { version, wasm: tfjsWasm },
    map,
  };
}
