// The Chart.js axis style every chart shares: title, ticks, grid and border in the theme's colours
// (core/theme.js), so light and dark mode follow styles.css.
import { grouped } from './format.js';

/** The light colours of styles.css (its :root), which an exported chart always uses. */
export const PRINT_THEME = Object.freeze({
  text: '#1d232a',
  muted: '#59626c',
  grid: 'rgba(29, 35, 42, 0.09)',
  surface: '#ffffff',
  accent: '#0f7d73',
  pass: '#2360e0',
  fail: '#d2470f',
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
});

/** The loss can touch 0 (or -1e-9, from the epsilon); a log axis or a log colour scale cannot. */
export const LOSS_FLOOR = 1e-12;

/** Shortest scientific notation, as Chart.js (Intl) writes it: 0.00002 -> "2E-5". */
const scientific = (value) => value.toExponential().replace('e+', 'E').replace('e', 'E');

/**
 * A linear axis's tick label as Chart.js's default writes it (the decimals its tick step needs,
 * thousands with commas, scientific beyond 1e15 or below 1e-4), without Intl.NumberFormat, whose
 * first use costs 20-60 ms of the page's start. Called with Chart.js's (value, index, ticks).
 */
export function tickText(value, index, ticks) {
  if (value === 0) return '0';
  let step = value;
  if (ticks.length > 1) {
    const largest = Math.max(Math.abs(ticks[0].value), Math.abs(ticks[ticks.length - 1].value));
    if (largest < 1e-4 || largest > 1e15) return scientific(value);
    step = ticks.length > 3 ? ticks[2].value - ticks[1].value : ticks[1].value - ticks[0].value;
    if (Math.abs(step) >= 1 && value !== Math.floor(value)) step = value - Math.floor(value);
  }
  const decimals = Math.max(Math.min(-Math.floor(Math.log10(Math.abs(step))), 20), 0);
  return grouped(value.toFixed(Number.isFinite(decimals) ? decimals : 1));
}

/** A log axis's tick label: only 1, 2, 3, 5 (and 10, 15) times a power of ten, and the last ones. */
export function logTickText(value, index, ticks) {
  if (value === 0) return '0';
  const significand = ticks[index].significand ?? value / 10 ** Math.floor(Math.log10(value));
  const shownHere = [1, 2, 3, 5, 10, 15].includes(significand) || index > 0.8 * ticks.length;
  return shownHere ? tickText(value, index, ticks) : '';
}

/** A Chart.js scale's options: `extra` (type, min, max, ticks, grid…) plus the theme's look. */
export function axis(theme, title, extra = {}) {
  const font = { family: theme.font, size: 12 };
  return {
    ...extra,
    title: { display: true, text: title, color: theme.muted, font },
    ticks: {
      callback: extra.type === 'logarithmic' ? logTickText : tickText,
      ...(extra.ticks ?? {}),
      color: theme.muted,
      font,
    },
    grid: { color: theme.grid, ...(extra.grid ?? {}) },
    border: { color: theme.grid },
  };
}
