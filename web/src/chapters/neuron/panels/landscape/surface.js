// The landscape's surface, pure (no DOM, no engine, no Chart.js): the grid the engine evaluates for
// given axes, the losses it returns coloured into RGBA pixels on a log scale, the lowest point, the
// legend's ticks, and the caption's text.
import { colorAt, colorFloor, legendTicks, logScale, tickText } from './colormap.js';
import { count, counted, shown } from '../../../../core/format.js';

const GRID = 200; // weights and biases per axis
const MIN_GRID = 40; // coarser than this, the surface is not drawn
const EVALUATION_BUDGET = 4e6; // examples x grid points per surface: about 40 ms of WASM at most
const COLORS = Array.from({ length: 256 }, (_, i) => colorAt(i / 255));

/** The most examples for which the surface is drawn. */
export const MAX_SURFACE_EXAMPLES = Math.floor(EVALUATION_BUDGET / (MIN_GRID * MIN_GRID));

/**
 * The grid for trainer.lossLandscape over the axes `frame` ({ weightMin, weightMax, biasMin, biasMax })
 * with `examples` examples: side x side points at the centres of the image's pixels, so the image
 * fills the axes exactly; null when there are too many examples for a grid worth drawing.
 */
export function surfaceGrid(frame, examples) {
  const side = Math.min(GRID, Math.floor(Math.sqrt(EVALUATION_BUDGET / Math.max(examples, 1))));
  if (side < MIN_GRID) return null;
  const halfWeight = (frame.weightMax - frame.weightMin) / side / 2;
  const halfBias = (frame.biasMax - frame.biasMin) / side / 2;
  return {
    weightMin: frame.weightMin + halfWeight,
    weightMax: frame.weightMax - halfWeight,
    biasMin: frame.biasMin + halfBias,
    biasMax: frame.biasMax - halfBias,
    columns: side,
    rows: side,
  };
}

/**
 * `losses` (trainer.lossLandscape's: row-major, row 0 the lowest bias) over the square `grid` as
 * { pixels (RGBA, the highest bias in the top row), side, low, high, floor (the lowest loss the
 * colours tell apart), lowest: { loss, weight, bias, edge (on the grid's border) },
 * ticks: [{ value, text, at (0..1 along the legend) }] }.
 */
export function colourSurface(losses, grid) {
  const side = grid.columns;
  let at = 0;
  let high = -Infinity;
  for (let i = 0; i < losses.length; i += 1) {
    if (losses[i] < losses[at]) at = i;
    high = Math.max(high, losses[i]);
  }
  const low = losses[at];
  const floor = colorFloor(low, high);
  const toColor = logScale(floor, high);
  const pixels = new Uint8ClampedArray(side * side * 4);
  for (let r = 0; r < side; r += 1) {
    const row = (side - 1 - r) * side; // the highest bias at the top
    for (let c = 0; c < side; c += 1) {
      const [red, green, blue] = COLORS[Math.round(toColor(losses[r * side + c]) * 255)];
      const o = (row + c) * 4;
      pixels[o] = red;
      pixels[o + 1] = green;
      pixels[o + 2] = blue;
      pixels[o + 3] = 255;
    }
  }
  const row = Math.floor(at / side);
  const column = at % side;
  const edge = row === 0 || column === 0 || row === side - 1 || column === side - 1;
  const between = (min, max, i) => (side > 1 ? min + ((max - min) * i) / (side - 1) : min);
  const lowest = {
    loss: low,
    weight: between(grid.weightMin, grid.weightMax, column),
    bias: between(grid.biasMin, grid.biasMax, row),
    edge,
  };
  const ticks = legendTicks(floor, high).map((value) => ({ value, text: tickText(value), at: toColor(value) }));
  return { pixels, side, low, high, floor, lowest, ticks };
}

/**
 * The caption: where the path started and is now ({ epoch, weight, bias } each), the loss now, and the
 * surface's lowest point (null: no surface drawn).
 */
export function summaryText({ start, end, loss, lowest }) {
  const at = (p) => `weight ${shown(p.weight, 2)}, bias ${shown(p.bias, 2)}`;
  const four = (value) => shown(value, 4);
  const now =
    end.epoch === 0
      ? `Starts at ${at(start)}, loss ${four(loss)}.`
      : `Started at ${at(start)}; after ${counted(end.epoch, 'epoch')} at ${at(end)}, loss ${four(loss)}.`;
  if (!lowest) return `${now} The surface is drawn for up to ${count(MAX_SURFACE_EXAMPLES)} examples.`;
  const beyond = lowest.edge ? ', at its edge: the loss keeps falling beyond it' : '';
  return `${now} Lowest loss on this grid: ${four(lowest.loss)} at ${at(lowest)}${beyond}.`;
}
