// The decision map's colours for a theme (core/theme.js's, read from the CSS custom properties): the
// strings the canvas draws with, and the colour tables and legend gradients built from them. Any CSS
// colour a host page sets (a name, hsl(), ...) is turned into rgb by the canvas itself.
import { activationTable, gradientOf, parseColor, probabilityTable } from './decision-map-colour.js';

const FALLBACK = { text: '#1d232a', muted: '#59626c', grid: 'rgba(29, 35, 42, 0.09)', surface: '#ffffff' };
const FALLBACK_LABELS = { pass: '#2360e0', fail: '#d2470f' };

// [r, g, b] of any CSS colour, or of `fallback` when the canvas cannot read it.
function rgbOf(text, fallback) {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return parseColor(text) ?? parseColor(fallback);
  ctx.fillStyle = fallback;
  ctx.fillStyle = text || fallback;
  return parseColor(ctx.fillStyle) ?? parseColor(fallback);
}

/** The colours for `theme` ({ text, muted, grid, surface, pass, fail, font }: core/theme.js's). */
export function mapColours(theme) {
  const pick = (name, fallback) => (theme?.[name] ? theme[name] : fallback);
  const colours = {
    text: pick('text', FALLBACK.text),
    muted: pick('muted', FALLBACK.muted),
    grid: pick('grid', FALLBACK.grid),
    surface: pick('surface', FALLBACK.surface),
    pass: pick('pass', FALLBACK_LABELS.pass),
    fail: pick('fail', FALLBACK_LABELS.fail),
    font: pick('font', 'system-ui, sans-serif'),
  };
  const table = probabilityTable({
    fail: rgbOf(colours.fail, FALLBACK_LABELS.fail),
    surface: rgbOf(colours.surface, FALLBACK.surface),
    pass: rgbOf(colours.pass, FALLBACK_LABELS.pass),
  });
  const units = activationTable();
  return {
    ...colours,
    probabilityTable: table,
    probabilityGradient: gradientOf(table),
    unitTable: units,
    unitGradient: gradientOf(units),
  };
}
