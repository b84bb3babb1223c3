// The neuron's run as one JSON object: what the page's "Run as JSON" saves and `one-neuron --json`
// prints, built in this one place (runJson: as the page writes the file). Importing it back is
// core/run-file.js's readRunJson.
import { neuronFields } from './fields.js';

/** The run of `trainer` (trained as far as it is) for the config `state`. */
export function runRecord(state, trainer) {
  const config = {};
  for (const name of neuronFields.names) if (state[name] !== undefined) config[name] = state[name];
  return {
    format: 'one-neuron run',
    config,
    initial_weight: trainer.initialWeight(),
    initial_bias: trainer.initialBias(),
    weight: trainer.weight(),
    bias: trainer.bias(),
    epochs: trainer.epoch(),
    loss: trainer.evaluate().loss, // at the final weight and bias
    loss_every: trainer.lossStride(),
    losses: Array.from(trainer.lossHistory()), // entry i: the loss of epoch i * loss_every
    test_hours: state.test,
    predictions: Array.from(trainer.predictMany(state.test)),
  };
}

/** `value` as JSON, objects one key a line at `indent`, lists on one line. */
function lines(value, indent) {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || ArrayBuffer.isView(value)) {
    return JSON.stringify(ArrayBuffer.isView(value) ? Array.from(value) : value);
  }
  const inner = `${indent}  `;
  const entries = Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${lines(item, inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

/**
 * The run file as the page saves it: runRecord's object, one key a line, but each list on one line.
 * JSON.stringify(record, null, 2) gives every number a line of its own: for 1,000,000 hours and
 * 1,048,576 losses that is about 20 MB more, past the 50 MB a run file may have to be imported.
 */
export function runJson(state, trainer) {
  return `${lines(runRecord(state, trainer), '')}\n`;
}
