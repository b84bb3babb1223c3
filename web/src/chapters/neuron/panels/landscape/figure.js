// The landscape's DOM: the focusable canvas, the loss legend (a colour bar and its ticks), the caption
// and the "Start from the seed" button. The panel (panel.js) fills them in; nothing here reads a run.
import { el, uniqueId } from '../../../../core/dom.js';
import { gradientCss } from './colormap.js';

/**
 * Append the figure and the seed button to `slot`; onSeed() runs on the button's click. The figure's
 * data-landscape starts "pending". Returns { figure, canvas, showLegend(ticks), hideLegend(), showCaption(text),
 * announce(text) }.
 */
export function createFigure(slot, onSeed) {
  const summaryId = uniqueId('landscape-summary');
  const canvas = el('canvas', {
    tabindex: 0,
    role: 'application',
    'aria-roledescription': 'loss landscape',
    'aria-label':
      'Loss landscape over weight and bias. Click, drag or use the arrow keys to move the starting weight and bias; ' +
      'the Initial weight and Initial bias fields in Settings set them too.',
    'aria-describedby': summaryId,
  });
  const summary = el('figcaption', { id: summaryId, class: 'chart-summary' });
  const ticks = el('div', { class: 'legend-ticks' });
  const bar = el('div', { class: 'legend-bar' });
  bar.style.background = gradientCss();
  const legend = el(
    'div',
    { class: 'landscape-legend', 'aria-hidden': 'true' },
    el('span', { class: 'legend-title', text: 'loss' }),
    el('div', { class: 'legend-scale' }, bar, ticks),
  );
  // Where an arrow key moved the start, for screen readers (the focus stays on the canvas).
  const moved = el('p', { class: 'sr-only', role: 'status' });
  const figure = el(
    'figure',
    { class: 'chart landscape-chart', dataset: { landscape: 'pending' } },
    el('div', { class: 'chart-box' }, canvas),
    legend,
    summary,
    moved,
  );
  const seedButton = el('button', {
    type: 'button',
    class: 'button small',
    text: 'Start from the seed',
    'aria-label': 'Start from the seed: the starting weight drawn from the seed, bias 0',
    onclick: onSeed,
  });
  slot.append(figure, el('div', { class: 'button-row' }, seedButton));

  return {
    figure,
    canvas,
    /** The legend with these ticks ({ text, at }: `at` from 0 to 1 along the bar). */
    showLegend(surfaceTicks) {
      legend.hidden = false;
      ticks.replaceChildren(
        ...surfaceTicks.map(({ text, at }) => {
          const tick = el('span', { text });
          tick.style.left = `${(100 * at).toFixed(2)}%`;
          return tick;
        }),
      );
    },
    /** No surface to explain. */
    hideLegend() {
      legend.hidden = true;
    },
    announce(text) {
      moved.textContent = text;
    },
    /** Skips an unchanged caption: this runs on every slow frame. */
    showCaption(text) {
      if (summary.textContent !== text) summary.textContent = text;
    },
  };
}
