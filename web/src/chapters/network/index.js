// Chapter 2, the hidden layer: the network of reference_network.py (inputs x1, x2 -> a hidden layer
// -> one sigmoid output) on the post's ring. Its own engine (a WASM module of its own) and CSS, both
// loaded with this chapter only (chapters/registry.js). See docs/architecture.md.
import { EngineError } from '../../engine/errors.js';
import { loadNetworkEngine } from '../../engine/network-engine.js';
import { startNetworkEngine } from './engine-start.js';
import { engineConfig, fieldName, networkFields } from './fields.js';
import { dataPanel } from './panels/data.js';
import { sharePanel, trainingPanel } from './panels/later.js';
import { lessonsPanel } from './panels/lessons.js';
import { mapPanel } from './panels/map.js';
import { networkPanel } from './panels/network.js';
import { passPanel } from './panels/pass.js';
import { settingsPanel } from './panels/settings.js';
import { runAnnouncement } from './summaries.js';
import { networkView } from './view.js';
import mapStyles from '../../core/decision-map.css?inline';
import diagramStyles from '../../core/network-diagram.css?inline';
import ownStyles from './network.css?inline';

const styles = [mapStyles, diagramStyles, ownStyles].join('\n');

/** The network's module, with its limits where the mount and the panels look for an engine's (`limits`). */
async function loadEngine() {
  const compiled = await startNetworkEngine(); // begun by the registry (engine-start.js)
  let fail;
  const failed = new Promise((resolve, reject) => (fail = reject));
  const instantiateWasm = (imports, receive) => {
    WebAssembly.instantiate(compiled, imports).then(receive, fail);
    return {}; // Emscripten: the exports come later, through `receive`
  };
  const engine = await Promise.race([loadNetworkEngine(compiled ? { instantiateWasm } : {}), failed]);
  return Object.freeze({ ...engine, limits: engine.network.limits });
}

/** The engine's checks, its field names mapped to the table's ("dataSeed: …" -> "data-seed: …"). */
function validate(engine, state) {
  try {
    engine.network.validate(engineConfig(state));
  } catch (error) {
    if (!(error instanceof EngineError) || !error.field) throw error;
    const field = fieldName(error.field);
    const message = error.message.startsWith(`${error.field}: `)
      ? `${field}: ${error.message.slice(error.field.length + 2)}`
      : error.message;
    throw new EngineError(message, field);
  }
}

export const networkChapter = Object.freeze({
  name: 'network',
  hashName: 'network', // its links say #chapter=network
  title: 'The hidden layer',
  loadEngine,
  styles,
  fields: networkFields,
  // Reading order (and the order on a phone); `column` places each on a wide screen.
  panels: Object.freeze([
    lessonsPanel,
    mapPanel,
    trainingPanel,
    networkPanel,
    settingsPanel,
    passPanel,
    dataPanel,
    sharePanel,
  ]), // map beside training, the network beside its settings
  compactPanels: Object.freeze(['map', 'training']),
  lead: 'map', // set up before the run starts: the chapter's picture (core/panel-setup.js)
  createRun: (engine, state) => engine.network.createTrainer(engineConfig(state)),
  validate,
  // Starting weights fit one layer and stand in for one seed's draws: a new layer or seed drops them.
  amend: (changes, state) =>
    state.start !== undefined && !('start' in changes) && ('hidden' in changes || 'seed' in changes)
      ? { ...changes, start: undefined }
      : changes,
  view: networkView,
  announce: (trainer) =>
    runAnnouncement({ epoch: trainer.epoch(), loss: trainer.evaluate().loss, accuracy: trainer.accuracy() }),
  actions: Object.freeze({}),
});
