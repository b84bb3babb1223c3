// The engine's JS API: load it once, then engine.neuron.createTrainer(...). Documented in index.d.ts.
export { loadEngine, engineOf } from './load.js';
export { EngineError } from './errors.js';
