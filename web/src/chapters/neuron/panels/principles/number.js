// How the principles write a number: 4 decimals, a real minus sign, brackets when asked for and
// negative, '—' when it is not finite, 0.0000 (not −0.0000) for a value that rounds to zero.
// Formatting only: every value comes from the engine.
import { shown } from '../../../../core/format.js';

const DIGITS = 4;

/** number(-0.5) is "−0.5000"; number(-0.5, { bracket: true }) is "(−0.5000)"; number(NaN) is "—". */
export function number(x, { bracket = false } = {}) {
  const text = shown(x, DIGITS).replace('-', '−'); // shown: '—' when not finite, no sign on a zero
  return bracket && text.startsWith('−') ? `(${text})` : text;
}
