// The network diagram (the post's "layers" figure): inputs -> hidden units -> output, left to right;
// an edge per weight (width by |weight|, colour by sign), every bias on its unit, the output's too, and
// the live values of one chosen point's pass. Each node is focusable (one Tab stop, arrow keys move);
// every weight and bias is also a labelled field in a table under the picture. Framework-free and
// model-free: chapter 2 draws its network with it, chapter 1 its single neuron (one input, no hidden
// layer). Its styles are network-diagram.css (the caller adds them; this module imports no CSS).
import { el } from './dom.js';
import { diagramLayout, MAX_WIDTH, MIN_WIDTH } from './network-diagram-layout.js';
import { focusNodes } from './network-diagram-focus.js';
import { createDiagramSvg } from './network-diagram-svg.js';
import { createParameterTable } from './network-diagram-table.js';
import { diagramName, diagramTexts, entryText, parameterValue } from './network-diagram-text.js';

const DEFAULT_WIDTH = 560; // until the diagram is in the page and has a width of its own

// The figure: its caption, the picture, the legend and the table's place.
function frame(title) {
  const picture = el('div', { class: 'nd-picture' });
  const legend = el('p', { class: 'nd-legend' });
  const tableSlot = el('div', { class: 'nd-table-slot' });
  const caption = title ? el('figcaption', { class: 'nd-caption', text: title }) : null;
  const element = el('figure', { class: 'network-diagram' }, caption, picture, legend, tableSlot);
  return { element, picture, legend, tableSlot };
}

// What the colours, the lines and the letters mean, for this shape (no "h" without hidden units).
function legendOf({ hidden }) {
  const swatch = (sign) => el('span', { class: `nd-swatch ${sign}`, 'aria-hidden': 'true' });
  return [
    swatch('positive'),
    ' positive ',
    swatch('negative'),
    ' negative weight or bias (■ on a box: its bias); the thicker the line, the larger |weight|. ',
    'b bias. For the chosen point: z the weighted sum, ',
    hidden ? 'h the unit’s output, ' : '',
    'y the label, loss its loss, δ the error sent back.',
  ];
}

/**
 * createNetworkDiagram(options) -> { element, update(values), setShape(shape), destroy() }.
 *
 * options (all optional):
 *   inputs: the inputs' labels, ['x1', 'x2'] (chapter 1: ['hours']); hidden: 0..16 units (4);
 *   activation: 'sigmoid' | 'linear' | 'tanh' | 'relu' (named and drawn on the units); outputLabel: 'p'
 *   (chapter 1: 'ŷ'); title: a caption, also the svg's name; editable: true (the table's fields, else text);
 *   maxAbs: the bound a typed value must keep (1e6, the engine's starting-weight limit);
 *   onEdit({ name: 'W1'|'b1'|'W2'|'b2', index, value }): a valid value typed (Enter or leaving the field);
 *     return a message (or throw) to show it under the table, naming the field, the reader's text kept;
 *   onFocusUnit(unit | null): a hidden unit's 0-based index while it is focused or hovered, null after.
 *
 * update({ parameters, gradients?, pass? }), cheap enough for every frame (text and attributes in place):
 *   parameters: NetworkParameters (W1[i * hidden + j] from input i to unit j; W2 is hidden long, or one per
 *     input when hidden is 0; b2 a number); gradients: NetworkGradients, the same shape (shown in the table
 *     and the names); pass: a PointPass (x1, x2, z1, h, z2, probability, label, lossTerm, error, sentBack),
 *     or for another number of inputs { inputs: [x...], z2, probability, label?, lossTerm?, error }
 *     (chapter 1's example: z, probability, label, lossTerm, error). With a label and a loss term the
 *     output's box shows y and loss too. back (only drawn without hidden units, where there is room):
 *     the pass's parts of the gradients, shaped like parameters ({ W2: [one per input], b2 }), written
 *     under the edges as flowing back (chapter 1: the example's weightPart and biasPart).
 * setShape({ hidden, activation }): rebuilds inside the same element (the table's open state kept); call
 *   update() with the new shape's values next.
 * destroy(): removes the element and its observers.
 */
export function createNetworkDiagram(options = {}) {
  const { title, editable = true, maxAbs = 1e6, onEdit, onFocusUnit } = options;
  const shape = {
    inputs: options.inputs ?? ['x1', 'x2'],
    hidden: options.hidden ?? 4,
    activation: options.activation ?? 'sigmoid',
    outputLabel: options.outputLabel ?? 'p',
  };
  const { element, picture, legend, tableSlot } = frame(title);
  let parts = null; // { drawing, table, focus }
  let last = null;
  let width = DEFAULT_WIDTH;

  function build() {
    parts?.table.destroy();
    const drawing = createDiagramSvg(shape);
    drawing.svg.setAttribute('aria-label', diagramName(shape, title));
    const table = createParameterTable(shape, { editable, maxAbs, onEdit });
    table.element.open = parts?.table.element.open ?? false;
    parts = { drawing, table, focus: focusNodes(drawing.nodes, onFocusUnit) };
    drawing.place(diagramLayout(shape, width));
    picture.replaceChildren(drawing.svg);
    legend.replaceChildren(...legendOf(shape));
    tableSlot.replaceChildren(table.element);
  }

  listenToEdges(
    picture,
    () => parts.table,
    () => last,
  );

  function update(values) {
    last = values;
    let layout = parts.drawing.layout();
    const texts = diagramTexts(shape, values, layout.lines * layout.columns);
    if (Math.max(4, texts.output.items.length) !== layout.outputLines) {
      layout = diagramLayout(shape, width, texts.output.items.length); // the output's box grows for y and loss
      parts.drawing.place(layout);
    }
    parts.drawing.paint(texts, values.parameters, values.back);
    parts.table.update(values);
  }

  // Laid out for its own width, so its text keeps its size on a phone and in a wide column.
  const resize = new ResizeObserver(([entry]) => {
    const next = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(entry.contentRect.width)));
    if (!entry.contentRect.width || next === width) return;
    width = next;
    parts.drawing.place(diagramLayout(shape, width, parts.drawing.layout().outputLines));
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
      last = null; // the old shape's values do not fit the new one
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

// A mouse on an edge: its tooltip names the weight with its value; a click opens its field.
function listenToEdges(picture, table, values) {
  const edgeOf = (event) => {
    const hit = event.target.closest?.('.nd-hit');
    return hit && { hit, name: hit.dataset.name, index: Number(hit.dataset.index) };
  };
  picture.addEventListener('pointerover', (event) => {
    const edge = edgeOf(event);
    if (!edge) return;
    const value = values() ? entryText(parameterValue(values().parameters, edge.name, edge.index)) : '';
    edge.hit.firstChild.textContent = `${table().labelOf(edge.name, edge.index)}: ${value}`;
  });
  picture.addEventListener('click', (event) => {
    const edge = edgeOf(event);
    if (edge) table().focusEntry(edge.name, edge.index);
  });
}
