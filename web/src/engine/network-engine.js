// Loads the network's WASM module (cpp/bindings/network.cpp, built into ../generated as
// one_neuron_network.js/.wasm) once: a module of its own, so chapter 1's page never downloads it. The
// API is documented in index.d.ts.
import createOneNeuronNetworkModule from '../generated/one_neuron_network.js';
import { networkOf } from './network.js';

let loading = null;

export function loadNetworkEngine(moduleOptions = {}) {
  if (!loading) {
    loading = createOneNeuronNetworkModule(moduleOptions).then((module) =>
      Object.freeze({ heapBytesInUse: () => module.heapBytesInUse(), network: networkOf(module) }),
    );
    loading.catch(() => {
      loading = null; // let a later call try again
    });
  }
  return loading;
}
