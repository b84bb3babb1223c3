// The three lessons of the post, one click each: one neuron on the ring (a straight line, stuck), four
// hidden units with no bend (the same line: the layer collapses, shown with its live numbers), four
// units that bend (the ring solved); and "how many units does the ring need?". Each sets the fields
// through the run controller (the reference run plus its own change) and plays; the outcome is what
// the other panels show, and the collapsed line below.
import { button, el, setText } from '../../../core/dom.js';
import { createCollapse } from './collapse.js';

// The post's own sentences (blog-post-neural-network-basics.txt), quoted exactly.
const LESSONS = [
  {
    name: 'one-neuron',
    title: 'One neuron',
    changes: { hidden: 0, activation: 'sigmoid' },
    quote: 'Picture trying to separate dots arranged in a ring from dots in the middle. No straight line can do it.',
    expect: 'A straight line: stuck near 62%.',
  },
  {
    name: 'no-bend',
    title: 'Four units, no bend',
    changes: { hidden: 4, activation: 'linear' },
    quote:
      'Here’s the catch that matters later: stacking straight lines on top of each other still gives you a straight line.',
    expect: 'The same line, the same loss as one neuron.',
  },
  {
    name: 'bend',
    title: 'Four units that bend',
    changes: { hidden: 4, activation: 'sigmoid' },
    quote:
      'The activation function lets the network bend those lines into curves, which is how it learns anything more complex than a straight split.',
    expect: 'The ring solved: 100%.',
  },
];

const UNITS = [
  [1, '1 unit', 'one bend: a single curve'],
  [2, '2 units', 'almost'],
  [3, '3 units', 'a triangle'],
];

/** The reference run with `changes`: played from epoch 0 (again, if it is the run already shown). */
function start({ run, fields }, changes) {
  const next = { ...fields.defaults, ...changes };
  const current = run.state();
  if (fields.names.every((name) => fields.same(name, current[name], next[name]))) {
    run.reset();
    run.play();
    return;
  }
  run.commit(next);
}

function lessonCard(context, lesson, number) {
  const go = button(`${number} · ${lesson.title}`, {
    primary: number === 1,
    label: `Lesson ${number}: ${lesson.title}. Sets the run and plays it`,
    onClick: () => start(context, lesson.changes),
  });
  return el(
    'li',
    { class: 'lesson', dataset: { lesson: lesson.name } },
    go,
    el('blockquote', { class: 'lesson-quote' }, el('p', { text: `“${lesson.quote}”` })),
    el('p', { class: 'lesson-expect', text: lesson.expect }),
  );
}

export const lessonsPanel = {
  name: 'lessons',
  title: 'Three lessons',
  lede: 'Each button sets up the post’s ring and trains. Watch the map, the loss and the accuracy.',
  column: 'wide',
  reads: ['state', 'epoch', 'line', 'evaluation', 'accuracy'],
  cadence: 'slow',
  create(slot, context) {
    const collapse = createCollapse(context);
    const now = el('p', { class: 'lesson-now', 'aria-live': 'off' });
    slot.append(
      el(
        'ol',
        { class: 'lesson-list' },
        LESSONS.map((lesson, i) => lessonCard(context, lesson, i + 1)),
      ),
      el(
        'div',
        { class: 'units-question' },
        el('h3', { text: 'How many units does the ring need?' }),
        el(
          'div',
          { class: 'button-row', role: 'group', 'aria-label': 'Hidden units for the ring' },
          UNITS.map(([hidden, text, what]) =>
            button(text, {
              small: true,
              label: `${text} (sigmoid): ${what}`,
              onClick: () => start(context, { hidden, activation: 'sigmoid' }),
            }),
          ),
        ),
      ),
      now,
      collapse.element,
    );
    return {
      update(view) {
        const { state } = view;
        const units =
          state.hidden === 0 ? 'one neuron (no hidden layer)' : `${state.hidden} ${state.activation} hidden units`;
        setText(now, `Now: ${units} on the ${state.data ? 'placed points' : state.dataset}.`);
        collapse.update(view);
      },
      newRun: () => collapse.newRun(),
      destroy: () => collapse.destroy(),
    };
  },
};
