// The iframe embed's entry point: the compact explorable (loss chart, predictions, hours input),
// configured by the URL hash like the full page. Built as one self-contained file (dist/embed.html),
// since a sandboxed iframe without allow-same-origin cannot fetch its own scripts or WASM.
import { mountExplorable } from './app.js';
import { COMPACT_PANELS } from './layout.js';

const root = document.querySelector('[data-one-neuron]');
root.explorable = await mountExplorable(root, { panels: COMPACT_PANELS });
