// The data panel: one row per training example (hours studied, pass or fail), at any size. The table
// shows 50 rows a page (data-table.js); rows can be edited, added and removed at any count, pasted or
// imported as CSV (data-paste.js), and "Post's data" brings back the post's five examples. The editor
// holds the whole data set and keeps what the reader typed; it commits complete, parsed data sets and
// shows the message of the first bad cell (or the engine's, about hours or labels) next to the table.
import { dataCsv, lineOfEngineError, parseDataText } from '../../../core/csv.js';
import { el, uniqueId } from '../../../core/dom.js';
import { parseNumber } from '../../../core/fields.js';
import { count, labelled } from '../../../core/format.js';
import { createDataImport, dataRefusal, rowCount } from './data-paste.js';
import { createDataTable, hoursText } from './data-table.js';
import styles from './data.css?inline';

/** Index -> value maps after row `removed` is deleted: later rows move up by one. */
function shifted(map, removed) {
  const next = new Map();
  for (const [index, value] of map) if (index !== removed) next.set(index > removed ? index - 1 : index, value);
  return next;
}

/** Rows pasted into row `at`'s cell (spreadsheet-like): they overwrite from there on, and may extend. */
function pastedFrom(at, pasted, data) {
  const hours = data.hours.slice();
  const labels = data.labels.slice();
  pasted.hours.forEach((value, k) => {
    hours[at + k] = value;
    // A column of hours keeps each row's result; a new row takes the one above it.
    labels[at + k] = pasted.labels?.[k] ?? labels[at + k] ?? labels[at + k - 1] ?? 1;
  });
  return { hours, labels };
}

// The reader's edits of single rows: typing (kept as typed), a result, removing, a paste into a cell.
function rowHandlers(editor) {
  return {
    onHours(index, text) {
      const { data, bad } = editor;
      data.drafts.set(index, text);
      try {
        data.hours[index] = parseNumber('hours', text);
        bad.delete(index);
      } catch (problem) {
        bad.set(index, problem.message.slice('hours: '.length));
      }
      editor.table.markInvalid(index, bad.has(index));
      editor.report();
    },
    onLabel(index, value) {
      editor.data.labels[index] = value;
      editor.report();
    },
    onRemove(index) {
      const { data } = editor;
      data.hours.splice(index, 1);
      data.labels.splice(index, 1);
      editor.data = { ...data, drafts: shifted(data.drafts, index) };
      editor.bad = shifted(editor.bad, index);
      const stay = Math.min(index, data.hours.length - 1);
      editor.table.render(stay);
      editor.table.focus(stay, 'remove'); // keep keyboard focus in the table
      editor.report();
    },
    onPaste(index, text) {
      try {
        const pasted = parseDataText(text, { hoursOnly: true });
        const next = pastedFrom(index, pasted, editor.data);
        const total = editor.adopt(next, (row) => pasted.lines[row - index], index);
        editor.imports.show(`Pasted ${rowCount(pasted.hours.length)} from row ${index + 1}: ${rowCount(total)} now.`);
      } catch (problem) {
        editor.imports.show(dataRefusal(problem, 'cell'), true);
      }
    },
  };
}

/** "+ Add row": one more than the last row's hours, with its result, on its page, ready to type over. */
function addRow(editor) {
  const { hours, labels } = editor.data;
  const n = hours.length;
  hours.push(n > 0 && Number.isFinite(hours[n - 1] + 1) ? hours[n - 1] + 1 : 1);
  labels.push(n > 0 ? labels[n - 1] : 1);
  editor.table.render(n);
  editor.table.focus(n, 'hours');
  editor.report();
}

/** "Paste data" and "Import CSV…": whole data sets that replace the rows or are added at the end. */
function importsFor(editor) {
  return createDataImport({
    current: () => ({ hours: editor.data.hours, csv: () => dataCsv(editor.data.hours, editor.data.labels, hoursText) }),
    use(parsed, how) {
      if (how === 'replace') return editor.adopt(parsed, (row) => parsed.lines[row]);
      const { hours, labels } = editor.data;
      const next = { hours: hours.concat(parsed.hours), labels: labels.concat(parsed.labels) };
      return editor.adopt(next, (row) => parsed.lines[row - hours.length], next.hours.length - 1);
    },
  });
}

