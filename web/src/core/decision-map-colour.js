// The decision map's colours, pure (no DOM): the probability of label 1 on a diverging scale from the
// fail colour (0) through the panel's surface (0.5) to the pass colour (1), the same colours as the
// points, so dark mode and a host page's theme follow the CSS custom properties; a hidden unit's
// activation on viridis (core/viridis.js, the landscape's scale) over the activation's range; both
// written into RGBA pixels with the highest x2 in the top row.
import { colorAt } from './viridis.js';

const STRENGTH = 0.5; // how far p = 0 or 1 goes from the surface towards the label's colour
const LEVELS = 256;

/** '#2360e0', '#abc', 'rgb(35, 96, 224)', 'rgb(35 96 224 / 50%)' -> [r, g, b]; null if unreadable. */
export function parseColor(text) {
  const value = String(text ?? '').trim();
  let match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value);
  if (match) {
    const hex = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
    return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  }
  match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(value);
  return match ? match.slice(1, 4).map((n) => Math.min(255, Math.round(Number(n)))) : null;
}

const mix = (from, to, f) => from.map((value, k) => Math.round(value + (to[k] - value) * f));

/** The colour of probability p (0..1) between [r, g, b] `fail`, `surface` and `pass`. */
export function probabilityColor(p, { fail, surface, pass }) {
  const t = Math.min(Math.max(p, 0), 1);
  return mix(surface, t >= 0.5 ? pass : fail, STRENGTH * Math.abs(2 * t - 1));
}

/** 256 levels of a colour function of t in [0, 1], as a flat [r, g, b, r, g, b, ...] table. */
export function colourTable(colourOf) {
  const table = new Uint8Array(LEVELS * 3);
  for (let i = 0; i < LEVELS; i += 1) table.set(colourOf(i / (LEVELS - 1)), 3 * i);
  return table;
}

/** The probability's table for a theme whose pass, fail and surface colours are [r, g, b]. */
export const probabilityTable = (colours) => colourTable((t) => probabilityColor(t, colours));

/** Viridis's table (the units' activations). */
export const activationTable = () => colourTable(colorAt);

/** A CSS linear-gradient of a table, left (t = 0) to right (t = 1), in `stops` stops. */
export function gradientOf(table, stops = 11) {
  const parts = [];
  for (let i = 0; i < stops; i += 1) {
    const level = Math.round((i / (stops - 1)) * (LEVELS - 1));
    const [r, g, b] = table.subarray(3 * level, 3 * level + 3);
    parts.push(`rgb(${r} ${g} ${b}) ${((100 * i) / (stops - 1)).toFixed(1)}%`);
  }
  return `linear-gradient(to right, ${parts.join(', ')})`;
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
const packed = new WeakMap(); // a table -> its colours as RGBA words, so a pixel is one write

function packedOf(table) {
  if (!packed.has(table)) {
    const words = new Uint32Array(LEVELS);
    const bytes = new Uint8Array(words.buffer);
    for (let i = 0; i < LEVELS; i += 1) {
      const rgba = [table[3 * i], table[3 * i + 1], table[3 * i + 2], 255];
      bytes.set(LITTLE_ENDIAN ? rgba : rgba.reverse(), 4 * i);
    }
    packed.set(table, words);
  }
  return packed.get(table);
}

/**
 * Colour `values[offset + r * columns + c]` (low..high mapped to the table's 0..1) into `pixels`
 * (RGBA, columns x rows, row 0 of the values at the bottom). Not-finite values are transparent.
 */
export function fillPixels(pixels, values, { offset = 0, columns, rows, low = 0, high = 1, table }) {
  const words = new Uint32Array(pixels.buffer, pixels.byteOffset, columns * rows);
  const colours = packedOf(table);
  const scale = (LEVELS - 1) / (high - low || 1);
  for (let r = 0; r < rows; r += 1) {
    let o = (rows - 1 - r) * columns;
    const start = offset + r * columns;
    for (let c = 0; c < columns; c += 1, o += 1) {
      // The level rounded, plus 0.5: a truncation (`| 0`) rounds it, twice as fast as Math.round here.
      const t = (values[start + c] - low) * scale + 0.5;
      // NaN fails both tests: transparent; beyond the range: the end colours.
      words[o] = t >= 1 ? colours[t < LEVELS ? t | 0 : LEVELS - 1] : t < 1 ? colours[0] : 0;
    }
  }
}

/**
 * The range a unit's colours span: sigmoid 0..1, tanh -1..1, relu 0..its highest value on the map,
 * linear its lowest..highest (a flat unit widened by 1 so the range is never empty).
 */
export function activationRange(activation, values, offset = 0, count = values.length) {
  if (activation === 'sigmoid') return [0, 1];
  if (activation === 'tanh') return [-1, 1];
  let low = Infinity;
  let high = -Infinity;
  for (let i = offset; i < offset + count; i += 1) {
    if (!Number.isFinite(values[i])) continue;
    low = Math.min(low, values[i]);
    high = Math.max(high, values[i]);
  }
  if (low > high) return [0, 1];
  if (activation === 'relu') return [0, high > 0 ? high : 1];
  return high > low ? [low, high] : [low - 0.5, high + 0.5];
}

/** Where a unit's own line lies (its weighted sum is 0): sigmoid 0.5, tanh, relu and linear 0. */
export const unitMiddle = (activation) => (activation === 'sigmoid' ? 0.5 : 0);
