// Every chapter by name: the page, embed.html and <one-neuron> look chapters up here. Chapter 1 is
// part of every entry's bundle; the others are loaded (their code, their CSS and their engine's WASM)
// only when they are opened, so chapter 1's page never downloads them.
import { neuronChapter } from './neuron/index.js';

export const DEFAULT_CHAPTER = 'neuron';

// name -> () => Promise of the descriptor; each a dynamic import() (a chunk of its own) but chapter 1's.
const LOADERS = Object.freeze({
  neuron: async () => neuronChapter,
  network: async () => (await import('./network/index.js')).networkChapter,
});

/** The chapters' names, in reading order. */
export const CHAPTER_NAMES = Object.freeze(Object.keys(LOADERS));

/** Whether `name` is a chapter. */
export const isChapter = (name) => Object.hasOwn(LOADERS, name);

/** The chapter called `name` (default: the first chapter), or undefined; chapter 1 only (it is never lazy). */
export function chapterNamed(name = DEFAULT_CHAPTER) {
  return name === DEFAULT_CHAPTER ? neuronChapter : undefined;
}

/** Resolves to the chapter called `name` (default: the first), loading its code; undefined for no chapter. */
export function loadChapter(name = DEFAULT_CHAPTER) {
  return isChapter(name) ? LOADERS[name]() : Promise.resolve(undefined);
}
