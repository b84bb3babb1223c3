// The five principles' data (no DOM here; the page tests check the rendered panel): every live slot
// is filled from the view snapshot, the engine's numbers are passed on as they are, and the numbers
// are written with 4 decimals, a real minus sign and brackets when negative.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { POST_NOTE, PRINCIPLES, values } from '../../web/src/chapters/neuron/panels/principles/formulas.js';
import { number } from '../../web/src/chapters/neuron/panels/principles/number.js';

/** A view snapshot as the chapter gives it, with made-up engine numbers. */
const view = {
  state: { hours: [1, 2, 3, 4, 5], labels: [0, 0, 1, 1, 1], lr: 0.1 },
  example: 3,
  epoch: 0,
  weight: 0.5,
  bias: 0.1,
  exampleTerms: {
    hours: 4,
    label: 1,
    z: 2.1,
    probability: 0.89090318,
    lossTerm: 0.11551,
    error: -0.10909682,
    weightPart: -0.0872775,
    biasPart: -0.0218194,
  },
  evaluation: { loss: 0.4, weightGradient: 0.3, biasGradient: 0.2, nextWeight: 0.47, nextBias: 0.08 },
};

/** Every slot token in a piece of formula data. */
function slotsOf(data) {
  if (Array.isArray(data)) return data.flatMap(slotsOf);
  if (data === null || typeof data !== 'object') return [];
  if (data.kind === 'slot') return [data];
  return Object.values(data).flatMap(slotsOf);
}

test('five principles, numbered 1 to 5, each with a title, an idea and maths', () => {
  assert.deepEqual(
    PRINCIPLES.map((principle) => principle.number),
    [1, 2, 3, 4, 5],
  );
  for (const principle of PRINCIPLES) {
    assert.ok(principle.title && principle.idea && principle.maths.length > 0, principle.title);
  }
});

test('every slot is filled from the view, with the engine numbers passed on as they are', () => {
  const filled = values(view);
  for (const { key } of slotsOf(PRINCIPLES.map((principle) => principle.maths))) {
    assert.ok(key in filled, `slot ${key}`);
  }
  const { exampleTerms: terms, evaluation } = view;
  assert.equal(filled.z, terms.z);
  assert.equal(filled.p, terms.probability);
  assert.equal(filled.lossTerm, terms.lossTerm);
  assert.equal(filled.error, terms.error);
  assert.equal(filled.weightPart, terms.weightPart);
  assert.equal(filled.dw, evaluation.weightGradient);
  assert.equal(filled.db, evaluation.biasGradient);
  assert.equal(filled.nextWeight, evaluation.nextWeight);
  assert.equal(filled.nextBias, evaluation.nextBias);
  assert.deepEqual([filled.x, filled.y, filled.oneMinusY, filled.n, filled.lr], ['4', '1', '0', '5', '0.1']);
});

test('the sentences under principles 1, 4 and 5', () => {
  const filled = values(view);
  const sentences = PRINCIPLES.filter((principle) => principle.sentence).map((principle) => [
    principle.number,
    principle.sentence(filled),
  ]);
  assert.deepEqual(sentences, [
    [1, 'Example 4 of 5: 4 hours, passed.'],
    [4, 'Averaged over all 5 examples, the loss at this weight and bias is 0.4000.'],
    [5, 'Press Step and the engine makes exactly this update: w becomes 0.4700.'],
  ]);
});

test('numbers: 4 decimals, a real minus sign, brackets when asked for, a dash when not finite', () => {
  assert.equal(number(2.1), '2.1000');
  assert.equal(number(-0.10909682), '−0.1091');
  assert.equal(number(-0.5, { bracket: true }), '(−0.5000)');
  assert.equal(number(0.5, { bracket: true }), '0.5000');
  assert.equal(number(NaN), '—');
  assert.equal(number(Infinity), '—');
});

test("the note quotes the post's worked examples", () => {
  assert.match(POST_NOTE, /x = 4, w = 0\.5, b = 0\.1 give z = 2\.1 and σ\(z\) ≈ 0\.89/);
  assert.match(POST_NOTE, /0\.50 − 0\.10 × 0\.50 = 0\.45\.$/);
});
