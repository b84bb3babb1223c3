// The network diagram's pure parts (core/network-diagram-layout.js, core/network-diagram-text.js):
// where every box and edge goes for 0, 1, 4 and 16 hidden units and for chapter 1's one input, at
// every width from a phone's to a blog column's; edge widths bounded; every value as short text that
// fits its box and never reads NaN; accessible names that carry the engine's own values; labels and
// messages naming each weight and bias.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import {
  diagramLayout,
  edgeWidth,
  MAX_WIDTH,
  MIN_WIDTH,
  signClass,
  SLOT_CHARS,
  slotChars,
  widestEdge,
} from '../../web/src/core/network-diagram-layout.js';
import {
  diagramName,
  diagramTexts,
  entryText,
  parameterEntries,
  parameterValue,
  parseEntry,
  valueText,
} from '../../web/src/core/network-diagram-text.js';
import { loadTestNetworkEngine } from './golden.mjs';

const WIDTHS = [200, MIN_WIDTH, 300, 360, 439, 440, 560, 656, 700, MAX_WIDTH, 1280];
const SHAPES = [
  { inputs: ['x1', 'x2'], hidden: 0 },
  { inputs: ['x1', 'x2'], hidden: 1 },
  { inputs: ['x1', 'x2'], hidden: 4 },
  { inputs: ['x1', 'x2'], hidden: 16 },
  { inputs: ['hours'], hidden: 0 },
].map((shape) => ({ activation: 'sigmoid', outputLabel: 'p', ...shape }));

let engine;
before(async () => {
  engine = await loadTestNetworkEngine();
});

const boxes = (layout) => [...layout.inputs, ...layout.units, layout.output];
const inside = (b, layout) => b.x >= 0 && b.y >= 0 && b.x + b.width <= layout.width && b.y + b.height <= layout.height;

test('every shape at every width: boxes inside the picture, apart, in three columns left to right', () => {
  for (const shape of SHAPES) {
    for (const width of WIDTHS) {
      const layout = diagramLayout(shape, width);
      const where = `${shape.inputs.length} inputs, ${shape.hidden} hidden, ${width} px`;
      assert.ok(layout.width >= MIN_WIDTH && layout.width <= MAX_WIDTH, where);
      assert.equal(layout.inputs.length, shape.inputs.length, where);
      assert.equal(layout.units.length, shape.hidden, where);
      for (const b of boxes(layout)) {
        assert.ok(inside(b, layout), `${where}: ${JSON.stringify(b)} inside ${layout.width} x ${layout.height}`);
        assert.ok(Object.values(b).every(Number.isFinite), where);
      }
      for (const column of [layout.inputs, layout.units]) {
        column.slice(1).forEach((b, k) => assert.ok(b.y >= column[k].y + column[k].height + 4, `${where}: rows apart`));
      }
      // Room between the columns for the edges to be seen: at least 20 px on the narrowest diagram.
      const right = (list) => Math.max(...list.map((b) => b.x + b.width));
      const left = (list) => Math.min(...list.map((b) => b.x));
      const middle = shape.hidden ? layout.units : [layout.output];
      assert.ok(left(middle) - right(layout.inputs) >= 20, `${where}: inputs to the next column`);
      if (shape.hidden) assert.ok(layout.output.x - right(layout.units) >= 20, `${where}: units to the output`);
      assert.ok(slotChars(layout) >= SLOT_CHARS, `${where}: a value slot holds ${slotChars(layout)} characters`);
      assert.ok(layout.lines * layout.columns >= 2, `${where}: a unit shows at least its bias and h`);
    }
  }
});

test('an edge per weight, each named once, drawn as a finite curve', () => {
  for (const shape of SHAPES) {
    const layout = diagramLayout(shape, 360);
    const n = shape.inputs.length;
    const expected = shape.hidden
      ? [
          ...Array.from({ length: n * shape.hidden }, (_, k) => `W1:${k}`),
          ...Array.from({ length: shape.hidden }, (_, j) => `W2:${j}`),
        ]
      : Array.from({ length: n }, (_, i) => `W2:${i}`);
    assert.deepEqual(layout.edges.map((e) => `${e.name}:${e.index}`).sort(), expected.sort());
    for (const edge of layout.edges) assert.match(edge.d, /^M-?[\d.]+ -?[\d.]+ C(-?[\d.]+ ){5}-?[\d.]+$/);
  }
});

