// The explorable's skeleton: one <section> per shown panel, placed by its descriptor's `column`
// ('main' and 'side' side by side on a wide screen, 'wide' below them), plus the message line above
// and the screen-reader status line below. No behaviour here: panels fill their own slots.
import { el, srOnly, uniqueId } from './dom.js';

function section(panel, order) {
  const id = uniqueId(panel.name);
  const slot = el('div', { class: `${panel.name}-slot` });
  const node = el(
    'section',
    { class: `panel ${panel.name}`, 'aria-labelledby': id, style: `--order: ${order}` },
    el('h2', { id, text: panel.title }),
    panel.lede ? el('p', { class: 'panel-lede', text: panel.lede }) : null,
    slot,
  );
  return { node, slot };
}

/**
 * Build the sections of `panels` (descriptors, in reading order) into `root`. Returns
 * { slots: name -> element, error, status }: `error` shows messages that have no panel on screen.
 */
export function buildLayout(root, panels) {
  const slots = {};
  const columns = { main: el('div', { class: 'column' }), side: el('div', { class: 'column' }) };
  const wide = [];
  panels.forEach((panel, order) => {
    const { node, slot } = section(panel, order + 1);
    slots[panel.name] = slot;
    if (panel.column === 'wide') wide.push(node);
    else columns[panel.column].append(node);
  });
  const error = el('p', { class: 'engine-error', role: 'alert', hidden: true });
  const status = srOnly('p', { 'aria-live': 'polite' });
  const workspace = el('div', { class: 'workspace' }, columns.main, columns.side);
  root.append(error, workspace, ...wide, status);
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
