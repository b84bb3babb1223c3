// The data panel's table, one page of rows at a time: the page never grows with the data set (a
// million rows are 20,000 pages of 50), and every row shown is a real table row with its number as
// the row header. aria-rowcount/aria-rowindex tell a screen reader where the page sits in the whole.
// It draws what the editor (data.js) holds and reports each edit to it by the row's index.
import { el, setText } from '../../../core/dom.js';
import { count, pythonFloat } from '../../../core/format.js';

export const ROWS_PER_PAGE = 50;

/** 6 -> "6", 2.5 -> "2.5": as the reader would type them. */
export const hoursText = (hours) => pythonFloat(hours).replace(/\.0$/, '');

function headerRow() {
  const heading = (text) => el('th', { scope: 'col', text });
  return el(
    'tr',
    { 'aria-rowindex': 1 },
    heading('#'),
    heading('Hours studied'),
    heading('Result'),
    el('th', { scope: 'col' }, el('span', { class: 'sr-only', text: 'Remove' })),
  );
}

// One example's row: its number (the row header), the hours input, the result select and ×.
function rowOf(index, { text, label, invalid, only }, { onHours, onLabel, onRemove, onPaste }) {
  const n = count(index + 1);
  const input = el('input', {
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    value: text,
    'aria-invalid': invalid ? 'true' : null,
    'aria-label': `Row ${n}: hours studied`,
    oninput: () => onHours(index, input.value),
  });
  // A multi-line paste is data (rows from a spreadsheet or a CSV), not one cell's text.
  input.addEventListener('paste', (event) => {
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    if (!/[\n\r\t]/.test(pasted.trim())) return;
    event.preventDefault();
    onPaste(index, pasted);
  });
  const result = el(
    'select',
    { 'aria-label': `Row ${n}: result`, onchange: () => onLabel(index, Number(result.value)) },
    el('option', { value: '0', text: 'fail' }),
    el('option', { value: '1', text: 'pass' }),
  );
  result.value = String(label);
  const remove = el('button', {
    type: 'button',
    class: 'button icon',
    text: '×',
    'aria-label': `Remove row ${n}`,
    disabled: only, // the engine needs at least one example
    onclick: () => onRemove(index),
  });
  return el(
    'tr',
    { 'aria-rowindex': index + 2 },
    el('th', { scope: 'row', class: 'row-number', text: n }),
    el('td', {}, input),
    el('td', {}, result),
    el('td', {}, remove),
  );
}

/** The navigation under the table: "Rows 51–100 of 300", then first, previous, next and last. */
function pager(goTo) {
  const status = el('p', { class: 'data-pages-status', 'aria-live': 'polite' });
  const step = (glyph, label, to) =>
    el('button', { type: 'button', class: 'button icon', 'aria-label': label, text: glyph, onclick: to });
  const buttons = {
    first: step('«', 'First rows', () => goTo('first')),
    previous: step('‹', `Previous ${ROWS_PER_PAGE} rows`, () => goTo('previous')),
    next: step('›', `Next ${ROWS_PER_PAGE} rows`, () => goTo('next')),
    last: step('»', 'Last rows', () => goTo('last')),
  };
  const node = el(
    'div',
    { class: 'data-pages', role: 'group', 'aria-label': 'Pages of rows' },
    status,
    el('div', { class: 'data-pages-buttons' }, buttons.first, buttons.previous, buttons.next, buttons.last),
  );
  return { node, status, buttons };
}

/**
 * The table in `container`, drawing `model()`: { hours, labels, drafts, bad } (drafts: row index -> the
 * text typed there; bad: the rows whose text is not a number). `handlers` get the row's index:
 * onHours(index, text), onLabel(index, 0|1), onRemove(index), onPaste(index, text) for a multi-line
 * paste into a cell.
 */
export function createDataTable(container, handlers, { describedBy, model }) {
  const body = el('tbody');
  const caption = el('caption', { class: 'sr-only' });
  const table = el(
    'table',
    { class: 'data-table', 'aria-describedby': describedBy },
    caption,
    el('thead', {}, headerRow()),
    body,
  );
  let first = 0; // the index of the first row shown
  const nav = pager((where) => {
    const last = Math.floor((model().hours.length - 1) / ROWS_PER_PAGE) * ROWS_PER_PAGE;
    const to = { first: 0, previous: first - ROWS_PER_PAGE, next: first + ROWS_PER_PAGE, last }[where];
    show(Math.min(Math.max(0, to), last));
  });
  container.append(el('div', { class: 'data-table-scroll' }, table), nav.node);

  function show(from) {
    const data = model();
    const n = data.hours.length;
    first = from;
    const end = Math.min(n, first + ROWS_PER_PAGE);
    const rows = [];
    for (let i = first; i < end; i += 1) {
      const text = data.drafts.get(i) ?? hoursText(data.hours[i]);
      rows.push(rowOf(i, { text, label: data.labels[i], invalid: data.bad.has(i), only: n === 1 }, handlers));
    }
    body.replaceChildren(...rows);
    table.setAttribute('aria-rowcount', String(n + 1));
    const paged = n > ROWS_PER_PAGE;
    const examples = `${count(n)} ${n === 1 ? 'example' : 'examples'}`;
    const range =
      end - first === 1 ? `row ${count(end)} of ${count(n)}` : `rows ${count(first + 1)}–${count(end)} of ${count(n)}`;
    setText(nav.status, paged ? `${range.charAt(0).toUpperCase()}${range.slice(1)}` : examples);
    setText(caption, `Training data, hours studied and the result: ${paged ? range : examples}`);
    nav.buttons.first.parentElement.hidden = !paged;
    for (const [name, button] of Object.entries(nav.buttons)) {
      button.disabled = name === 'first' || name === 'previous' ? first === 0 : end === n;
    }
  }

  const rowAt = (index) => body.querySelector(`tr[aria-rowindex="${index + 2}"]`);
  return {
    /** Draw the page holding row `index` (default: the first row shown). */
    render(index = first) {
      const at = Math.min(Math.max(0, index), Math.max(0, model().hours.length - 1));
      show(at - (at % ROWS_PER_PAGE));
    },
    /** New results shown for the rows on this page. */
    showLabels() {
      const { labels } = model();
      for (const select of body.querySelectorAll('select')) {
        const index = Number(select.closest('tr').getAttribute('aria-rowindex')) - 2;
        select.value = String(labels[index]);
      }
    },
    /** Mark whether row `index`'s hours cell holds a number (when it is on this page). */
    markInvalid(index, invalid) {
      const input = rowAt(index)?.querySelector('input');
      if (invalid) input?.setAttribute('aria-invalid', 'true');
      else input?.removeAttribute('aria-invalid');
    },
    /** Keyboard focus into row `index` ('hours' or 'remove'), once it is shown. */
    focus(index, what) {
      const row = rowAt(index);
      const target = what === 'remove' ? row?.querySelector('button') : row?.querySelector('input');
      target?.focus();
      if (what !== 'remove') target?.select?.();
    },
  };
}
