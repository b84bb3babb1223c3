// Minimal page: trains the post's run with the WASM engine and prints its result.
import { DEFAULTS } from './config.js';
import { loadEngine } from './engine.js';
import { fixed } from './format.js';

const output = document.getElementById('output');
try {
  const engine = await loadEngine();
  const trainer = engine.createTrainer(DEFAULTS);
  trainer.train(DEFAULTS.epochs);
  const predictions = trainer.predictMany(DEFAULTS.test);
  output.textContent = [
    `Epochs: ${trainer.epoch()}`,
    `Final weight: ${trainer.weight()}`,
    `Final bias: ${trainer.bias()}`,
    ...DEFAULTS.test.map((hours, i) => `${hours} study hours → pass probability: ${fixed(predictions[i], 4)}`),
  ].join('\n');
  trainer.delete();
} catch (error) {
  output.textContent = `The engine could not start: ${error.message}`;
}
