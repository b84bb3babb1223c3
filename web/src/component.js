// <one-neuron>: the explorable as a custom element, for blogs. Its own Shadow DOM (the host page's CSS
// does not reach in, its CSS does not leak out); several on one page run independently. Attributes
// hours, labels, lr, epochs, seed, test, w0, b0 mean what they mean in the URL hash; `panels` picks
// what shows: "compact" (loss chart, predictions, hours input), "full", or a list such as
// "training,prediction,principles" (core/panels.js; a value naming no panel shows the compact set and
// says why). Changing a field's attribute re-runs the demo in place (the same
// panels, a new run); changing `panels` builds the element again. `chapter="network"` shows chapter 2
// (its attributes are its fields: dataset, points, hidden, activation, …), loaded when first asked
// for; changing `chapter` builds the element again. The WASM engine is found next to this module,
// wherever it is hosted.
import { DEFAULT_CHAPTER, isChapter, loadChapter } from './chapters/registry.js';
import { networkFields } from './chapters/network/fields.js';
import { neuronFields } from './chapters/neuron/fields.js';
import { readPairs } from './core/hash.js';
import { mountChapter } from './core/mount.js';
import { readPanels } from './core/panels.js';
import styles from './styles.css?inline';

// Every chapter's field names (the chapters' code loads lazily, their field tables are small).
const FIELD_NAMES = [...new Set([...neuronFields.names, ...networkFields.names])];

/** The element's `chapter` attribute -> { name, error? }: an unknown one shows chapter 1 and says why. */
function chapterOf(element) {
  const asked = element.getAttribute('chapter')?.trim() || DEFAULT_CHAPTER;
  if (isChapter(asked)) return { name: asked };
  const shown = JSON.stringify(asked.slice(0, 20));
  return { name: DEFAULT_CHAPTER, error: `chapter: ${shown} is not a chapter, so this shows chapter 1; use network` };
}

/** The element's field attributes -> { state, errors }, with the `panels` and `chapter` attributes' messages. */
function readAttributes(element, chapter, chapterError) {
  const attributes = chapter.fields.names
    .map((name) => [name, element.getAttribute(name)])
    .filter(([, text]) => text !== null);
  const { panels, error } = readPanels(element.getAttribute('panels'), chapter);
  const initial = readPairs(attributes, chapter.fields);
  if (error) initial.errors.panels = error;
  if (chapterError) initial.errors.chapter = chapterError;
  return { panels, initial };
}

class OneNeuronElement extends HTMLElement {
  static get observedAttributes() {
    return [...FIELD_NAMES, 'panels', 'chapter'];
  }

  #chapter = null; // the descriptor the current (or loading) render shows
  #chapterName = undefined; // the `chapter` attribute it was built for
  #chapterError = undefined;

  #explorable = null;
  #scheduled = false;
  #generation = 0; // a newer render supersedes one still loading
  #panels = undefined; // the `panels` attribute the current (or loading) render was built for
  #stale = false; // field attributes changed while the render was loading

  connectedCallback() {
    if (!this.shadowRoot) {
      const style = document.createElement('style');
      style.textContent = styles;
      this.attachShadow({ mode: 'open' }).append(style);
    }
    this.#panels = undefined; // (re)connected: build it
    this.#schedule();
  }

  disconnectedCallback() {
    this.#generation += 1;
    this.#explorable?.destroy();
    this.#explorable = null;
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#schedule();
  }

  /** The running explorable's handle (state(), load(), destroy(), ...), or null while it loads. */
  get explorable() {
    return this.#explorable;
  }

  // Several attribute changes in one task update the element once.
  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#update();
    });
  }

  // New panels or a new chapter build the element again; new fields only load a new run into the panels there are.
  #update() {
    if (!this.isConnected) return;
    if (this.getAttribute('panels') !== this.#panels || this.getAttribute('chapter') !== this.#chapterName) {
      this.#render();
      return;
    }
    if (!this.#explorable) {
      this.#stale = true; // the render still loading loads them once it is ready
      return;
    }
    this.#stale = false;
    const { initial } = readAttributes(this, this.#chapter, this.#chapterError);
    this.#explorable.load(initial.state, initial.errors);
  }

  async #render() {
    const generation = ++this.#generation;
    this.#explorable?.destroy();
    this.#explorable = null;
    this.#panels = this.getAttribute('panels');
    this.#chapterName = this.getAttribute('chapter');
    this.#stale = false;
    const asked = chapterOf(this);
    const chapter = await loadChapter(asked.name);
    if (generation !== this.#generation) return;
    this.#chapter = chapter;
    this.#chapterError = asked.error;
    // Each run gets its own root, so a run still loading can be dropped without touching the new one.
    const root = document.createElement('div');
    root.className = 'one-neuron';
    root.dataset.oneNeuron = '';
    this.shadowRoot.querySelector('.one-neuron')?.remove();
    this.shadowRoot.append(root);
    const { panels, initial } = readAttributes(this, chapter, asked.error);
    const explorable = await mountChapter(root, chapter, { useHash: false, panels, initial });
    if (generation !== this.#generation) {
      explorable?.destroy();
      root.remove();
      return;
    }
    this.#explorable = explorable;
    if (this.#stale) this.#update();
    this.dispatchEvent(new CustomEvent('one-neuron-ready', { bubbles: true, composed: true }));
  }
}

if (!customElements.get('one-neuron')) customElements.define('one-neuron', OneNeuronElement);
