// The post's five principles with live numbers: for one chosen example (default: 4 hours), the chain
// input -> z = w·x + b -> σ(z) -> its loss term -> its share of the gradient -> the update, with the
// current weight and bias plugged in. Formulas are MathML, built once; each frame only the numbers
// (the <mn> "slots") change. The engine supplies ŷ and the whole-batch loss and gradients; the
// per-example arithmetic shown here is the same the engine does. The panel is below the first view and
// its MathML is slow to lay out (tens of ms on a cold page), so it is built once the page is idle.
import { el, math, mfrac, mi, mn, mo, mrow, msub, msup, mtext, mover, uniqueId, whenIdle } from './dom.js';
import { fixed } from './format.js';

const EPSILON = 1e-9; // the post's epsilon in log(ŷ + ε)
const DIGITS = 4;

/** A number as the formulas show it: 4 decimals, a real minus sign, brackets when negative. */
function number(x, { bracket = false } = {}) {
  if (!Number.isFinite(x)) return '—';
  const text = fixed(x, DIGITS).replace('-', '−');
  return bracket && text.startsWith('−') ? `(${text})` : text;
}

/** The post's update rule: new = old − rate × gradient. */
export function descend(value, rate, gradient) {
  return value - rate * gradient;
}

const yHat = () => mover(mi('y'), mo('^'));
const times = () => mo('×');
const eq = () => mo('=');

/** The principles in `container`, built once the page is idle; update() before then is kept for it. */
export function createPrinciples(container, handlers) {
  let principles = null;
  let latest = null;
  const cancel = whenIdle(() => {
    principles = buildPrinciples(container, handlers);
    if (latest) principles.update(latest);
  });
  return {
    update(values) {
      if (principles) principles.update(values);
      else latest = values;
    },
    destroy: cancel,
  };
}

