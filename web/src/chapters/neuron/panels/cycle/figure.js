// The post's training cycle as a figure: four stages round a loop (predict → measure the loss →
// backpropagate → update → repeat), the one being walked lit. A list in reading order; the grid
// places it as a ring and draws the arrows (aria-hidden: the list's order says it).
import { el } from '../../../../core/dom.js';
import { STAGES } from './stages.js';

const ARROWS = [
  { place: 'a12', glyph: '→' },
  { place: 'a23', glyph: '↓' },
  { place: 'a34', glyph: '←' },
  { place: 'a41', glyph: '↑' },
];

/** createCycleFigure() -> { element, show(stage) } (0: none lit). */
export function createCycleFigure() {
  const items = STAGES.map(({ stage, name, short }) =>
    el(
      'li',
      { class: `cycle-stage s${stage}`, 'data-stage': String(stage) },
      el('span', { class: 'cycle-stage-number', 'aria-hidden': 'true', text: String(stage) }),
      el('span', { class: 'cycle-stage-name', text: name }),
      el('span', { class: 'cycle-stage-short', text: short }),
    ),
  );
  const arrows = ARROWS.map(({ place, glyph }) => el('span', { class: `cycle-arrow ${place}`, text: glyph }));
  const element = el(
    'figure',
    { class: 'cycle-figure' },
    el('ol', { class: 'cycle-ring', 'aria-label': 'One training cycle, repeated every epoch' }, items),
    el(
      'div',
      { class: 'cycle-arrows', 'aria-hidden': 'true' },
      arrows,
      el('span', { class: 'cycle-repeat', text: 'repeat' }),
    ),
  );
  return {
    element,
    show(stage) {
      items.forEach((item, k) => {
        const lit = k + 1 === stage;
        if (item.hasAttribute('aria-current') !== lit) {
          if (lit) item.setAttribute('aria-current', 'step');
          else item.removeAttribute('aria-current');
        }
      });
    },
  };
}
