// `npm run bench`: the same training, timed side by side, with every result checked against the others.
//   (a) the post's data x 5000 epochs, (b) 100,000 samples x 100 epochs, (c) 1,000,000 samples x 10 epochs,
// each run by: the WASM engine in Node (one train call), the WASM engine driven one step() per epoch
// from JS, the same C++ compiled natively at -O2 and at -O3 -march=native (cpp/bench/engine_bench.cpp), plain JavaScript
// (scripts/bench-plain-js.mjs) and NumPy's reference loop (bench/numpy_bench.py) when /usr/bin/python3
// has numpy. They take turns, one run each per round: a warm-up round, then `--reps` rounds; the
// table shows medians. The final weight, bias and loss must agree within 1e-12 relative (NumPy
// included), or the script exits 1. Then the network (issue 12: scripts/bench-network.mjs, against
// TensorFlow.js too) and its decision map per frame (bench-network-map.mjs).
// The last line of output is one JSON object with the medians and ratios per case.
//
//   node scripts/bench.mjs [--quick] [--reps N] [--no-build] [--wasm DIR] [--only a,b,c]
//   --quick     small sizes, one repetition, no warm-up: checks that everything runs and agrees (CI)
//   --no-build  use the already built WASM module and build/bench/engine_bench as they are
//   --wasm DIR  time DIR/one_neuron.js + .wasm instead of web/src/generated (to compare build flags)
//   --only b,c  run only these cases (a, b, c: the neuron's; network: the network and its map)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { trainPlainJs } from './bench-plain-js.mjs';
import { benchNetwork, NETWORK_BENCHES } from './bench-network.mjs';
import { median } from './bench-stats.mjs';

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    reps: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    wasm: { type: 'string' },
    only: { type: 'string' },
  },
});
const quick = options.quick;
const repetitions = options.reps ? Number(options.reps) : quick ? 1 : 7;
const warmups = quick ? 0 : 1;
const TOLERANCE = 1e-12;
const PYTHON = '/usr/bin/python3';
const NATIVE_BUILD = 'build/bench';
const NATIVE_BENCH = join(NATIVE_BUILD, 'engine_bench');
const NATIVE_BENCH_O3 = join(NATIVE_BUILD, 'engine_bench_native'); // -O3 -march=native

// The post's run must stay bit for bit what NumPy printed (README, "Exactness").
const POST_WEIGHT = 4.2483439133004515;
const POST_BIAS = -10.419463382225501;

const cases = [
  { id: 'a', label: "post's data x 5000 epochs", samples: 5, epochs: 5000 },
  { id: 'b', label: '100,000 samples x 100 epochs', samples: quick ? 1000 : 100_000, epochs: 100 },
  { id: 'c', label: '1,000,000 samples x 10 epochs', samples: quick ? 10_000 : 1_000_000, epochs: 10 },
];
const only = options.only?.split(',');
const selected = only ? cases.filter((c) => only.includes(c.id)) : cases;
if (quick) {
  cases[1].label = '1,000 samples x 100 epochs (quick)';
  cases[2].label = '10,000 samples x 10 epochs (quick)';
}

