// The iframe embed's entry point: a chapter's compact panels (chapter 1's: loss chart, predictions,
// hours input; #chapter=network opens chapter 2's), configured by the URL hash like the full page; ?panels= picks other panels as the
// component's attribute does (in the query: the hash holds the run's settings only). Built as one
// self-contained file (dist/embed.html), since a sandboxed iframe without allow-same-origin cannot
// fetch its own scripts or WASM. It tells the page around it its height, so the snippet's optional
// script can size the frame to fit (no scrollbar inside).
import { isChapter, loadChapter } from './chapters/registry.js';
import { chapterInHash } from './core/hash.js';
import { mountChapter } from './core/mount.js';
import { readPanels } from './core/panels.js';

/** Post { type: 'one-neuron:height', height } to the parent whenever the page's height changes. */
function reportHeight() {
  if (window.parent === window) return;
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // Any origin may read a height; a sandboxed frame's own origin is "null", so none can be named.
    window.parent.postMessage({ type: 'one-neuron:height', height }, '*');
  }).observe(document.body);
}

reportHeight();
const root = document.querySelector('[data-one-neuron]');
// No top-level await (see main.js).
async function start() {
  const named = chapterInHash(location.hash);
  const chapter = await loadChapter(named !== null && isChapter(named) ? named : undefined);
  const { panels, error } = readPanels(new URLSearchParams(location.search).get('panels'), chapter, 'compact');
  if (error) {
    const line = document.querySelector('[data-panels-error]');
    line.textContent = error;
    line.hidden = false;
  }
  root.explorable = await mountChapter(root, chapter, { panels });
}
start();
