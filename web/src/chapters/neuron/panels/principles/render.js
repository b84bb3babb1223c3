// The principles of formulas.js as DOM: a list of principles whose formulas are MathML built once;
// update() only changes the text of the live numbers (the <mn> slots), the sentences and the formulas'
// spoken forms (each line's aria-label: the line in words, with the numbers).
import { el, math, mfrac, mi, mn, mo, mover, mrow, msub, msup, mtext } from '../../../../core/dom.js';
import { number } from './number.js';

/** A string token as MathML: a number, a name, or else an operator. */
function atom(token) {
  if (/^\d/.test(token)) return mn(token);
  if (/^\p{L}/u.test(token)) return mi(token);
  return mo(token);
}

/** MathML for a token or an array of them; each slot's <mn> is handed to `onSlot`. */
function build(token, onSlot) {
  if (Array.isArray(token)) {
    const nodes = token.map((item) => build(item, onSlot));
    return nodes.length === 1 ? nodes[0] : mrow(...nodes);
  }
  if (typeof token === 'string') return atom(token);
  switch (token.kind) {
    case 'slot': {
      const node = token.text ? mtext('') : mn('—'); // text: a word that follows the numbers
      if (!token.text) node.setAttribute('class', 'live');
      onSlot(node, token);
      return node;
    }
    case 'frac':
      return mfrac(build(token.numerator, onSlot), build(token.denominator, onSlot));
    case 'sup':
      return msup(build(token.base, onSlot), build(token.power, onSlot));
    case 'sub':
      return msub(build(token.base, onSlot), build(token.index, onSlot));
    case 'hat':
      return mover(build(token.base, onSlot), mo('^'));
    case 'text':
      return mtext(token.value);
    default:
      throw new Error(`principles: unknown token ${JSON.stringify(token)}`);
  }
}

/** A slot's text: numbers by number(), text as it is. */
function slotText(token, slots) {
  const value = slots[token.key];
  return typeof value === 'string' ? value : number(value, { bracket: token.bracket });
}

// The symbols in words, as the post says them; brackets are not read (a function's opening one reads
// "of": "sigmoid of z", "log of").
const SAID = {
  '=': 'equals',
  '+': 'plus',
  '−': 'minus',
  '·': 'times',
  '×': 'times',
  σ: 'sigmoid',
  η: 'learning rate',
  ε: 'epsilon',
  '∑': 'the sum of',
  '(': '',
  ')': '',
  '[': '',
  ']': '',
};
const FUNCTIONS = new Set(['σ', 'log']);

/** A token in words for screen readers: "z equals minus 0.5000 times 4 plus 0.1000". */
function spoken(token, slots) {
  if (Array.isArray(token)) {
    return token.map((item, i) => (item === '(' && FUNCTIONS.has(token[i - 1]) ? 'of' : spoken(item, slots))).join(' ');
  }
  if (typeof token === 'string') return SAID[token] ?? token;
  switch (token.kind) {
    case 'slot':
      return slots ? slotText({ ...token, bracket: false }, slots).replace('−', 'minus ') : 'a number';
    case 'frac':
      return `${spoken(token.numerator, slots)} over ${spoken(token.denominator, slots)}`;
    case 'sup':
      return `${spoken(token.base, slots)} to the ${spoken(token.power, slots)}`;
    case 'sub':
      return `${spoken(token.base, slots)} ${spoken(token.index, slots)}`;
    case 'hat':
      return `${spoken(token.base, slots)} hat`;
    default:
      return token.value.replace(/[()]/g, '');
  }
}

/** A line's words, spaces tidied and commas set tight. */
const words = (formulas, slots) =>
  formulas
    .map((formula) => spoken(formula, slots))
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/ ,/g, ',')
    .trim();

function setText(node, value) {
  if (node.textContent !== value) node.textContent = value;
}

function setLabel(node, value) {
  if (node.getAttribute('aria-label') !== value) node.setAttribute('aria-label', value);
}

/**
 * One line of maths: a formula, or parts side by side in a .math-parts box, in a role="img" box whose
 * label is the line in words with the live numbers. Screen readers read those words, not the MathML
 * token by token ("1 1 + e − z"), which they cannot make sense of.
 */
function renderLine(line, onSlot) {
  const formulas = line.kind === 'parts' ? line.formulas : [line];
  const maths = formulas.map((formula) => math(undefined, build(formula, onSlot)));
  maths.forEach((node) => node.setAttribute('aria-hidden', 'true')); // the box's label says it all
  const node = el(
    'div',
    { class: line.kind === 'parts' ? 'math-line math-parts' : 'math-line', role: 'img' },
    ...maths,
  );
  const label = { node, formulas, live: JSON.stringify(formulas).includes('"slot"') };
  setLabel(node, words(formulas, null));
  return { node, label };
}

/** A principle: its title and idea on the left (above on phones), the maths with live numbers beside it. */
function renderPrinciple(principle, onSlot, labels, sentences) {
  const lines = principle.maths.map((line) => renderLine(line, onSlot));
  labels.push(...lines.map((line) => line.label).filter((label) => label.live));
  const sentence = principle.sentence ? el('p') : null;
  if (sentence) sentences.push({ node: sentence, write: principle.sentence });
  const heading = el(
    'h3',
    {},
    el('span', { class: 'principle-number', 'aria-hidden': 'true', text: String(principle.number) }),
    principle.title,
  );
  return el(
    'li',
    { class: 'principle' },
    el('div', { class: 'principle-idea' }, heading, el('p', { text: principle.idea })),
    el('div', { class: 'principle-maths' }, ...lines.map((line) => line.node), sentence),
  );
}

/**
 * The list of `principles` (formulas.js's PRINCIPLES). Returns { node, update(slots) }, where `slots`
 * is formulas.js's values(view): what fills each slot, and what the sentences say.
 */
export function renderPrinciples(principles) {
  const slotNodes = [];
  const labels = [];
  const sentences = [];
  const onSlot = (node, token) => slotNodes.push({ node, token });
  const node = el(
    'ol',
    { class: 'principle-list' },
    ...principles.map((principle) => renderPrinciple(principle, onSlot, labels, sentences)),
  );
  return {
    node,
    update(slots) {
      for (const { node: slotNode, token } of slotNodes) setText(slotNode, slotText(token, slots));
      for (const { node: sentence, write } of sentences) setText(sentence, write(slots));
      for (const label of labels) setLabel(label.node, words(label.formulas, slots));
    },
  };
}
