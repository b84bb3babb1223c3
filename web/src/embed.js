// The iframe embed's entry point: the first chapter's compact panels (loss chart, predictions, hours
// input), configured by the URL hash like the full page. Built as one self-contained file
// (dist/embed.html), since a sandboxed iframe without allow-same-origin cannot fetch its own scripts or WASM.
import { chapterNamed } from './chapters/registry.js';
import { mountChapter } from './core/mount.js';

const root = document.querySelector('[data-one-neuron]');
const chapter = chapterNamed();
root.explorable = await mountChapter(root, chapter, { panels: chapter.compactPanels });