function buildPrinciples(container, { onExampleChange, onWorkedExample }) {
  const slots = {};
  // A number that changes every frame; `key` names it for update().
  const slot = (key) => {
    slots[key] ??= [];
    const node = mn('—');
    node.setAttribute('class', 'live');
    slots[key].push(node);
    return node;
  };

  const pickerId = uniqueId('example');
  const picker = el('select', { id: pickerId, onchange: () => onExampleChange?.(Number(picker.value)) });
  const sentences = {
    input: el('p'),
    loss: el('p'),
    update: el('p'),
  };

  // A principle: its title and idea on the left (above on phones), the maths with live numbers beside it.
  const principle = (n, title, idea, ...maths) =>
    el(
      'li',
      { class: 'principle' },
      el(
        'div',
        { class: 'principle-idea' },
        el('h3', {}, el('span', { class: 'principle-number', 'aria-hidden': 'true', text: String(n) }), title),
        idea,
      ),
      el('div', { class: 'principle-maths' }, ...maths),
    );
  // One display formula per line: MathML Core does not break lines, so long chains are split here. A
  // line given as parts (an array) keeps them side by side and wraps between them on a narrow screen.
  const lines = (...rows) =>
    rows.map((row) =>
      Array.isArray(row)
        ? el('div', { class: 'math-parts' }, ...row.map((part) => math(undefined, part)))
        : math(undefined, row),
    );

  const list = el(
    'ol',
    { class: 'principle-list' },
    principle(
      1,
      'Input data',
      el('p', { text: 'The network learns from examples: hours studied x and the result y (1 = pass, 0 = fail).' }),
      math(
        undefined,
        mrow(mi('x'), eq(), slot('x'), mtext('\u00a0hours,\u00a0\u00a0\u00a0'), mi('y'), eq(), slot('y')),
      ),
      sentences.input,
    ),
    principle(
      2,
      'Weights & bias',
      el('p', { text: 'The weight says how much each hour counts, the bias shifts the score: z is the raw score.' }),
      lines(mrow(mi('z'), eq(), mi('w'), mo('·'), mi('x'), mo('+'), mi('b')), [
        mrow(mi('z'), eq(), slot('wBracket'), times(), slot('x'), mo('+'), slot('bBracket')),
        mrow(eq(), slot('z')),
      ]),
    ),
    principle(
      3,
      'Activation',
      el('p', { text: 'The sigmoid squeezes z between 0 and 1: the pass probability ŷ.' }),
      lines(
        mrow(
          yHat(),
          eq(),
          mi('σ'),
          mo('('),
          mi('z'),
          mo(')'),
          eq(),
          mfrac(mn('1'), mrow(mn('1'), mo('+'), msup(mi('e'), mrow(mo('−'), mi('z'))))),
        ),
        [
          mrow(yHat(), eq(), mfrac(mn('1'), mrow(mn('1'), mo('+'), msup(mi('e'), mrow(mo('−'), slot('zBracket')))))),
          mrow(eq(), slot('p')),
        ],
      ),
    ),
    principle(
      4,
      'Loss',
      el('p', { text: 'Binary cross-entropy: how wrong this prediction is. Confidently wrong costs the most.' }),
      lines(
        [
          mrow(
            mi('L'),
            eq(),
            mo('−'),
            mo('['),
            mi('y'),
            mo('·'),
            mi('log'),
            mo('('),
            yHat(),
            mo('+'),
            mi('ε'),
            mo(')'),
          ),
          mrow(
            mo('+'),
            mo('('),
            mn('1'),
            mo('−'),
            mi('y'),
            mo(')'),
            mo('·'),
            mi('log'),
            mo('('),
            mn('1'),
            mo('−'),
            yHat(),
            mo('+'),
            mi('ε'),
            mo(')'),
            mo(']'),
          ),
        ],
        [
          mrow(
            mi('L'),
            eq(),
            mo('−'),
            mo('['),
            slot('y'),
            mo('·'),
            mi('log'),
            mo('('),
            slot('p'),
            mo('+'),
            mi('ε'),
            mo(')'),
          ),
          mrow(
            mo('+'),
            slot('oneMinusY'),
            mo('·'),
            mi('log'),
            mo('('),
            slot('oneMinusP'),
            mo('+'),
            mi('ε'),
            mo(')'),
            mo(']'),
          ),
          mrow(eq(), slot('lossTerm')),
        ],
      ),
      sentences.loss,
    ),
    principle(
      5,
      'Learning',
      el('p', {
        text: 'Backpropagation: the error ŷ − y, times x, averaged over the examples, is the gradient. Gradient descent steps against it.',
      }),
      lines(
        [
          mrow(mi('error'), eq(), yHat(), mo('−'), mi('y')),
          mrow(eq(), slot('p'), mo('−'), slot('y')),
          mrow(eq(), slot('error')),
        ],
        [
          mrow(
            mfrac(mrow(mi('error'), mo('·'), mi('x')), mi('n')),
            eq(),
            mfrac(mrow(slot('errorBracket'), times(), slot('x')), slot('n')),
          ),
          mrow(eq(), slot('shareW')),
          mrow(mtext('(this example’s part of dw)')),
        ],
        [
          mrow(
            mi('dw'),
            eq(),
            mfrac(mn('1'), mi('n')),
            mo('∑'),
            mi('error'),
            mo('·'),
            mi('x'),
            eq(),
            slot('dw'),
            mtext(','),
          ),
          mrow(mi('db'), eq(), mfrac(mn('1'), mi('n')), mo('∑'), mi('error'), eq(), slot('db')),
        ],
        [
          mrow(msub(mi('w'), mtext('new')), eq(), mi('w'), mo('−'), mi('η'), mo('·'), mi('dw')),
          mrow(eq(), slot('w'), mo('−'), slot('lr'), times(), slot('dwBracket')),
          mrow(eq(), slot('wNew')),
        ],
        [
          mrow(msub(mi('b'), mtext('new')), eq(), mi('b'), mo('−'), mi('η'), mo('·'), mi('db')),
          mrow(eq(), slot('b'), mo('−'), slot('lr'), times(), slot('dbBracket')),
          mrow(eq(), slot('bNew')),
        ],
      ),
      sentences.update,
    ),
  );

  const postExample = descend(0.5, 0.1, 0.5);
  container.append(
    el(
      'div',
      { class: 'example-picker' },
      el('label', { for: pickerId, text: 'Follow the example' }),
      picker,
      el('button', {
        type: 'button',
        class: 'button small',
        text: "Post's worked example",
        'aria-label': "Post's worked example: 4 hours with weight 0.5 and bias 0.1, at epoch 0",
        onclick: onWorkedExample,
      }),
    ),
    list,
    el('p', {
      class: 'note',
      text: `The post's worked examples: x = 4, w = 0.5, b = 0.1 give z = 2.1 and σ(z) ≈ 0.89 (press “Post's worked example”); a weight of 0.50 with gradient 0.50 at rate 0.10 becomes 0.50 − 0.10 × 0.50 = ${fixed(postExample, 2)}.`,
    }),
  );

  let optionsKey = '';
  function setOptions(hours, labels, chosen) {
    const key = `${hours.join(',')}|${labels.join(',')}`;
    if (key !== optionsKey) {
      optionsKey = key;
      picker.replaceChildren(
        ...hours
          .slice(0, 200)
          .map((x, i) =>
            el('option', { value: String(i), text: `Row ${i + 1}: ${x} h, ${labels[i] === 1 ? 'pass' : 'fail'}` }),
          ),
      );
    }
    picker.value = String(chosen);
  }

  function set(key, text) {
    for (const node of slots[key] ?? []) if (node.textContent !== text) node.textContent = text;
  }

  return {
    /**
     * row: the chosen example's index; hours/labels: the data; weight, bias, lr: the current values;
     * probability: the engine's ŷ for that example; evaluation: the engine's { loss, weightGradient,
     * biasGradient } over all examples at the current weights.
     */
    update({ row, hours, labels, weight, bias, lr, probability, evaluation }) {
      setOptions(hours, labels, row);
      const x = hours[row];
      const y = labels[row];
      const n = hours.length;
      const z = weight * x + bias;
      const p = probability;
      const lossTerm = -(y * Math.log(p + EPSILON) + (1 - y) * Math.log(1 - p + EPSILON));
      const error = p - y;
      const { loss, weightGradient: dw, biasGradient: db } = evaluation;
      const plain = String(x);
      set('x', plain);
      set('y', String(y));
      set('n', String(n));
      set('oneMinusY', String(1 - y));
      set('w', number(weight));
      set('b', number(bias));
      set('wBracket', number(weight, { bracket: true }));
      set('bBracket', number(bias, { bracket: true }));
      set('z', number(z));
      set('zBracket', number(z, { bracket: true }));
      set('p', number(p));
      set('oneMinusP', number(1 - p));
      set('lossTerm', number(lossTerm));
      set('error', number(error));
      set('errorBracket', number(error, { bracket: true }));
      set('shareW', number((error * x) / n));
      set('dw', number(dw));
      set('db', number(db));
      set('dwBracket', number(dw, { bracket: true }));
      set('dbBracket', number(db, { bracket: true }));
      set('lr', String(lr));
      set('wNew', number(descend(weight, lr, dw)));
      set('bNew', number(descend(bias, lr, db)));
      const inputText = `Example ${row + 1} of ${n}: ${plain} hours, ${y === 1 ? 'passed' : 'failed'}.`;
      if (sentences.input.textContent !== inputText) sentences.input.textContent = inputText;
      const lossText = `Averaged over all ${n} examples, the loss at this weight and bias is ${number(loss)}.`;
      if (sentences.loss.textContent !== lossText) sentences.loss.textContent = lossText;
      const updateText = `Press Step and the engine makes exactly this update: w becomes ${number(descend(weight, lr, dw))}.`;
      if (sentences.update.textContent !== updateText) sentences.update.textContent = updateText;
    },
  };
}
