// A chapter's state <-> the URL hash (or an element's attributes), driven by its field table
// (core/fields.js): "#hours=1,2,3,4,5&labels=0,0,1,1,1&lr=0.1&epochs=5000&seed=42&test=1.5,2.5,3.5,6".
// Reading never fails: a field that does not parse comes back with a message naming it, and keeps its
// default. Writing uses replaceState (no history entries).

/**
 * [name, text] pairs -> { state, errors }; errors maps a field's name to its message. Unknown names
 * are ignored; a name given twice keeps its first value.
 */
export function readPairs(pairs, fields) {
  const state = { ...fields.defaults };
  const errors = {};
  const seen = new Set();
  for (const [name, text] of pairs) {
    if (!fields.has(name)) continue;
    if (seen.has(name)) {
      errors[name] ??= `${name}: given more than once; the first value is used`;
      continue;
    }
    seen.add(name);
    if (text === null) {
      errors[name] = `${name}: is not valid URL text`;
      continue;
    }
    try {
      state[name] = fields.parse(name, text); // "w0=" means "from the seed"
    } catch (error) {
      errors[name] = error.message;
    }
  }
  return { state, errors };
}

/** Hash text -> { state, errors }, as readPairs. */
export function readHash(hash, fields) {
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
  return readPairs(pairs, fields);
}

/** State -> hash text. Optional fields appear only when set. Numbers need no escaping. */
export function writeHash(state, fields) {
  const pairs = fields.names
    .filter((name) => state[name] !== undefined)
    .map((name) => `${name}=${fields.format(name, state[name])}`);
  return `#${pairs.join('&')}`;
}

// A longer hash is not written: Chromium opens no URL over 2 MiB, so it could never be a link, and
// writing megabytes of URL blocks the page for long (450 ms for 4 MB). The address bar keeps its hash.
export const MAX_WRITTEN_HASH = 2 * 1024 * 1024;

/** How long writeHash(state) is, at least: one character per list value and a comma each. */
function shortestHash(state, fields) {
  return fields.names.reduce((length, name) => length + (Array.isArray(state[name]) ? 2 * state[name].length : 0), 0);
}

/**
 * Put the state in the address bar without adding a history entry (and without a hashchange event),
 * unless its hash would be longer than MAX_WRITTEN_HASH (then the address bar is left as it is).
 */
export function replaceHash(state, fields, { history = globalThis.history, location = globalThis.location } = {}) {
  if (shortestHash(state, fields) > MAX_WRITTEN_HASH) return;
  const hash = writeHash(state, fields);
  if (location.hash === hash || hash.length > MAX_WRITTEN_HASH) return;
  try {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  } catch {
    // A sandboxed iframe (opaque origin) may refuse to rewrite its URL; the run itself is unaffected.
  }
}
