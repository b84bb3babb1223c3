// The post's five principles as data: each one's number, title, idea and lines of maths, with the
// live numbers as named slots. render.js turns this into MathML; values() says what fills each slot,
// taken from the view snapshot (the engine's numbers), never recomputed here.
import { number } from './number.js';

// A formula is an array of tokens. A string is a number ("1"), a name ("z", "log") or an operator
// ("=", "−"); the helpers below build the rest.

/**
 * A live number, filled from values() by its key; `bracket`: in brackets when negative; `text`: a word
 * (values() gives a string), shown as text, not as a number.
 */
export const slot = (key, { bracket = false, text = false } = {}) => ({ kind: 'slot', key, bracket, text });
export const frac = (numerator, denominator) => ({ kind: 'frac', numerator, denominator });
export const sup = (base, power) => ({ kind: 'sup', base, power });
export const sub = (base, index) => ({ kind: 'sub', base, index });
export const hat = (base) => ({ kind: 'hat', base });
export const text = (value) => ({ kind: 'text', value });
/**
 * One line of formulas side by side that wraps between them on a narrow screen (MathML Core does not
 * break lines, so long chains are split by hand).
 */
export const parts = (...formulas) => ({ kind: 'parts', formulas });

const Y = hat('y');
const signed = { bracket: true };
const sigmoidOf = (z) => frac('1', ['1', '+', sup('e', ['−', z])]);
// w_new = w − η·dw, with the numbers, = the engine's next weight (and the same for b).
const descent = (name, gradient, next) =>
  parts(
    [sub(name, text('new')), '=', name, '−', 'η', '·', gradient],
    ['=', slot(name), '−', slot('lr'), '×', slot(gradient, signed)],
    ['=', slot(next)],
  );

/** The five principles; `maths` is their lines, `sentence` (optional) a line of prose under them. */
export const PRINCIPLES = [
  {
    number: 1,
    title: 'Input data',
    idea: 'The network learns from examples: hours studied x and the result y (1 = pass, 0 = fail).',
    maths: [['x', '=', slot('x'), slot('hoursUnit', { text: true }), 'y', '=', slot('y')]],
    sentence: (v) =>
      `Example ${v.row + 1} of ${v.n}: ${v.x} ${v.x === '1' ? 'hour' : 'hours'}, ${v.y === '1' ? 'passed' : 'failed'}.`,
  },
  {
    number: 2,
    title: 'Weights & bias',
    idea: 'The weight says how much each hour counts, the bias shifts the score: z is the raw score.',
    maths: [
      ['z', '=', 'w', '·', 'x', '+', 'b'],
      parts(['z', '=', slot('w', signed), '×', slot('x'), '+', slot('b', signed)], ['=', slot('z')]),
    ],
  },
  {
    number: 3,
    title: 'Activation',
    idea: 'The sigmoid squeezes z between 0 and 1: the pass probability ŷ.',
    maths: [
      [Y, '=', 'σ', '(', 'z', ')', '=', sigmoidOf('z')],
      parts([Y, '=', sigmoidOf(slot('z', signed))], ['=', slot('p')]),
    ],
  },
  {
    number: 4,
    title: 'Loss',
    idea: 'Binary cross-entropy: how wrong this prediction is. Confidently wrong costs the most.',
    maths: [
      parts(
        ['L', '=', '−', '[', 'y', '·', 'log', '(', Y, '+', 'ε', ')'],
        ['+', '(', '1', '−', 'y', ')', '·', 'log', '(', '1', '−', Y, '+', 'ε', ')', ']'],
      ),
      parts(
        ['L', '=', '−', '[', slot('y'), '·', 'log', '(', slot('p'), '+', 'ε', ')'],
        ['+', slot('oneMinusY'), '·', 'log', '(', slot('oneMinusP'), '+', 'ε', ')', ']'],
        ['=', slot('lossTerm')],
      ),
    ],
    sentence: (v) =>
      v.n === '1'
        ? `With this one example, the loss at this weight and bias is ${number(v.loss)}.`
        : `Averaged over all ${v.n} examples, the loss at this weight and bias is ${number(v.loss)}.`,
  },
  {
    number: 5,
    title: 'Learning',
    idea: 'Backpropagation: the error ŷ − y, times x, averaged over the examples, is the gradient. Gradient descent steps against it.',
    maths: [
      parts(['error', '=', Y, '−', 'y'], ['=', slot('p'), '−', slot('y')], ['=', slot('error')]),
      parts(
        [frac(['error', '·', 'x'], 'n'), '=', frac([slot('error', signed), '×', slot('x')], slot('n'))],
        ['=', slot('weightPart')],
        [text('(this example’s part of dw)')],
      ),
      parts(
        ['dw', '=', frac('1', 'n'), '∑', 'error', '·', 'x', '=', slot('dw'), text(',')],
        ['db', '=', frac('1', 'n'), '∑', 'error', '=', slot('db')],
      ),
      descent('w', 'dw', 'nextWeight'),
      descent('b', 'db', 'nextBias'),
    ],
    sentence: (v) => `Press Step and the engine makes exactly this update: w becomes ${number(v.nextWeight)}.`,
  },
];

/** Under the principles: the post's own worked examples, in the post's numbers. */
export const POST_NOTE =
  "The post's worked examples: x = 4, w = 0.5, b = 0.1 give z = 2.1 and σ(z) ≈ 0.89 (press “Post's worked example”); a weight of 0.50 with gradient 0.50 at rate 0.10 becomes 0.50 − 0.10 × 0.50 = 0.45.";

/**
 * What fills each slot, from the view snapshot: numbers (written by number()) or text shown as it is.
 * Only 1 − y and 1 − ŷ are worked out here, for display.
 */
export function values({ state, example, exampleTerms: terms, weight, bias, evaluation }) {
  return {
    row: example,
    n: String(state.hours.length),
    x: String(terms.hours),
    hoursUnit: `\u00a0${terms.hours === 1 ? 'hour' : 'hours'},\u00a0\u00a0\u00a0`,
    y: String(terms.label),
    oneMinusY: String(1 - terms.label),
    lr: String(state.lr),
    w: weight,
    b: bias,
    z: terms.z,
    p: terms.probability,
    oneMinusP: 1 - terms.probability,
    lossTerm: terms.lossTerm,
    error: terms.error,
    weightPart: terms.weightPart,
    loss: evaluation.loss,
    dw: evaluation.weightGradient,
    db: evaluation.biasGradient,
    nextWeight: evaluation.nextWeight,
    nextBias: evaluation.nextBias,
  };
}
