// The page's entry point: mounts the chapter the URL hash names (#chapter=network; none: chapter 1)
// in the page's [data-one-neuron] element, and when a hash change names another chapter (a link of
// the chapter navigation, back or forward) replaces it by that one. The chapter navigation and the
// introduction follow the open chapter.
import { chapterInHash } from './core/hash.js';
import { mountChapter } from './core/mount.js';
import { DEFAULT_CHAPTER, isChapter, loadChapter } from './chapters/registry.js';

const root = document.querySelector('[data-one-neuron]');
const titles = {
  neuron: document.title,
  network: 'One Neuron — the hidden layer: why a network needs layers and a bend',
};
let open = null; // the open chapter's name

/** The chapter a hash opens: the one it names, else chapter 1 (an unknown name too). */
function chapterOf(hash) {
  const name = chapterInHash(hash);
  return name !== null && isChapter(name) ? name : DEFAULT_CHAPTER;
}

/** The navigation's aria-current, the introduction's chapter texts and the title for chapter `name`. */
function showChapter(name) {
  for (const link of document.querySelectorAll('[data-chapter-link]')) {
    if (link.dataset.chapterLink === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  for (const node of document.querySelectorAll('[data-for-chapter]')) node.hidden = node.dataset.forChapter !== name;
  document.title = titles[name];
}

// One mount at a time: each change waits for the one before it, then replaces it if still wanted.
let mounting = Promise.resolve();

async function mount(name) {
  if (name !== open) return; // another chapter was asked for meanwhile
  root.explorable?.destroy();
  root.explorable = null;
  delete root.dataset.status; // nothing of the old chapter's run is left to wait for
  delete root.dataset.epoch;
  delete root.dataset.panels;
  const chapter = await loadChapter(name);
  root.explorable = await mountChapter(root, chapter);
}

function openChapter(name) {
  open = name;
  showChapter(name);
  mounting = mounting.then(() => mount(name));
  return mounting;
}

// Registered before any mount's own listener, so a chapter about to be replaced never reads the hash.
addEventListener('hashchange', () => {
  const name = chapterOf(location.hash);
  if (name !== open) openChapter(name);
});
openChapter(chapterOf(location.hash)); // no top-level await: it would stop the bundler merging shared code into this chunk
