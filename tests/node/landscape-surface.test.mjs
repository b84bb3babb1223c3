// The landscape's surface without a browser or the engine: the colours of a hand-made grid (the colour
// map's ends for the lowest and highest loss, the highest bias in the top row), the lowest point and
// whether it is on the grid's edge, the legend's ticks, the grid for given axes (none above the
// example budget), and the caption's text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  MAX_SURFACE_EXAMPLES,
  colourSurface,
  summaryText,
  surfaceGrid,
} from '../../web/src/chapters/neuron/panels/landscape/surface.js';

const LOWEST = [68, 1, 84, 255]; // viridis's dark violet
const HIGHEST = [253, 231, 37, 255]; // viridis's yellow
const pixel = (surface, x, y) =>
  Array.from(surface.pixels.slice((y * surface.side + x) * 4, (y * surface.side + x + 1) * 4));

test('a 2x2 grid: the colour map on a log scale, the highest bias in the top row', () => {
  // Row 0 (bias -1): 0.01, 1; row 1 (bias 1): 0.1, 100.
  const grid = { weightMin: 0, weightMax: 1, biasMin: -1, biasMax: 1, columns: 2, rows: 2 };
  const surface = colourSurface(new Float64Array([0.01, 1, 0.1, 100]), grid);
  assert.equal(surface.side, 2);
  assert.equal(surface.pixels.length, 16);
  assert.deepEqual(pixel(surface, 0, 0), [59, 81, 138, 255]); // 0.1: a quarter along the log scale
  assert.deepEqual(pixel(surface, 1, 0), HIGHEST); // 100, top right
  assert.deepEqual(pixel(surface, 0, 1), LOWEST); // 0.01, bottom left
  assert.deepEqual(pixel(surface, 1, 1), [35, 144, 140, 255]); // 1: half way
  assert.deepEqual([surface.low, surface.high, surface.floor], [0.01, 100, 0.01]);
  assert.deepEqual(surface.lowest, { loss: 0.01, weight: 0, bias: -1, edge: true });
  assert.deepEqual(
    surface.ticks.map(({ value, text }) => [value, text]),
    [
      [0.01, '0.01'],
      [0.1, '0.1'],
      [1, '1'],
      [10, '10'],
      [100, '100'],
    ],
  );
  const at = surface.ticks.map((tick) => tick.at);
  [0, 0.25, 0.5, 0.75, 1].forEach((expected, i) =>
    assert.ok(Math.abs(at[i] - expected) < 1e-12, `tick ${i} at ${at[i]}`),
  );
});

test('a 3x3 grid: the lowest point inside, a loss of 0 coloured as the floor six decades down', () => {
  const grid = { weightMin: -1, weightMax: 1, biasMin: 0, biasMax: 4, columns: 3, rows: 3 };
  const surface = colourSurface(new Float64Array([5, 4, 3, 2, 0, 2, 3, 4, 5]), grid);
  assert.deepEqual(surface.lowest, { loss: 0, weight: 0, bias: 2, edge: false });
  assert.equal(surface.floor, 5 * 10 ** -6); // six decades below the highest loss
  assert.deepEqual(pixel(surface, 1, 1), LOWEST);
  assert.deepEqual(pixel(surface, 1, 0), [243, 230, 38, 255]); // 4 (top middle)
  assert.deepEqual(pixel(surface, 2, 0), HIGHEST); // 5 (top right: the last row, last column)
  assert.deepEqual(pixel(surface, 0, 2), HIGHEST); // 5 (bottom left: row 0, column 0)
  assert.deepEqual(
    surface.ticks.map((tick) => tick.text),
    ['1e−5', '1e−4', '0.001', '0.01', '0.1', '1'],
  );
  assert.ok(
    surface.ticks.every((tick, i) => tick.at > 0 && tick.at < 1 && (i === 0 || tick.at > surface.ticks[i - 1].at)),
  );
});

test('the grid: points at the centres of the pixels, coarser with more examples, none above the budget', () => {
  const frame = { weightMin: 0, weightMax: 2, biasMin: -1, biasMax: 1 };
  const fine = surfaceGrid(frame, 5);
  assert.deepEqual(fine, {
    weightMin: 0.005,
    weightMax: 1.995,
    biasMin: -0.995,
    biasMax: 0.995,
    columns: 200,
    rows: 200,
  });
  assert.equal(surfaceGrid(frame, 1000).columns, 63); // sqrt(4e6 / 1000)
  assert.equal(MAX_SURFACE_EXAMPLES, 2500);
  assert.equal(surfaceGrid(frame, MAX_SURFACE_EXAMPLES).columns, 40);
  assert.equal(surfaceGrid(frame, MAX_SURFACE_EXAMPLES + 1), null);
  assert.equal(surfaceGrid(frame, 0).columns, 200);
});

test('the caption: the start, the end after training, the lowest point and its edge', () => {
  const start = { epoch: 0, weight: 0.5, bias: 0 };
  const end = { epoch: 5000, weight: 4.248343, bias: -10.4211 };
  const lowest = { loss: 0.00123456, weight: 6.004, bias: -14.996, edge: false };
  assert.equal(
    summaryText({ start, end: start, loss: 0.693147, lowest }),
    'Starts at weight 0.50, bias 0.00, loss 0.6931. Lowest loss on this grid: 0.0012 at weight 6.00, bias -15.00.',
  );
  assert.equal(
    summaryText({ start, end, loss: 0.04657, lowest: { ...lowest, edge: true } }),
    'Started at weight 0.50, bias 0.00; after 5,000 epochs at weight 4.25, bias -10.42, loss 0.0466. ' +
      'Lowest loss on this grid: 0.0012 at weight 6.00, bias -15.00, at its edge: the loss keeps falling beyond it.',
  );
  // The epsilon can take the loss a hair below 0: shown as 0.
  assert.equal(
    summaryText({ start, end, loss: -1e-9, lowest: null }),
    'Started at weight 0.50, bias 0.00; after 5,000 epochs at weight 4.25, bias -10.42, loss 0.0000. ' +
      'The surface is drawn for up to 2,500 examples.',
  );
});