function run(command, args, { env = {}, capture = false } = {}) {
  const result = spawnSync(command, args, {
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : ['ignore', 'inherit', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 24,
  });
  if (result.status !== 0) {
    console.error(`bench: ${command} ${args.join(' ')} failed`);
    process.exit(1);
  }
  return result.stdout;
}

// Build what is timed from the current sources: the WASM module (the project's build/wasm, as
// `npm run build` does; not in --quick mode, which runs beside the other Node tests and uses the
// module as built) and the native benchmark in its own build directory.
function build() {
  const emscriptenEnv = { env: { NODE_PATH: '/usr/share/nodejs' } };
  if (!options.wasm && !quick) {
    if (!existsSync('build/wasm/CMakeCache.txt')) {
      run('emcmake', ['cmake', '-S', '.', '-B', 'build/wasm', '-DCMAKE_BUILD_TYPE=Release'], emscriptenEnv);
    }
    const targets = ['--target', 'one_neuron_wasm', '--target', 'one_neuron_network_wasm'];
    run('cmake', ['--build', 'build/wasm', '-j', '2', ...targets], emscriptenEnv);
  }
  if (!existsSync(join(NATIVE_BUILD, 'CMakeCache.txt'))) {
    run('cmake', ['-S', '.', '-B', NATIVE_BUILD, '-DCMAKE_BUILD_TYPE=Release'], { capture: true });
  }
  const targets = ['engine_bench', 'engine_bench_native', ...NETWORK_BENCHES].flatMap((t) => ['--target', t]);
  run('cmake', ['--build', NATIVE_BUILD, '-j', '2', ...targets], { capture: true });
}

// Deterministic data, identical for every implementation (they all read these bytes): hours spread
// over 0..10, pass when hours plus a little noise exceed 5. xorshift32, so no library is involved.
function makeData(samples) {
  if (samples === 5) return { hours: Float64Array.of(1, 2, 3, 4, 5), labels: Float64Array.of(0, 0, 1, 1, 1) };
  let state = 2463534242;
  const uniform = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const hours = new Float64Array(samples);
  const labels = new Float64Array(samples);
  for (let i = 0; i < samples; i += 1) {
    hours[i] = Math.round(uniform() * 10 * 1024) / 1024; // 0..10 in steps of 1/1024
    labels[i] = hours[i] + (uniform() - 0.5) * 3 > 5 ? 1 : 0;
  }
  return { hours, labels };
}

// Runs `once` (returning { elapsed, final: { weight, bias, loss } }) in the process, unmeasured warm-ups first.
// A benchmark program runs twice per call (it warms itself up) and reports its second run.
function program(command, args) {
  const runner = () => {
    const output = JSON.parse(run(command, [...args, '2'], { capture: true }));
    return { elapsed: output.times_ms[1], final: { weight: output.weight, bias: output.bias, loss: output.loss } };
  };
  runner.warmsItself = true;
  return runner;
}

// Every implementation once per round, round after round, so that whatever else the machine is
// doing slows them alike; the first `warmups` rounds (JIT tier-up) are not counted.
function timeRounds(runners) {
  const results = Object.fromEntries(Object.keys(runners).map((name) => [name, { times: [] }]));
  for (let round = 0; round < warmups + repetitions; round += 1) {
    for (const [name, once] of Object.entries(runners)) {
      if (round < warmups && once.warmsItself) continue;
      const { elapsed, final } = once();
      if (round >= warmups) results[name].times.push(elapsed);
      Object.assign(results[name], final);
    }
  }
  return results;
}

function hasNumpy() {
  return existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0;
}

async function loadWasmEngine() {
  if (options.wasm) {
    const dir = resolve(options.wasm);
    const { default: factory } = await import(pathToFileURL(join(dir, 'one_neuron.js')).href);
    const module = await factory({ wasmBinary: readFileSync(join(dir, 'one_neuron.wasm')) });
    const { engineOf } = await import('../web/src/engine/index.js');
    return engineOf(module);
  }
  const { loadEngine } = await import('../web/src/engine/index.js');
  return loadEngine({ wasmBinary: readFileSync('web/src/generated/one_neuron.wasm') });
}

function relativeDifference(actual, expected) {
  const difference = Math.abs(actual - expected);
  return difference === 0 ? 0 : difference / Math.abs(expected);
}

function machine() {
  const version = (command, args, pattern) => {
    const result = spawnSync(command, args, { encoding: 'utf8' });
    const match = result.status === 0 ? `${result.stdout}${result.stderr}`.match(pattern) : null;
    return match ? match[1] : null;
  };
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    emcc: version('emcc', ['--version'], /emcc \([^)]*\) ([\d.]+)/),
    gxx: version('g++', ['--version'], /(\d+\.\d+\.\d+)/),
    numpy: version(PYTHON, ['-c', 'import numpy; print(numpy.__version__)'], /([\d.]+)/),
  };
}

// ---------------------------------------------------------------------------------------------

if (!options['no-build']) build();
const engine = await loadWasmEngine();
const numpy = hasNumpy();
if (!numpy) console.log(`bench: ${PYTHON} has no numpy; NumPy is left out`);
const scratch = mkdtempSync(join(tmpdir(), 'one-neuron-bench-'));
const info = machine();
const report = { machine: info, quick, repetitions, warmups, tolerance: TOLERANCE, cases: {} };
let failures = 0;

console.log(
  `${info.cpu}, ${info.cores} cores; Node ${info.node}, emcc ${info.emcc}, g++ ${info.gxx}, NumPy ${info.numpy}`,
);
console.log(`${repetitions} repetitions after ${warmups} warm-up, medians in ms\n`);

