// The collapse, in numbers: a linear hidden layer (or none) is one straight line,
// p = σ(w1·x1 + w2·x2 + b) with (w1, w2) = W1·W2 and b = b1·W2 + b2, read live from the engine
// (trainer.line()); beside it the loss of one neuron (hidden 0) trained on the same points for the same
// epochs, by a second trainer of the engine's, so the reader sees the two losses agree.
import { el, math, mi, mn, mo, mrow, msub, setText } from '../../../core/dom.js';
import { shown } from '../../../core/format.js';
import { engineConfig } from '../fields.js';

const four = (x) => shown(x, 4);
const signed = (x) => (x < 0 ? ['−', four(-x)] : ['+', four(x)]);

/** p = σ(w1 x1 + w2 x2 + b) with the numbers. */
function lineMath({ w1, w2, bias }) {
  const [s2, a2] = signed(w2);
  const [s3, a3] = signed(bias);
  const label = `p = sigmoid(${four(w1).replace('-', 'minus ')} x1 ${s2} ${a2} x2 ${s3} ${a3})`;
  return math(
    label,
    mrow(
      mi('p'),
      mo('='),
      mi('σ'),
      mo('('),
      mn(four(w1).replace('-', '−')),
      msub(mi('x'), mn('1')),
      mo(s2),
      mn(a2),
      msub(mi('x'), mn('2')),
      mo(s3),
      mn(a3),
      mo(')'),
    ),
  );
}

export function createCollapse({ run, engine }) {
  const formula = el('div', { class: 'collapse-math' });
  const where = el('p', { class: 'note' });
  const losses = el('p', { class: 'collapse-losses', dataset: { collapse: 'losses' } });
  const element = el(
    'div',
    { class: 'collapse', hidden: true },
    el('h3', { text: 'The collapsed line' }),
    formula,
    where,
    losses,
  );
  let neuron = null; // one neuron (hidden 0) on the same points, trained alongside
  let shownKey = '';

  function neuronLoss(epoch) {
    if (!neuron) neuron = engine.network.createTrainer(engineConfig({ ...run.state(), hidden: 0 }));
    if (neuron.epoch() > epoch) neuron.reset();
    neuron.train(epoch - neuron.epoch());
    return neuron.evaluate().loss;
  }

  return {
    element,
    update({ state, epoch, line, evaluation }) {
      element.hidden = line === null;
      if (line === null) return;
      const key = `${four(line.w1)} ${four(line.w2)} ${four(line.bias)}`;
      if (key !== shownKey) {
        shownKey = key;
        formula.replaceChildren(lineMath(line));
      }
      setText(
        where,
        state.hidden === 0
          ? 'One neuron on x1 and x2: its weights are W2 and its bias b2; the boundary p = 0.5 is a straight line.'
          : `The ${state.hidden} linear units fold into one neuron: (w1, w2) = W1·W2 and b = b1·W2 + b2. Its boundary p = 0.5 is a straight line.`,
      );
      const own = four(evaluation.loss);
      if (state.hidden === 0) return setText(losses, `Loss ${own}.`);
      const single = four(neuronLoss(epoch)); // only here: it trains a second network as far as this one
      const same = own === single ? ' — the same.' : '.';
      setText(losses, `Loss ${own}; one neuron on the same points after the same epochs: ${single}${same}`);
    },
    newRun() {
      neuron?.delete();
      neuron = null;
    },
    destroy() {
      neuron?.delete();
      neuron = null;
    },
  };
}
