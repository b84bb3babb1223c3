// The Chart.js axis style every chart shares: title, ticks, grid and border in the theme's colours
// (core/theme.js), so light and dark mode follow styles.css.

/** The loss can touch 0 (or -1e-9, from the epsilon); a log axis or a log colour scale cannot. */
export const LOSS_FLOOR = 1e-12;

/** A Chart.js scale's options: `extra` (type, min, max, ticks, grid…) plus the theme's look. */
export function axis(theme, title, extra = {}) {
  const font = { family: theme.font, size: 12 };
  return {
    ...extra,
    title: { display: true, text: title, color: theme.muted, font },
    ticks: { ...(extra.ticks ?? {}), color: theme.muted, font },
    grid: { color: theme.grid, ...(extra.grid ?? {}) },
    border: { color: theme.grid },
  };
}
