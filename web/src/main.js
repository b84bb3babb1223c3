// The page's entry point: mounts the first chapter in the page's [data-one-neuron] element.
import { chapterNamed } from './chapters/registry.js';
import { mountChapter } from './core/mount.js';

const root = document.querySelector('[data-one-neuron]');
root.explorable = await mountChapter(root, chapterNamed());
