// One labelled text field of the run's configuration (a name of the FIELDS table): its input, a help
// line and an error line tied to it with aria-describedby. The field keeps whatever the reader typed;
// the page decides whether that text becomes the state.
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