try {
  for (const c of selected) {
    const { hours, labels } = makeData(c.samples);
    const dataFile = join(scratch, `data-${c.samples}.f64`);
    const bytes = new Float64Array(2 * c.samples);
    bytes.set(hours);
    bytes.set(labels, c.samples);
    writeFileSync(dataFile, new Uint8Array(bytes.buffer));
    const source = c.samples === 5 ? 'post' : dataFile;
    const config = { hours, labels, lr: 0.1, seed: 42 };

    // Only the training is on the clock: creating the trainer (copying the data in) is not.
    const wasmRun = (train) => () => {
      const trainer = engine.neuron.createTrainer(config);
      try {
        const start = performance.now();
        train(trainer);
        const elapsed = performance.now() - start;
        return { elapsed, final: { weight: trainer.weight(), bias: trainer.bias(), loss: trainer.loss() } };
      } finally {
        trainer.delete();
      }
    };
    const initial = engine.neuron.createTrainer(config);
    const initialWeight = initial.initialWeight();
    initial.delete();
    const runners = {
      wasm: wasmRun((trainer) => trainer.train(c.epochs)),
      wasm_step: wasmRun((trainer) => {
        for (let e = 0; e < c.epochs; e += 1) trainer.step();
      }),
      js: () => {
        const start = performance.now();
        const final = trainPlainJs(hours, labels, 0.1, c.epochs, initialWeight, 0);
        return { elapsed: performance.now() - start, final };
      },
      native: program(NATIVE_BENCH, [source, String(c.epochs)]),
      native_o3: program(NATIVE_BENCH_O3, [source, String(c.epochs)]),
    };
    if (numpy) runners.numpy = program(PYTHON, ['bench/numpy_bench.py', source, String(c.epochs)]);
    const results = timeRounds(runners);

    // Agreement: every implementation against NumPy (or the native engine without NumPy).
    const reference = results.numpy ?? results.native;
    const medians = {};
    const differences = {};
    for (const [name, r] of Object.entries(results)) {
      medians[name] = median(r.times);
      differences[name] = Math.max(
        relativeDifference(r.weight, reference.weight),
        relativeDifference(r.bias, reference.bias),
        relativeDifference(r.loss, reference.loss),
      );
      if (!(differences[name] <= TOLERANCE)) {
        failures += 1;
        console.error(`bench: MISMATCH in (${c.id}) ${name}: weight ${r.weight}, bias ${r.bias}, loss ${r.loss};`);
        console.error(`       reference: weight ${reference.weight}, bias ${reference.bias}, loss ${reference.loss}`);
      }
    }
    if (c.id === 'a' && (results.wasm.weight !== POST_WEIGHT || results.wasm.bias !== POST_BIAS)) {
      failures += 1;
      console.error(`bench: the post's run is no longer bit-exact: ${results.wasm.weight}, ${results.wasm.bias}`);
    }

    const ratios = {
      wasm_vs_native: medians.wasm / medians.native,
      wasm_vs_native_o3: medians.wasm / medians.native_o3,
      js_vs_wasm: medians.js / medians.wasm,
      wasm_step_vs_wasm: medians.wasm_step / medians.wasm,
    };
    if (numpy) {
      ratios.numpy_vs_wasm = medians.numpy / medians.wasm;
      ratios.numpy_vs_native = medians.numpy / medians.native;
    }
    report.cases[c.id] = {
      label: c.label,
      samples: c.samples,
      epochs: c.epochs,
      median_ms: medians,
      ...ratios,
      max_relative_difference: differences,
      wasm_final: { weight: results.wasm.weight, bias: results.wasm.bias, loss: results.wasm.loss },
    };

    const names = {
      wasm: 'WASM, one train() call',
      wasm_step: 'WASM, one step() per epoch from JS',
      native: 'native C++ (g++ -O2)',
      native_o3: 'native C++ (g++ -O3 -march=native)',
      js: 'plain JavaScript',
      numpy: 'NumPy reference loop',
    };
    console.log(`(${c.id}) ${c.label}`);
    console.log(`  ${'implementation'.padEnd(36)}${'median ms'.padStart(12)}${'vs WASM'.padStart(10)}  max rel. diff`);
    for (const name of Object.keys(names)) {
      if (!results[name]) continue;
      const ms = medians[name];
      const relative = ms / medians.wasm;
      console.log(
        `  ${names[name].padEnd(36)}${ms.toFixed(3).padStart(12)}${`${relative.toFixed(2)}x`.padStart(10)}  ${differences[name].toExponential(1)}`,
      );
    }
    const ratioText = Object.entries(ratios)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(', ');
    console.log(`  ${ratioText}\n`);
  }
  if (!only || only.includes('network')) {
    const problems = [];
    report.network = await benchNetwork({ quick, repetitions, warmups }, problems);
    for (const problem of problems) console.error(`bench: MISMATCH in ${problem}`);
    failures += problems.length;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

report.agree = failures === 0;
if (failures > 0) console.error(`bench: ${failures} result(s) disagree beyond their tolerance`);
console.log(JSON.stringify(report));
process.exit(failures > 0 ? 1 : 0);
