// one-neuron network: trains the second chapter's network (one hidden layer, reference_network.py)
// with its WASM engine and prints the run in the post's style: the loss every tenth of the run, the
// final weights and biases as NumPy prints them, the accuracy and the predictions (or, with --json,
// every number under the reference's names). Flags, defaults and names: the field table.
import { readDataFile, readFlags, readWasm } from './cli-input.mjs';
import { UsageError } from './cli-output.mjs';
import { numpyArray } from './numpy-print.mjs';
import { engineConfig, fieldName, networkFields } from '../web/src/chapters/network/fields.js';
import { pairsText, runJson, runRecord } from '../web/src/chapters/network/run-file.js';
import { limit } from '../web/src/core/format.js';
import { parsePointsText } from '../web/src/core/csv.js';
import { fixed, pythonFloat } from '../web/src/core/format.js';

const WASM = new URL('../web/src/generated/one_neuron_network.wasm', import.meta.url);
const GENERATOR = ['dataset', 'points', 'data-seed', 'noise']; // what --data replaces

/** An engine field's flag name ("dataSeed" -> "data-seed"), for the messages. */
export const flagOf = fieldName;

const range = (l) => `from -${limit(l.maxAbsCoordinate)} to ${limit(l.maxAbsCoordinate)}`;
// Each flag's help line, with the ranges from the engine's limits.
const FLAG_HELP = {
  dataset: () => 'ring (dots in a ring around dots in the middle), xor or clusters',
  points: (l) => `how many points the data set has, a whole number 1..${l.maxPoints}`,
  'data-seed': (l) => `seed of the data set's points, a whole number 0..${l.maxSeed}`,
  noise: (l) => `noise added to each coordinate (times a normal draw), from 0 to ${l.maxNoise}`,
  hidden: (l) => `hidden units, a whole number 0..${l.maxHidden} (0: one neuron on x1, x2)`,
  activation: () => "the hidden units' activation: sigmoid, linear, tanh or relu",
  lr: (l) => `learning rate, greater than 0, at most ${limit(l.maxLearningRate)}`,
  epochs: (l) => `epochs to train, a whole number 0..${l.maxEpochs}`,
  seed: (l) => `seed of the starting weights, a whole number 0..${l.maxSeed}`,
  test: (l) => `points to predict, x1,x2 pairs separated by ; (each coordinate ${range(l)})`,
};

const shownDefault = (name) => {
  const value = networkFields.defaults[name];
  return name === 'test' ? pairsText(value) : networkFields.format(name, value);
};

// "  --hidden      hidden units, … (default 4)", the default on a line of its own when it would not fit.
function flagLine(name, limits) {
  const line = `  --${name.padEnd(11)} ${FLAG_HELP[name](limits)}`;
  const fallback = `(default ${shownDefault(name)})`;
  return line.length + fallback.length < 100 ? `${line} ${fallback}` : `${line}\n${' '.repeat(16)}${fallback}`;
}

const help = (limits) => `Usage: one-neuron network [options]

Trains a network with one hidden layer (2 inputs, the hidden units, one sigmoid output; the post's
loss and gradient descent) to tell points labelled 1 from points labelled 0, and prints its
training log, final weights and biases, accuracy and predictions. By default: the post's "dots
arranged in a ring" around dots in the middle, which no straight line separates.

Options (defaults are the reference's run):
${Object.keys(FLAG_HELP)
  .map((name) => flagLine(name, limits))
  .join('\n')}
  --data FILE   a CSV file of x1,x2,label rows instead of a data set, up to ${limits.maxPoints} rows
                (a header line is optional, blank lines are skipped; - reads stdin)
  --json        print the run as one JSON object, as reference_network.py prints it: config, initial,
                W1, b1, W2, b2 (W1 and b1 null without a hidden layer), losses (one per epoch; for
                very long runs every loss_every-th), loss_every, accuracy, test_points, predictions
  --help        show this help

Exit status: 0 when done (also when stdout's reader stops early, as \`| head\` does), 2 on bad input,
1 when stdout cannot be written (one line says why) or the engine is not built.
`;

// --test's x1,x2 pairs, separated by semicolons as the reference's flag writes them (commas work too),
// as the field table's list: "0,0;1.25,0" -> "0,0,1.25,0".
const listOfPairs = (text) =>
  text
    .split(';')
    .filter((pair) => pair.trim() !== '')
    .join(',');

