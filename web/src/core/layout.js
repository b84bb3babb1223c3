// The explorable's skeleton: one <section> per shown panel, in reading order, on one grid, plus the
// message line above and the screen-reader status line below. On a wide explorable (styles.css, by
// the element's own width) a 'main' panel and the 'side' panel after it share a row, left and right;
// any other panel ('wide', or one without a partner) takes the whole row. The sections stay in
// reading order in the DOM in every layout, so Tab and screen readers follow what the eye sees.
// No behaviour here: panels fill their own slots.
import { el, srOnly, uniqueId } from './dom.js';

function section(panel, place) {
  const id = uniqueId(panel.name);
  const slot = el('div', { class: `${panel.name}-slot` });
  const node = el(
    'section',
    { class: `panel ${panel.name}`, 'aria-labelledby': id, 'data-place': place },
    el('h2', { id, text: panel.title }),
    panel.lede ? el('p', { class: 'panel-lede', text: panel.lede }) : null,
    slot,
  );
  return { node, slot };
}

/** Each panel's place on a wide grid: 'left' and 'right' for a main panel and the side panel after it. */
function places(panels) {
  return panels.map((panel, i) => {
    if (panel.column === 'main' && panels[i + 1]?.column === 'side') return 'left';
    if (panel.column === 'side' && panels[i - 1]?.column === 'main') return 'right';
    return 'row';
  });
}

/**
 * Build the sections of `panels` (descriptors, in reading order) into `root`. Returns
 * { slots: name -> element, error, status }: `error` shows messages that have no panel on screen.
 */
export function buildLayout(root, panels) {
  const slots = {};
  const where = places(panels);
  const sections = panels.map((panel, i) => {
    const { node, slot } = section(panel, where[i]);
    slots[panel.name] = slot;
    return node;
  });
  const error = el('p', { class: 'engine-error', role: 'alert', hidden: true });
  const status = srOnly('p', { 'aria-live': 'polite' });
  root.append(error, el('div', { class: 'workspace' }, sections), status);
  return { slots, error, status };
}

/** A chart's <figure>: its canvas (an image with a label) and a caption that is its text alternative. */
export function chartFigure(className, label) {
  const captionId = uniqueId(`${className}-caption`);
  const canvas = el('canvas', { role: 'img', 'aria-label': label, 'aria-describedby': captionId });
  const caption = el('figcaption', { id: captionId, class: 'chart-summary' });
  const figure = el('figure', { class: `chart ${className}` }, el('div', { class: 'chart-box' }, canvas), caption);
  return { figure, canvas, caption };
}
