// The neuron's run as one JSON object: what the page's "Run as JSON" saves and `one-neuron --json`
// prints, built in this one place. Importing it back is core/run-file.js's readRunJson.
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
