// <one-neuron>: the explorable as a custom element, for blogs. Its own Shadow DOM (the host page's CSS
// does not reach in, its CSS does not leak out); several on one page run independently. Attributes
// hours, labels, lr, epochs, seed, test, w0, b0 mean what they mean in the URL hash; `panels` picks
// what shows: "compact" (loss chart, predictions, hours input), "full", or a list such as
// "training,prediction,principles" (core/panels.js; a value naming no panel shows the compact set and
// says why). Changing a field's attribute re-runs the demo in place (the same
// panels, a new run); changing `panels` builds the element again. The WASM engine is found next to
// this module, wherever it is hosted.
import { chapterNamed } from './chapters/registry.js';
import { readPairs } from './core/hash.js';
import { mountChapter } from './core/mount.js';
import { readPanels } from './core/panels.js';
import styles from './styles.css?inline';

const chapter = chapterNamed();

/** The element's field attributes -> { state, errors }, with the `panels` attribute's message. */
function readAttributes(element) {
  const attributes = chapter.fields.names
    .map((name) => [name, element.getAttribute(name)])
    .filter(([, text]) => text !== null);
  const { panels, error } = readPanels(element.getAttribute('panels'), chapter);
  const initial = readPairs(attributes, chapter.fields);
  if (error) initial.errors.panels = error;
  return { panels, initial };
}

class OneNeuronElement extends HTMLElement {
  static get observedAttributes() {
    return [...chapter.fields.names, 'panels'];
  }

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

  // New panels build the element again; new fields only load a new run into the panels there are.
  #update() {
    if (!this.isConnected) return;
    if (this.getAttribute('panels') !== this.#panels) {
      this.#render();
      return;
    }
    if (!this.#explorable) {
      this.#stale = true; // the render still loading loads them once it is ready
      return;
    }
    this.#stale = false;
    const { initial } = readAttributes(this);
    this.#explorable.load(initial.state, initial.errors);
  }

  async #render() {
    const generation = ++this.#generation;
    this.#explorable?.destroy();
    this.#explorable = null;
    this.#panels = this.getAttribute('panels');
    this.#stale = false;
    // Each run gets its own root, so a run still loading can be dropped without touching the new one.
    const root = document.createElement('div');
    root.className = 'one-neuron';
    root.dataset.oneNeuron = '';
    this.shadowRoot.querySelector('.one-neuron')?.remove();
    this.shadowRoot.append(root);
    const { panels, initial } = readAttributes(this);
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
