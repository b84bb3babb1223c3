// One point's pass as formulas with the engine's numbers plugged in (MathML, as chapter 1's five
// principles): for one hidden unit j, z_j = w_1j·x1 + w_2j·x2 + b_j and h_j = act(z_j); then the output
// z = Σ W2_j·h_j + b2, p = σ(z), the point's loss, p − y, and the error unit j gets back. Each formula
// carries a plain-text label for screen readers.
import { el, m, math, mi, mn, mo, mrow, msub } from '../../../core/dom.js';
import { shown } from '../../../core/format.js';

const f = (x) => shown(x, 4);
const num = (x) => mn(f(x).replace('-', '−'));
const spoken = (x) => f(x).replace('-', 'minus ');
const sub = (name, index) => msub(mi(name), mn(index));

// Terms { value, after: [nodes after the number], text } as a sum with signs: 0.63·x1 − 7.37·x2 − 4.12.
function sum(terms) {
  const nodes = [];
  const texts = [];
  terms.forEach(({ value, after, text }, i) => {
    if (i > 0) nodes.push(mo(value < 0 ? '−' : '+'));
    nodes.push(i > 0 ? mn(f(Math.abs(value))) : num(value), ...after);
    texts.push(text);
  });
  return [nodes, texts.join(' + ')];
}

const product = (x, name, index, value) => ({
  value: x,
  after: [mo('·'), sub(name, index)],
  text: `${spoken(x)} times ${name}${index} (${spoken(value)})`,
});
const constant = (x) => ({ value: x, after: [], text: spoken(x) });

// A formula and its result as two inline formulas, so a phone can wrap the line before "= result".
function line(label, children, result) {
  return el(
    'div',
    { class: 'pass-formula' },
    math(label, mrow(...children)),
    ' ',
    m('math', { 'aria-hidden': 'true' }, mrow(mo('='), num(result))),
  );
}

/** Formulas of `pass` (PointPass) with `parameters` for hidden unit `j` (ignored with no hidden layer). */
export function passFormulas(pass, parameters, j, activation) {
  const { hidden, W1, b1, W2, b2 } = parameters;
  const k = String(j + 1);
  const lines = [];
  if (hidden > 0) {
    const [terms, text] = sum([
      product(W1[j], 'x', '1', pass.x1),
      product(W1[hidden + j], 'x', '2', pass.x2),
      constant(b1[j]),
    ]);
    lines.push(line(`z${k} = ${text} = ${spoken(pass.z1[j])}`, [sub('z', k), mo('='), ...terms], pass.z1[j]));
    const bend = [sub('h', k), mo('='), mi(activation), mo('('), sub('z', k), mo(')')];
    lines.push(line(`h${k} = ${activation}(z${k}) = ${spoken(pass.h[j])}`, bend, pass.h[j]));
  }
  const inputs =
    hidden > 0
      ? Array.from({ length: hidden }, (_, i) => product(W2[i], 'h', String(i + 1), pass.h[i]))
      : [product(W2[0], 'x', '1', pass.x1), product(W2[1], 'x', '2', pass.x2)];
  // More than two units: the sum written as one (its terms are the diagram's and the table's).
  const [terms, text] =
    inputs.length > 2
      ? sum([
          {
            value: 1,
            after: [mo('∑'), msub(mi('W2'), mi('j')), mo('·'), msub(mi('h'), mi('j'))],
            text: 'sum of W2j times hj',
          },
          constant(b2),
        ])
      : sum([...inputs, constant(b2)]);
  if (inputs.length > 2) terms.shift(); // the placeholder 1 before the sum sign
  lines.push(line(`z = ${text} = ${spoken(pass.z2)}`, [mi('z'), mo('='), ...terms], pass.z2));
  const sigma = [mi('p'), mo('='), mi('σ'), mo('('), mi('z'), mo(')')];
  lines.push(line(`p = sigmoid(z) = ${spoken(pass.probability)}`, sigma, pass.probability));
  lines.push(line(`p minus y = ${spoken(pass.error)}`, [mi('p'), mo('−'), mi('y')], pass.error));
  if (hidden > 0) {
    const back = [
      sub('δ', k),
      mo('='),
      mo('('),
      mi('p'),
      mo('−'),
      mi('y'),
      mo(')'),
      mo('·'),
      num(W2[j]),
      mo('·'),
      msub(mi('h′'), mn(k)),
    ];
    const label = `error sent back to unit ${k} = (p minus y) times ${spoken(W2[j])} times the bend's slope = ${spoken(pass.sentBack[j])}`;
    lines.push(line(label, back, pass.sentBack[j]));
  }
  return lines;
}
