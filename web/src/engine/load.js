// Loads the WASM engine (cpp/, built by `npm run build` into ../generated) once. Knows nothing of the
// page: the page, the <one-neuron> component, the CLI and the benchmarks all go through here.
// The API is documented in index.d.ts.
import createOneNeuronModule from '../generated/one_neuron.js';
import { neuronOf } from './neuron.js';

let loading = null;

export function loadEngine(moduleOptions = {}) {
  if (!loading) {
    loading = createOneNeuronModule(moduleOptions).then(engineOf);
    loading.catch(() => {
      loading = null; // let a later call try again
    });
  }
  return loading;
}

export function engineOf(module) {
  const limits = Object.freeze({ ...module.limits() });
  return Object.freeze({
    limits,
    heapBytesInUse: () => module.heapBytesInUse(),
    neuron: neuronOf(module),
  });
}
