// The page's entry point: mounts the first chapter in the page's [data-one-neuron] element.
import { chapterNamed } from './chapters/registry.js';
import { mountChapter } from './core/mount.js';

const root = document.querySelector('[data-one-neuron]');
// No top-level await: a panel chunk loaded while the mount runs imports this chunk, and would wait
// for its evaluation to end, which would wait for the mount.
mountChapter(root, chapterNamed()).then((explorable) => {
  root.explorable = explorable;
});
