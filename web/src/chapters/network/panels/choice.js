// One labelled choice of the run's configuration (a word field such as the data set or the bend): a
// <select> with the same help and message lines as core/field.js's text fields, so messages and tests
// find it the same way ([data-field="name"]).
import { el, uniqueId } from '../../../core/dom.js';
import { labelled } from '../../../core/format.js';

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
export function createFieldGrid(specs, { run, engine, fields, createField }) {
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
