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

const SLICE = 20000; // values parsed per task when a long list is parsed in slices

// One list's values, parsed a slice at a time: next(count) parses up to `count` more values.
function listParser(field, text) {
  const trimmed = String(text).trim();
  if (trimmed === '') throw new FieldError(field, 'is empty; expected numbers separated by commas');
  const values = [];
  let from = 0; // where the next value starts; past the end when all are parsed
  return {
    values,
    done: () => from > trimmed.length,
    next(count) {
      for (let n = 0; n < count && from <= trimmed.length; n += 1) {
        const comma = trimmed.indexOf(',', from);
        const to = comma < 0 ? trimmed.length : comma;
        try {
          values.push(parseNumber(field, trimmed.slice(from, to)));
        } catch (error) {
          throw new FieldError(field, `value ${values.length + 1} ${error.message.slice(field.length + 2)}`);
        }
        from = to + 1;
      }
    },
  };
}

/** "1, 2,3" -> [1, 2, 3], or FieldError naming `field` and the position. */
export function parseList(field, text) {
  const parser = listParser(field, text);
  parser.next(Infinity);
  return parser.values;
}

/**
 * As parseList, awaiting `pause()` between slices of values, so a list of a million values never
 * blocks the page for long. Resolves to the values, or rejects with the same FieldError.
 */
export async function parseListInSlices(field, text, pause) {
  const parser = listParser(field, text);
  parser.next(SLICE);
  while (!parser.done()) {
    await pause();
    parser.next(SLICE);
  }
  return parser.values;
}

const frozen = (value) => (Array.isArray(value) ? Object.freeze(value.slice()) : value);

/** Text -> the trimmed word (a choice such as "ring"; the engine names the words it knows), or FieldError. */
export function parseWord(field, text) {
  const trimmed = String(text).trim();
  if (trimmed === '') throw new FieldError(field, 'is empty; expected a word');
  return trimmed;
}

const PARSERS = { list: parseList, number: parseNumber, word: parseWord };

/**
 * specs: name -> { kind: 'list' | 'number' | 'word', default, optional?, label, panel, restarts?, hint?(limits) }.
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
      return PARSERS[specs[name].kind](name, text);
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
