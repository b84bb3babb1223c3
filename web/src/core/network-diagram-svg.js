// The network diagram's SVG (core/network-diagram.js builds it): a box per input, hidden unit and
// output, an edge per weight. Built once per shape; place() moves everything for a new width and
// paint() writes the values in place, touching only what changed, so it can run every frame.
import { edgeWidth, LINE_HEIGHT, signClass, slotPosition, widestEdge } from './network-diagram-layout.js';
import { parameterValue, valueText } from './network-diagram-text.js';

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children (text goes in as a text node). */
function svgEl(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  node.append(...children);
  return node;
}

// Each activation's shape in an 18 x 11 box (an axis line at its zero where that helps tell tanh from
// the sigmoid).
const GLYPHS = {
  sigmoid: ['M0 11 C8 11 10 0 18 0', 'M0 11 H18'],
  tanh: ['M0 11 C8 11 10 0 18 0', 'M0 5.5 H18'],
  relu: ['M0 11 H9 L18 0', 'M0 11 H18'],
  linear: ['M0 11 L18 0', 'M0 5.5 H18'],
};

function glyph(activation) {
  const [curve, axis] = GLYPHS[activation] ?? GLYPHS.sigmoid;
  return svgEl(
    'g',
    { class: 'nd-glyph', 'aria-hidden': 'true' },
    svgEl('path', { class: 'nd-axis', d: axis }),
    svgEl('path', { d: curve }),
  );
}

// A node: a focusable group (one Tab stop for the diagram, see network-diagram.js) with a focus ring,
// a box and `texts` text elements.
function node(kind, index, texts, extra = []) {
  const parts = {
    ring: svgEl('rect', { class: 'nd-ring', rx: 10 }),
    box: svgEl('rect', { class: 'nd-box', rx: 7 }),
    texts: Array.from({ length: texts }, () => svgEl('text', { class: 'nd-text' })),
  };
  parts.group = svgEl('g', {
    class: `nd-node nd-${kind}`,
    role: 'img',
    tabindex: -1,
    'data-kind': kind,
    'data-index': index,
  });
  parts.group.append(parts.ring, parts.box, ...extra, ...parts.texts);
  return parts;
}

function unitNode(j, activation) {
  const number = svgEl('text', { class: 'nd-number', 'aria-hidden': 'true' }, String(j + 1));
  const marker = svgEl('rect', { class: 'nd-bias zero', width: 7, height: 7, rx: 1.5 });
  const parts = node('unit', j, 4, [number, glyph(activation), marker]);
  return Object.assign(parts, { number, glyph: parts.group.querySelector('.nd-glyph'), marker });
}

function outputNode() {
  const marker = svgEl('rect', { class: 'nd-bias zero', width: 7, height: 7, rx: 1.5 });
  const parts = node('output', 0, 6, [glyph('sigmoid'), marker]);
  return Object.assign(parts, { glyph: parts.group.querySelector('.nd-glyph'), marker });
}

function inputNode(i, label) {
  const parts = node('input', i, 2);
  parts.texts[0].classList.add('nd-title');
  parts.texts[0].textContent = label;
  return parts;
}

function placeBox(parts, b) {
  set(parts.box, { x: b.x, y: b.y, width: b.width, height: b.height });
  set(parts.ring, { x: b.x - 4, y: b.y - 4, width: b.width + 8, height: b.height + 8 });
}

function set(element, attributes) {
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
}

/** Writes `value` into `attribute` only when it changed (the cache is the element's own property). */
function change(element, attribute, value) {
  const key = `nd_${attribute}`;
  if (element[key] === value) return;
  element[key] = value;
  element.setAttribute(attribute, value);
}

function changeText(element, text) {
  if (element.textContent !== text) element.textContent = text;
}

/**
 * The SVG for `shape` ({ inputs, hidden, activation, outputLabel }): { svg, nodes (inputs, units,
 * output, in column order), place(layout), paint(texts, parameters) }.
 */
