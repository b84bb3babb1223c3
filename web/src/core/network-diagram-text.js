// What the network diagram writes (core/network-diagram.js): each node's values as short text, each
// node's accessible name, each weight's and bias's label, and the check of a typed weight. Pure, so
// Node tests it. Never NaN: a value that is not finite reads "—"; a huge one (a weight of 1e20) is
// written in 7 characters at most ("-1.2e20"), so it fits its box.
import { parseNumber, FieldError } from './fields.js';
import { count, shown } from './format.js';

/** x with `digits` decimals in at most 7 characters (up to |x| < 1e100); '—' when not finite. */
export function valueText(x, digits = 2) {
  if (!Number.isFinite(x)) return '—';
  const text = shown(x, digits);
  if (text.length <= 7) return text;
  const [mantissa, exponent] = x.toExponential(1).split('e');
  return `${mantissa}e${Number(exponent)}`;
}

/** A weight or bias of `parameters` (or of gradients, the same shape) by name and index; b2 is a number. */
export function parameterValue(parameters, name, index) {
  if (!parameters) return NaN;
  if (name === 'b2') return Number(parameters.b2);
  const list = parameters[name];
  return list && index < list.length ? Number(list[index]) : NaN;
}

/** A weight or bias as its table field shows it: 4 decimals, scientific from 1e6 on; '—' when not finite. */
export function entryText(x) {
  if (!Number.isFinite(x)) return '—';
  return Math.abs(x) < 1e6 ? shown(x, 4) : x.toExponential(4);
}

const unitName = (j) => `unit ${j + 1}`;

/**
 * Every weight and bias of the shape, in the table's order (a row per hidden unit, then the output):
 * [{ name: 'W1'|'b1'|'W2'|'b2', index, label, row, column }], column 'input i' | 'bias' | 'output'.
 */
export function parameterEntries({ inputs, hidden }) {
  const entries = [];
  for (let j = 0; j < hidden; j += 1) {
    inputs.forEach((input, i) =>
      entries.push({ name: 'W1', index: i * hidden + j, label: `Weight ${input} → ${unitName(j)}`, row: j, column: i }),
    );
    entries.push({ name: 'b1', index: j, label: `Bias of ${unitName(j)}`, row: j, column: 'bias' });
    entries.push({ name: 'W2', index: j, label: `Weight ${unitName(j)} → output`, row: j, column: 'output' });
  }
  if (hidden === 0) {
    inputs.forEach((input, i) =>
      entries.push({ name: 'W2', index: i, label: `Weight ${input} → output`, row: 0, column: i }),
    );
  }
  entries.push({ name: 'b2', index: 0, label: 'Bias of the output', row: hidden, column: 'bias' });
  return entries;
}

/**
 * The reader's text for a weight or bias: { value } or { message } naming the field by its label
 * (within ±maxAbs, the engine's bound for a starting weight).
 */
export function parseEntry(text, label, maxAbs = 1e6) {
  try {
    const value = parseNumber(label, String(text).replace(/^\s*\u2212/, '-'));
    if (Math.abs(value) > maxAbs) {
      const bound = maxAbs < 1e9 ? count(maxAbs) : valueText(maxAbs, 0);
      throw new FieldError(label, `must be a finite number from -${bound} to ${bound}, got ${String(text).trim()}`);
    }
    return { value };
  } catch (error) {
    return { message: error.message };
  }
}

// Which values a box shows when it has room for `slots` of them: the most telling first (a unit's
// bias, then h, z and the error sent back), drawn in the order of the pass.
function pick(items, slots, priority) {
  const kept = new Set(
    priority
      .map((key) => items.find((item) => item.key === key))
      .filter(Boolean)
      .slice(0, slots),
  );
  return items.filter((item) => kept.has(item));
}

const item = (key, label, value, digits = 2) => ({ key, text: `${label} ${valueText(value, digits)}` });
const long = (x) => valueText(x, 4);

function inputTexts(shape, pass) {
  const values = pass ? (pass.inputs ?? [pass.x1, pass.x2]) : [];
  return shape.inputs.map((label, i) => ({
    value: pass ? valueText(values[i]) : '',
    name: pass ? `input ${label}: ${long(values[i])}` : `input ${label}`,
  }));
}

