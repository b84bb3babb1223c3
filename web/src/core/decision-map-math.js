// The decision map's geometry, pure (no DOM, no engine): which part of the plane to show for some
// points (gridFor), the plane <-> pixel transforms of the plot, axis ticks, hit testing, which points
// to draw when there are many (thinning) and coordinates as a sentence writes them. The contour and
// the colours live in decision-map-contour.js and decision-map-colour.js.

export const MAP_SIZE = 100; // columns and rows of the map the page asks for (the issue: >= 100 x 100)
export const MAX_ABS_COORDINATE = 1e6; // the engine's limits.maxAbsCoordinate
export const MAX_DRAWN_POINTS = 3000; // more points than this are thinned for drawing
const PADDING = 0.1; // of the points' extent, on each side
const MIN_HALF = 1; // half the side of the square shown around a single point (or equal points)

/**
 * The plane to show for `points` (NetworkPoints: inputs x1, x2 per point): the points' extent padded by
 * 10 % on each side, made square, within ±1e6, never empty; as a MapGrid of size x size whose cells'
 * centres are the grid's values (so the image of the map fills the square exactly: see viewOf).
 */
export function gridFor(points, size = MAP_SIZE) {
  const inputs = points?.inputs ?? [];
  let low1 = Infinity;
  let high1 = -Infinity;
  let low2 = Infinity;
  let high2 = -Infinity;
  for (let i = 0; i + 1 < inputs.length; i += 2) {
    const x1 = inputs[i];
    const x2 = inputs[i + 1];
    if (!Number.isFinite(x1) || !Number.isFinite(x2)) continue;
    low1 = Math.min(low1, x1);
    high1 = Math.max(high1, x1);
    low2 = Math.min(low2, x2);
    high2 = Math.max(high2, x2);
  }
  if (low1 > high1) [low1, high1, low2, high2] = [0, 0, 0, 0];
  const span = Math.max(high1 - low1, high2 - low2);
  const centre1 = (low1 + high1) / 2;
  const centre2 = (low2 + high2) / 2;
  const magnitude = Math.max(Math.abs(centre1), Math.abs(centre2));
  // Never a square too small for doubles to tell its cells apart, never one beyond the limits.
  let half = span > 0 ? (span / 2) * (1 + 2 * PADDING) : Math.max(MIN_HALF, magnitude * PADDING);
  half = Math.min(Math.max(half, magnitude * 1e-9, 1e-9), MAX_ABS_COORDINATE);
  const [min1, max1] = within(centre1, half);
  const [min2, max2] = within(centre2, half);
  return gridOfView({ x1Min: min1, x1Max: max1, x2Min: min2, x2Max: max2 }, size);
}

// [centre - half, centre + half] moved (not shrunk) to lie within ±1e6.
function within(centre, half) {
  const low = Math.min(Math.max(centre - half, -MAX_ABS_COORDINATE), MAX_ABS_COORDINATE - 2 * half);
  return [low, Math.min(low + 2 * half, MAX_ABS_COORDINATE)];
}

/** The MapGrid of size x size cells over a view { x1Min, x1Max, x2Min, x2Max }: its cells' centres. */
export function gridOfView(view, size = MAP_SIZE) {
  const half1 = (view.x1Max - view.x1Min) / size / 2;
  const half2 = (view.x2Max - view.x2Min) / size / 2;
  return {
    x1Min: view.x1Min + half1,
    x1Max: view.x1Max - half1,
    x2Min: view.x2Min + half2,
    x2Max: view.x2Max - half2,
    columns: size,
    rows: size,
  };
}

/** The plane a grid's image covers: its ends widened by half a cell (the inverse of gridOfView). */
export function viewOf(grid) {
  const half1 = (grid.x1Max - grid.x1Min) / (grid.columns - 1) / 2;
  const half2 = (grid.x2Max - grid.x2Min) / (grid.rows - 1) / 2;
  return { x1Min: grid.x1Min - half1, x1Max: grid.x1Max + half1, x2Min: grid.x2Min - half2, x2Max: grid.x2Max + half2 };
}

/**
 * The transforms between the plane (view) and a plot area { left, top, width, height } in CSS pixels
 * (x2 goes up): { toPixel(x1, x2) -> [x, y], pixelX(x1), pixelY(x2) (the same without an array, for
 * the drawing's loops), toPlane(x, y) -> [x1, x2] (clamped to the view) }.
 */
