// Golden values, the NumPy reference and the engine as Node loads it, for the Node tests.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadEngine } from '../../web/src/engine/index.js';
import { loadNetworkEngine } from '../../web/src/engine/network-engine.js';

const dir = new URL('../golden/', import.meta.url);

export const seedCase = JSON.parse(readFileSync(new URL('golden-seed-case.json', dir), 'utf8'));
export const expectedCliOutput = readFileSync(new URL('expected-cli-output.txt', dir));

/** body(trainer) with a new trainer of `engine` for `config`, deleted afterwards. */
export function withTrainer(engine, config, body) {
  const trainer = engine.neuron.createTrainer(config);
  try {
    return body(trainer);
  } finally {
    trainer.delete();
  }
}

/** The WASM engine, loaded once (Node needs the .wasm's bytes passed in). */
/** The network's module (its own .wasm), as the CLI would load it. */
export function loadTestNetworkEngine() {
  const wasmBinary = readFileSync(new URL('../../web/src/generated/one_neuron_network.wasm', import.meta.url));
  return loadNetworkEngine({ wasmBinary });
}

export function loadTestEngine() {
  return loadEngine({ wasmBinary: readFileSync(new URL('../../web/src/generated/one_neuron.wasm', import.meta.url)) });
}

/** Run reference_numpy.py (Debian's python3 with python3-numpy) with CLI-style flag/value pairs. */
export function numpyReference(args) {
  const script = new URL('reference_numpy.py', dir).pathname;
  // "--flag=value" so that argparse takes values starting with "-" too.
  const joined = args.flatMap((arg, i) => (i % 2 === 0 ? [`${arg}=${args[i + 1]}`] : []));
  return JSON.parse(execFileSync('/usr/bin/python3', [script, ...joined], { encoding: 'utf8' }));
}

/** Largest relative difference |a - b| / |b| over two equal-length lists (0 where both are 0). */
export function maxRelativeError(actual, expected) {
  if (actual.length !== expected.length) throw new Error(`length ${actual.length} != ${expected.length}`);
  let worst = 0;
  for (let i = 0; i < expected.length; i += 1) {
    const difference = Math.abs(actual[i] - expected[i]);
    worst = Math.max(worst, difference === 0 ? 0 : difference / Math.abs(expected[i]));
  }
  return worst;
}
