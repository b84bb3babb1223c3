// The run's state <-> the URL hash, driven by the FIELDS table of config.js (the one source of truth):
// "#hours=1,2,3,4,5&labels=0,0,1,1,1&lr=0.1&epochs=5000&seed=42&test=1.5,2.5,3.5,6".
// Reading never fails: a field that does not parse, or that the engine rejects, falls back to its
// default and comes back with a message naming it. Writing uses replaceState (no history entries).
import { DEFAULTS, FIELDS, formatField, parseField } from './config.js';

export const FIELD_NAMES = Object.freeze(Object.keys(FIELDS));

/** The post's run as a fresh, mutable state object. */
export function defaultState() {
  return { ...DEFAULTS };
}

/**
 * [name, text] pairs (from a URL hash or an element's attributes) -> { state, errors }; errors maps a
 * field's name to its message. Unknown names are ignored; a name given twice keeps its first value.
 */
export function readPairs(pairs) {
  const state = defaultState();
  const errors = {};
  const seen = new Set();
  for (const [name, text] of pairs) {
    if (!Object.hasOwn(FIELDS, name)) continue;
    if (seen.has(name)) {
      errors[name] ??= `${name}: given more than once; the first value is used`;
      continue;
    }
    seen.add(name);
    if (text === null) {
      errors[name] = `${name}: is not valid URL text`;
      continue;
    }
    if (FIELDS[name].optional && text.trim() === '') continue; // "w0=" means "from the seed"
    try {
      state[name] = parseField(name, text);
    } catch (error) {
      errors[name] = error.message;
    }
  }
  return { state, errors };
}

/** Hash text -> { state, errors }, as readPairs. */
export function readHash(hash) {
  const body = String(hash ?? '').replace(/^#/, '');
  const pairs = body
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const cut = pair.indexOf('=');
      const name = cut < 0 ? pair : pair.slice(0, cut);
      try {
        return [name, decodeURIComponent(cut < 0 ? '' : pair.slice(cut + 1))];
      } catch {
        return [name, null];
      }
    });
  return readPairs(pairs);
}

/** State -> hash text. Optional fields appear only when set. Numbers need no escaping. */
export function writeHash(state) {
  const pairs = FIELD_NAMES.filter((name) => state[name] !== undefined).map(
    (name) => `${name}=${formatField(name, state[name])}`,
  );
  return `#${pairs.join('&')}`;
}

/** Put the state in the address bar without adding a history entry (and without a hashchange event). */
export function replaceHash(state, { history = globalThis.history, location = globalThis.location } = {}) {
  const hash = writeHash(state);
  if (location.hash === hash) return;
  try {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  } catch {
    // A sandboxed iframe (opaque origin) may refuse to rewrite its URL; the run itself is unaffected.
  }
}

/** The field an engine or parse error is about ("lr: must be ..." -> "lr"), or null. */
export function fieldOf(error) {
  const match = /^(\w+):/.exec(error?.message ?? '');
  return match && Object.hasOwn(FIELDS, match[1]) ? match[1] : null;
}

function isDefault(state, name) {
  const value = state[name];
  const fallback = DEFAULTS[name];
  if (value === undefined || fallback === undefined) return value === fallback;
  return formatField(name, value) === formatField(name, fallback);
}

/**
 * Check `state` with `check` (which throws the engine's field errors) and replace each rejected field
 * by its default until it passes. Returns { state, errors } with one message per replaced field.
 * If a field is rejected although it already has its default (labels that no longer match custom
 * hours), the whole data set goes back to the post's.
 */
export function settle(state, check) {
  const current = { ...state };
  const errors = {};
  for (let attempt = 0; attempt <= FIELD_NAMES.length + 1; attempt += 1) {
    try {
      check(current);
      return { state: current, errors };
    } catch (error) {
      const field = fieldOf(error);
      if (!field) throw error;
      errors[field] ??= error.message;
      if (!isDefault(current, field)) current[field] = DEFAULTS[field];
      else if (field === 'hours' || field === 'labels') {
        errors.hours ??= "hours: back to the post's data, since the labels did not fit these hours";
        current.hours = DEFAULTS.hours;
        current.labels = DEFAULTS.labels;
      } else break;
    }
  }
  return { state: defaultState(), errors };
}
