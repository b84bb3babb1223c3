// Every weight and bias of the network diagram as a real table of labelled fields ("Weight x1 → unit
// 1"), in a disclosure under the picture: what a keyboard or a screen reader reads and edits. A typed
// value is sent on Enter or when the field loses focus; a bad one gets a message naming the field by
// its label and the reader's text stays. Filled in only while open.
import { el, srOnly, uniqueId } from './dom.js';
import { entryText, parameterEntries, parameterValue, parseEntry, valueText } from './network-diagram-text.js';

function headerRow(shape) {
  const columns = [
    el('th', { scope: 'col', text: shape.hidden === 0 ? '' : 'unit' }),
    ...shape.inputs.map((input) => el('th', { scope: 'col', text: `from ${input}` })),
    el('th', { scope: 'col', text: 'bias' }),
  ];
  if (shape.hidden > 0) columns.push(el('th', { scope: 'col', text: 'to output' }));
  return el('tr', {}, columns);
}

// A row per hidden unit and one for the output: cells keyed by the entry's column.
function bodyRows(shape, cells) {
  const rows = [];
  for (let row = 0; row <= shape.hidden; row += 1) {
    const isOutput = row === shape.hidden;
    const keys = [...shape.inputs.map((_, i) => i), 'bias', ...(shape.hidden > 0 ? ['output'] : [])];
    const tds = keys.map((key) => el('td', {}, cells.get(`${row}:${key}`) ?? ''));
    // Short on screen ("3", "p") so four fields fit a phone's row; each field has its full label.
    const head = el('th', {
      scope: 'row',
      'aria-label': isOutput ? 'output' : `unit ${row + 1}`,
      text: isOutput ? shape.outputLabel : String(row + 1),
    });
    rows.push(el('tr', {}, head, tds));
  }
  return rows;
}

// One weight's or bias's cell: its field (or, when not editable, its text) and its gradient under it.
function entryField(entry, editable) {
  const gradientValue = el('span');
  const gradientId = uniqueId('nd-gradient');
  const gradient = el(
    'span',
    { class: 'nd-gradient', id: gradientId, hidden: true },
    srOnly('span', { text: 'gradient ' }),
    gradientValue,
  );
  const input = editable
    ? el('input', {
        type: 'text',
        inputmode: 'decimal',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-label': entry.label,
        'aria-describedby': gradientId,
      })
    : null;
  const text = editable ? null : el('span', { class: 'nd-entry', 'aria-label': entry.label });
  const cell = el('div', { class: 'nd-cell' }, input ?? text, gradient);
  return { entry, input, text, gradient, gradientValue, cell, dirty: false, focused: false, error: null };
}

// A message naming the field in the list under the table (null clears it), tied to the field.
function showError(f, message, list) {
  if (!message) {
    f.error?.remove();
    f.error = null;
    f.input.removeAttribute('aria-invalid');
    f.input.setAttribute('aria-describedby', f.gradient.id);
    return;
  }
  f.error ??= el('li', { id: uniqueId('nd-error') });
  f.error.textContent = message;
  if (!f.error.isConnected) list.append(f.error);
  f.input.setAttribute('aria-invalid', 'true');
  f.input.setAttribute('aria-describedby', `${f.error.id} ${f.gradient.id}`);
}

function paintField(f, values, force = false) {
  const value = entryText(parameterValue(values.parameters, f.entry.name, f.entry.index));
  if (f.input && (force || (!f.dirty && !f.focused)) && f.input.value !== value) f.input.value = value;
  if (f.text && f.text.textContent !== value) f.text.textContent = value;
  const gradient = values.gradients ? valueText(parameterValue(values.gradients, f.entry.name, f.entry.index), 4) : '';
  if (f.gradientValue.textContent !== gradient) f.gradientValue.textContent = gradient;
  if (f.gradient.hidden !== !gradient) f.gradient.hidden = !gradient;
}

function tableOf(shape, editable, cells) {
  const how = editable ? 'Type a value and press Enter to restart from it.' : 'The current values.';
  return el(
    'table',
    { class: 'chart-table nd-table' },
    el('caption', { text: `${how} Under each, its gradient when shown.` }),
    el('thead', {}, headerRow(shape)),
    el('tbody', {}, bodyRows(shape, cells)),
  );
}

/**
 * createParameterTable(shape, { editable, maxAbs, onEdit }) -> { element, update(values), focusEntry(name,
 * index), labelOf(name, index), destroy() }.
 * onEdit({ name, index, value }) may return a message (or throw an Error) to show under the table.
 */
export function createParameterTable(shape, { editable = true, maxAbs = 1e6, onEdit } = {}) {
  const errors = el('ul', { class: 'nd-errors', 'aria-live': 'polite' });
  const fields = parameterEntries(shape).map((entry) => entryField(entry, editable));
  const cells = new Map(fields.map((f) => [`${f.entry.row}:${f.entry.column}`, f.cell]));
  const element = el(
    'details',
    { class: 'chart-table-box nd-table-box' },
    el('summary', { text: 'Weights and biases' }),
    el('div', { class: 'nd-table-scroll' }, tableOf(shape, editable, cells)),
    errors,
  );
  let last = null;

  function commit(f) {
    const { value, message } = parseEntry(f.input.value, f.entry.label, maxAbs);
    if (message) return showError(f, message, errors);
    f.dirty = false;
    showError(f, null, errors);
    let refused;
    try {
      refused = onEdit?.({ name: f.entry.name, index: f.entry.index, value });
    } catch (error) {
      refused = error?.message ?? String(error);
    }
    if (typeof refused === 'string' && refused) {
      f.dirty = true; // the reader's text stays until it is accepted
      showError(f, refused.startsWith(f.entry.label) ? refused : `${f.entry.label}: ${refused}`, errors);
    }
  }

  function listen(f) {
    f.input.addEventListener('input', () => (f.dirty = true));
    f.input.addEventListener('focus', () => (f.focused = true));
    f.input.addEventListener('blur', () => {
      f.focused = false;
      if (f.dirty) commit(f);
    });
    f.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        commit(f);
      } else if (event.key === 'Escape' && (f.dirty || f.error)) {
        event.preventDefault(); // back to the current value
        f.dirty = false;
        showError(f, null, errors);
        if (last) paintField(f, last, true);
      }
    });
  }

  function update(values) {
    last = values;
    if (element.open) for (const f of fields) paintField(f, values);
  }

  /** Opens the table and puts the cursor in one weight's or bias's field (a click on its edge). */
  function focusEntry(name, index) {
    const f = fields.find((candidate) => candidate.entry.name === name && candidate.entry.index === index);
    if (!f) return;
    element.open = true;
    if (last) update(last);
    (f.input ?? f.text).focus?.();
    f.cell.scrollIntoView?.({ block: 'nearest' });
  }

  if (editable) fields.forEach(listen);
  const onToggle = () => last && update(last);
  element.addEventListener('toggle', onToggle);
  const labelOf = (name, index) => fields.find((f) => f.entry.name === name && f.entry.index === index)?.entry.label;
  return { element, update, focusEntry, labelOf, destroy: () => element.removeEventListener('toggle', onToggle) };
}
