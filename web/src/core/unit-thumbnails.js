// The hidden units' thumbnails: one small canvas per unit with its activation over the decision map's
// grid (viridis over the activation's range: sigmoid 0..1, tanh -1..1, relu 0..its highest, linear its
// lowest..highest), an image of columns x rows scaled by CSS, a caption ("unit 1") and a text
// alternative. Each is a button: hovering or focusing it shows that unit on the map (onFocusUnit(j));
// pressing it keeps it shown until pressed again (for touch), leaving it shows none (null).
import { el, setText, srOnly, uniqueId } from './dom.js';
import { activationRange, activationTable, fillPixels, unitMiddle } from './decision-map-colour.js';
import { regionFacts } from './decision-map-contour.js';
import { unitSummary } from './decision-map-text.js';

const SUMMARY_EVERY = 300; // ms between rewrites of the text alternatives while training
const TABLE = activationTable();

/** options: { onFocusUnit(j | null), label (the group's name) }. */
export function createUnitThumbnails(options = {}) {
  const list = el('ul', { class: 'unit-thumbnails-list' });
  const empty = el('p', {
    class: 'unit-thumbnails-empty',
    text: 'No hidden units: the output reads x1 and x2 directly.',
    hidden: true,
  });
  const element = el(
    'div',
    { class: 'unit-thumbnails', role: 'group', 'aria-label': options.label ?? 'Hidden units' },
    empty,
    list,
  );
  let units = []; // { button, canvas, image, text }
  let pinned = null;
  let shown = null;
  let latest = null;
  let summaryAt = -Infinity;
  let summaryTimer = 0;

  function show(j) {
    if (j === shown) return;
    shown = j;
    options.onFocusUnit?.(j);
  }

  function pin(j) {
    pinned = pinned === j ? null : j;
    units.forEach((unit, k) => unit.button.setAttribute('aria-pressed', String(k === pinned)));
    show(pinned ?? j);
  }

  function build(hidden) {
    const handlers = { show, pin, pinned: () => pinned };
    units = Array.from({ length: hidden }, (_, j) => {
      const unit = thumbnail(j, handlers);
      list.append(unit.item);
      return unit;
    });
  }

  function writeSummaries() {
    summaryTimer = 0;
    summaryAt = performance.now();
    describeUnits(units, latest);
  }

  return {
    element,
    /** { map (NetworkMap), hidden (units), activation, grid (optional: the MapGrid, for directions) }. */
    update(values) {
      const { map, hidden, activation = 'sigmoid' } = values;
      latest = { ...values, activation };
      if (hidden !== units.length) {
        list.replaceChildren();
        if (pinned !== null && pinned >= hidden) pin(pinned);
        build(hidden);
      }
      empty.hidden = hidden > 0;
      units.forEach((unit, j) => paintUnit(unit, j, map, activation));
      if (!summaryTimer) {
        summaryTimer = setTimeout(writeSummaries, Math.max(0, summaryAt + SUMMARY_EVERY - performance.now()));
      }
    },
    destroy() {
      clearTimeout(summaryTimer);
      element.remove();
    },
  };
}

// The lowest and highest of values[offset .. offset + count).
function rangeOf(values, offset, count) {
  let low = Infinity;
  let high = -Infinity;
  for (let i = offset; i < offset + count; i += 1) {
    low = Math.min(low, values[i]);
    high = Math.max(high, values[i]);
  }
  return [low, high];
}

// Unit j's button (its canvas and caption) and its text alternative, in a list item.
function thumbnail(j, { show, pin, pinned }) {
  const textId = uniqueId('unit-summary');
  const canvas = el('canvas', { 'aria-hidden': 'true', width: 2, height: 2 });
  const button = el(
    'button',
    {
      type: 'button',
      class: 'unit-thumbnail',
      'aria-pressed': 'false',
      'aria-describedby': textId,
      onclick: () => pin(j),
      onpointerenter: () => show(j),
      onpointerleave: () => show(pinned()),
      onfocus: () => show(j),
      onblur: () => show(pinned()),
    },
    canvas,
    el('span', { class: 'unit-thumbnail-caption', text: `unit ${j + 1}` }),
  );
  const text = srOnly('span', { id: textId });
  return { item: el('li', {}, button, text), button, canvas, image: null, text };
}

// Unit j's activation into its canvas: an image of columns x rows, scaled by CSS.
function paintUnit(unit, j, map, activation) {
  const { canvas } = unit;
  const { columns, rows } = map;
  if (canvas.width !== columns || canvas.height !== rows || !unit.image) {
    [canvas.width, canvas.height] = [columns, rows];
    unit.image = canvas.getContext('2d').createImageData(columns, rows);
  }
  const offset = j * columns * rows;
  const [low, high] = activationRange(activation, map.units, offset, columns * rows);
  fillPixels(unit.image.data, map.units, { offset, columns, rows, low, high, table: TABLE });
  canvas.getContext('2d').putImageData(unit.image, 0, 0);
}

// Each unit's text alternative from the latest values ({ map, activation, grid? }).
function describeUnits(units, { map, activation, grid }) {
  const { columns, rows } = map;
  const plane = grid ?? { x1Min: 0, x1Max: 1, x2Min: 0, x2Max: 1, columns, rows };
  units.forEach((unit, j) => {
    const offset = j * columns * rows;
    const [low, high] = rangeOf(map.units, offset, columns * rows);
    const middle = unitMiddle(activation);
    const facts = regionFacts(map.units, plane, [], middle, offset);
    setText(unit.text, unitSummary({ unit: j, activation, low, high, middle, facts, grid: plane }));
  });
}
