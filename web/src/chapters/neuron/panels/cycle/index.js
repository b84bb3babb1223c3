// The training cycle panel: the post's "one full training cycle" (predict → measure the loss →
// backpropagate → update → repeat) as a figure, and a "Next stage" button (N while the panel has
// focus) that walks one epoch in those four stages, with the engine's numbers for every example. The
// walk's numbers are a snapshot of the view when it begins (view.examples, view.evaluation); the
// fourth stage trains one epoch through the run controller, so the epoch counter advances and w, b
// become the engine's step(), bit for bit. The stage goes to the view (context.select('stage', n)),
// where the neuron figure and the principles light their matching part.
import { el, setText } from '../../../../core/dom.js';
import { createCycleFigure } from './figure.js';
import { directionAnswer, four, STAGES, stageText } from './stages.js';
import { createCycleTable } from './table.js';
import styles from './cycle.css?inline';

// The question before the update: two buttons and the answer.
function createQuestion(onGuess) {
  const answer = el('p', { class: 'cycle-answer', 'aria-live': 'polite' });
  const guess = (direction, text) =>
    el('button', { type: 'button', class: 'button small', text, onclick: () => onGuess(direction) });
  const element = el(
    'div',
    { class: 'cycle-question', hidden: true },
    el('p', { class: 'cycle-ask', text: 'Before the update: will w go up or down?' }),
    el('div', { class: 'cycle-guesses' }, guess('up', 'Up ↑'), guess('down', 'Down ↓')),
    answer,
  );
  return { element, answer };
}

// The panel's parts: the cycle figure, the button, what the stage says, the question, the table.
function buildParts(onNext, onGuess) {
  const figure = createCycleFigure();
  const table = createCycleTable();
  const said = el('p', { class: 'cycle-said', 'aria-live': 'polite' });
  const result = el('p', { class: 'cycle-result', hidden: true });
  const question = createQuestion(onGuess);
  const next = el('button', {
    type: 'button',
    class: 'button primary cycle-next',
    'aria-keyshortcuts': 'N',
    text: 'Next stage: predict',
    onclick: onNext,
  });
  const root = el(
    'div',
    { class: 'cycle-panel', 'data-stage': '0' },
    figure.element,
    el('div', { class: 'cycle-controls' }, next, el('span', { class: 'cycle-key note', text: 'or press N here' })),
    said,
    question.element,
    result,
    table.element,
    el('p', {
      class: 'cycle-narrow-note note',
      text: 'On a narrow screen the table shows the columns of the stage you are at.',
    }),
  );
  return { root, figure, table, said, result, question, next };
}

// After the update: the weight and bias now, which are what the engine's step() gave (exact in data-).
function showResult(result, { weight, bias, epoch }) {
  setText(
    result,
    `Epoch ${epoch} done: w is now ${four(weight)} and b ${four(bias)}, the engine's step. ` +
      'Press Next stage to repeat the cycle from the new weights.',
  );
  result.dataset.weight = String(weight);
  result.dataset.bias = String(bias);
}

// N (or n) with no modifier, not typed into a field: the "Next stage" key while the panel has focus.
const isNextKey = (event) =>
  (event.key === 'n' || event.key === 'N') &&
  !(event.ctrlKey || event.metaKey || event.altKey) &&
  !event.target.closest?.('input, select, textarea');

/** The panel (descriptor: ../later.js). */
export function create(slot, context) {
  const { run } = context;
  let stage = 0;
  let snapshot = null; // the numbers of the epoch being walked, from the view when it began
  let wanted = false; // a snapshot is to be taken from the next view (a walk begins)
  const { root, figure, table, said, result, question, next } = buildParts(
    () => advance(),
    (guess) => setText(question.answer, directionAnswer(guess, snapshot).text),
  );
  slot.append(el('style', { text: styles }), root);
  slot.addEventListener('keydown', onKey);

  function onKey(event) {
    if (!isNextKey(event)) return;
    event.preventDefault();
    advance();
  }

  // Tell the view (for the figure and the principles): after the current callbacks, never inside one.
  const publish = () => queueMicrotask(() => context.select('stage', stage));

  function advance() {
    run.pause();
    if (stage === 3) {
      stage = 4;
      run.trainBy(1); // the engine's step(), through the run controller: the epoch counter advances
    } else {
      stage = stage === 4 ? 1 : stage + 1;
      if (stage === 1) wanted = true;
    }
    publish(); // its frame draws the stage (and takes the snapshot)
  }

  // Back to no stage: the run moved on without the walk (Play, Step, Reset, a new setting).
  function forget() {
    if (stage === 0 && !snapshot) return;
    stage = 0;
    snapshot = null;
    publish();
  }

  function take(view) {
    const { epoch, weight, bias, evaluation, examples, state, trainer } = view;
    snapshot = { epoch, weight, bias, evaluation, examples, trainer, lr: state.lr, n: state.hours.length };
    wanted = false;
  }

  // The walk is about this run at this epoch (the update's stage: one epoch later).
  const current = (view) =>
    snapshot && view.trainer === snapshot.trainer && view.epoch === snapshot.epoch + (stage === 4 ? 1 : 0);

  function draw(view) {
    if (wanted) take(view);
    else if (snapshot && !current(view)) forget();
    if (root.dataset.stage !== String(stage)) root.dataset.stage = String(stage);
    figure.show(stage);
    table.show(snapshot, stage);
    setText(said, stageText(stage, snapshot));
    setText(next, stage === 4 ? 'Next stage: predict again' : `Next stage: ${STAGES[stage].name.toLowerCase()}`);
    // Focus on an answer button stays in the panel when the question goes (N keeps working).
    if (stage !== 3 && question.element.contains(root.getRootNode().activeElement)) next.focus();
    question.element.hidden = stage !== 3;
    if (stage !== 3) setText(question.answer, '');
    result.hidden = stage !== 4;
    if (stage === 4) showResult(result, view);
  }

  return {
    update: draw,
    newRun: forget,
    restart: forget,
    destroy() {
      slot.removeEventListener('keydown', onKey);
      slot.replaceChildren();
    },
  };
}
