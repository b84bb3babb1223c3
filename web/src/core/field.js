// One labelled text field of the run's configuration (a name of the FIELDS table): its input, a help
// line and an error line tied to it with aria-describedby. The field keeps whatever the reader typed;
// the page decides whether that text becomes the state. Also a labelled choice (a <select> for a word
// field such as the data set) with the same lines, and a panel's fields as one grid.
import { el, uniqueId } from './dom.js';
import { labelled } from './format.js';

/**
 * createField(name, { label, help, placeholder, onInput }) -> { element, input, setText, setError }.
 * onInput(text) runs on every keystroke.
 */
export function createField(name, { label, help, placeholder, onInput, wide = false }) {
  const id = uniqueId(`field-${name}`);
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const input = el('input', {
    id,
    name,
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder,
    'aria-describedby': `${helpId} ${errorId}`,
  });
  // Always in the tree (empty when fine) so screen readers announce a new message politely.
  const error = el('p', { id: errorId, class: 'field-error', 'aria-live': 'polite' });
  const element = el(
    'div',
    { class: wide ? 'field field-wide' : 'field', dataset: { field: name } },
    el('label', { for: id, text: label }),
    input,
    el('p', { id: helpId, class: 'field-help', text: help }),
    error,
  );
  input.addEventListener('input', () => onInput?.(input.value));
  return {
    element,
    input,
    /** Show a value chosen elsewhere (the hash, a reset button); the reader's own text is kept otherwise. */
    setText(text) {
      if (input.value !== text) input.value = text;
    },
    /** A message naming the field (by its name or its label), or null to clear it. */
    setError(message) {
      error.textContent = labelled(message, name, label) ?? '';
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    },
  };
}

/** createChoice(name, { label, help, options: [[value, text]], onChange(value) }) -> { element, setValue, setError }. */
export function createChoice(name, { label, help, options, onChange }) {
  const id = uniqueId(`field-${name}`);
  const select = el(
    'select',
    { id, name, 'aria-describedby': `${id}-help ${id}-error` },
    options.map(([value, text]) => el('option', { value, text })),
  );
  const error = el('p', { id: `${id}-error`, class: 'field-error', 'aria-live': 'polite' });
  const element = el(
    'div',
    { class: 'field', dataset: { field: name } },
    el('label', { for: id, text: label }),
    select,
    el('p', { id: `${id}-help`, class: 'field-help', text: help }),
    error,
  );
  select.addEventListener('change', () => onChange(select.value));
  return {
    element,
    setValue(value) {
      if (select.value !== value) select.value = value;
    },
    setError(message) {
      error.textContent = labelled(message, name, label) ?? '';
      if (message) select.setAttribute('aria-invalid', 'true');
      else select.removeAttribute('aria-invalid');
    },
  };
}

/**
 * The fields `specs` ([name, choices or placeholder]) of a panel as one grid: a text field for each
 * placeholder string, a select for each list of [value, text] choices.
 * -> { element, setState(state, change), showError(name, message) }
 */
export function createFieldGrid(specs, { run, engine, fields }) {
  const inputs = {};
  const element = el('div', { class: 'fields' });
  for (const [name, extra] of specs) {
    const label = fields.spec(name).label;
    const help = fields.hint(name, engine.limits);
    inputs[name] = Array.isArray(extra)
      ? createChoice(name, { label, help, options: extra, onChange: (value) => run.propose(name, value) })
      : createField(name, { label, help, placeholder: extra, onInput: (text) => run.propose(name, text) });
    element.append(inputs[name].element);
  }
  return {
    element,
    setState(state, { changed, typed }) {
      for (const [name, input] of Object.entries(inputs)) {
        // Only fields set elsewhere: the reader's own text (or a bad value being fixed) stays.
        if (!changed.includes(name) || typed.includes(name)) continue;
        const text = state[name] === undefined ? '' : fields.format(name, state[name]);
        if (input.setValue) input.setValue(text);
        else input.setText(text);
      }
    },
    showError: (name, message) => inputs[name]?.setError(message),
  };
}
