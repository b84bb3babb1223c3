// Where the network diagram draws things (core/network-diagram.js): the boxes of the inputs, the hidden
// units and the output, the edges between them and how wide and which colour each edge is. Pure
// functions of the shape and the diagram's width in CSS pixels, so Node tests them; the SVG's viewBox
// is that width, so its text stays at its real size from a 300 px phone to a 700 px column.

export const MIN_WIDTH = 280;
export const MAX_WIDTH = 720;
/** Text in a box: monospace digits 0.6 em wide, 12 px (11 px on a narrow diagram); a line is this tall. */
export const LINE_HEIGHT = 13;
/** A value slot holds this many characters: a name and a number of up to 7 ("b -1.2e20", "h 0.82"). */
export const SLOT_CHARS = 9;
const PAD = 6;
const HEADER = 26; // the column captions ("inputs", "4 sigmoid units", "output")
const GLYPH = 30; // the unit's number and its activation's little curve, left in its box (24 when narrow)

const clamp = (x, low, high) => Math.min(high, Math.max(low, x));

/** A unit's row height: roomy for a few units, 38 px (two lines of values) at 16. */
export function rowHeight(hidden) {
  return clamp(Math.floor(600 / Math.max(hidden, 1)), 38, 62);
}

function columnsFor(width, hidden) {
  const narrow = width < 440;
  const input = narrow ? 46 : 84;
  const output = narrow ? 92 : 110;
  const unit = hidden === 0 ? 0 : narrow ? 86 : clamp(Math.round(width * 0.26), 132, 176);
  const inputX = PAD;
  const outputX = width - PAD - output;
  const unitX = Math.round(inputX + input + (outputX - inputX - input - unit) / 2);
  return { narrow, input, output, unit, inputX, outputX, unitX };
}

const box = (x, y, width, height) => ({ x, y, width, height, cx: x + width / 2, cy: y + height / 2 });

/** A cubic curve from (x1, y1) to (x2, y2), leaving and arriving level (as the layers read left to right). */
export function edgePath(x1, y1, x2, y2) {
  const mx = (x1 + x2) / 2;
  const r = (v) => Math.round(v * 10) / 10;
  return `M${r(x1)} ${r(y1)} C${r(mx)} ${r(y1)} ${r(mx)} ${r(y2)} ${r(x2)} ${r(y2)}`;
}

// Where edge k of `count` arrives on (or leaves) a box's side: spread over its middle, so two inputs'
// edges into a unit, or sixteen units' edges into the output, stay apart.
function port(target, k, count) {
  if (count <= 1) return target.cy;
  const span = Math.min(target.height - 12, count * 10);
  return target.cy - span / 2 + (span * k) / (count - 1);
}

function edgesOf(inputs, units, output) {
  const edges = [];
  const into = (name, index, from, to, k, count, fromK = 0, fromCount = 1) => {
    const [x1, y1, x2, y2] = [from.x + from.width, port(from, fromK, fromCount), to.x, port(to, k, count)];
    // The curve's middle (where a weight's value is written when there are no hidden units).
    edges.push({ name, index, d: edgePath(x1, y1, x2, y2), mid: { x: (x1 + x2) / 2, y: (y1 + y2) / 2 } });
  };
  if (units.length === 0) {
    inputs.forEach((from, i) => into('W2', i, from, output, i, inputs.length));
    return edges;
  }
  inputs.forEach((from, i) =>
    units.forEach((to, j) => into('W1', i * units.length + j, from, to, i, inputs.length, j, units.length)),
  );
  units.forEach((from, j) => into('W2', j, from, output, j, units.length));
  return edges;
}

/**
 * The diagram at `width` CSS px (clamped to MIN_WIDTH..MAX_WIDTH) for `inputs` (labels or a count) and `hidden`
 * units: { width, height, narrow, row, lines, columns, inputs, units, output: boxes {x, y, width,
 * height, cx, cy}, headers: [{ x, text-anchor }], edges: [{ name: 'W1'|'W2', index, d, mid }] }. `lines` x
 * `columns` is how many values a unit's box has room for; the output's box is tall enough for
 * `outputLines` (4 to 6: b, z, p, and with a pass's label and loss, y and loss, then δ).
 */
