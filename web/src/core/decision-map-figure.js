// The decision map's DOM: the label toggle for new points (a real radio group) and the "Remove point"
// button, the square plot (the colours' canvas under the focusable overlay canvas, the square reserved
// by CSS aspect-ratio so nothing shifts), the colour legend, the text alternative as a caption, a line
// of help and a polite live region. decision-map.js fills them in; nothing here reads a run.
import { el, setText, srOnly, uniqueId } from './dom.js';
import { KEY_HELP } from './decision-map-keys.js';

function labelToggle(name, onLabel) {
  const choice = (value, text, glyph) =>
    el(
      'label',
      { class: `decision-map-choice ${value === 1 ? 'is-pass' : 'is-fail'}` },
      el('input', { type: 'radio', name, value, checked: value === 1, onchange: () => onLabel(value) }),
      el('span', { class: 'decision-map-glyph', 'aria-hidden': 'true', text: glyph }),
      el('span', { text }),
    );
  return el(
    'fieldset',
    { class: 'decision-map-labels' },
    el('legend', { text: 'New points:' }),
    choice(1, 'pass (1)', '●'),
    choice(0, 'fail (0)', '■'),
  );
}

/**
 * The figure for a map named `label`; `editable` adds the toggle, the button and the help. Returns
 * { element, heat, contours, overlay, plot, summary, removeButton, radios, showLegend(legend), announce(text) }.
 */
export function createMapFigure({ label, editable, onLabel, onRemove }) {
  const summaryId = uniqueId('decision-map-summary');
  const helpId = uniqueId('decision-map-help');
  const heat = el('canvas', { class: 'decision-map-heat', 'aria-hidden': 'true', width: 2, height: 2 });
  const contours = el('canvas', { class: 'decision-map-contours', 'aria-hidden': 'true', width: 2, height: 2 });
  const overlay = el('canvas', {
    class: 'decision-map-overlay',
    tabindex: editable ? 0 : undefined,
    role: editable ? 'application' : 'img',
    'aria-roledescription': 'decision map',
    'aria-label': label,
    'aria-describedby': editable ? `${summaryId} ${helpId}` : summaryId,
  });
  const plot = el('div', { class: 'decision-map-plot' }, heat, contours, overlay);
  const legendBar = el('div', { class: 'decision-map-legend-bar' });
  const legendTicks = el('div', { class: 'decision-map-legend-ticks' });
  const legendTitle = el('span', { class: 'decision-map-legend-title', text: 'probability of label 1' });
  const legend = el(
    'div',
    { class: 'decision-map-legend', 'aria-hidden': 'true' },
    legendTitle,
    el('div', { class: 'decision-map-legend-scale' }, legendBar, legendTicks),
  );
  const summary = el('figcaption', { id: summaryId, class: 'chart-summary decision-map-summary' });
  const status = srOnly('p', { role: 'status', 'aria-live': 'polite' });
  const removeButton = el('button', {
    type: 'button',
    class: 'button small decision-map-remove',
    text: 'Remove point',
    disabled: true,
    onclick: onRemove,
  });
  const toggle = editable ? labelToggle(uniqueId('decision-map-label'), onLabel) : null;
  const tools = editable ? el('div', { class: 'decision-map-tools' }, toggle, removeButton) : null;
  const help = editable
    ? el('p', {
        id: helpId,
        class: 'decision-map-help',
        text: `Click or tap to add a point, drag one to move it, right-click or long-press it to remove it. ${KEY_HELP}`,
      })
    : null;
  const element = el('figure', { class: 'decision-map' }, tools, plot, legend, summary, help, status);
  return {
    element,
    heat,
    contours,
    overlay,
    plot,
    summary,
    removeButton,
    radios: toggle ? [...toggle.querySelectorAll('input')] : [],
    /** The legend for decision-map-layer.js's { title, gradient, ticks, low, high }. */
    showLegend({ title, gradient, ticks, low, high }) {
      setText(legendTitle, title);
      legendBar.style.background = gradient;
      legendTicks.replaceChildren(
        ...ticks.map((value) => {
          const tick = el('span', { text: String(Number(value.toPrecision(2))).replace('-', '−') });
          tick.style.left = `${((100 * (value - low)) / (high - low)).toFixed(2)}%`;
          return tick;
        }),
      );
    },
    announce(text) {
      // The same words twice would not be read again: a zero-width change makes them new.
      status.textContent = status.textContent === text ? `${text}\u200b` : text;
    },
  };
}
