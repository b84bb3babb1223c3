// Whole data sets into the data panel: "Paste data" (a box for `hours,label` lines, opened from a
// disclosure) and "Import CSV…" (a file, read only when it is small enough). Both parse with the CLI's
// parser (core/csv.js) and hand complete data sets to the editor; on any error nothing is replaced and
// the message names the line.
import { DataLineError, MAX_DATA_FILE_BYTES, parseDataText } from '../../../core/csv.js';
import { el, uniqueId } from '../../../core/dom.js';
import { count } from '../../../core/format.js';

const PREFILL_ROWS = 10_000; // the box starts with the data when it is at most this long
const MAX_NAME = 80; // the longest file name echoed back

/** 1 -> "1 row", 300 -> "300 rows". */
export const rowCount = (n) => `${count(n)} ${n === 1 ? 'row' : 'rows'}`;
const trimmed = (text) => String(text).replace(/[.\s]+$/, '');
const capital = (text) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * Why pasted or imported text was not used, as the reader sees it; `source` is 'box', 'cell' or a
 * file's name. `error` is core/csv.js's DataLineError (a line, or null for the whole text) or an Error
 * with the engine's message.
 */
export function dataRefusal(error, source) {
  const line = error instanceof DataLineError ? error.line : null;
  const rule = trimmed(error instanceof DataLineError ? error.rule : error.message);
  const end = 'Nothing was changed.';
  if (source === 'box') return line === null ? `${capital(rule)}. ${end}` : `Line ${line}: ${rule}. ${end}`;
  if (source === 'cell') {
    return `${line === null ? 'The pasted text' : `Line ${line} of the pasted text`}: ${rule}. ${end}`;
  }
  const where = line === null ? '' : `line ${line}: `;
  return `Could not import ${String(source).slice(0, MAX_NAME)}: ${where}${rule}. ${end}`;
}

// As the run-file import says it: just over the limit, whole megabytes would say "50 MB", so bytes.
function megabytes(bytes) {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (Math.round(bytes / 1e6) <= MAX_DATA_FILE_BYTES / 1e6) return `${count(bytes)} bytes`;
  return `${Math.round(bytes / 1e6)} MB`;
}

/** `chosen` (a CSV of hours,label) handed to `use`; the sentence to show, or throws the refusal. */
export async function importFile(chosen, use) {
  const name = String(chosen.name).slice(0, MAX_NAME);
  // From the file's size, before reading it: a 2 GB file is never read into a string.
  if (chosen.size > MAX_DATA_FILE_BYTES) {
    const what = `it is ${megabytes(chosen.size)}; a data file is at most ${MAX_DATA_FILE_BYTES / 1e6} MB`;
    throw new Error(dataRefusal(new Error(what), name));
  }
  let text;
  try {
    text = await chosen.text();
  } catch {
    const what = 'the browser could not read it; it may have been moved, changed or deleted since it was chosen';
    throw new Error(dataRefusal(new Error(what), name));
  }
  try {
    return `Imported ${name}: ${rowCount(use(parseDataText(text), 'replace'))}.`;
  } catch (error) {
    throw new Error(dataRefusal(error, name));
  }
}

/** The paste box in its disclosure; `fromBox(text, how)` uses the text or throws. */
function pasteBox(fromBox, current) {
  const boxId = uniqueId('data-paste');
  const hintId = `${boxId}-hint`;
  const box = el('textarea', {
    id: boxId,
    rows: 6,
    spellcheck: 'false',
    autocomplete: 'off',
    wrap: 'off',
    'aria-describedby': hintId,
  });
  const action = (text, how) =>
    el('button', { type: 'button', class: 'button small', text, onclick: () => fromBox(box.value, how) });
  const disclosure = el(
    'details',
    { class: 'data-paste' },
    el('summary', { text: 'Paste data' }),
    el('label', { for: boxId, text: 'Rows as hours,label, one per line' }),
    el('p', {
      id: hintId,
      class: 'hint',
      text: 'Comma, tab or semicolon between the two; a header line is optional; the result is 0 or 1 (or fail, pass).',
    }),
    box,
    el('div', { class: 'button-row' }, action('Use these rows', 'replace'), action('Add to the end', 'append')),
  );
  let filled = ''; // what the box was last filled with: the reader's own text is never overwritten
  disclosure.addEventListener('toggle', () => {
    if (!disclosure.open || (box.value !== '' && box.value !== filled)) return;
    const data = current();
    filled = data.hours.length <= PREFILL_ROWS ? data.csv() : '';
    box.value = filled;
  });
  return disclosure;
}

/**
 * The paste box, the import button and their message, for the editor to place. `use(parsed, how)`
 * takes { hours, labels, lines } ('replace' or 'append'), returns the row count now or throws (a
 * DataLineError at its line, or the engine's Error); `current()` gives { hours, csv() }.
 */
export function createDataImport({ use, current }) {
  const message = el('p', { class: 'data-message', role: 'status' });
  const show = (text, isError = false) => {
    message.textContent = text;
    message.classList.toggle('is-error', isError);
  };
  const disclosure = pasteBox((text, how) => {
    try {
      const before = current().hours.length;
      const total = use(parseDataText(text), how);
      show(
        how === 'append'
          ? `Added ${rowCount(total - before)} at the end: ${rowCount(total)} now.`
          : `Using the ${rowCount(total)} pasted.`,
      );
    } catch (error) {
      show(dataRefusal(error, 'box'), true);
    }
  }, current);

  // The file input is hidden (not shown, not announced): the visible, labelled button opens it.
  const file = el('input', {
    type: 'file',
    accept: '.csv,.tsv,.txt,text/csv,text/plain',
    hidden: true,
    'aria-label': 'A CSV file of hours,label rows',
  });
  file.addEventListener('change', async () => {
    const [chosen] = file.files;
    file.value = '';
    if (!chosen) return;
    try {
      show(await importFile(chosen, use));
    } catch (error) {
      show(error.message, true);
    }
  });
  const importButton = el('button', {
    type: 'button',
    class: 'button small',
    text: 'Import CSV…',
    onclick: () => file.click(),
  });
  return { disclosure, message, importButton, file, show };
}
