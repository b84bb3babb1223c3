// Every chapter by name: the page, embed.html and <one-neuron> look chapters up here. Each chapter is
// a chunk of its own, loaded (its code, its CSS and its engine's WASM) only when it is opened: chapter
// 1's page never downloads chapter 2, and a link to chapter 2 never waits for chapter 1's code or for
// Chart.js, which chapter 2 loads after its first decision map (docs/performance.md).
import { startNetworkEngine } from './network/engine-start.js';

export const DEFAULT_CHAPTER = 'neuron';

// name -> () => Promise of the descriptor; each a dynamic import() (a chunk of its own).
const LOADERS = Object.freeze({
  neuron: async () => (await import('./neuron/index.js')).neuronChapter,
  network: async () => {
    startNetworkEngine(); // its .wasm compiles while the chapter's script does
    return (await import('./network/index.js')).networkChapter;
  },
});

/** The chapters' names, in reading order. */
export const CHAPTER_NAMES = Object.freeze(Object.keys(LOADERS));

/** Whether `name` is a chapter. */
export const isChapter = (name) => Object.hasOwn(LOADERS, name);

/** Resolves to the chapter called `name` (default: the first), loading its code; undefined for no chapter. */
export function loadChapter(name = DEFAULT_CHAPTER) {
  return isChapter(name) ? LOADERS[name]() : Promise.resolve(undefined);
}
