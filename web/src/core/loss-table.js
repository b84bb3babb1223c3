// The loss per epoch as a table, for readers who cannot see the chart: 11 epochs spread over the run
// (the first and the last included) from the engine's loss history, in a disclosure under the chart.
// Built only while it is open.
import { el } from './dom.js';
import { count, shown } from './format.js';

const ROWS = 11;

/**
 * The entries of `losses` (one every `stride` epochs from epoch 0) to show: [{ epoch, loss }] at tenths
 * of the run (0, 500, 1,000, … of 5,000 epochs) and its last epoch.
 */
export function lossRows(losses, stride) {
  const last = losses.length - 1;
  const tenths = Array.from({ length: ROWS }, (_, k) => Math.min(Math.round((k * losses.length) / (ROWS - 1)), last));
  return [...new Set(tenths)].filter((i) => i >= 0).map((i) => ({ epoch: i * stride, loss: losses[i] }));
}

/** Returns { element, update() }; trainer() is the run's trainer (null before the first). */
export function createLossTable(trainer) {
  const table = el('table', { class: 'chart-table loss-table' });
  const element = el('details', { class: 'chart-table-box' }, el('summary', { text: 'The loss as a table' }), table);

  function update() {
    if (!element.open) return;
    const current = trainer();
    const rows = current ? lossRows(current.lossHistorySince(0), current.lossStride()) : [];
    const body = rows.length
      ? rows.map(({ epoch, loss }) =>
          el('tr', {}, el('th', { scope: 'row', text: count(epoch) }), el('td', { text: shown(loss, 4) })),
        )
      : [el('tr', {}, el('td', { colspan: 2, text: 'No epochs trained yet.' }))];
    table.replaceChildren(
      el('caption', { text: 'Loss at epochs across the run, the first and the last included' }),
      el(
        'thead',
        {},
        el('tr', {}, el('th', { scope: 'col', text: 'epoch' }), el('th', { scope: 'col', text: 'loss' })),
      ),
      el('tbody', {}, body),
    );
  }
  element.addEventListener('toggle', update);
  return { element, update };
}
