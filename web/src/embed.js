// Chapter 1's iframe embed (dist/embed.html): its compact panels (loss chart, predictions, hours input).
// Built as one self-contained file, since a sandboxed iframe without allow-same-origin cannot fetch its
// own scripts or WASM. It imports chapter 1 alone, not the chapter registry, so the file carries no
// chapter 2 (embed-network.js has that); embed-frame.js does the rest.
import { neuronChapter } from './chapters/neuron/index.js';
import { startEmbed } from './embed-frame.js';

// No top-level await (see main.js).
startEmbed(neuronChapter);
