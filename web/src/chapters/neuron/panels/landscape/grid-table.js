// The landscape as a table, for readers who cannot see its colours: the loss at 5 x 5 points of the
// surface's own grid (the engine's values, not read back from pixels), weights across, biases down
// from the highest as on screen, in a disclosure under the chart. Built only while it is open.
import { el } from '../../../../core/dom.js';
import { shown } from '../../../../core/format.js';

const POINTS = 5; // per axis

/** The POINTS grid indices spread evenly over 0..side-1, ends included. */
const spread = (side) => Array.from({ length: POINTS }, (_, k) => Math.round((k * (side - 1)) / (POINTS - 1)));

/** Returns { element, show(losses, grid), hide() }; `losses` and `grid` as trainer.lossLandscape's. */
export function createGridTable() {
  const table = el('table', { class: 'chart-table landscape-table' });
  const element = el(
    'details',
    { class: 'chart-table-box', hidden: true },
    el('summary', { text: 'The loss as a table' }),
    table,
  );
  let sampled = null; // { weights, biases, rows: [[loss, ...] from the highest bias] }

  function render() {
    if (!element.open || !sampled) return;
    const { weights, biases, rows } = sampled;
    const head = el(
      'tr',
      {},
      el('th', { scope: 'col', text: 'bias b' }),
      weights.map((weight) => el('th', { scope: 'col', dataset: { weight }, text: shown(weight, 2) })),
    );
    const body = rows.map((losses, r) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row', dataset: { bias: biases[r] }, text: shown(biases[r], 2) }),
        losses.map((loss) => el('td', { text: shown(loss, 4) })),
      ),
    );
    table.replaceChildren(
      el('caption', { text: 'Loss at 5 weights w (columns) and 5 biases b (rows, the highest first)' }),
      el('thead', {}, head),
      el('tbody', {}, body),
    );
  }
  element.addEventListener('toggle', render);

  return {
    element,
    show(losses, grid) {
      const columns = spread(grid.columns);
      const rowIndices = spread(grid.rows).reverse();
      const at = (min, max, i, side) => min + ((max - min) * i) / (side - 1);
      sampled = {
        weights: columns.map((c) => at(grid.weightMin, grid.weightMax, c, grid.columns)),
        biases: rowIndices.map((r) => at(grid.biasMin, grid.biasMax, r, grid.rows)),
        rows: rowIndices.map((r) => columns.map((c) => losses[r * grid.columns + c])),
      };
      element.hidden = false;
      render();
    },
    hide() {
      sampled = null;
      element.hidden = true;
    },
  };
}
