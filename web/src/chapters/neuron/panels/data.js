// The data panel: one row per training example (hours studied, pass or fail). Rows can be edited,
// added and removed, and "Post's data" brings back the post's five examples. The editor keeps what
// the reader typed; it commits complete, parsed data sets and shows the message of the first bad cell
// (or the engine's, about hours or labels) next to the table.
import { el, uniqueId } from '../../../core/dom.js';
import { parseNumber } from '../../../core/fields.js';
import { pythonFloat } from '../../../core/format.js';

const MAX_EDITABLE_ROWS = 200; // a longer data set (from a URL) is trained but not listed

function tableOf(body, errorId) {
  const heading = (text) => el('th', { scope: 'col', text });
  return el(
    'table',
    { class: 'data-table', 'aria-describedby': errorId },
    el('caption', { class: 'sr-only', text: 'Training data: hours studied and the result' }),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        heading('#'),
        heading('Hours studied'),
        heading('Result'),
        el('th', { scope: 'col' }, el('span', { class: 'sr-only', text: 'Remove' })),
      ),
    ),
    body,
  );
}

// One example's row: its number, the hours input, the result select and a remove button.
function rowOf(hours, label, { onEdit, onRemove }) {
  const result = el(
    'select',
    { onchange: onEdit },
    el('option', { value: '0', text: 'fail' }),
    el('option', { value: '1', text: 'pass' }),
  );
  result.value = String(label);
  const tr = el(
    'tr',
    {},
    el('td', { class: 'row-number' }),
    el(
      'td',
      {},
      el('input', {
        type: 'text',
        inputmode: 'decimal',
        autocomplete: 'off',
        value: pythonFloat(hours).replace(/\.0$/, ''),
        oninput: onEdit,
      }),
    ),
    el('td', {}, result),
    el('td', {}, el('button', { type: 'button', class: 'button icon', text: '×', onclick: () => onRemove(tr) })),
  );
  return tr;
}

// Row numbers and accessible names follow the position, so they are renumbered after each change.
function renumber(body, add) {
  const rows = [...body.rows];
  rows.forEach((tr, i) => {
    const n = i + 1;
    tr.cells[0].textContent = String(n);
    tr.querySelector('input').setAttribute('aria-label', `Row ${n}: hours studied`);
    tr.querySelector('select').setAttribute('aria-label', `Row ${n}: result`);
    const remove = tr.querySelector('button');
    remove.setAttribute('aria-label', `Remove row ${n}`);
    remove.disabled = rows.length === 1; // the engine needs at least one example
  });
  add.disabled = rows.length >= MAX_EDITABLE_ROWS;
}

// Every row parsed: { hours, labels } when all are numbers, else { error } for the first bad cell.
function readRows(body) {
  const hours = [];
  const labels = [];
  let error = null;
  [...body.rows].forEach((tr, i) => {
    const input = tr.querySelector('input');
    try {
      hours.push(parseNumber('hours', input.value));
      input.removeAttribute('aria-invalid');
    } catch (problem) {
      input.setAttribute('aria-invalid', 'true');
      error ??= `hours: row ${i + 1} ${problem.message.slice('hours: '.length)}`;
    }
    labels.push(Number(tr.querySelector('select').value));
  });
  return error ? { error } : { hours, labels };
}

function createDataEditor(container, { onChange, onPostData }) {
  const errorId = `${uniqueId('data')}-error`;
  const body = el('tbody');
  const table = tableOf(body, errorId);
  const error = el('p', { id: errorId, class: 'field-error', 'aria-live': 'polite' });
  const tooMany = el('p', { class: 'note', hidden: true });
  const showError = (message) => {
    error.textContent = message ?? '';
  };
  // Report the data set only when every row is a number.
  const report = () => {
    const read = readRows(body);
    showError(read.error);
    if (!read.error) onChange(read);
  };
  const handlers = {
    onEdit: report,
    onRemove(tr) {
      const next = tr.nextElementSibling ?? tr.previousElementSibling;
      tr.remove();
      renumber(body, add);
      next?.querySelector('button')?.focus(); // keep keyboard focus in the table
      report();
    },
  };
  function addRow() {
    const last = body.rows[body.rows.length - 1];
    const lastHours = last ? Number(last.querySelector('input').value) : 0;
    const label = last ? Number(last.querySelector('select').value) : 1;
    const tr = rowOf(Number.isFinite(lastHours) ? lastHours + 1 : 1, label, handlers);
    body.append(tr);
    renumber(body, add);
    tr.querySelector('input').focus();
    report();
  }
  const add = el('button', { type: 'button', class: 'button small', text: '+ Add row', onclick: addRow });
  const postData = el('button', { type: 'button', class: 'button small', text: "Post's data", onclick: onPostData });
  container.append(table, tooMany, error, el('div', { class: 'button-row' }, add, postData));

  return {
    /** Show a data set chosen elsewhere (the URL, the post's data). */
    setRows(hours, labels) {
      const editable = hours.length <= MAX_EDITABLE_ROWS;
      table.hidden = !editable;
      add.hidden = !editable;
      tooMany.hidden = editable;
      tooMany.textContent = `${hours.length.toLocaleString('en-US')} examples: too many to list here. Change them in the URL, or go back to the post's data.`;
      body.replaceChildren(...(editable ? hours.map((x, i) => rowOf(x, labels[i], handlers)) : []));
      renumber(body, add);
    },
    /** New results for the same hours (a click on the chart), keeping what the reader typed. */
    setLabels(hours, labels) {
      if (body.rows.length !== hours.length) return this.setRows(hours, labels);
      [...body.rows].forEach((tr, i) => {
        tr.querySelector('select').value = String(labels[i]);
      });
    },
    showError,
  };
}

export const dataPanel = {
  name: 'data',
  title: 'Data',
  column: 'side',
  reads: [],
  cadence: 'slow',
  create(slot, { run, fields }) {
    const messages = { hours: null, labels: null }; // the engine's or the link's, shown on one line
    const editor = createDataEditor(slot, {
      onChange: (data) => run.commit(data, { typed: ['hours', 'labels'] }),
      onPostData: () => run.commit({ hours: fields.defaults.hours, labels: fields.defaults.labels }),
    });
    return {
      update() {},
      setState(state, { changed, typed }) {
        if (typed.includes('hours')) return; // the rows are what the reader typed
        if (changed.includes('hours')) editor.setRows(state.hours, state.labels);
        else if (changed.includes('labels')) editor.setLabels(state.hours, state.labels); // a click on the chart
      },
      showError(field, message) {
        messages[field] = message;
        editor.showError([messages.hours, messages.labels].filter(Boolean).join(' ') || null);
      },
    };
  },
};
