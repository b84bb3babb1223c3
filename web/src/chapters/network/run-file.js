// Chapter 2's run as one JSON object, as reference_network.py prints it: what `one-neuron network
// --json` prints and the page's "Run as JSON" saves, built in this one place. Its `config` is the
// reference's vars(args) (flag names with "_", --data and --test as text); readRun() reads it back.
import { readRunJson } from '../../core/run-file.js';
import { networkFields } from './fields.js';

// The points written as the reference's flags write them: x1,x2 pairs (or x1,x2,label rows) joined by ";".
export const pairsText = (values, size = 2) =>
  Array.from({ length: values.length / size }, (_, i) => values.slice(i * size, (i + 1) * size).join(',')).join(';');

// A flat row-major list as rows of `columns` numbers (NumPy's tolist()).
const rows = (values, columns) =>
  Array.from({ length: values.length / columns }, (_, r) => Array.from(values.slice(r * columns, (r + 1) * columns)));

const fileName = (name) => name.replace('-', '_'); // "data-seed" -> "data_seed"

/** The run of `trainer` (trained as far as it is) for the state `state`, with the reference's keys and shapes, plus loss_every. */
export function runRecord(state, trainer) {
  const { hidden } = state;
  const initial = trainer.initial();
  const p = trainer.parameters();
  const config = Object.fromEntries(networkFields.names.map((name) => [fileName(name), state[name]]));
  return {
    config: { ...config, data: state.data ? pairsText(state.data, 3) : '', test: pairsText(state.test) },
    initial: { W1: hidden ? rows(initial.W1, hidden) : null, W2: rows(initial.W2, 1) },
    W1: hidden ? rows(p.W1, hidden) : null,
    b1: hidden ? [Array.from(p.b1)] : null,
    W2: rows(p.W2, 1),
    b2: [[p.b2]],
    losses: Array.from(trainer.lossHistory()), // entry i: the loss of epoch i * loss_every
    loss_every: trainer.lossStride(),
    accuracy: trainer.accuracy(),
    test_points: rows(state.test, 2),
    predictions: Array.from(trainer.predictMany(state.test)),
  };
}

/** The run file as the CLI prints it and the page saves it: one line (a long run's lists stay compact). */
export const runJson = (state, trainer) => `${JSON.stringify(runRecord(state, trainer))}\n`;

// A list field as the file writes it ("x1,x2;x1,x2", "" for no points) -> the field's list; a list
// (a file in the field table's form) stays as it is. A bad number: a FieldError naming the field.
function listOf(name, value) {
  if (typeof value !== 'string') return value;
  const text = value
    .split(';')
    .filter((part) => part.trim() !== '')
    .join(',');
  if (text.trim() === '') return name === 'data' ? undefined : [];
  return networkFields.parse(name, text);
}

/** The reference's config -> the field table's names and lists. */
function fromFile(config) {
  const values = {};
  for (const name of networkFields.names) {
    const value = config[fileName(name)] ?? config[name];
    values[name] = networkFields.spec(name).kind === 'list' ? listOf(name, value) : value;
  }
  return values;
}

/** A run file's text (the CLI's --json or the page's) -> the state it was run with (core/run-file.js's checks). */
export const readRun = (text) => readRunJson(text, networkFields, { fromFile, command: 'one-neuron network --json' });
