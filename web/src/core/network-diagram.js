// The network diagram (the post's "layers" figure): inputs -> hidden units -> output, left to right;
// an edge per weight (width by |weight|, colour by sign), every bias on its unit, the output's too, and
// the live values of one chosen point's pass. Each node is focusable (one Tab stop, arrow keys move);
// every weight and bias is also a labelled field in a table under the picture. Framework-free and
// model-free: chapter 2 draws its network with it, chapter 1 its single neuron (one input, no hidden
// layer). Its styles are network-diagram.css (the caller adds them; this module imports no CSS).
import { el } from './dom.js';
import { diagramLayout, MAX_WIDTH, MIN_WIDTH } from './network-diagram-layout.js';
import { createDiagramSvg } from './network-diagram-svg.js';
import { createParameterTable } from './network-diagram-table.js';
import { diagramName, diagramTexts } from './network-diagram-text.js';

const DEFAULT_WIDTH = 560; // until the diagram is in the page and has a width of its own

function legend() {
  const swatch = (sign) => el('span', { class: `nd-swatch ${sign}`, 'aria-hidden': 'true' });
  return el(
    'p',
    { class: 'nd-legend' },
    swatch('positive'),
    ' positive ',
    swatch('negative'),
    ' negative weight or bias (■ on a unit: its bias); the thicker the line, the larger |weight|. ',
    'b bias, z weighted sum, h the unit’s output, δ the error sent back.',
  );
}

/**
 * createNetworkDiagram({ inputs = ['x1', 'x2'], hidden = 4, activation = 'sigmoid', outputLabel = 'p',
 * title, editable = true, maxAbs = 1e6, onEdit({ name, index, value }), onFocusUnit(unit | null) })
 * -> { element, update({ parameters, gradients?, pass? }), setShape({ hidden, activation }), destroy() }.
 * See the options' and values' shapes in network-diagram-text.js; onFocusUnit gets a hidden unit's
 * index (0-based) while it is focused or hovered, null when none is.
 */
export function createNetworkDiagram(options = {}) {
  const { title, editable = true, maxAbs = 1e6, onEdit, onFocusUnit } = options;
  const shape = {
    inputs: options.inputs ?? ['x1', 'x2'],
    hidden: options.hidden ?? 4,
    activation: options.activation ?? 'sigmoid',
    outputLabel: options.outputLabel ?? 'p',
  };
  const picture = el('div', { class: 'nd-picture' });
  const tableSlot = el('div', { class: 'nd-table-slot' });
  const element = el(
    'figure',
    { class: 'network-diagram' },
    title ? el('figcaption', { class: 'nd-caption', text: title }) : null,
    picture,
    legend(),
    tableSlot,
  );
  let parts = null; // { drawing, table, focus }
  let last = null;
  let width = DEFAULT_WIDTH;

  function build() {
    parts?.table.destroy();
    const drawing = createDiagramSvg(shape);
    drawing.svg.setAttribute('aria-label', diagramName(shape, title));
    const table = createParameterTable(shape, { editable, maxAbs, onEdit });
    const open = parts?.table.element.open ?? false;
    table.element.open = open;
    parts = { drawing, table, focus: focusNodes(drawing.nodes, onFocusUnit) };
    drawing.place(diagramLayout(shape, width));
    picture.replaceChildren(drawing.svg);
    tableSlot.replaceChildren(table.element);
    if (last) update(last);
  }

  function update(values) {
    last = values;
    const layout = parts.drawing.layout();
    parts.drawing.paint(diagramTexts(shape, values, layout.lines * layout.columns), values.parameters);
    parts.table.update(values);
  }

  // Laid out for its own width, so its text keeps its size on a phone and in a wide column.
  const resize = new ResizeObserver(([entry]) => {
    const next = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(entry.contentRect.width)));
    if (!entry.contentRect.width || next === width) return;
    width = next;
    parts.drawing.place(diagramLayout(shape, width));
    if (last) update(last);
  });
  resize.observe(picture);
  build();

  return {
    element,
    update,
    /** A new number of hidden units or activation: the diagram rebuilds itself in the same element. */
    setShape({ hidden = shape.hidden, activation = shape.activation } = {}) {
      if (hidden === shape.hidden && activation === shape.activation) return;
      Object.assign(shape, { hidden, activation });
      parts.focus.destroy();
      build();
    },
    destroy() {
      resize.disconnect();
      parts.focus.destroy();
      parts.table.destroy();
      element.remove();
    },
  };
}

/**
 * The nodes as one Tab stop (a roving tabindex): arrows move within a layer (up, down) and between
 * layers (left, right), Home and End to the first and last. A hidden unit focused (or hovered with a
 * mouse) is reported to onFocusUnit(j); leaving it, null.
 */
function focusNodes(nodes, onFocusUnit) {
  const layers = ['input', 'unit', 'output']
    .map((kind) => nodes.filter((n) => n.dataset.kind === kind))
    .filter((l) => l.length);
  let current = nodes[0];
  let focused = null;
  let hovered = null;
  let reported = null;
  current.setAttribute('tabindex', '0');

  const report = () => {
    const node = hovered ?? focused;
    const unit = node?.dataset.kind === 'unit' ? Number(node.dataset.index) : null;
    if (unit !== reported) onFocusUnit?.((reported = unit));
  };
  const move = (node) => {
    current.setAttribute('tabindex', '-1');
    node.setAttribute('tabindex', '0');
    current = node;
    node.focus();
  };
  const target = (from, key) => {
    const l = layers.findIndex((layer) => layer.includes(from));
    const k = layers[l].indexOf(from);
    if (key === 'ArrowUp') return layers[l][Math.max(0, k - 1)];
    if (key === 'ArrowDown') return layers[l][Math.min(layers[l].length - 1, k + 1)];
    if (key === 'Home') return nodes[0];
    if (key === 'End') return nodes.at(-1);
    const next = layers[l + (key === 'ArrowRight' ? 1 : -1)];
    if (!next) return from;
    // The node at the same share of the way down in the next layer (a layer of one sits halfway).
    const share = layers[l].length === 1 ? 0.5 : k / (layers[l].length - 1);
    return next[Math.round(share * (next.length - 1))];
  };
  const handlers = {
    keydown(event) {
      if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
      event.preventDefault();
      move(target(event.currentTarget, event.key));
    },
    focus(event) {
      if (current !== event.currentTarget) move(event.currentTarget); // a click or a tap focuses it too
      focused = event.currentTarget;
      report();
    },
    blur(event) {
      if (nodes.includes(event.relatedTarget)) return; // focus moves within: its focus event reports
      focused = null;
      report();
    },
    pointerenter(event) {
      if (event.pointerType === 'touch') return; // a tap focuses the unit instead, and it stays
      hovered = event.currentTarget;
      report();
    },
    pointerleave() {
      hovered = null;
      report();
    },
  };
  for (const n of nodes) for (const [type, handler] of Object.entries(handlers)) n.addEventListener(type, handler);
  return {
    destroy() {
      for (const n of nodes)
        for (const [type, handler] of Object.entries(handlers)) n.removeEventListener(type, handler);
      if (reported !== null) onFocusUnit?.((reported = null));
    },
  };
}
