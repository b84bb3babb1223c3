// What the decision map's colours show for one update, pure but for the ImageData it fills: the
// probability (or the focused unit's activation) as pixels, the 0.5 contour (and the unit's own line),
// and the legend that explains the colours.
import { contourLines } from './decision-map-contour.js';
import { activationRange, fillPixels, unitMiddle } from './decision-map-colour.js';

/** The hidden unit `highlight` names when the map has it, else null (the probability is shown). */
export function shownUnit({ map, highlight }) {
  const hidden = map.units.length / (map.columns * map.rows);
  return Number.isInteger(highlight) && highlight >= 0 && highlight < hidden ? highlight : null;
}

/**
 * Fill `pixels` (RGBA, columns x rows) for update()'s `values` with decision-map-theme.js's `colours`.
 * Returns { unit, segments, lines (the 0.5 contour), unitLines (or null), legend: { key, title,
 * gradient, ticks, low, high } }.
 */
export function colourLayer(values, colours, pixels) {
  const { grid, map, activation = 'sigmoid' } = values;
  const { columns, rows } = grid;
  const unit = shownUnit(values);
  const { segments, lines } = contourLines(map.probability, grid, 0.5);
  if (unit === null) {
    fillPixels(pixels, map.probability, { columns, rows, table: colours.probabilityTable });
    const legend = { title: 'probability of label 1', gradient: colours.probabilityGradient, low: 0, high: 1 };
    return { unit, segments, lines, unitLines: null, legend: { ...legend, key: 'p', ticks: [0, 0.5, 1] } };
  }
  const offset = unit * columns * rows;
  const [low, high] = activationRange(activation, map.units, offset, columns * rows);
  const middle = unitMiddle(activation);
  fillPixels(pixels, map.units, { offset, columns, rows, low, high, table: colours.unitTable });
  const ticks = middle > low && middle < high ? [low, middle, high] : [low, high];
  const legend = {
    key: `u${unit}|${ticks.join(',')}`,
    title: `unit ${unit + 1}'s activation (${activation}); dashed: its own line`,
    gradient: colours.unitGradient,
    ticks,
    low,
    high,
  };
  return { unit, segments, lines, unitLines: contourLines(map.units, grid, middle, offset).lines, legend };
}
