// The training cycle's four stages in the post's words ("predict, measure the loss, send error
// information backward with backpropagation, then update the weights and biases"), and what each
// says with the engine's numbers of one epoch. Text only: every number is the engine's, taken when
// the walk began (a snapshot: { epoch, weight, bias, lr, evaluation, examples, n }).
import { shown } from '../../../../core/format.js';

export const four = (x) => shown(x, 4).replace('-', '−');

const IDLE =
  'Press “Next stage” (or N) to walk the next epoch one stage at a time: predict, measure the loss, backpropagate, update.';

export const STAGES = [
  { stage: 1, name: 'Predict', short: 'forward pass' },
  { stage: 2, name: 'Measure the loss', short: 'how wrong' },
  { stage: 3, name: 'Backpropagate', short: 'error sent back' },
  { stage: 4, name: 'Update', short: 'w, b step downhill' },
];

/** What a stage says: a sentence with the snapshot's numbers. */
export function stageText(stage, s) {
  if (!s)
    return 'Press “Next stage” (or N) to walk the next epoch one stage at a time: predict, measure the loss, backpropagate, update.';
  const { evaluation: e } = s;
  const all = s.n === 1 ? 'the one example' : `each of the ${s.n} examples`;
  switch (stage) {
    case 1:
      return `1. Predict (the forward pass): for ${all}, z = w · x + b with w = ${four(s.weight)} and b = ${four(s.bias)}, then ŷ = σ(z), the pass probability.`;
    case 2:
      return `2. Measure the loss: each example's loss term says how wrong its ŷ is; their mean is the loss, L = ${four(e.loss)}.`;
    case 3:
      return `3. Backpropagate: each example's error ŷ − y, times its hours, over n, is its part of the weight's gradient. dw = mean(error · x) = ${four(e.weightGradient)}, db = mean(error) = ${four(e.biasGradient)}.`;
    case 4:
      return `4. Update (gradient descent): w − η · dw = ${four(s.weight)} − ${s.lr} × ${bracket(e.weightGradient)} = ${four(e.nextWeight)}; b − η · db = ${four(s.bias)} − ${s.lr} × ${bracket(e.biasGradient)} = ${four(e.nextBias)}. Epoch ${s.epoch} → ${s.epoch + 1}.`;
    default:
      return IDLE;
  }
}

const bracket = (x) => (four(x).startsWith('−') ? `(${four(x)})` : four(x));

/**
 * The answer to "Will w go up or down?" with its reason, the sign of dw: { direction: 'up' | 'down' |
 * 'stay', text }. `guess` is the reader's 'up' or 'down'.
 */
export function directionAnswer(guess, s) {
  const dw = s.evaluation.weightGradient;
  const direction = dw > 0 ? 'down' : dw < 0 ? 'up' : 'stay';
  const verdict = guess === direction ? 'Right: ' : 'Not quite: ';
  if (direction === 'stay') return { direction, text: `${verdict}dw is 0, so the step leaves w where it is.` };
  const sign = dw > 0 ? 'positive' : 'negative';
  const uphill = dw > 0 ? 'a larger w' : 'a smaller w';
  return {
    direction,
    text:
      `${verdict}dw = ${four(dw)} is ${sign}: the loss grows towards ${uphill}, and the update steps the ` +
      `other way (the minus in w − η · dw), so w goes ${direction}, from ${four(s.weight)} to ${four(s.evaluation.nextWeight)}.`,
  };
}