export function diagramLayout({ inputs: inputList, hidden }, width, outputLines = 4) {
  const inputCount = Array.isArray(inputList) ? inputList.length : inputList;
  const w = clamp(Math.round(Number.isFinite(width) ? width : MAX_WIDTH), MIN_WIDTH, MAX_WIDTH);
  const c = columnsFor(w, hidden);
  const row = rowHeight(hidden);
  const unitsHeight = hidden * row;
  const inputRow = 64;
  const lineCount = Math.max(4, Math.min(6, outputLines));
  const outputHeight = lineCount * LINE_HEIGHT + 14;
  const content = Math.max(unitsHeight, inputCount * inputRow, outputHeight + 16);
  const top = HEADER;
  const middle = top + content / 2;
  const inputs = Array.from({ length: inputCount }, (_, i) =>
    box(c.inputX, middle - (inputCount * inputRow) / 2 + i * inputRow + 6, c.input, inputRow - 12),
  );
  const units = Array.from({ length: hidden }, (_, j) =>
    box(c.unitX, middle - unitsHeight / 2 + j * row + 3, c.unit, row - 6),
  );
  const output = box(c.outputX, middle - outputHeight / 2, c.output, outputHeight);
  const font = c.narrow ? 11 : 12;
  const column = Math.ceil(SLOT_CHARS * 0.6 * font) + 3;
  const lines = clamp(Math.floor((row - 8) / LINE_HEIGHT), 1, 4);
  const glyph = c.narrow ? GLYPH - 6 : GLYPH;
  const columns = clamp(Math.floor((c.unit - glyph) / column), 1, 2);
  return {
    width: w,
    height: Math.ceil(top + content + PAD),
    narrow: c.narrow,
    font,
    outputLines: lineCount,
    row,
    lines,
    columns,
    glyph,
    column,
    inputs,
    units,
    output,
    headers: [
      { x: c.inputX, anchor: 'start' },
      { x: c.unitX + c.unit / 2, anchor: 'middle' },
      { x: c.outputX + c.output, anchor: 'end' },
    ],
    edges: edgesOf(inputs, units, output),
  };
}

/**
 * Where value slot k (0..lines*columns-1) of a unit's box goes when it shows `count` values: { x, y }
 * of its text's start and baseline, the lines in use centred in the box.
 */
export function slotPosition(layout, unitBox, k, count = layout.lines * layout.columns) {
  const column = Math.floor(k / layout.lines);
  const line = k % layout.lines;
  const used = Math.max(1, Math.min(layout.lines, count));
  const top = unitBox.cy - (used * LINE_HEIGHT) / 2;
  return { x: unitBox.x + layout.glyph + column * layout.column, y: top + (line + 1) * LINE_HEIGHT - 3 };
}

/** How many characters fit in a unit's value slot, or a line of the output's box (the tests check values fit). */
export function slotChars(layout, kind = 'unit') {
  const charWidth = 0.6 * layout.font;
  if (kind === 'output') return Math.floor((layout.output.width - layout.glyph) / charWidth);
  const unitRoom = layout.units.length ? (layout.units[0].width - layout.glyph) / layout.columns : Infinity;
  return Math.floor(Math.min(unitRoom, layout.output.width - layout.glyph) / charWidth);
}

/**
 * An edge's width in px for a weight: 0.75 at 0, growing with |weight| and levelling off (tanh) at
 * `widest` from about |weight| 4 on, so a huge weight never floods the picture. Not finite: the thinnest.
 */
export function edgeWidth(weight, widest = 8) {
  if (!Number.isFinite(weight)) return 0.75;
  const width = 0.75 + (widest - 0.75) * Math.tanh(Math.abs(weight) / 2);
  return Math.round(width * 100) / 100;
}

/** The widest edge for a row height: 8 px, less when sixteen units share the height. */
export const widestEdge = (row) => clamp(Math.round(row / 6), 4, 8);

/** 'positive' | 'negative' | 'zero' (0 or not a finite number): the class that colours an edge or a bias. */
export function signClass(value) {
  if (!Number.isFinite(value) || value === 0) return 'zero';
  return value > 0 ? 'positive' : 'negative';
}
