// The engine's JS API: load it once, then engine.neuron.createTrainer(...) or engine.network.createTrainer(...). Documented in index.d.ts.
export { loadEngine, engineOf } from './load.js';
export { EngineError } from './errors.js';