/** "+ Add row", and the note that says why it is off when the data set has the engine's most rows. */
function addButton(errorId, maxRows) {
  const button = el('button', { type: 'button', class: 'button small', text: '+ Add row' });
  const full = el('p', {
    id: `${errorId}-full`,
    class: 'note data-full',
    hidden: true,
    text: `${rowCount(maxRows)}: the most the engine trains. Remove a row to add another.`,
  });
  return {
    button,
    full,
    setFull(isFull) {
      button.disabled = isFull;
      full.hidden = !isFull;
      // Described by the note only while it is shown (a hidden note would still be read).
      if (isFull) button.setAttribute('aria-describedby', full.id);
      else button.removeAttribute('aria-describedby');
    },
  };
}

function createDataEditor(container, { run, fields, maxRows }) {
  const label = fields.spec('hours').label;
  const errorId = `${uniqueId('data')}-error`;
  const error = el('p', { id: errorId, class: 'field-error', 'aria-live': 'polite' });
  const add = addButton(errorId, maxRows);
  let engineMessage = null;
  const editor = {
    data: { hours: [], labels: [], drafts: new Map() }, // drafts: row index -> the text typed there
    bad: new Map(), // row index -> why its text is not a number
    showError() {
      const { bad } = editor;
      const first = bad.size ? Math.min(...bad.keys()) : null;
      error.textContent =
        first === null ? (engineMessage ?? '') : `${label}, row ${count(first + 1)}: ${bad.get(first)}`;
      add.setFull(editor.data.hours.length >= maxRows);
    },
    /** Commit the data set when every row is a number (the engine's message shows if it refuses). */
    report() {
      editor.showError();
      if (editor.bad.size) return;
      const { hours, labels } = editor.data;
      run.commit({ hours: hours.slice(), labels: labels.slice() }, { typed: ['hours', 'labels'] });
    },
    /** A whole new data set, shown from row `at`, if the engine can train it; else throws, naming the line. */
    adopt(next, lineOf, at = 0) {
      try {
        run.validate({ ...run.state(), ...next });
      } catch (problem) {
        throw (
          lineOfEngineError(problem.message, lineOf) ?? new Error(problem.message.replace(/^hours: /, `${label}: `))
        );
      }
      editor.data = { hours: next.hours, labels: next.labels, drafts: new Map() };
      editor.bad = new Map();
      editor.table.render(at);
      editor.report();
      return next.hours.length;
    },
  };
  editor.table = createDataTable(container, rowHandlers(editor), {
    describedBy: errorId,
    model: () => ({ ...editor.data, bad: editor.bad }),
  });
  editor.imports = importsFor(editor);
  add.button.addEventListener('click', () => addRow(editor));
  const postData = el('button', {
    type: 'button',
    class: 'button small',
    text: "Post's data",
    onclick: () => run.commit({ hours: fields.defaults.hours, labels: fields.defaults.labels }),
  });
  const { importButton, file, disclosure, message } = editor.imports;
  const buttons = el('div', { class: 'button-row' }, add.button, importButton, postData);
  container.append(error, buttons, add.full, file, disclosure, message);

  return {
    /** Show a data set chosen elsewhere (the URL, the post's data). */
    setRows(hours, labels) {
      editor.data = { hours: Array.from(hours), labels: Array.from(labels), drafts: new Map() };
      editor.bad = new Map();
      editor.table.render(0);
      editor.showError();
    },
    /** New results for the same hours (a click on the chart), keeping what the reader typed. */
    setLabels(hours, labels) {
      if (editor.data.hours.length !== hours.length) return this.setRows(hours, labels);
      editor.data.labels = Array.from(labels);
      editor.table.showLabels();
    },
    /** The engine's (or the link's) message about the data, shown when no cell has a worse one. */
    showError(message) {
      engineMessage = message;
      editor.showError();
    },
  };
}

/** The panel (descriptor: later.js). */
export function create(slot, { run, fields, engine }) {
  slot.append(el('style', { text: styles }));
  const messages = { hours: null, labels: null }; // the engine's or the link's, shown on one line
  const editor = createDataEditor(slot, { run, fields, maxRows: engine.limits.maxSamples });
  return {
    update() {},
    setState(state, { changed, typed }) {
      if (typed.includes('hours')) return; // the rows are what the reader typed
      if (changed.includes('hours')) editor.setRows(state.hours, state.labels);
      else if (changed.includes('labels')) editor.setLabels(state.hours, state.labels); // a click on the chart
    },
    showError(field, message) {
      messages[field] = labelled(message, field, fields.spec(field).label);
      editor.showError([messages.hours, messages.labels].filter(Boolean).join(' ') || null);
    },
  };
}
