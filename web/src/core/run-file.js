// A run as files a reader can keep: the loss history as CSV, and reading a run JSON (from the page's
// export or the CLI's --json) back into a chapter's state. Pure functions: no DOM, no engine; the
// caller checks the state with the engine before using it.
import { count, labelled } from './format.js';
import { FieldError } from './fields.js';

// The largest run file read, in bytes. "MB" here is 1,000,000 bytes, the unit file managers and the
// browsers' download lists show, so "is 63 MB" matches what the reader sees next to the file.
// Measured: 1,000,000 rows of full-precision hours take 35 MB as this page saves them, which leaves
// room for about 600,000 losses; a longer history (up to 1,048,576 points) makes a file of up to 61 MB.
export const MAX_RUN_FILE_BYTES = 50_000_000;
const MAX_NAME = 80; // the longest file name echoed back

/** "epoch,loss" rows; losses[i] is the loss of epoch i * stride. Full precision, no rounding. */
export function lossCsv(losses, stride) {
  const rows = ['epoch,loss'];
  for (let i = 0; i < losses.length; i += 1) rows.push(`${i * stride},${losses[i]}`);
  return `${rows.join('\n')}\n`;
}

/** How many bytes `text` takes in UTF-8 (a file's size), without encoding it. */
function utf8Bytes(text) {
  let bytes = text.length; // one per UTF-16 unit, then what more each one takes
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x800 && (unit < 0xd800 || unit > 0xdfff)) bytes += 2;
    else if (unit >= 0x80) bytes += 1; // 2 bytes, or a surrogate: 2 of a pair's 4
  }
  return bytes;
}

function isNumberList(value) {
  return Array.isArray(value) && value.every((item) => typeof item === 'number');
}

const choose = (command) => `choose a run exported here or by \`${command}\``;

/**
 * The state stored in a run file's "config", read with `fields` (a core/fields.js table). Throws a
 * FieldError naming `import` when the file is not such a file, or naming the field whose value has the
 * wrong type. For a chapter whose file spells its config otherwise (chapter 2's: the reference's
 * `data_seed` and text lists): `fromFile(config)` gives it as the field table names it; `command`:
 * the CLI command that prints such a file, for the messages.
 */
export function readRunJson(text, fields, { fromFile = (config) => config, command = 'one-neuron --json' } = {}) {
  // Each UTF-16 unit is at least one byte, and at most three: count them only when it can matter.
  if (
    text.length > MAX_RUN_FILE_BYTES ||
    (text.length * 3 > MAX_RUN_FILE_BYTES && utf8Bytes(text) > MAX_RUN_FILE_BYTES)
  ) {
    throw new FieldError('import', 'the file is larger than 50 MB');
  }
  let file;
  try {
    file = JSON.parse(text);
  } catch {
    throw new FieldError('import', `the file is not JSON, so not a run file; ${choose(command)}`);
  }
  const config = file?.config;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new FieldError('import', `the file has no "config", so it is not a run file; ${choose(command)}`);
  }
  const values = fromFile(config);
  const state = { ...fields.defaults };
  for (const name of fields.names) {
    const value = values[name];
    if (value === undefined || value === null) continue;
    const { kind } = fields.spec(name);
    if (kind === 'list' && !isNumberList(value)) throw new FieldError(name, 'must be a list of numbers in the file');
    if (kind === 'number' && typeof value !== 'number') throw new FieldError(name, 'must be a number in the file');
    if (kind === 'word' && typeof value !== 'string') throw new FieldError(name, 'must be a word in the file');
    state[name] = value;
  }
  return state;
}

function megabytes(bytes) {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  // Just over the limit, whole megabytes would say "50 MB": give the bytes.
  if (Math.round(bytes / 1e6) <= MAX_RUN_FILE_BYTES / 1e6) return `${count(bytes)} bytes`;
  return `${Math.round(bytes / 1e6)} MB`;
}

/** A file's name as the messages echo it: at most 80 characters. */
export const shownName = (name) => String(name).slice(0, MAX_NAME);

/**
 * What to tell the reader when the file `name` of `size` bytes is not imported, as one sentence:
 * too large (checked first: `error` may be null), unreadable (`error` is the DOMException reading the
 * file rejected with), or not a run file or a bad value (any other `error`, e.g. readRunJson's
 * FieldError naming "import" or a field, or the engine's EngineError). With `fields` (the chapter's
 * table), a field is named by its label ("Learning rate: …", not "lr: …"). Always ends "Nothing was
 * changed.", with no other full stop.
 */
export function importRefusal(name, size, error, fields) {
  let what;
  if (size > MAX_RUN_FILE_BYTES) {
    what = `it is ${megabytes(size)}; a run file is at most ${MAX_RUN_FILE_BYTES / 1e6} MB`;
  } else if (typeof DOMException === 'function' && error instanceof DOMException) {
    // NotReadableError, NotFoundError...: Chromium's own text speaks of permissions, with two full stops.
    what = 'the browser could not read it; it may have been moved, changed or deleted since it was chosen';
  } else {
    what = String(error?.message ?? error).replace(/^import: /, '');
    const field = error?.field;
    if (fields?.has(field)) what = labelled(what, field, fields.spec(field).label);
  }
  return `Could not import ${shownName(name)}: ${what.replace(/[.\s]+$/, '')}. Nothing was changed.`;
}

/**
 * Import the run file `file` into `run`: its size checked before it is read (a 2 GB file is never read
 * into a string), its text read by `read(text)` into a state, that state checked by the engine, and
 * only then loaded. Resolves to the panel's message; rejects with importRefusal's, nothing changed.
 */
export async function importRunFile(file, { run, fields, read }) {
  const refuse = (error) => new Error(importRefusal(file.name, file.size, error, fields));
  if (file.size > MAX_RUN_FILE_BYTES) throw refuse(null);
  let next;
  try {
    next = read(await file.text());
    run.validate(next);
  } catch (error) {
    throw refuse(error);
  }
  run.load(next, {}, 'file');
  return `Imported ${shownName(file.name)}: training it again from its start.`;
}
