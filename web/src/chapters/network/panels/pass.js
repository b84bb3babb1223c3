// One point's pass through the network, with the engine's numbers (trainer.example(row)): forward,
// each hidden unit's weighted sum z and output h, then the output's z, its probability p and the
// point's loss; backward, the output's error p − y and the error each unit gets back through W2 and
// its bend. The point is picked by number (the diagram shows the same point's values). Then the
// points to predict (predict.js): any x1, x2 the reader types, with its pass probability.
import { button, el, setText, uniqueId } from '../../../core/dom.js';
import { count, shown } from '../../../core/format.js';
import { passFormulas } from './pass-math.js';
import { createPredictions } from './predict.js';

const f = (x) => shown(x, 4);

function row(head, ...cells) {
  return el(
    'tr',
    {},
    el('th', { scope: 'row', text: head }),
    cells.map((text) => el('td', { text })),
  );
}

/** The table of `pass` (a PointPass) for the network's state. */
function passTable(pass, state) {
  const rows = [];
  for (let j = 0; j < pass.z1.length; j += 1) {
    rows.push(row(`unit ${j + 1}`, f(pass.z1[j]), f(pass.h[j]), f(pass.sentBack[j])));
  }
  rows.push(row('output', f(pass.z2), `p = ${f(pass.probability)}`, f(pass.error)));
  const bend = state.hidden === 0 ? '' : `, h = ${state.activation}(z)`;
  return el(
    'table',
    { class: 'chart-table pass-table' },
    el('caption', { text: `Forward: z = weighted sum plus bias${bend}; backward: the error each gets` }),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col', text: 'layer' }),
        el('th', { scope: 'col', text: 'z' }),
        el('th', { scope: 'col', text: 'h (output)' }),
        el('th', { scope: 'col', text: 'error sent back' }),
      ),
    ),
    el('tbody', {}, rows),
  );
}

/** The point's number with Previous and Next: -> { element, show(example, pointCount) }. */
function createPicker(select) {
  const id = uniqueId('pass-point');
  const input = el('input', { id, type: 'text', inputmode: 'numeric', autocomplete: 'off', class: 'pass-point' });
  let pointCount = 1;
  const pick = (n) => select('example', Math.min(Math.max(1, Math.round(n) || 1), pointCount) - 1);
  input.addEventListener('change', () => pick(Number(input.value)));
  const previous = button('Previous', {
    small: true,
    label: 'Previous point',
    onClick: () => pick(Number(input.value) - 1),
  });
  const next = button('Next', { small: true, label: 'Next point', onClick: () => pick(Number(input.value) + 1) });
  const of = el('span', { class: 'note' });
  const element = el(
    'div',
    { class: 'button-row pass-picker' },
    el('label', { for: id, text: 'Point' }),
    input,
    of,
    previous,
    next,
  );
  return {
    element,
    show(example, points) {
      pointCount = points;
      if (document.activeElement !== input) input.value = String(example + 1);
      setText(of, `of ${count(pointCount)}`);
    },
  };
}

export const passPanel = {
  name: 'pass',
  title: 'One point’s pass',
  lede: 'Forward through the layers to a probability, then the error sent back to each unit: the numbers gradient descent uses for this point. Below it, the pass probability of any point you type.',
  column: 'wide',
  reads: ['pass', 'example', 'points', 'state', 'parameters', 'unit', 'trainer'],
  cadence: 'slow',
  create(slot, context) {
    const picker = createPicker(context.select);
    const point = el('p', { class: 'pass-point-text', dataset: { pass: 'point' } });
    const loss = el('p', { class: 'pass-loss', dataset: { pass: 'loss' } });
    const tableSlot = el('div', { class: 'data-table-scroll' });
    // Scrolls sideways when a formula is wider than a phone (one Tab stop, so a keyboard can scroll it).
    const formulas = el('div', {
      class: 'pass-formulas',
      tabindex: 0,
      role: 'group',
      'aria-label': 'The pass as formulas',
    });
    const which = el('p', { class: 'note' });
    // The points to predict (the `test` field): not training points, so after this one's pass.
    const predictions = createPredictions(context);
    slot.append(picker.element, point, formulas, which, tableSlot, loss, predictions.element);
    return {
      update(view) {
        const { pass, example, points, state, parameters, unit } = view;
        const j = Number.isInteger(unit) && unit < state.hidden ? unit : 0;
        formulas.replaceChildren(...passFormulas(pass, parameters, j, state.activation));
        setText(
          which,
          state.hidden === 0
            ? 'No hidden layer: the output reads x1 and x2.'
            : `Unit ${j + 1}'s part; focus or hover another unit (in the diagram or the thumbnails) to see its own. Every unit:`,
        );
        picker.show(example, points.labels.length);
        setText(point, `Point ${example + 1}: x1 = ${f(pass.x1)}, x2 = ${f(pass.x2)}, label y = ${pass.label}.`);
        tableSlot.replaceChildren(passTable(pass, state));
        setText(
          loss,
          `Its loss −(y·log(p + 1e-9) + (1 − y)·log(1 − p + 1e-9)) = ${f(pass.lossTerm)}; the output's error p − y = ${f(pass.error)}.`,
        );
        predictions.update(view);
      },
      setState: predictions.setState,
      showError: predictions.showError,
    };
  },
};