test('16 units at 360 px stay readable: rows of 38 px, two values each, the picture under 700 px tall', () => {
  const layout = diagramLayout({ inputs: 2, hidden: 16 }, 360);
  assert.equal(layout.row, 38);
  assert.equal(layout.lines * layout.columns, 2);
  assert.ok(layout.height < 700, `${layout.height} px`);
  const four = diagramLayout({ inputs: 2, hidden: 4 }, 360);
  assert.equal(four.lines * four.columns, 4, 'four units show b, z, h and the error sent back');
});

test('edge widths: 0.75 px at 0, growing with |weight|, never past the widest, the same for either sign', () => {
  const weights = [0, 1e-9, 0.1, 0.5, 1, 2, 4, 8, 1e6, 1e20, Number.MAX_VALUE];
  for (const widest of [4, 8]) {
    const widths = weights.map((w) => edgeWidth(w, widest));
    assert.equal(widths[0], 0.75);
    widths.slice(1).forEach((w, k) => assert.ok(w >= widths[k], `monotone at ${weights[k + 1]}`));
    assert.ok(widths.every((w) => w >= 0.75 && w <= widest));
    assert.ok(widths.at(-1) > widest - 0.01, 'a huge weight takes the widest line');
    weights.forEach((w) => assert.equal(edgeWidth(-w, widest), edgeWidth(w, widest)));
  }
  assert.ok(edgeWidth(1) - edgeWidth(0) > 2, 'a weight of 1 is clearly thicker than 0');
  for (const bad of [NaN, Infinity, -Infinity, undefined]) assert.equal(edgeWidth(bad), 0.75);
  assert.equal(widestEdge(38), 6);
  assert.equal(widestEdge(62), 8);
  assert.deepEqual([1, -2, 0, -0, NaN, Infinity].map(signClass), [
    'positive',
    'negative',
    'zero',
    'zero',
    'zero',
    'zero',
  ]);
});

test('values as text: never NaN, at most 7 characters, -0 reads 0', () => {
  const samples = [0, -0, 1e-12, -1e-12, 0.005, -0.004, 1, -1.5, 999.99, -9999.99, 12345.678, 1e6, -1e20, 1e20, 9.9e99];
  for (let k = 0; k < 2000; k += 1) samples.push((Math.random() - 0.5) * 10 ** Math.floor(Math.random() * 40 - 10));
  for (const x of samples) {
    for (const digits of [2, 3, 4]) {
      const text = valueText(x, digits);
      assert.ok(!/NaN|Infinity|undefined/.test(text), `${x} -> ${text}`);
      assert.ok(text.length <= 7, `${x} -> ${text}`);
      assert.ok(Math.abs(Number(text) - x) <= Math.max(0.5 * 10 ** -digits, Math.abs(x) * 0.05), `${x} -> ${text}`);
    }
  }
  assert.equal(valueText(-0.001), '0.00');
  assert.equal(valueText(-1e20), '-1.0e20');
  assert.equal(valueText(12345.678), '1.2e4');
  for (const bad of [NaN, Infinity, -Infinity, undefined]) assert.equal(valueText(bad), '—');
  assert.equal(entryText(0.123456), '0.1235');
  assert.equal(entryText(-1e20), '-1.0000e+20');
  assert.equal(entryText(NaN), '—');
});

function fakeValues(hidden, inputs, fill) {
  const n = inputs;
  const list = (length) => Float64Array.from({ length }, (_, k) => fill(k));
  return {
    parameters: { hidden, W1: list(n * hidden), b1: list(hidden), W2: list(hidden || n), b2: fill(99) },
    gradients: { loss: 0.5, W1: list(n * hidden), b1: list(hidden), W2: list(hidden || n), b2: fill(98) },
    pass: {
      inputs: Array.from({ length: n }, (_, k) => fill(k + 50)),
      z1: list(hidden),
      h: list(hidden),
      sentBack: list(hidden),
      z2: fill(97),
      probability: 0.5,
      error: fill(96),
      label: 1,
      lossTerm: 20.7233, // the largest: -log(1e-9)
    },
  };
}

