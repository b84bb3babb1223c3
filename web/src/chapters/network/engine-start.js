// Chapter 2's engine, started early: the registry calls startNetworkEngine() as it begins to load the
// chapter's code, so the browser fetches and compiles one_neuron_network.wasm while it compiles the
// chapter's script, instead of after it (docs/performance.md). Part of the page's entry: a few lines.
import wasmUrl from '../../generated/one_neuron_network.wasm?url';

let compiling = null;

/** Resolves to the compiled WebAssembly.Module, or to null when it cannot be compiled this way. */
export function startNetworkEngine() {
  // compileStreaming needs the server to say application/wasm; without it the glue fetches it itself.
  compiling ??= WebAssembly.compileStreaming(fetch(wasmUrl, { credentials: 'same-origin' })).catch(() => null);
  return compiling;
}