function unitTexts(shape, { parameters, gradients, pass }, slots) {
  const { inputs, hidden, activation } = shape;
  return Array.from({ length: hidden }, (_, j) => {
    const bias = parameterValue(parameters, 'b1', j);
    const items = [item('b', 'b', bias)];
    const weights = inputs.map((input, i) => `${input} ${long(parameterValue(parameters, 'W1', i * hidden + j))}`);
    let name = `hidden ${unitName(j)} (${activation}): bias ${long(bias)}, weights from ${weights.join(', ')}, weight to the output ${long(parameterValue(parameters, 'W2', j))}`;
    if (pass) {
      const [z, h, back] = [pass.z1?.[j], pass.h?.[j], pass.sentBack?.[j]];
      items.push(item('z', 'z', z), item('h', 'h', h), item('δ', 'δ', back, 3));
      name += `; z ${long(z)}, h ${long(h)}, error sent back ${long(back)}`;
    }
    if (gradients) name += `; bias gradient ${long(parameterValue(gradients, 'b1', j))}`;
    return { items: pick(items, slots, ['b', 'h', 'z', 'δ']), name, bias };
  });
}

function outputTexts(shape, { parameters, gradients, pass, back }) {
  const { inputs, hidden, outputLabel } = shape;
  const bias = parameterValue(parameters, 'b2', 0);
  const items = [item('b', 'b', bias)];
  const sources = hidden === 0 ? inputs : Array.from({ length: hidden }, (_, j) => unitName(j));
  const weights = sources.map((source, k) => `${source} ${long(parameterValue(parameters, 'W2', k))}`);
  let name = `output ${outputLabel} (sigmoid): bias ${long(bias)}, weights from ${weights.join(', ')}`;
  if (pass) {
    items.push(item('z', 'z', pass.z2), item('p', outputLabel, pass.probability));
    name += `; z ${long(pass.z2)}, ${outputLabel} ${long(pass.probability)}`;
    // The label it is compared with and this point's loss, when the pass has them (a PointPass does).
    if (Number.isFinite(pass.label)) {
      items.push(item('y', 'y', pass.label, 0));
      name += `, label ${valueText(pass.label, 0)}`;
    }
    if (Number.isFinite(pass.lossTerm)) {
      items.push(item('loss', 'loss', pass.lossTerm));
      name += `, loss ${long(pass.lossTerm)}`;
    }
    items.push(item('δ', 'δ', pass.error, 3));
    name += `, error ${long(pass.error)}`;
  }
  if (back) {
    const parts = sources.map((source, k) => `weight from ${source} ${long(parameterValue(back, 'W2', k))}`);
    name += `; sent back as this point's parts of the gradients: ${parts.join(', ')}, bias ${long(parameterValue(back, 'b2', 0))}`;
  }
  if (gradients) name += `; bias gradient ${long(parameterValue(gradients, 'b2', 0))}`;
  return { items, name, bias };
}

/**
 * Everything the diagram writes for one update: { inputs: [{ value, name }], units: [{ items, name,
 * bias }], output: { items, name, bias } }; items are [{ key, text }] ('b', 'z', 'h', 'δ', 'p', 'y', 'loss'), a
 * unit's thinned to `slots`. `shape` is { inputs: labels, hidden, activation, outputLabel }; `values`
 * is update()'s { parameters, gradients?, pass? }.
 */
export function diagramTexts(shape, values, slots = 4) {
  return {
    inputs: inputTexts(shape, values.pass),
    units: unitTexts(shape, values, slots),
    output: outputTexts(shape, values),
  };
}

/** The svg's own name: "Network diagram: 2 inputs (x1, x2), 4 sigmoid hidden units, one output p." */
export function diagramName({ inputs, hidden, activation, outputLabel }, title = 'Network diagram') {
  const units = hidden === 0 ? 'no hidden layer' : `${hidden} ${activation} hidden unit${hidden === 1 ? '' : 's'}`;
  const count = inputs.length === 1 ? '1 input' : `${inputs.length} inputs`;
  return `${title}: ${count} (${inputs.join(', ')}), ${units}, one output ${outputLabel}. Arrow keys move between units.`;
}
