// The five principles panel: for one chosen example (the chapter starts at 4 hours), the chain input ->
// z = w·x + b -> σ(z) -> its loss term -> its share of the gradient -> the update, with the current
// weight and bias plugged in. Every number is the engine's (the view's exampleTerms and evaluation);
// this panel only writes them. Its MathML is slow to lay out (tens of ms on a cold page), so it is
// built once the page is idle, and the latest update before then is kept for it.
import { el, uniqueId, whenIdle } from '../../../../core/dom.js';
import { PRINCIPLES, POST_NOTE, values } from './formulas.js';
import { renderPrinciples } from './render.js';
import styles from './principles.css?inline';

const PICKER_ROWS = 200; // the example picker offers the first rows only
// The principles each stage of the training cycle (panels/cycle/, view.stage) is about: lit meanwhile.
const LIT_BY_STAGE = { 1: [1, 2, 3], 2: [4], 3: [5], 4: [5] };

/** The picker, the principles and the note in `slot`; returns { update(view) }. */
function buildPrinciples(slot, context) {
  const pickerId = uniqueId('example');
  const picker = el('select', {
    id: pickerId,
    onchange: () => context.select('example', Number(picker.value)),
  });
  const principles = renderPrinciples(PRINCIPLES);
  slot.append(
    el('style', { text: styles }),
    el(
      'div',
      { class: 'example-picker' },
      el('label', { for: pickerId, text: 'Follow the example' }),
      picker,
      el('button', {
        type: 'button',
        class: 'button small',
        text: "Post's worked example",
        'aria-label': "Post's worked example: 4 hours with weight 0.5 and bias 0.1, at epoch 0",
        onclick: () => context.action('workedExample'),
      }),
    ),
    principles.node,
    el('p', { class: 'note', text: POST_NOTE }),
  );

  let optionsKey = '';
  function setOptions(hours, labels, chosen) {
    // Only the rows offered, and the count: a key over all of a 1,000,000-row data set took 44-160 ms.
    const offered = (list) => list.slice(0, PICKER_ROWS).join(',');
    const key = `${hours.length}|${offered(hours)}|${offered(labels)}`;
    if (key !== optionsKey) {
      optionsKey = key;
      picker.replaceChildren(
        ...hours
          .slice(0, PICKER_ROWS)
          .map((x, i) =>
            el('option', { value: String(i), text: `Row ${i + 1}: ${x} h, ${labels[i] === 1 ? 'pass' : 'fail'}` }),
          ),
      );
    }
    const value = String(chosen);
    if (picker.value !== value) picker.value = value;
  }

  return {
    /** { state, example, numbers }, read from one frame's view. */
    update({ state, example, numbers, stage }) {
      setOptions(state.hours, state.labels, example);
      principles.update(numbers);
      const lit = LIT_BY_STAGE[stage] ?? [];
      [...principles.node.children].forEach((item, k) => item.classList.toggle('lit', lit.includes(k + 1)));
    },
  };
}

/** The panel (descriptor: ../later.js). */
export function create(slot, context) {
  let principles = null;
  let latest = null;
  const cancel = whenIdle(() => {
    principles = buildPrinciples(slot, context);
    if (latest) principles.update(latest);
    latest = null;
  });
  return {
    update(view) {
      // Read now: the view's numbers come from this frame's trainer, which a later frame may replace.
      const shown = { state: view.state, example: view.example, numbers: values(view), stage: view.stage };
      if (principles) principles.update(shown);
      else latest = shown;
    },
    destroy() {
      cancel();
      slot.replaceChildren();
    },
  };
}