test('every text fits its box and never reads NaN, for values up to ±1e20 and for NaN itself', () => {
  const fills = [(k) => (k % 2 ? -1e20 : 1e20), (k) => -(k + 0.5) * 1234.5678, () => NaN, (k) => Math.sin(k) * 1e-7];
  for (const shape of SHAPES) {
    for (const width of [MIN_WIDTH, 360, 700]) {
      const layout = diagramLayout(shape, width);
      for (const fill of fills) {
        const texts = diagramTexts(
          shape,
          fakeValues(shape.hidden, shape.inputs.length, fill),
          layout.lines * layout.columns,
        );
        const all = [
          ...texts.inputs.flatMap((t) => [t.value, t.name]),
          ...[...texts.units, texts.output].flatMap((t) => [t.name, ...t.items.map((i) => i.text)]),
        ];
        assert.ok(
          all.every((t) => !/NaN|undefined|Infinity/.test(t)),
          all.join(' | '),
        );
        const fits = (items, room) => items.forEach(({ text }) => assert.ok(text.length <= room, `${text} in ${room}`));
        texts.units.forEach((unit) => fits(unit.items, slotChars(layout)));
        fits(texts.output.items, slotChars(layout, 'output'));
        for (const unit of texts.units) assert.ok(unit.items.length <= layout.lines * layout.columns);
      }
    }
  }
});

test("names carry the engine's own values: a unit's bias, weights, z, h and error sent back; the output's p", () => {
  const trainer = engine.network.createTrainer({ hidden: 4 });
  try {
    trainer.train(200);
    const values = { parameters: trainer.parameters(), gradients: trainer.evaluate(), pass: trainer.example(3) };
    const shape = { inputs: ['x1', 'x2'], hidden: 4, activation: 'sigmoid', outputLabel: 'p' };
    const texts = diagramTexts(shape, values, 4);
    const f = (x) => valueText(x, 4);
    const { parameters: P, pass } = values;
    const unit = texts.units[1];
    assert.match(unit.name, /^hidden unit 2 \(sigmoid\): /);
    for (const part of [
      `bias ${f(P.b1[1])}`,
      `x1 ${f(P.W1[1])}`,
      `x2 ${f(P.W1[4 + 1])}`,
      `weight to the output ${f(P.W2[1])}`,
      `z ${f(pass.z1[1])}`,
      `h ${f(pass.h[1])}`,
      `error sent back ${f(pass.sentBack[1])}`,
      `bias gradient ${f(values.gradients.b1[1])}`,
    ]) {
      assert.ok(unit.name.includes(part), `"${part}" in "${unit.name}"`);
    }
    assert.deepEqual(
      unit.items.map((i) => i.text),
      [
        `b ${valueText(P.b1[1])}`,
        `z ${valueText(pass.z1[1])}`,
        `h ${valueText(pass.h[1])}`,
        `δ ${valueText(pass.sentBack[1], 3)}`,
      ],
    );
    assert.deepEqual(texts.units[0].items.length, 4);
    for (const part of [
      `bias ${f(P.b2)}`,
      `unit 4 ${f(P.W2[3])}`,
      `p ${f(pass.probability)}`,
      `label ${pass.label}`,
      `loss ${f(pass.lossTerm)}`,
      `error ${f(pass.error)}`,
    ]) {
      assert.ok(texts.output.name.includes(part), `"${part}" in "${texts.output.name}"`);
    }
    assert.equal(texts.inputs[0].name, `input x1: ${f(pass.x1)}`);
    assert.equal(texts.inputs[1].value, valueText(pass.x2));
    // Two slots (16 units on a phone): the bias and h, in the order of the pass.
    assert.deepEqual(
      diagramTexts(shape, values, 2).units[1].items.map((i) => i.key),
      ['b', 'h'],
    );
    // Without a pass: the parameters only.
    const still = diagramTexts(shape, { parameters: P }, 4);
    assert.deepEqual(
      still.units[2].items.map((i) => i.key),
      ['b'],
    );
    assert.equal(still.inputs[0].name, 'input x1');
    assert.ok(!/ z |undefined/.test(still.output.name), still.output.name);
  } finally {
    trainer.delete();
  }
});

