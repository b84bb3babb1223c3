// A chapter's configuration as one declarative table: each field's name (the same in the URL hash, the
// CLI flags, the <one-neuron> attributes and the engine's messages), kind, default, label, the panel
// that shows its message, and help built from the engine's limits. Parsing here only turns text into
// numbers; the engine owns the ranges (cpp/engine/common/limits.hpp).

/** An error about one field: `field` names it, the message starts with it. */
export class FieldError extends Error {
  constructor(field, rule) {
    super(`${field}: ${rule}`);
    this.name = 'FieldError';
    this.field = field;
  }
}

// Plain decimal or scientific notation only: no hex, no "Infinity", no empty string.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const MAX_TEXT = 12; // longest excerpt of bad input echoed back in a message

function excerpt(text) {
  const shown = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
  return JSON.stringify(shown);
}

/** Text -> a finite number, or FieldError naming `field`. */
export function parseNumber(field, text) {
  const trimmed = String(text).trim();
  if (trimmed === '') throw new FieldError(field, 'is empty; expected a number');
  if (!NUMBER.test(trimmed)) throw new FieldError(field, `${excerpt(trimmed)} is not a number`);
  const value = Number(trimmed);
  if (!Number.isFinite(value)) throw new FieldError(field, `${excerpt(trimmed)} is too large`);
  return value;
}

/** "1, 2,3" -> [1, 2, 3], or FieldError naming `field` and the position. */
export function parseList(field, text) {
  const trimmed = String(text).trim();
  if (trimmed === '') throw new FieldError(field, 'is empty; expected numbers separated by commas');
  return trimmed.split(',').map((item, index) => {
    try {
      return parseNumber(field, item);
    } catch (error) {
      throw new FieldError(field, `value ${index + 1} ${error.message.slice(field.length + 2)}`);
    }
  });
}

const frozen = (value) => (Array.isArray(value) ? Object.freeze(value.slice()) : value);

/**
 * specs: name -> { kind: 'list' | 'number', default, optional?, label, panel, restarts?, hint?(limits) }.
 * `optional` fields may be undefined (written nowhere); `restarts`: a change needs a new trainer;
 * `panel` names the panel that shows the field's messages.
 */
export function createFieldTable(specs) {
  const names = Object.freeze(Object.keys(specs));
  const defaults = Object.freeze(Object.fromEntries(names.map((name) => [name, frozen(specs[name].default)])));
  const format = (name, value) => (specs[name].kind === 'list' ? value.map(String).join(',') : String(value));
  const same = (name, a, b) => (a === undefined || b === undefined ? a === b : format(name, a) === format(name, b));
  return Object.freeze({
    names,
    /** The chapter's default run (frozen). */
    defaults,
    has: (name) => Object.hasOwn(specs, name),
    spec: (name) => specs[name],
    /** One field's text by its kind; "" for an optional field is undefined (its default). */
    parse(name, text) {
      if (specs[name].optional && String(text).trim() === '') return undefined;
      return specs[name].kind === 'list' ? parseList(name, text) : parseNumber(name, text);
    },
    /** A value back to text, as the URL hash and the attributes write it. */
    format,
    /** Whether two values of a field read the same (lists element by element). */
    same,
    isDefault: (name, value) => same(name, value, defaults[name]),
    /** The page's short hint under a field's input, with the engine's ranges. */
    hint: (name, limits) => specs[name].hint?.(limits) ?? '',
  });
}