function readOptions(argv) {
  const options = Object.fromEntries(networkFields.names.map((name) => [name, { type: 'string' }]));
  options.json = { type: 'boolean' };
  options.help = { type: 'boolean', short: 'h' };
  const examples = { '--data': 'points.csv', '--test': '"0,0;1.25,0"' }; // quoted: ; ends a shell command
  const example = (flag) => examples[flag] ?? shownDefault(flag.slice(2));
  const values = readFlags(argv, options, example);
  if (values.data !== undefined) {
    const both = GENERATOR.find((name) => values[name] !== undefined);
    if (both) throw new UsageError(`--data: cannot be combined with --${both} (the file gives the points)`);
    if (values.data.trim() === '') throw new UsageError('--data: needs a file name, or - for stdin');
  }
  const state = { ...networkFields.defaults };
  for (const name of networkFields.names.filter((n) => n !== 'data' && values[n] !== undefined)) {
    state[name] = networkFields.parse(name, name === 'test' ? listOfPairs(values.test) : values[name]);
  }
  return { state, data: values.data, json: Boolean(values.json), help: Boolean(values.help) };
}

// The engine's check of one of the file's points, at its line: "data: point 3's x2 is 2e+07; each …"
// -> "--data: points.csv line 4: x2 is 2e+07; each …".
function dataError(error, file) {
  if (!file || error?.field !== 'data') return error;
  const one = /^data: point (\d+)'s (.*)$/.exec(error.message);
  const line = one ? file.lines[Number(one[1]) - 1] : undefined;
  if (line !== undefined) return new UsageError(`--data: ${file.name} line ${line}: ${one[2]}`);
  return new UsageError(`--data: ${file.name}: ${error.message.replace(/^data: /, '')}`);
}

function printRun(trainer, state, write) {
  // Train as the reference's loop runs, printing the loss every tenth of the run as it goes.
  const every = Math.max(1, Math.ceil(state.epochs / 10));
  for (let epoch = 0; epoch < state.epochs; epoch += every) {
    trainer.step();
    write(`Epoch ${epoch}, Loss: ${fixed(trainer.loss(), 4)}\n`);
    trainer.train(Math.min(every, state.epochs - epoch) - 1);
  }
  const record = runRecord(state, trainer);
  write('\n');
  if (record.W1) {
    write(`Final W1:\n${numpyArray(record.W1)}\nFinal b1:\n${numpyArray(record.b1)}\n`);
  } else {
    write('No hidden layer (--hidden 0): the output reads x1, x2 directly, as one neuron.\n');
  }
  write(`Final W2:\n${numpyArray(record.W2)}\nFinal b2:\n${numpyArray(record.b2)}\n`);
  const points = trainer.points().labels.length;
  const right = Math.round(record.accuracy * points);
  write(`\nAccuracy: ${fixed(record.accuracy, 3)} (${right} of ${points} points labelled correctly)\n`);
  write('\nPredictions:\n');
  record.test_points.forEach(([x1, x2], i) => {
    write(`${pythonFloat(x1)}, ${pythonFloat(x2)} → probability of label 1: ${fixed(record.predictions[i], 4)}\n`);
  });
}

/** `one-neuron network …`: argv after "network"; write(text) is stdout (bin/cli-output.mjs). */
export async function networkMain(argv, write) {
  const options = readOptions(argv);
  const { loadNetworkEngine } = await import('../web/src/engine/network-engine.js');
  const { network } = await loadNetworkEngine({ wasmBinary: readWasm(WASM) });
  if (options.help) {
    write(help(network.limits));
    return;
  }
  const file = options.data === undefined ? null : await readDataFile(options.data, parsePointsText);
  const state = file ? { ...options.state, data: file.data } : options.state;
  // Every check before any output, so bad input prints nothing but the error.
  try {
    network.validate(engineConfig(state));
  } catch (error) {
    throw dataError(error, file);
  }
  const trainer = network.createTrainer(engineConfig(state));
  try {
    if (options.json) {
      trainer.train(state.epochs);
      write(runJson(state, trainer));
    } else {
      printRun(trainer, state, write);
    }
  } finally {
    trainer.delete();
  }
}
