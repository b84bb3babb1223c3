// Training data as text: `hours,label` lines, as the CLI's --data file, the data panel's "Paste data"
// box and its CSV import read them (and the network's `x1,x2,label` points, parsePointsText). One
// parser, one set of messages; each caller says where the text came from ("data.csv line 3: …" in the
// CLI, "Line 3: …" on the page). Pure: no DOM, no engine; the engine still checks the ranges (and the
// row count) of what this returns.
import { parseNumber } from './fields.js';

/** The largest data file read, in bytes (as run files: 1,000,000 rows of full-precision hours are ~25 MB). */
export const MAX_DATA_FILE_BYTES = 50_000_000;

/** A line that is not a row of data: `line` is its 1-based number (null: about the whole text). */
export class DataLineError extends Error {
  constructor(line, rule) {
    super(line === null ? rule : `line ${line}: ${rule}`);
    this.name = 'DataLineError';
    this.line = line;
    this.rule = rule;
  }
}

const LABEL_WORDS = { fail: 0, pass: 1 }; // the page's "Result" column, copied as text

// Comma, tab or semicolon: the first of tab and semicolon on the line, else comma.
function splitRow(row) {
  if (row.includes('\t')) return row.split('\t');
  if (row.includes(';')) return row.split(';');
  return row.split(',');
}

function number(text, line) {
  try {
    return parseNumber('value', text);
  } catch (error) {
    throw new DataLineError(line, error.message.slice('value: '.length));
  }
}

function labelOf(text, line) {
  const word = LABEL_WORDS[text.trim().toLowerCase()];
  if (word !== undefined) return word;
  const label = number(text, line);
  if (label !== 0 && label !== 1) throw new DataLineError(line, `label must be 0 or 1, got ${label}`);
  return label;
}

// The text's rows that are not blank: each trimmed, its fields trimmed, its 1-based line number.
function* rowsOf(text) {
  const rows = String(text)
    .replace(/^\uFEFF/, '')
    .split('\n');
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i].trim();
    if (row !== '') yield { row, fields: splitRow(row).map((field) => field.trim()), line: i + 1 };
  }
}

/**
 * `hours,label` lines -> { hours, labels, lines } (`lines[i]`: the line of row i, for the engine's
 * messages). Blank lines are skipped; a first line of two fields without digits is a header. A label
 * is 0 or 1 (or fail or pass). With `hoursOnly`, lines of one number each are hours with `labels: null`
 * (a column pasted from a spreadsheet). Throws a DataLineError naming the first bad line.
 */
export function parseDataText(text, { hoursOnly = false } = {}) {
  const hours = [];
  const labels = [];
  const lines = [];
  let width = 0; // fields per row: 2, or 1 for hours only (set by the first row)
  for (const { row, fields, line } of rowsOf(text)) {
    if (width === 0 && fields.length === 2 && !/\d/.test(row)) {
      width = 2; // a header
      continue;
    }
    if (width === 0) width = hoursOnly && fields.length === 1 ? 1 : 2;
    if (fields.length !== width || fields.some((field) => field === '')) {
      throw new DataLineError(line, width === 1 ? 'expected one number of hours' : 'expected hours,label');
    }
    hours.push(number(fields[0], line));
    if (width === 2) labels.push(labelOf(fields[1], line));
    lines.push(line);
  }
  if (hours.length === 0) throw new DataLineError(null, 'no rows; expected lines of hours,label');
  return { hours, labels: width === 2 ? labels : null, lines };
}

const looksNumeric = (field) => field !== '' && !Number.isNaN(Number(field));

/**
 * The network's points, `x1,x2,label` lines -> { data: [x1, x2, label, …] (the engine's `data`),
 * lines }. As parseDataText: blank lines skipped, a first line of three fields none of them a number
 * (`x1,x2,label`) is a header, labels 0 or 1; a DataLineError names the first bad line.
 */
export function parsePointsText(text) {
  const data = [];
  const lines = [];
  let first = true;
  for (const { fields, line } of rowsOf(text)) {
    const header = first && fields.length === 3 && !fields.some(looksNumeric);
    first = false;
    if (header) continue;
    if (fields.length !== 3 || fields.some((field) => field === ''))
      throw new DataLineError(line, 'expected x1,x2,label');
    data.push(number(fields[0], line), number(fields[1], line), labelOf(fields[2], line));
    lines.push(line);
  }
  if (lines.length === 0) throw new DataLineError(null, 'no rows; expected lines of x1,x2,label');
  return { data, lines };
}

/**
 * The engine's message about one value of the parsed text, at its line: "hours: value 3 is 2e+06; …"
 * -> DataLineError(lineOf(2), "hours is 2e+06; …"); null when the message is about no one value or
 * `lineOf(row)` (0-based row -> 1-based line) does not know the row.
 */
export function lineOfEngineError(message, lineOf) {
  const one = /^(\w+): value (\d+) is (.*)$/.exec(String(message));
  const line = one ? lineOf(Number(one[2]) - 1) : undefined;
  return line === undefined ? null : new DataLineError(line, `${one[1]} is ${one[3]}`);
}

/** The data as a CSV with a header: what "Paste data" starts from, and a file the CLI reads back. */
export function dataCsv(hours, labels, format = String) {
  const rows = ['hours,label'];
  for (let i = 0; i < hours.length; i += 1) rows.push(`${format(hours[i])},${labels[i]}`);
  return `${rows.join('\n')}\n`;
}