export function transforms(view, area) {
  const sx = area.width / (view.x1Max - view.x1Min);
  const sy = area.height / (view.x2Max - view.x2Min);
  const clamp = (value, low, high) => Math.min(Math.max(value, low), high);
  return {
    toPixel: (x1, x2) => [area.left + (x1 - view.x1Min) * sx, area.top + (view.x2Max - x2) * sy],
    pixelX: (x1) => area.left + (x1 - view.x1Min) * sx,
    pixelY: (x2) => area.top + (view.x2Max - x2) * sy,
    toPlane: (x, y) => [
      clamp(view.x1Min + (x - area.left) / sx, view.x1Min, view.x1Max),
      clamp(view.x2Max - (y - area.top) / sy, view.x2Min, view.x2Max),
    ],
  };
}

/** Whether the CSS pixel (x, y) lies on the plot area. */
export const onArea = (area, x, y) =>
  x >= area.left && x <= area.left + area.width && y >= area.top && y <= area.top + area.height;

/** Round ticks (1, 2 or 5 times a power of ten apart) between low and high, as near `count` of them as can be. */
export function niceTicks(low, high, count = 5) {
  const span = high - low;
  if (!(span > 0) || !Number.isFinite(span)) return [];
  const power = 10 ** Math.floor(Math.log10(span / Math.max(count, 1)));
  let step = power;
  let miss = Infinity;
  for (const m of [0.5, 1, 2, 5, 10, 20]) {
    const n = Math.floor(high / (m * power)) - Math.ceil(low / (m * power)) + 1;
    if (Math.abs(n - count) <= miss) [step, miss] = [m * power, Math.abs(n - count)];
  }
  const ticks = [];
  for (let k = Math.ceil(low / step); k * step <= high + step * 1e-9; k += 1) {
    ticks.push(Number((k * step).toPrecision(12)));
  }
  return ticks;
}

/** A step that a pixel (1/200 of the span) can tell apart, rounded to a power of ten: span 3 -> 0.01. */
export const stepFor = (span) => 10 ** Math.floor(Math.log10(span / 200));

/** `value` rounded to a multiple of `step` (a power of ten), without float noise. */
export function roundTo(value, step) {
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  return Number((Math.round(value / step) * step).toFixed(Math.min(digits, 20)));
}

/** A coordinate in a sentence: 0.25, −0.5 (a true minus sign), to the digits `step` tells apart. */
export function coordinateText(value, step = 0.01) {
  const text = String(roundTo(value, step));
  return (text === '-0' ? '0' : text).replace('-', '−');
}

/**
 * The indices of the points to draw: every one up to `max`, else every k-th (k the smallest whole
 * number that keeps at most `max`), so adding a point at the end keeps the others where they are.
 */
export function thinned(count, max = MAX_DRAWN_POINTS) {
  const every = Math.max(1, Math.ceil(count / max));
  const kept = new Int32Array(Math.ceil(count / every));
  for (let i = 0; i < kept.length; i += 1) kept[i] = i * every;
  return kept;
}

/**
 * The drawn point nearest to the pixel (x, y) within `radius` CSS px, or -1: `drawn` its indices,
 * `inputs` x1, x2 per point, `toPixel` the plot's transform. The last drawn wins a tie (it is on top).
 */
export function hitTest(inputs, drawn, toPixel, x, y, radius) {
  let best = -1;
  let bestDistance = radius * radius;
  for (const index of drawn) {
    const [px, py] = toPixel(inputs[2 * index], inputs[2 * index + 1]);
    const distance = (px - x) ** 2 + (py - y) ** 2;
    if (distance <= bestDistance) {
      best = index;
      bestDistance = distance;
    }
  }
  return best;
}

/** The point nearest to (x1, x2) in the plane among `drawn` (-1 when there are none). */
export function nearestPoint(inputs, drawn, x1, x2) {
  let best = -1;
  let bestDistance = Infinity;
  for (const index of drawn) {
    const distance = (inputs[2 * index] - x1) ** 2 + (inputs[2 * index + 1] - x2) ** 2;
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  }
  return best;
}

/** Whether two NetworkPoints hold the same points (a new copy of the same data is the same). */
export function samePoints(a, b) {
  if (a === b) return true;
  if (!a || !b || a.labels.length !== b.labels.length) return false;
  for (let i = 0; i < a.labels.length; i += 1) if (a.labels[i] !== b.labels[i]) return false;
  for (let i = 0; i < a.inputs.length; i += 1) if (a.inputs[i] !== b.inputs[i]) return false;
  return true;
}
