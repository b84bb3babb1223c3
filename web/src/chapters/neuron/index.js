// Chapter 1, the post's single neuron: its fields, its panels in reading order, how its run is made
// and checked, the view each frame, and the actions panels may ask for (docs/architecture.md).
import { loadEngine } from '../../engine/index.js';
import { checkCompared, neuronFields } from './fields.js';
import {
  cyclePanel,
  dataPanel,
  landscapePanel,
  neuronPanel,
  principlesPanel,
  ratesPanel,
  sharePanel,
} from './panels/later.js';
import { predictionPanel } from './panels/prediction.js';
import { settingsPanel } from './panels/settings.js';
import { trainingPanel } from './panels/training.js';
import { runAnnouncement } from './summaries.js';
import { neuronView } from './view.js';

// The post's first worked example: x = 4, w = 0.5, b = 0.1, seen at epoch 0.
function workedExample({ run, select }) {
  if (!run.commit({ w0: 0.5, b0: 0.1 }, { play: false })) return;
  run.reset();
  const four = run.state().hours.indexOf(4);
  if (four >= 0) select('example', four);
}

export const neuronChapter = Object.freeze({
  name: 'neuron',
  fields: neuronFields,
  loadEngine, // the neuron's WASM module (core/mount.js imports no engine: chapter 2's embed has none of this)
  // Reading order (and the order on a phone); `column` places each on a wide screen.
  panels: Object.freeze([
    trainingPanel,
    predictionPanel,
    ratesPanel,
    landscapePanel,
    dataPanel,
    settingsPanel,
    neuronPanel,
    cyclePanel,
    principlesPanel,
    sharePanel,
  ]),
  /** The embeds' compact set: the loss chart with its controls, the predictions and the hours input. */
  compactPanels: Object.freeze(['training', 'prediction']),
  createRun: (engine, state) => engine.neuron.createTrainer(state),
  validate(engine, state) {
    engine.neuron.validate(state);
    checkCompared(engine, state.compare);
  },
  // Labels that do not fit the hours (though the labels are the post's): the whole data set goes back.
  fallback: (field) =>
    field === 'hours' || field === 'labels'
      ? {
          changes: { hours: neuronFields.defaults.hours, labels: neuronFields.defaults.labels },
          messages: { hours: "hours: back to the post's data, since the labels did not fit these hours" },
        }
      : null,
  view: neuronView,
  announce: (trainer) =>
    runAnnouncement({
      epoch: trainer.epoch(),
      weight: trainer.weight(),
      bias: trainer.bias(),
      loss: trainer.evaluate().loss,
    }),
  actions: Object.freeze({ workedExample }),
});
