// The decision map's pure parts (web/src/core/decision-map-{math,contour,colour,text}.js) on their
// own and over the real network engine's maps: the plane shown for any points (never empty, within
// the engine's limits, accepted by trainer.map), the plane <-> pixel transforms, thinning and hit
// testing, the 0.5 contour (a straight line for one neuron, a closed curve around the ring's middle
// once four sigmoid units have trained), the colours and the text alternative's words.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import {
  coordinateText,
  gridFor,
  gridOfView,
  hitTest,
  nearestPoint,
  niceTicks,
  roundTo,
  samePoints,
  thinned,
  transforms,
  viewOf,
} from '../../web/src/core/decision-map-math.js';
import { contourLines, contourSegments, regionFacts, valueAt } from '../../web/src/core/decision-map-contour.js';
import {
  activationRange,
  fillPixels,
  parseColor,
  probabilityColor,
  probabilityTable,
} from '../../web/src/core/decision-map-colour.js';
import { mapSummary, unitSummary } from '../../web/src/core/decision-map-text.js';
import { loadTestNetworkEngine } from './golden.mjs';

let engine;
before(async () => {
  engine = await loadTestNetworkEngine();
});

const pointsOf = (...pairs) => ({ inputs: Float64Array.from(pairs.flat()), labels: new Float64Array(pairs.length) });

function trained(config, epochs) {
  const trainer = engine.network.createTrainer(config);
  trainer.train(epochs);
  return trainer;
}

test('gridFor: the points padded by 10 % each side, square, 100 x 100, the image covering exactly that', () => {
  const grid = gridFor(pointsOf([-1, -0.5], [3, 0.5]));
  assert.equal(grid.columns, 100);
  assert.equal(grid.rows, 100);
  const view = viewOf(grid);
  assert.ok(Math.abs(view.x1Min - -1.4) < 1e-12 && Math.abs(view.x1Max - 3.4) < 1e-12, JSON.stringify(view));
  assert.ok(Math.abs(view.x2Max - view.x2Min - 4.8) < 1e-12, 'square');
  assert.ok(Math.abs((view.x2Min + view.x2Max) / 2) < 1e-12, 'centred on the points');
  const back = viewOf(gridOfView(view));
  for (const key of Object.keys(view)) assert.ok(Math.abs(back[key] - view[key]) < 1e-12, key);
});

test('gridFor: never empty, within ±1e6, and the engine accepts it, for a single point, equal points, the corners', () => {
  const cases = [
    pointsOf([0, 0]),
    pointsOf([2.5, 2.5], [2.5, 2.5], [2.5, 2.5]),
    pointsOf([1e6, 1e6]),
    pointsOf([-1e6, -1e6], [1e6, 1e6]),
    pointsOf([1e6, -1e6], [1e6 - 1e-9, -1e6]),
    pointsOf([123456.789, 0], [123456.789 + 1e-12, 0]),
    { inputs: new Float64Array(0), labels: new Float64Array(0) },
    pointsOf([NaN, 1], [0.5, 0.5]),
  ];
  for (const points of cases) {
    const grid = gridFor(points);
    const view = viewOf(grid);
    assert.ok(grid.x1Min < grid.x1Max && grid.x2Min < grid.x2Max, JSON.stringify(grid));
    for (const value of Object.values(view)) assert.ok(Math.abs(value) <= 1e6 * (1 + 1e-12), JSON.stringify(view));
    const data = points.labels.length > 0 ? [...points.inputs].map((v) => (Number.isFinite(v) ? v : 0)) : [];
    const rows = [];
    for (let i = 0; i < data.length; i += 2) rows.push(data[i], data[i + 1], i % 4 === 0 ? 1 : 0);
    const trainer = engine.network.createTrainer(rows.length > 0 ? { data: rows } : {});
    const map = trainer.map(grid);
    assert.equal(map.probability.length, 100 * 100);
    assert.ok(map.probability.every(Number.isFinite));
    trainer.delete();
    for (let i = 0; i < data.length; i += 2) {
      assert.ok(data[i] >= view.x1Min && data[i] <= view.x1Max, `x1 ${data[i]} shown`);
      assert.ok(data[i + 1] >= view.x2Min && data[i + 1] <= view.x2Max, `x2 ${data[i + 1]} shown`);
    }
  }
});

