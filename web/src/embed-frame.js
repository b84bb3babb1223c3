// What every iframe embed does (embed.js: chapter 1, embed-network.js: chapter 2): mount one chapter's
// compact panels, configured by the URL hash like the full page (?panels= picks other panels, as the
// component's attribute does), and tell the page around it its height. Each chapter's embed is a
// self-contained file of its own, so chapter 1's iframe never carries chapter 2; a link naming another
// chapter (embed.html#chapter=network, shared before chapter 2 had its own file) goes on to that one.
import { chapterInHash } from './core/hash.js';
import { mountChapter } from './core/mount.js';
import { readPanels } from './core/panels.js';
import { embedFile } from './core/snippets.js';

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

/** The embed file of the chapter `hash` names when that is not `own`'s; null to stay (none, or unknown). */
export function otherEmbed(hash, own) {
  const named = chapterInHash(hash);
  return named === null || named === own ? null : embedFile(named);
}

/** Mount `chapter` in the page's [data-one-neuron] element, or go on to the embed its hash names. */
export async function startEmbed(chapter) {
  const other = otherEmbed(location.hash, chapter.name);
  if (other) {
    // The same query and the whole hash; replace(): back does not return to the redirect. A sandboxed
    // frame (allow-scripts only) may navigate itself.
    location.replace(`${other}${location.search}${location.hash}`);
    return;
  }
  reportHeight();
  const root = document.querySelector('[data-one-neuron]');
  const { panels, error } = readPanels(new URLSearchParams(location.search).get('panels'), chapter, 'compact');
  if (error) {
    const line = document.querySelector('[data-panels-error]');
    line.textContent = error;
    line.hidden = false;
  }
  root.explorable = await mountChapter(root, chapter, { panels });
}
