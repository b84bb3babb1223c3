// The "Compare learning rates" panel: the `compare` field (a labelled list of rates, typed or set by
// the buttons), and for each compared run its line style, epoch, loss, weight and bias, what its
// loss says about the rate (verdict.js) in words, its run file and a button removing it. The runs
// themselves are model.js's: this panel owns the model and hands it to the view as the selection
// `comparison`, so the training panel and the landscape draw the same runs without knowing this one.
import { button, el, setText } from '../../../../core/dom.js';
import { createField } from '../../../../core/field.js';
import { count, shown } from '../../../../core/format.js';
import { download } from '../../../../core/download.js';
import { runJson } from '../../run-file.js';
import { createComparison } from './model.js';
import styles from './comparison.css?inline';

// The post's three rates and one that overshoots on its data: at 5 the loss goes 0.54, 1.19, 5.92,
// 3.37, 0.89, … before it settles (at 2 it rises 8 times, at 1 never).
export const SUGGESTED = Object.freeze([0.01, 0.1, 1, 5]);

/** The line's look (colour and dash) as a small swatch, for the legend-less list. */
function swatch(run) {
  const line = el('span', { class: 'rate-swatch', 'aria-hidden': 'true' });
  line.style.borderTopColor = run.color;
  line.style.borderTopStyle = run.dash[0] <= 2 ? 'dotted' : 'dashed';
  return line;
}

function runItem(run, { onRemove, onSave }) {
  const numbers = el('span', { class: 'rate-numbers' });
  const verdict = el('p', { class: 'rate-verdict' });
  const item = el(
    'li',
    { class: 'rate-run', dataset: { rate: String(run.rate) } },
    el(
      'div',
      { class: 'rate-head' },
      swatch(run),
      el('strong', { text: run.label }),
      numbers,
      el(
        'span',
        { class: 'rate-actions' },
        button('Run as JSON', { label: `Run as JSON: the ${run.label} run`, small: true, onClick: onSave }),
        button('Remove', { label: `Remove ${run.label}`, small: true, onClick: onRemove }),
      ),
    ),
    verdict,
  );
  return {
    item,
    update(snapshot) {
      const { epoch, loss, weight, bias } = snapshot;
      setText(
        numbers,
        `epoch\u00a0${count(epoch)} · loss\u00a0${shown(loss, 4)} · w\u00a0${shown(weight, 4)} · b\u00a0${shown(bias, 4)}`,
      );
      setText(verdict, snapshot.verdict.text);
      item.dataset.verdict = snapshot.verdict.kind;
    },
  };
}

class RatesPanel {
  #context;
  #model;
  #field;
  #list = el('ul', { class: 'rate-runs' });
  #items = new Map(); // rate -> runItem
  #key = '';
  #suggest;
  #zoom = button('', { small: true, onClick: () => this.#context.run.commit({ epochs: this.#zoomTo }) });
  #zoomTo = 0;
  #zoomRow = el('div', { class: 'button-row', hidden: true }, this.#zoom);
  #catchUp = 0;

  constructor(slot, context) {
    slot.append(el('style', { text: styles }));
    this.#context = context;
    this.#model = createComparison(context.engine);
    const { run, fields, engine } = context;
    this.#field = createField('compare', {
      label: fields.spec('compare').label,
      help: fields.hint('compare', engine.limits),
      placeholder: SUGGESTED.join(', '),
      onInput: (text) => run.propose('compare', text),
      wide: true,
    });
    this.#suggest = button(`Compare ${SUGGESTED.join(', ')}`, {
      onClick: () => run.commit({ compare: [...SUGGESTED] }),
    });
    slot.append(
      el('div', { class: 'field-with-button' }, this.#field.element, this.#suggest),
      this.#list,
      this.#zoomRow,
    );
    context.select('comparison', this.#model);
  }

  setState(state, { changed, typed }) {
    if (changed.includes('compare') && !typed.includes('compare')) {
      this.#field.setText(state.compare ? state.compare.join(', ') : '');
    }
    // A new link forgets the selection: hand the model over again once the load is done.
    queueMicrotask(() => {
      if (this.#context.selection().comparison !== this.#model) this.#context.select('comparison', this.#model);
    });
  }

  showError(name, message) {
    this.#field.setError(message);
  }

  update(view) {
    const comparison = view.comparison;
    if (!comparison) return;
    this.#build(comparison.runs);
    for (const snapshot of comparison.runs) this.#items.get(snapshot.rate).update(snapshot);
    this.#showZoom(comparison.runs, view.target);
    // Runs behind a paused main run (a big data set) catch up over the next frames.
    if (comparison.behind && !view.playing && !this.#catchUp) {
      this.#catchUp = setTimeout(() => {
        this.#catchUp = 0;
        this.#context.select('comparison', this.#model);
      });
    }
  }

  destroy() {
    clearTimeout(this.#catchUp);
    this.#model.destroy();
  }

  // An overshoot in the first epochs is a few pixels wide on a chart of thousands: a button sets the
  // epochs to just past the last rise, where the chart shows each jump.
  #showZoom(runs, target) {
    const last = Math.max(-1, ...runs.map((run) => run.lastRise));
    this.#zoomTo = Math.ceil((last + 6) / 10) * 10;
    this.#zoomRow.hidden = last < 0 || target <= this.#zoomTo;
    setText(this.#zoom.querySelector('.button-text'), `See the first ${count(this.#zoomTo)} epochs`);
  }

  // The list's items, built again only when the rates (or their order) change.
  #build(runs) {
    const key = runs.map((run) => run.rate).join(',');
    if (key === this.#key) return;
    this.#key = key;
    this.#suggest.hidden = key === SUGGESTED.join(',');
    this.#items.clear();
    this.#list.replaceChildren(
      ...runs.map((snapshot) => {
        const item = runItem(snapshot, {
          onRemove: () => this.#remove(snapshot.rate),
          onSave: () => this.#save(snapshot),
        });
        this.#items.set(snapshot.rate, item);
        return item.item;
      }),
    );
  }

  #remove(rate) {
    const { run } = this.#context;
    const rest = (run.state().compare ?? []).filter((r) => r !== rate);
    run.commit({ compare: rest.length > 0 ? rest : undefined });
    this.#field.input.focus(); // the button is gone: the keyboard stays in the panel
  }

  #save(snapshot) {
    const state = { ...this.#context.run.state(), lr: snapshot.rate };
    const name = `one-neuron-lr-${snapshot.rate}.json`;
    download(name, new Blob([runJson(state, snapshot.trainer)], { type: 'application/json' }));
  }
}

/** The panel (descriptor: ../later.js). */
export const create = (slot, context) => new RatesPanel(slot, context);
