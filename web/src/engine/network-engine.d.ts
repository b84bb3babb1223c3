// The network's module loader (network-engine.js); the types are in index.d.ts.
import type { ModuleOptions, NetworkEngine } from './index.js';

export type { NetworkEngine };

/**
 * Loads the network's WASM module once (later calls return the same promise; a failed load may be
 * retried). In Node pass `wasmBinary`: the bytes of one_neuron_network.wasm.
 */
export function loadNetworkEngine(moduleOptions?: ModuleOptions): Promise<NetworkEngine>;