test('transforms: the view onto the plot area and back, x2 up, clamped to the view', () => {
  const view = { x1Min: -2, x1Max: 2, x2Min: -1, x2Max: 3 };
  const { toPixel, toPlane } = transforms(view, { left: 40, top: 10, width: 400, height: 400 });
  assert.deepEqual(toPixel(-2, 3), [40, 10]);
  assert.deepEqual(toPixel(2, -1), [440, 410]);
  assert.deepEqual(toPixel(0, 1), [240, 210]);
  assert.deepEqual(toPlane(240, 210), [0, 1]);
  assert.deepEqual(toPlane(0, 1000), [-2, -1]);
});

test('niceTicks, roundTo and coordinateText: round values, no float noise, a true minus sign', () => {
  assert.deepEqual(niceTicks(-1.72, 1.68, 6), [-1.5, -1, -0.5, 0, 0.5, 1, 1.5]);
  assert.deepEqual(niceTicks(-1.72, 1.68, 4), [-1, 0, 1]);
  assert.deepEqual(niceTicks(0, 1e6, 5), [0, 200000, 400000, 600000, 800000, 1000000]);
  assert.deepEqual(niceTicks(1, 1, 5), []);
  assert.equal(roundTo(0.30000000000000004, 0.01), 0.3);
  assert.equal(coordinateText(-0.5, 0.01), '−0.5');
  assert.equal(coordinateText(-0.001, 0.01), '0');
  assert.equal(coordinateText(0.25, 0.01), '0.25');
});

test('thinned: every point up to 3,000, else every k-th, stable when one is added', () => {
  assert.deepEqual([...thinned(5)], [0, 1, 2, 3, 4]);
  const many = thinned(100000);
  assert.ok(many.length <= 3000 && many.length > 2500, `${many.length}`);
  assert.equal(many[0], 0);
  assert.equal(many[1] - many[0], many.at(-1) - many.at(-2));
  assert.deepEqual([...thinned(100001)].slice(0, 10), [...many].slice(0, 10));
});

test('samePoints: a copy of the same points is the same, a moved, relabelled or added one is not', () => {
  const a = pointsOf([0, 1], [2, 3]);
  const copy = { inputs: Float64Array.from(a.inputs), labels: Float64Array.from(a.labels) };
  assert.ok(samePoints(a, a) && samePoints(a, copy));
  assert.ok(!samePoints(a, pointsOf([0, 1], [2, 3.5])));
  assert.ok(!samePoints(a, { inputs: a.inputs, labels: Float64Array.of(0, 1) }));
  assert.ok(!samePoints(a, pointsOf([0, 1], [2, 3], [4, 5])));
  assert.ok(!samePoints(a, undefined));
});

test('hitTest and nearestPoint: the nearest drawn point within the radius, else -1', () => {
  const inputs = Float64Array.from([0, 0, 1, 1, 1.02, 1.02]);
  const { toPixel } = transforms(
    { x1Min: -2, x1Max: 2, x2Min: -2, x2Max: 2 },
    { left: 0, top: 0, width: 400, height: 400 },
  );
  const drawn = Int32Array.from([0, 1, 2]);
  assert.equal(hitTest(inputs, drawn, toPixel, 200, 200, 8), 0);
  assert.equal(hitTest(inputs, drawn, toPixel, 303, 97, 8), 2);
  assert.equal(hitTest(inputs, drawn, toPixel, 250, 250, 8), -1);
  assert.equal(hitTest(inputs, Int32Array.from([0, 1]), toPixel, 303, 97, 8), 1, 'only drawn points');
  assert.equal(nearestPoint(inputs, drawn, 0.9, 0.8), 1);
  assert.equal(nearestPoint(inputs, new Int32Array(0), 0, 0), -1);
});

