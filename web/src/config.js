// The run's configuration as one declarative table: each field's name (the same in the URL hash,
// the CLI flags, the <one-neuron> attributes and the engine's messages), kind and default.
// Parsing here only turns text into numbers; the engine owns the ranges (cpp/engine/limits.hpp).

/** The post's run. */
export const DEFAULTS = Object.freeze({
  hours: Object.freeze([1, 2, 3, 4, 5]),
  labels: Object.freeze([0, 0, 1, 1, 1]),
  lr: 0.1,
  epochs: 5000,
  seed: 42,
  test: Object.freeze([1.5, 2.5, 3.5, 6.0]),
  w0: undefined,
  b0: undefined,
});

/** name -> { kind: 'list' | 'number', optional, help } */
export const FIELDS = Object.freeze({
  hours: { kind: 'list', help: 'hours studied, one per example' },
  labels: { kind: 'list', help: 'pass (1) or fail (0), one per example' },
  lr: { kind: 'number', help: 'learning rate, greater than 0, at most 100' },
  epochs: { kind: 'number', help: 'epochs to train, a whole number 0..10000000' },
  seed: { kind: 'number', help: 'seed of the starting weight, a whole number 0..4294967295' },
  test: { kind: 'list', help: 'hours to predict a pass probability for' },
  w0: { kind: 'number', optional: true, help: 'initial weight (default: drawn from the seed)' },
  b0: { kind: 'number', optional: true, help: 'initial bias (default: 0)' },
});

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

/** Parse one field's text by its kind. */
export function parseField(field, text) {
  return FIELDS[field].kind === 'list' ? parseList(field, text) : parseNumber(field, text);
}

/** A field's value back to text, as the URL hash and the attributes write it. */
export function formatField(field, value) {
  return FIELDS[field].kind === 'list' ? value.map(String).join(',') : String(value);
}