export function createDiagramSvg(shape) {
  const headers = ['inputs', unitsHeader(shape), 'output'].map((text) => svgEl('text', { class: 'nd-header' }, text));
  const inputs = shape.inputs.map((label, i) => inputNode(i, label));
  const units = Array.from({ length: shape.hidden }, (_, j) => unitNode(j, shape.activation));
  const output = outputNode();
  const edgeGroup = svgEl('g', { class: 'nd-edges', 'aria-hidden': 'true' });
  const svg = svgEl(
    'svg',
    { class: 'nd-svg', role: 'group', xmlns: SVG },
    svgEl('g', { 'aria-hidden': 'true' }, ...headers),
    edgeGroup,
    svgEl('g', { class: 'nd-nodes' }, ...[...inputs, ...units, output].map((parts) => parts.group)),
  );
  let layout = null;
  let edges = [];
  let labels = [];
  let backLabels = [];

  function place(next) {
    layout = next;
    set(svg, { viewBox: `0 0 ${layout.width} ${layout.height}`, 'data-width': layout.width });
    svg.style.setProperty('--nd-font', `${layout.font}px`);
    layout.headers.forEach((h, k) => set(headers[k], { x: h.x, y: 16, 'text-anchor': h.anchor }));
    edges = layout.edges.map((edge) => svgEl('path', { class: 'nd-edge zero', d: edge.d }));
    // A wider, invisible twin of each edge on top: what a mouse hovers (a tooltip) and clicks (its field).
    const hits = layout.edges.map((edge) =>
      svgEl('path', { class: 'nd-hit', d: edge.d, 'data-name': edge.name, 'data-index': edge.index }, svgEl('title')),
    );
    // Without hidden units there is room to write each weight on its edge ("w 1.36", "w1 -0.49").
    labels = shape.hidden
      ? []
      : layout.edges.map((edge) =>
          svgEl('text', { class: 'nd-weight', x: edge.mid.x, y: edge.mid.y - 7, 'text-anchor': 'middle' }),
        );
    backLabels = shape.hidden ? [] : backLabelsFor(layout.edges);
    edgeGroup.replaceChildren(...edges, ...labels, ...backLabels, ...hits);
    inputs.forEach((parts, i) => placeInput(parts, layout.inputs[i]));
    units.forEach((parts, j) => placeUnit(parts, layout.units[j], layout));
    placeOutput(output, layout.output, layout);
  }

  function paint(texts, parameters, back) {
    if (!layout) return;
    const names = shape.inputs.length === 1 ? ['w'] : shape.inputs.map((_, k) => `w${k + 1}`);
    backLabels.forEach((label, k) => {
      const bias = k === layout.edges.length;
      const value = back && parameterValue(back, bias ? 'b2' : 'W2', bias ? 0 : k);
      changeText(label, back ? `← ${bias ? 'b' : names[k]} part ${valueText(value, 4)}` : '');
    });
    const widest = widestEdge(layout.row);
    layout.edges.forEach((edge, k) => {
      const weight = parameterValue(parameters, edge.name, edge.index);
      change(edges[k], 'stroke-width', String(edgeWidth(weight, widest)));
      change(edges[k], 'class', `nd-edge ${signClass(weight)}`);
      if (labels[k]) changeText(labels[k], `${names[k]} ${valueText(weight)}`);
    });
    inputs.forEach((parts, i) => {
      arrange(parts, texts.inputs[i].value ? 2 : 1);
      changeText(parts.texts[1], texts.inputs[i].value);
      change(parts.group, 'aria-label', texts.inputs[i].name);
    });
    units.forEach((parts, j) => paintNode(parts, texts.units[j]));
    paintNode(output, texts.output);
  }

  return { svg, nodes: [...inputs, ...units, output].map((parts) => parts.group), place, paint, layout: () => layout };
}

// Under each edge, room for the backward pass of one example (update's `back`): its part of each
// weight's gradient, then (under the last) of the output's bias, flowing back from the output (←).
function backLabelsFor(edges) {
  return [...edges, edges.at(-1)].map((edge, k) => {
    const y = edge.mid.y + (k < edges.length ? 17 : 31);
    return svgEl('text', { class: 'nd-back', x: edge.mid.x, y, 'text-anchor': 'middle' });
  });
}

function unitsHeader({ hidden, activation }) {
  if (hidden === 0) return '';
  return `${hidden} ${activation} unit${hidden === 1 ? '' : 's'}`;
}

// Each node's texts are arranged for how many it shows (centred in the box): again on each paint that
// changes that count, which is rarely (a pass chosen or dropped).
function placeInput(parts, b) {
  placeBox(parts, b);
  parts.count = null;
  parts.arrange = (count) => {
    set(parts.texts[0], { x: b.cx, y: count > 1 ? b.cy - 3 : b.cy + 4, 'text-anchor': 'middle' });
    set(parts.texts[1], { x: b.cx, y: b.cy + 13, 'text-anchor': 'middle' });
  };
}

// On a narrow diagram the text starts 24 px into the box: the 18 px curve at 80% leaves it a 5 px gap.
const glyphScale = (layout) => (layout.narrow ? ' scale(0.8)' : '');

function placeUnit(parts, b, layout) {
  placeBox(parts, b);
  const left = layout.narrow ? 4 : 7;
  set(parts.number, { x: b.x + left, y: b.cy - 2 });
  set(parts.glyph, { transform: `translate(${b.x + left} ${b.cy + 1})${glyphScale(layout)}` });
  set(parts.marker, { x: b.x + b.width - 10, y: b.y - 3 }); // on the box's top edge, clear of its text
  // Slots past the box's room stay empty: diagramTexts() thins a unit's values to lines x columns.
  parts.count = null;
  parts.arrange = (count) => parts.texts.forEach((text, k) => set(text, slotPosition(layout, b, k, count)));
}

function placeOutput(parts, b, layout) {
  placeBox(parts, b);
  set(parts.glyph, { transform: `translate(${b.x + (layout.narrow ? 4 : 7)} ${b.cy - 5})${glyphScale(layout)}` });
  set(parts.marker, { x: b.x + b.width - 10, y: b.y - 3 }); // on the box's top edge, clear of its text
  parts.count = null;
  parts.arrange = (count) =>
    parts.texts.forEach((text, k) =>
      set(text, { x: b.x + layout.glyph, y: b.cy - (count * LINE_HEIGHT) / 2 + (k + 1) * LINE_HEIGHT - 3 }),
    );
}

function arrange(parts, count) {
  if (parts.count === count) return;
  parts.count = count;
  parts.arrange(count);
}

function paintNode(parts, texts) {
  arrange(parts, texts.items.length);
  parts.texts.forEach((text, k) => {
    const item = texts.items[k];
    changeText(text, item ? item.text : '');
    change(text, 'data-key', item?.key ?? ''); // which value, for a caller's highlight
    change(text, 'class', item?.key === 'h' || item?.key === 'p' ? 'nd-text nd-strong' : 'nd-text');
  });
  change(parts.marker, 'class', `nd-bias ${signClass(texts.bias)}`);
  change(parts.group, 'aria-label', texts.name);
}