test("chapter 1's neuron: one input (hours), no hidden layer, an output ŷ", () => {
  const shape = { inputs: ['hours'], hidden: 0, activation: 'sigmoid', outputLabel: 'ŷ' };
  const values = {
    parameters: { hidden: 0, W1: [], b1: [], W2: [1.5], b2: -3.25 },
    pass: { inputs: [2], z2: -0.25, probability: 0.4378, error: 0.4378, label: 0, lossTerm: 0.5759 },
  };
  const texts = diagramTexts(shape, values);
  assert.equal(texts.inputs[0].name, 'input hours: 2.0000');
  assert.equal(
    texts.output.name,
    'output ŷ (sigmoid): bias -3.2500, weights from hours 1.5000; z -0.2500, ŷ 0.4378, label 0, loss 0.5759, error 0.4378',
  );
  assert.deepEqual(
    texts.output.items.map((i) => i.text),
    ['b -3.25', 'z -0.25', 'ŷ 0.44', 'y 0', 'loss 0.58', 'δ 0.438'],
  );
  const layout = diagramLayout(shape, 360, texts.output.items.length);
  assert.equal(layout.edges.length, 1);
  assert.ok(layout.output.height >= 6 * 13, 'the output box holds its six lines');
  assert.deepEqual(
    parameterEntries(shape).map((e) => e.label),
    ['Weight hours → output', 'Bias of the output'],
  );
  assert.equal(
    diagramName(shape),
    'Network diagram: 1 input (hours), no hidden layer, one output ŷ. Arrow keys move between units.',
  );
});

test('every weight and bias has a labelled field, each once, in the table order', () => {
  for (const shape of SHAPES) {
    const entries = parameterEntries(shape);
    const n = shape.inputs.length;
    assert.equal(entries.length, shape.hidden ? n * shape.hidden + 2 * shape.hidden + 1 : n + 1);
    assert.equal(new Set(entries.map((e) => e.label)).size, entries.length, 'labels are unique');
    assert.equal(new Set(entries.map((e) => `${e.name}:${e.index}`)).size, entries.length);
  }
  const labels = parameterEntries(SHAPES[2]).map((e) => e.label);
  assert.deepEqual(labels.slice(0, 4), [
    'Weight x1 → unit 1',
    'Weight x2 → unit 1',
    'Bias of unit 1',
    'Weight unit 1 → output',
  ]);
  assert.equal(labels.at(-1), 'Bias of the output');
  const p = {
    hidden: 4,
    W1: Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7]),
    b1: [8, 9, 10, 11],
    W2: [12, 13, 14, 15],
    b2: 16,
  };
  const entry = parameterEntries(SHAPES[2]).find((e) => e.label === 'Weight x2 → unit 3');
  assert.equal(parameterValue(p, entry.name, entry.index), 6, 'W1[i * hidden + j]');
  assert.equal(parameterValue(p, 'b2', 0), 16);
  assert.ok(Number.isNaN(parameterValue(null, 'W1', 0)));
});

test('a typed weight: a number within ±1e6 is taken; anything else is a message naming the field', () => {
  const label = 'Weight x1 → unit 1';
  assert.deepEqual(parseEntry('0.5', label), { value: 0.5 });
  assert.deepEqual(parseEntry(' \u22122.25 ', label), { value: -2.25 });
  assert.deepEqual(parseEntry('+1e3', label), { value: 1000 });
  assert.deepEqual(parseEntry('-1000000', label), { value: -1e6 });
  assert.equal(parseEntry('abc', label).message, 'Weight x1 → unit 1: "abc" is not a number');
  assert.equal(parseEntry('', label).message, 'Weight x1 → unit 1: is empty; expected a number');
  assert.equal(parseEntry('NaN', label).message, 'Weight x1 → unit 1: "NaN" is not a number');
  assert.equal(
    parseEntry('2e6', label).message,
    'Weight x1 → unit 1: must be a finite number from -1,000,000 to 1,000,000, got 2e6',
  );
  assert.equal(parseEntry('1e400', 'Bias of the output').message, 'Bias of the output: "1e400" is too large');
});
