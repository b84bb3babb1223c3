// The points to predict (the `test` field, "x1, x2" pairs, as `one-neuron network --test` takes them)
// in the pass panel: their labelled input and each point's pass probability at the current weights,
// to 4 decimals, with a bar and the verdict (chapter 1's "Hours to predict" for two inputs). A bad
// value gets its message under the field, which keeps the reader's text; the table keeps showing the
// last good points.
import { el } from '../../../core/dom.js';
import { createField } from '../../../core/field.js';
import { count, shown } from '../../../core/format.js';

// Rows listed at most (the run may predict up to 100,000 points: the engine computes the shown ones).
export const MAX_SHOWN_POINTS = 20;

// A coordinate as the reader would write it: 0.25, not 0.2500 (4 decimals at most).
const coordinate = (x) => shown(x, 4).replace(/\.?0+$/, '');

function createRow(body) {
  const point = el('th', { scope: 'row' });
  const value = el('span', { class: 'probability' });
  const bar = el('span', { class: 'bar-fill' });
  const verdict = el('span', { class: 'verdict' });
  body.append(
    el('tr', {}, point, el('td', {}, el('span', { class: 'bar', 'aria-hidden': 'true' }, bar), value, verdict)),
  );
  let last = '';
  return (x1, x2, p) => {
    const pointText = `(${coordinate(x1)}, ${coordinate(x2)})`;
    const text = shown(p, 4);
    if (last === pointText + text) return; // no DOM work for rows that did not change
    last = pointText + text;
    point.textContent = pointText;
    value.textContent = text;
    bar.style.width = `${Number.isFinite(p) ? (p * 100).toFixed(1) : 0}%`;
    verdict.textContent = p >= 0.5 ? 'pass' : 'fail';
    verdict.className = p >= 0.5 ? 'verdict pass' : 'verdict fail';
  };
}

/** The table of the first MAX_SHOWN_POINTS points: update(test, probabilities) with test's x1, x2 pairs. */
function createTable() {
  const body = el('tbody');
  const more = el('p', { class: 'note', hidden: true });
  const table = el(
    'table',
    { class: 'predictions network-predictions' },
    el('caption', { class: 'sr-only', text: 'Pass probability for each point to predict' }),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col', text: 'Point (x1, x2)' }),
        el('th', { scope: 'col', text: 'Pass probability' }),
      ),
    ),
    body,
  );
  let rows = [];
  return {
    elements: [table, more],
    update(test, probabilities) {
      if (rows.length !== probabilities.length) {
        body.replaceChildren();
        rows = Array.from(probabilities, () => createRow(body));
      }
      rows.forEach((show, i) => show(test[2 * i], test[2 * i + 1], probabilities[i]));
      const rest = test.length / 2 - probabilities.length;
      more.hidden = rest <= 0;
      more.textContent = `…and ${count(rest)} more ${rest === 1 ? 'point' : 'points'} (the first ${MAX_SHOWN_POINTS} are listed).`;
    },
  };
}

/**
 * The field and its table, for a panel's create(slot, context): -> { element, update(view),
 * setState(state, change), showError(name, message) }.
 */
export function createPredictions({ run, engine, fields }) {
  const field = createField('test', {
    label: fields.spec('test').label,
    help: fields.hint('test', engine.limits),
    onInput: (text) => run.propose('test', text),
    wide: true,
  });
  const table = createTable();
  const reference = el('button', {
    type: 'button',
    class: 'button small',
    text: 'The reference’s points',
    onclick: () => run.commit({ test: fields.defaults.test }),
  });
  const element = el(
    'div',
    { class: 'predictions-slot', dataset: { predict: '' } },
    el('div', { class: 'field-with-button' }, field.element, reference),
    ...table.elements,
  );
  return {
    element,
    update({ trainer, state }) {
      const shownPairs = state.test.slice(0, 2 * MAX_SHOWN_POINTS);
      table.update(state.test, shownPairs.length > 0 ? trainer.predictMany(shownPairs) : []);
    },
    setState(state, { changed, typed }) {
      if (changed.includes('test') && !typed.includes('test')) field.setText(fields.format('test', state.test));
    },
    showError: (_name, message) => field.setError(message),
  };
}
