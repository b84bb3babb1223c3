// How the principles write a number: 4 decimals, a real minus sign, brackets when asked for and
// negative, '—' when it is not finite. Formatting only: every value comes from the engine.
import { fixed } from '../../../../core/format.js';

const DIGITS = 4;

/** number(-0.5) is "−0.5000"; number(-0.5, { bracket: true }) is "(−0.5000)"; number(NaN) is "—". */
export function number(x, { bracket = false } = {}) {
  if (!Number.isFinite(x)) return '—';
  const text = fixed(x, DIGITS).replace('-', '−');
  return bracket && text.startsWith('−') ? `(${text})` : text;
}
