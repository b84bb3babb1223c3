// The training cycle's table: every example of one epoch (the first rows of a large data set) with the
// engine's numbers, x, y, z, ŷ, loss term, error and error·x/n, and under them the engine's means
// (the loss, db, dw). A stage fills the columns it computes (the forward pass first, the loss next,
// the backward pass last) and lights them. Each cell also holds its exact value (data-value), so a
// test can check it bit for bit against the engine.
import { el, setText } from '../../../../core/dom.js';
import { four } from './stages.js';

// Each column: its heading, the stage that fills it, and its value in an engine Example.
const COLUMNS = [
  { key: 'hours', head: 'x', label: 'hours x', stage: 1, narrow: 'all', text: (v) => String(v) },
  { key: 'label', head: 'y', label: 'label y', stage: 1, narrow: 'all', text: (v) => String(v) },
  { key: 'z', head: 'z', label: 'z', stage: 1, narrow: [0, 1] },
  { key: 'probability', head: 'ŷ', label: 'ŷ, the pass probability', stage: 1, narrow: [0, 1, 2] },
  { key: 'lossTerm', head: 'loss term', label: 'loss term', stage: 2, narrow: [2] },
  { key: 'error', head: 'error ŷ − y', label: 'error ŷ minus y', stage: 3, narrow: [3, 4] },
  { key: 'weightPart', head: 'error·x ÷ n', label: 'error times x over n, its part of dw', stage: 3, narrow: [3, 4] },
];

// The bottom row: the engine's mean under three columns (from evaluate()).
const MEANS = {
  lossTerm: { name: 'L', key: 'loss', stage: 2 },
  error: { name: 'db', key: 'biasGradient', stage: 3 },
  weightPart: { name: 'dw', key: 'weightGradient', stage: 3 },
};

// A cell's classes: the stage that fills it, and on a narrow screen (cycle.css) the stages that show it.
function cell(tag, column, props = {}) {
  const narrow = column.narrow === 'all' ? ['keep'] : column.narrow.map((stage) => `narrow-${stage}`);
  return el(tag, {
    class: ['cycle-col', `stage-${column.stage}`, ...narrow].join(' '),
    'data-column': column.key,
    ...props,
  });
}

/** createCycleTable() -> { element, show(snapshot | null, stage) }. */
export function createCycleTable() {
  const caption = el('caption');
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col', text: 'row' }),
    COLUMNS.map((column) => cell('th', column, { scope: 'col', text: column.head, 'aria-label': column.label })),
  );
  const body = el('tbody');
  const meanCells = COLUMNS.map((column) => cell('td', column));
  const foot = el('tfoot', {}, el('tr', {}, el('th', { scope: 'row', text: 'mean' }), meanCells));
  const table = el('table', { class: 'chart-table cycle-table' }, caption, el('thead', {}, head), body, foot);
  // Its own scroll box on a narrow screen, reachable by keyboard (a focusable region with a name).
  const element = el(
    'div',
    { class: 'cycle-table-scroll', tabindex: '0', role: 'region', 'aria-label': 'This epoch, example by example' },
    table,
  );
  let rows = [];

  function ensureRows(count) {
    if (rows.length === count) return;
    rows = Array.from({ length: count }, (_, r) => ({
      head: el('th', { scope: 'row', text: String(r + 1) }),
      cells: COLUMNS.map((column) => cell('td', column)),
    }));
    body.replaceChildren(...rows.map((row) => el('tr', {}, row.head, row.cells)));
  }

  function fill(node, value, text, shownNow) {
    setText(node, shownNow ? text : '');
    const exact = shownNow ? String(value) : '';
    if (node.dataset.value !== exact) node.dataset.value = exact;
  }

  return {
    element,
    /** The snapshot's examples with the columns up to `stage` filled (none before a walk). */
    show(snapshot, stage) {
      const examples = snapshot?.examples ?? [];
      ensureRows(examples.length);
      examples.forEach((example, r) =>
        COLUMNS.forEach((column, k) => {
          const value = example[column.key];
          fill(rows[r].cells[k], value, (column.text ?? four)(value), stage >= column.stage);
        }),
      );
      COLUMNS.forEach((column, k) => {
        const mean = MEANS[column.key];
        const value = mean && snapshot ? snapshot.evaluation[mean.key] : NaN;
        fill(meanCells[k], value, mean ? `${mean.name} ${four(value)}` : '', Boolean(mean) && stage >= mean.stage);
      });
      table.dataset.stage = String(stage);
      const n = snapshot?.n ?? 0;
      setText(
        caption,
        !snapshot
          ? 'Each example of the next epoch appears here, stage by stage.'
          : n > examples.length
            ? `Epoch ${snapshot.epoch + 1}: the first ${examples.length} of ${n} examples; the means are over all ${n}, from the engine.`
            : `Epoch ${snapshot.epoch + 1}, every example; the means are the engine's (dw is the mean of error·x: the sum of the last column).`,
      );
    },
  };
}
