#!/usr/bin/env node
// one-neuron: trains the blog post's single neuron with the WASM engine and prints what the post's
// NumPy program prints (or, with --json, every number as JSON). Exit code 2 on bad input, 1 when
// stdout fails (0 when its reader just closed early, as after `| head`).
import { readDataFile, readFlags, readWasm } from './cli-input.mjs';
import { runCli, UsageError } from './cli-output.mjs';
import { limit } from '../web/src/core/format.js';
import { neuronFields } from '../web/src/chapters/neuron/fields.js';
import { runRecord } from '../web/src/chapters/neuron/run-file.js';
import { lineOfEngineError, parseDataText } from '../web/src/core/csv.js';
import { count, fixed, numpyMatrix, pythonFloat } from '../web/src/core/format.js';

// The fields the CLI takes: the page's own (`compare`, drawn beside the run) have no flag.
const FLAGS = () => neuronFields.names.filter((name) => FLAG_HELP[name]);
const PRINT_EVERY = 500; // the post prints the loss every 500 epochs
const WASM = new URL('../web/src/generated/one_neuron.wasm', import.meta.url);

// Each flag's help line, with the ranges from the engine's limits (so help is printed once the engine
// is loaded); the page's shorter hints are in the field table.
const FLAG_HELP = {
  hours: (l) => `hours studied, one per example, each from -${limit(l.maxAbsHours)} to ${limit(l.maxAbsHours)}`,
  labels: () => 'pass (1) or fail (0), one per example',
  lr: (l) => `learning rate, greater than 0, at most ${limit(l.maxLearningRate)}`,
  epochs: (l) => `epochs to train, a whole number 0..${l.maxEpochs}`,
  seed: (l) => `seed of the starting weight, a whole number 0..${l.maxSeed}`,
  test: (l) => `hours to predict a pass probability for, each from -${limit(l.maxAbsHours)} to ${limit(l.maxAbsHours)}`,
  w0: (l) =>
    `initial weight, from -${limit(l.maxAbsInitial)} to ${limit(l.maxAbsInitial)} (default: drawn from the seed)`,
  b0: (l) => `initial bias, from -${limit(l.maxAbsInitial)} to ${limit(l.maxAbsInitial)} (default: 0)`,
};

const help = (limits) => `Usage: one-neuron [options]
       one-neuron network [options]   the network with one hidden layer (see one-neuron network --help)

Trains one neuron (sigmoid, binary cross-entropy, gradient descent) on hours studied -> pass/fail,
as in the blog post, and prints its training log, final weight and bias, and pass probabilities.

Options (defaults are the post's run):
${FLAGS()
  .map((name) => {
    const value = neuronFields.defaults[name];
    const fallback = value === undefined ? '' : ` (default ${neuronFields.format(name, value)})`;
    return `  --${name.padEnd(8)} ${FLAG_HELP[name](limits)}${fallback}`;
  })
  .join('\n')}
  --data     a CSV file of hours,label rows instead of --hours and --labels, up to
             ${count(limits.maxSamples)} rows (a header line is optional, blank lines are skipped; - reads stdin)
  --json     print the run as one JSON object (what the page's "Run as JSON" saves): config,
             initial and final weight and bias, loss, losses (one per epoch; for very long
             runs every loss_every-th epoch), test_hours, predictions
  --help     show this help

Exit status: 0 when done (also when stdout's reader stops early, as \`| head\` does), 2 on bad input,
1 when stdout cannot be written (one line says why) or the engine is not built.
`;

function readOptions(argv) {
  const options = Object.fromEntries(FLAGS().map((name) => [name, { type: 'string' }]));
  options.data = { type: 'string' };
  options.json = { type: 'boolean' };
  options.help = { type: 'boolean', short: 'h' };
  const values = readFlags(argv, options, (flag) => (flag === '--data' ? 'data.csv' : '0.5'));
  const { data, json, help } = values;
  if (data !== undefined) {
    const both = ['hours', 'labels'].find((name) => values[name] !== undefined);
    if (both) throw new UsageError(`--data: cannot be combined with --${both} (the file gives the hours and labels)`);
    if (data.trim() === '') throw new UsageError('--data: needs a file name, or - for stdin');
  }
  const config = { ...neuronFields.defaults };
  for (const name of FLAGS()) {
    const text = values[name];
    if (text !== undefined) config[name] = neuronFields.parse(name, text);
  }
  return { config, data, json: Boolean(json), help: Boolean(help) };
}

// The engine's range checks on the file's hours, named by the file and, for one value, its line:
// "hours: value 3 is 2e+06; each must be …" -> "--data: data.csv line 4: hours is 2e+06; each must be …".
function dataError(error, data) {
  if (!data || !['hours', 'labels'].includes(error?.field)) return error;
  const one = lineOfEngineError(error.message, (row) => data.lines[row]);
  if (one) return new UsageError(`--data: ${data.name} line ${one.line}: ${one.rule}`);
  return new UsageError(`--data: ${data.name}: ${error.message}`);
}

async function loadEngineForNode() {
  const wasmBinary = readWasm(WASM);
  const { loadEngine } = await import('../web/src/engine/index.js');
  return loadEngine({ wasmBinary });
}

function printPostOutput(trainer, config, write) {
  // Train as the post's loop runs, printing the loss of every 500th epoch as it goes.
  for (let epoch = 0; epoch < config.epochs; epoch += PRINT_EVERY) {
    trainer.step();
    write(`Epoch ${epoch}, Loss: ${fixed(trainer.loss(), 4)}\n`);
    trainer.train(Math.min(PRINT_EVERY, config.epochs - epoch) - 1);
  }
  write(`\nFinal weight: ${numpyMatrix(trainer.weight())}\n`);
  write(`Final bias: ${numpyMatrix(trainer.bias())}\n`);
  write('\nPredictions:\n');
  const predictions = trainer.predictMany(config.test);
  config.test.forEach((hours, i) => {
    write(`${pythonFloat(hours)} study hours → pass probability: ${fixed(predictions[i], 4)}\n`);
  });
}

async function main(argv, write) {
  const options = readOptions(argv);
  const engine = await loadEngineForNode();
  if (options.help) {
    write(help(engine.limits));
    return;
  }
  // --data's text as the page's "Paste data" reads it (core/csv.js), its messages named by the file.
  const data = options.data === undefined ? null : await readDataFile(options.data, parseDataText);
  const config = data ? { ...options.config, hours: data.hours, labels: data.labels } : options.config;
  // Every check before any output, so bad input prints nothing but the error.
  try {
    engine.neuron.validate(config);
  } catch (error) {
    throw dataError(error, data);
  }
  const trainer = engine.neuron.createTrainer(config);
  try {
    if (options.json) {
      trainer.train(config.epochs);
      write(`${JSON.stringify(runRecord(config, trainer))}\n`);
    } else {
      printPostOutput(trainer, config, write);
    }
  } finally {
    trainer.delete();
  }
}

// `one-neuron network …` is the second chapter's network (bin/network.mjs); anything else, the neuron.
const argv = process.argv.slice(2);
if (argv[0] === 'network') {
  const { networkMain, flagOf } = await import('./network.mjs');
  runCli('one-neuron network', (write) => networkMain(argv.slice(1), write), flagOf);
} else {
  runCli('one-neuron', (write) => main(argv, write));
}
