// How NumPy's print() shows a 2-D float array (W1, b1, W2, b2 in the network's output): array2string's
// defaults, precision 8 in 'maxprec' mode, one format for every element (all positional, or all
// scientific when some |x| >= 1e8, some nonzero |x| < 1e-4 or the largest over the smallest is > 1000),
// columns aligned, rows wrapped at 75 characters. The tests compare it with NumPy's own print.
import { fixed } from '../web/src/core/format.js';

const PRECISION = 8;
const LINE_WIDTH = 75;

const minus = (x) => (x < 0 || Object.is(x, -0) ? '-' : '');
const decimalsOf = (digits) => (digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0);

// Positional (dragon4_positional, unique, trim '.'): the shortest digits that read back as x, at most
// 8 decimals, trailing zeros dropped but the point kept: "0.5", "-3.", "1.23456789".
function positional(x) {
  const shortest = String(Math.abs(x));
  const text = decimalsOf(shortest) > PRECISION ? fixed(Math.abs(x), PRECISION).replace(/0+$/, '') : shortest;
  return minus(x) + (text.includes('.') ? text : `${text}.`);
}

// |x| in scientific notation with `decimals` mantissa decimals, rounding the exact binary value half to
// even as NumPy does (toExponential rounds an exact tie away from zero): ["1.67339162", "+6"].
function exponential(magnitude, decimals) {
  const [mantissa, exponent] = magnitude.toExponential(decimals).split('e');
  if (magnitude >= 1e21) return [mantissa, exponent]; // no exact tie at 9 digits is that large
  const [whole, fraction] = magnitude.toFixed(100).split('.'); // the double's exact decimal expansion
  const digits = (whole + fraction).replace(/^0+/, '');
  const kept = digits.slice(0, decimals + 1);
  if (!/^50*$/.test(digits.slice(decimals + 1)) || Number(kept.at(-1)) % 2 !== 0) return [mantissa, exponent];
  const power = whole === '0' ? -(fraction.length - fraction.replace(/^0+/, '').length + 1) : whole.length - 1;
  return [decimals === 0 ? kept : `${kept[0]}.${kept.slice(1)}`, `${power < 0 ? '-' : '+'}${Math.abs(power)}`];
}

// The decimals of x's mantissa in scientific notation: its shortest digits, at most 8, trailing zeros
// dropped (NumPy's first pass; every element then gets the most any element needs).
function mantissaDecimals(x) {
  const shortest = Math.abs(x).toExponential().split('e')[0];
  if (decimalsOf(shortest) <= PRECISION) return decimalsOf(shortest);
  return decimalsOf(exponential(Math.abs(x), PRECISION)[0].replace(/\.?0+$/, ''));
}

// One function formatting every element of `values` to the same width.
function elementFormat(values) {
  const magnitudes = values.map(Math.abs).filter((m) => m !== 0);
  const largest = Math.max(0, ...magnitudes);
  const smallest = Math.min(...magnitudes);
  if (largest >= 1e8 || smallest < 1e-4 || largest / smallest > 1000) {
    const decimals = Math.max(...values.map(mantissaDecimals));
    const parts = values.map((x) => {
      const [mantissa, exponent] = exponential(Math.abs(x), decimals);
      return { whole: minus(x) + mantissa.split('.')[0], fraction: mantissa.split('.')[1] ?? '', exponent };
    });
    const left = Math.max(...parts.map((p) => p.whole.length));
    const digits = Math.max(2, ...parts.map((p) => p.exponent.length - 1));
    const text = parts.map(({ whole, fraction, exponent }) => {
      const power = `${exponent[0]}${exponent.slice(1).padStart(digits, '0')}`;
      return `${whole.padStart(left)}.${fraction}e${power}`;
    });
    return (i) => text[i];
  }
  const parts = values.map((x) => positional(x).split('.'));
  const left = Math.max(...parts.map(([whole]) => whole.length));
  const right = Math.max(...parts.map(([, fraction]) => fraction.length));
  return (i) => `${parts[i][0].padStart(left)}.${parts[i][1].padEnd(right)}`;
}

// One row, "[a b c]", wrapped as NumPy wraps it: a word that would pass the width starts a new line
// indented under the first (the width leaves room for the closing brackets).
function row(words) {
  const indent = '  ';
  let text = '';
  let line = indent;
  words.forEach((word, i) => {
    if (line.length + word.length > LINE_WIDTH - 2 && line.length > indent.length) {
      text += `${line.trimEnd()}\n`;
      line = indent;
    }
    line += i < words.length - 1 ? `${word} ` : word;
  });
  return `[${(text + line).slice(indent.length)}]`;
}

/** rows (arrays of numbers, all the same length) -> what print(np.array(rows)) prints. */
export function numpyArray(rows) {
  const format = elementFormat(rows.flat());
  let index = 0;
  return `[${rows.map((values) => row(values.map(() => format(index++)))).join('\n ')}]`;
}