test('contourSegments: a ramp crosses 0.5 on one straight line, a bowl on a closed curve', () => {
  const grid = { x1Min: 0, x1Max: 1, x2Min: 0, x2Max: 1, columns: 11, rows: 11 };
  const field = (f) => Float64Array.from({ length: 121 }, (_, i) => f((i % 11) / 10, Math.floor(i / 11) / 10));
  const ramp = contourSegments(
    field((x1) => x1 + 0.05),
    grid,
  );
  assert.equal(ramp.length, 10 * 4, 'one segment per row of cells');
  for (let i = 0; i < ramp.length; i += 2) assert.ok(Math.abs(ramp[i] - 0.45) < 1e-12, `x1 ${ramp[i]}`);
  const bowl = contourSegments(
    field((x1, x2) => Math.hypot(x1 - 0.5, x2 - 0.5)),
    grid,
    0.3,
  );
  const facts = regionFacts(
    field((x1, x2) => Math.hypot(x1 - 0.5, x2 - 0.5)),
    grid,
    bowl,
    0.3,
  );
  assert.deepEqual(facts.edges, [], 'closed');
  for (let i = 0; i < bowl.length; i += 2) {
    const r = Math.hypot(bowl[i] - 0.5, bowl[i + 1] - 0.5);
    assert.ok(Math.abs(r - 0.3) < 0.02, `radius ${r}`);
  }
  const flat = contourSegments(new Float64Array(121).fill(0.9), grid);
  assert.equal(flat.length, 0);
});

test('contourLines: the segments joined into polylines, a closed curve into one closed line', () => {
  const grid = { x1Min: 0, x1Max: 1, x2Min: 0, x2Max: 1, columns: 21, rows: 21 };
  const field = (f) => Float64Array.from({ length: 441 }, (_, i) => f((i % 21) / 20, Math.floor(i / 21) / 20));
  const ramp = contourLines(
    field((x1) => x1 + 0.01),
    grid,
  );
  assert.equal(ramp.lines.length, 1);
  assert.equal(ramp.lines[0].length, 2 * 21, 'one point per row');
  const rows = [...ramp.lines[0]].filter((_, i) => i % 2 === 1);
  assert.ok(
    rows.every((x2, i) => i === 0 || Math.abs(Math.abs(x2 - rows[i - 1]) - 0.05) < 1e-12),
    'in order',
  );
  const ring = contourLines(
    field((x1, x2) => Math.hypot(x1 - 0.5, x2 - 0.5)),
    grid,
    0.31,
  );
  assert.equal(ring.lines.length, 1);
  const line = ring.lines[0];
  assert.equal(line.length / 2, ring.segments.length / 4 + 1);
  assert.deepEqual([line[0], line[1]], [line.at(-2), line.at(-1)], 'closed');
  const two = contourLines(
    field((x1) => Math.abs(x1 - 0.5)),
    grid,
    0.3,
  );
  assert.equal(two.lines.length, 2, 'two separate lines');
});

test('one neuron on the ring: the 0.5 contour is its straight line, and the words say so', () => {
  const trainer = trained({ hidden: 0 }, 3000);
  const points = trainer.points();
  const grid = gridFor(points);
  const map = trainer.map(grid);
  const segments = contourSegments(map.probability, grid);
  const { W2, b2 } = trainer.parameters();
  const norm = Math.hypot(W2[0], W2[1]);
  const cell = (grid.x1Max - grid.x1Min) / 99;
  assert.ok(segments.length > 40);
  for (let i = 0; i < segments.length; i += 2) {
    const distance = Math.abs(W2[0] * segments[i] + W2[1] * segments[i + 1] + b2) / norm;
    assert.ok(distance < cell * 0.05, `off the line by ${distance}`);
  }
  const text = mapSummary({ grid, map, segments, points, accuracy: trainer.accuracy() });
  assert.match(text, /crosses the plane/);
  assert.match(
    text,
    /200 training points: 100 pass \(circles\) and 100 fail \(squares\); 124 of them on the right side/,
  );
  const estimated = mapSummary({ grid, map, segments, points });
  assert.match(estimated, /about 12\d of them/);
  assert.doesNotMatch(text + estimated, /NaN|undefined|Infinity/);
  assert.doesNotMatch(text, /are drawn/);
  const thinnedText = mapSummary({ grid, map, segments, points, accuracy: 0.62, drawn: 150 });
  assert.match(thinnedText, /150 of the points are drawn, evenly spread through the data\.$/);
  trainer.delete();
});

