// Every chapter by name: the page, embed.html and <one-neuron> look chapters up here.
import { neuronChapter } from './neuron/index.js';

export const CHAPTERS = Object.freeze({ neuron: neuronChapter });
export const DEFAULT_CHAPTER = 'neuron';

/** The chapter called `name` (default: the first chapter), or undefined. */
export function chapterNamed(name = DEFAULT_CHAPTER) {
  return Object.hasOwn(CHAPTERS, name) ? CHAPTERS[name] : undefined;
}
