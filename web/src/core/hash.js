// A chapter's state <-> the URL hash (or an element's attributes), driven by its field table
// (core/fields.js): "#hours=1,2,3,4,5&labels=0,0,1,1,1&lr=0.1&epochs=5000&seed=42&test=1.5,2.5,3.5,6".
// Reading never fails: a field that does not parse comes back with a message naming it, and keeps its
// default. Writing uses replaceState (no history entries). A chapter other than the first is named by
// the `chapter` key first ("#chapter=network&hidden=4…"); chapter 1's links carry no `chapter` key.
import { parseListInSlices } from './fields.js';

/**
 * [name, text] pairs -> { state, errors }; errors maps a field's name to its message. Unknown names
 * are ignored; a name given twice keeps its first value.
 */
export function readPairs(pairs, fields, parse = fields.parse) {
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
      state[name] = parse(name, text); // "w0=" means "from the seed"
    } catch (error) {
      errors[name] = error.message;
    }
  }
  return { state, errors };
}

// Hash text -> [name, text] pairs (text null where it is not valid URL text).
function pairsOf(hash) {
  const body = String(hash ?? '').replace(/^#/, '');
  return body
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const cut = pair.indexOf('=');
      const name = cut < 0 ? pair : pair.slice(0, cut);
      const text = cut < 0 ? '' : pair.slice(cut + 1);
      // Text with no escape decodes to itself: megabytes of a link's list are not decoded (tens of ms).
      if (!text.includes('%')) return [name, text];
      try {
        return [name, decodeURIComponent(text)];
      } catch {
        return [name, null];
      }
    });
}

/** Edits (insert, delete, replace one letter) from `a` to `b`, ignoring case. */
function distance(a, b) {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= y.length; j += 1) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[y.length];
}

const MAX_KEY = 20; // the longest unknown key echoed back

/** The key naming the chapter a link opens (the entries read it; no chapter's field). */
export const CHAPTER_KEY = 'chapter';

/** The chapter a hash names ("#chapter=network&…" -> "network"), or null when it names none. */
export function chapterInHash(hash) {
  const pair = pairsOf(hash).find(([name]) => name === CHAPTER_KEY);
  return pair ? (pair[1] ?? '') : null;
}

/** A link's pairs read with `parse` (readPairs), plus a message for each unknown key. */
function readLink(pairs, fields, parse) {
  const read = readPairs(pairs, fields, parse);
  return { state: read.state, errors: { ...unknownKeys(pairs, fields), ...read.errors } };
}

/** Misspelt or unknown keys ("Lr", "epoch"): a message each, with the field it was probably meant to be. */
function unknownKeys(pairs, fields) {
  const errors = {};
  for (const [name] of pairs) {
    if (fields.has(name) || name === CHAPTER_KEY || Object.hasOwn(errors, name)) continue;
    if (name === TOO_LARGE_KEY) {
      errors[name] =
        'This link comes from a run too large for a link, so it holds no run: ask for its run file (Share & export, Run as JSON) and import that';
      continue;
    }
    const meant = fields.names.find((field) => distance(name, field) <= (field.length > 3 ? 2 : 1));
    const shown = JSON.stringify(name.length > MAX_KEY ? `${name.slice(0, MAX_KEY)}…` : name);
    const label = meant && fields.spec(meant).label;
    const guess = !meant ? '' : label.toLowerCase() === meant ? meant : `${meant} (${label})`;
    errors[name] =
      `${shown} is not a setting of this page, so it was ignored${guess ? `; did you mean ${guess}?` : ''}`;
  }
  return errors;
}

/** Hash text -> { state, errors }, as readPairs; unknown keys get a message too. */
export function readHash(hash, fields) {
  return readLink(pairsOf(hash), fields);
}

// A hash this long is read in slices (a link of 1,000,000 hours is about 4 MB: 0.2 s of parsing).
export const LONG_HASH = 100000;
const LONG_LIST_TEXT = 10000; // a shorter list is parsed at once

/**
 * As readHash, but each list is parsed in slices with `await pause()` between them, so no slice
 * blocks the page for long. Resolves to { state, errors }.
 */
export async function readHashInSlices(hash, fields, pause) {
  const pairs = pairsOf(hash);
  const parsed = new Map(); // name -> () => value (or throws its FieldError), first pair of a name only
  for (const [name, text] of pairs) {
    const long = text !== null && text.length > LONG_LIST_TEXT;
    if (!long || !fields.has(name) || parsed.has(name) || fields.spec(name).kind !== 'list') continue;
    await pause(); // splitting megabytes of link into pairs was a task of its own, and each slice is one
    try {
      const values = await parseListInSlices(name, text, pause);
      parsed.set(name, () => values);
    } catch (error) {
      parsed.set(name, () => {
        throw error;
      });
    }
    await pause();
  }
  return readLink(pairs, fields, (name, text) => (parsed.has(name) ? parsed.get(name)() : fields.parse(name, text)));
}

/**
 * State -> hash text. Optional fields appear only when set. Numbers need no escaping. `chapter`: the
 * chapter's name for a chapter other than the first (written first), else undefined.
 */
export function writeHash(state, fields, chapter = undefined) {
  const pairs = fields.names
    .filter((name) => state[name] !== undefined)
    .map((name) => `${name}=${fields.format(name, state[name])}`);
  return `#${[chapter ? `${CHAPTER_KEY}=${chapter}` : null, ...pairs].filter(Boolean).join('&')}`;
}

// The longest link (or iframe src) offered, and the longest hash written to the address bar: one limit,
// so the address bar never holds a link the share dialog would not offer. Chromium opens at most
// 2 MiB (2,097,152 characters) and Firefox refuses an address over its
// network.standard-url.max-length, 1,048,576: a link a reader's Firefox will not open is a broken
// link, so the limit sits under Firefox's. Blog platforms and chat apps may cut far shorter links,
// which no limit here could know. 150,000 to 250,000 rows fit, by how long their numbers are.
export const MAX_LINK_LENGTH = 1_000_000;

// What the address bar says instead of a run too large for a link: its old hash would be another run.
// Opened as a link, it is named in the link notice (see unknownKeys).
export const TOO_LARGE_KEY = 'run-too-large-for-a-link';

/** How long writeHash(state) is, at least: one character per list value and a comma each. */
function shortestHash(state, fields) {
  return fields.names.reduce((length, name) => length + (Array.isArray(state[name]) ? 2 * state[name].length : 0), 0);
}

/**
 * Put the state in the address bar without adding a history entry (and without a hashchange event);
 * a hash longer than MAX_LINK_LENGTH is written as `#run-too-large-for-a-link` (writing megabytes of
 * URL would also block the page: 450 ms for 4 MB). `chapter`: as writeHash's.
 */
export function replaceHash(
  state,
  fields,
  { chapter, history = globalThis.history, location = globalThis.location } = {},
) {
  const tooLarge = chapter ? `#${CHAPTER_KEY}=${chapter}&${TOO_LARGE_KEY}` : `#${TOO_LARGE_KEY}`;
  let hash = shortestHash(state, fields) > MAX_LINK_LENGTH ? tooLarge : writeHash(state, fields, chapter);
  if (hash.length > MAX_LINK_LENGTH) hash = tooLarge;
  if (location.hash === hash) return;
  try {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  } catch {
    // A sandboxed iframe (opaque origin) may refuse to rewrite its URL; the run itself is unaffected.
  }
}