test('four sigmoid units on the ring: a closed 0.5 curve around the middle, every point on its side', () => {
  const trainer = trained({}, 3000);
  const points = trainer.points();
  const grid = gridFor(points);
  const map = trainer.map(grid);
  const segments = contourSegments(map.probability, grid);
  const facts = regionFacts(map.probability, grid, segments);
  assert.deepEqual(facts.edges, []);
  assert.ok(facts.share > 0.05 && facts.share < 0.4, `share ${facts.share}`);
  for (let i = 0; i < points.labels.length; i += 1) {
    const p = valueAt(map.probability, grid, points.inputs[2 * i], points.inputs[2 * i + 1]);
    assert.equal(p > 0.5, points.labels[i] === 1, `point ${i}`);
  }
  const text = mapSummary({ grid, map, segments, points, accuracy: trainer.accuracy() });
  assert.match(text, /closed curve around x1 −?0(\.\d)?, x2 −?0(\.\d)?/);
  assert.match(text, /inside it says pass/);
  assert.match(text, /200 of them on the right side of 0\.5/);
  trainer.delete();
});

test('colours: the theme read in any CSS form, 0.5 the surface, 0 and 1 towards fail and pass', () => {
  assert.deepEqual(parseColor('#2360e0'), [35, 96, 224]);
  assert.deepEqual(parseColor('#abc'), [170, 187, 204]);
  assert.deepEqual(parseColor('rgb(35, 96, 224)'), [35, 96, 224]);
  assert.deepEqual(parseColor('rgb(35 96 224 / 50%)'), [35, 96, 224]);
  assert.equal(parseColor('teal'), null);
  const colours = { fail: [210, 71, 15], surface: [255, 255, 255], pass: [35, 96, 224] };
  assert.deepEqual(probabilityColor(0.5, colours), [255, 255, 255]);
  const [r1, , b1] = probabilityColor(1, colours);
  const [r0, , b0] = probabilityColor(0, colours);
  assert.ok(b1 > r1 && r0 > b0, 'pass is blue, fail orange');
  assert.deepEqual(probabilityColor(2, colours), probabilityColor(1, colours), 'clamped');
});

test('fillPixels: row 0 of the values (the lowest x2) is the bottom row of the image', () => {
  const table = probabilityTable({ fail: [255, 0, 0], surface: [255, 255, 255], pass: [0, 0, 255] });
  const pixels = new Uint8ClampedArray(2 * 2 * 4);
  fillPixels(pixels, Float64Array.from([0, 0, 1, NaN]), { columns: 2, rows: 2, table });
  assert.deepEqual([...pixels.slice(8, 12)], [...table.slice(0, 3), 255], 'bottom left: p = 0');
  assert.deepEqual([...pixels.slice(0, 4)], [...table.slice(765, 768), 255], 'top left: p = 1');
  assert.equal(pixels[7], 0, 'not finite: transparent');
});

test('activationRange and unitSummary: each activation over its own range, in words', () => {
  const values = Float64Array.from([-3, 0.5, 2]);
  assert.deepEqual(activationRange('sigmoid', values), [0, 1]);
  assert.deepEqual(activationRange('tanh', values), [-1, 1]);
  assert.deepEqual(activationRange('relu', Float64Array.from([0, 0.5, 2])), [0, 2]);
  assert.deepEqual(activationRange('relu', new Float64Array(3)), [0, 1]);
  assert.deepEqual(activationRange('linear', values), [-3, 2]);
  assert.deepEqual(activationRange('linear', Float64Array.from([1, 1])), [0.5, 1.5]);
  const trainer = trained({}, 3000);
  const grid = gridFor(trainer.points());
  const map = trainer.map(grid);
  const facts = regionFacts(map.units, grid, [], 0.5, 0);
  const text = unitSummary({ unit: 0, activation: 'sigmoid', low: 0.01, high: 0.99, middle: 0.5, facts, grid });
  assert.match(text, /^Unit 1 \(sigmoid\): from 0\.01 to 0\.99 over the plane; above 0\.5 on \d+% of it/);
  trainer.delete();
});
