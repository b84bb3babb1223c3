// A run as files a reader can keep: the loss history as CSV, and reading a run JSON (from the page's
// export or the CLI's --json) back into a chapter's state. Pure functions: no DOM, no engine; the
// caller checks the state with the engine before using it.
import { FieldError } from './fields.js';

const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** "epoch,loss" rows; losses[i] is the loss of epoch i * stride. Full precision, no rounding. */
export function lossCsv(losses, stride) {
  const rows = ['epoch,loss'];
  for (let i = 0; i < losses.length; i += 1) rows.push(`${i * stride},${losses[i]}`);
  return `${rows.join('\n')}\n`;
}

function isNumberList(value) {
  return Array.isArray(value) && value.every((item) => typeof item === 'number');
}

/**
 * The state stored in a run file's "config", read with `fields` (a core/fields.js table). Throws a
 * FieldError naming `import` when the file is not such a file, or naming the field whose value has the
 * wrong type.
 */
export function readRunJson(text, fields) {
  if (text.length > MAX_IMPORT_BYTES) throw new FieldError('import', 'the file is larger than 50 MB');
  let file;
  try {
    file = JSON.parse(text);
  } catch {
    throw new FieldError('import', 'the file is not JSON; choose a run exported here or by `one-neuron --json`');
  }
  const config = file?.config;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new FieldError('import', 'the file has no "config"; choose a run exported here or by `one-neuron --json`');
  }
  const state = { ...fields.defaults };
  for (const name of fields.names) {
    const value = config[name];
    if (value === undefined || value === null) continue;
    const { kind } = fields.spec(name);
    if (kind === 'list' && !isNumberList(value)) throw new FieldError(name, 'must be a list of numbers in the file');
    if (kind === 'number' && typeof value !== 'number') throw new FieldError(name, 'must be a number in the file');
    state[name] = value;
  }
  return state;
}
