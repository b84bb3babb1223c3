// What every chapter's training panel shares: the toolbar (play/pause, step, ×100, train to the
// target, reset, speed), a row of read-outs, and the loss per epoch on a Chart.js chart with a log
// scale on demand, its caption (the chart's text alternative) and an optional table under it; and
// createTrainingPanel, which puts them together for a chapter that names its read-outs.
import { createLossChart } from './loss-chart.js';
import { button, el, setText, uniqueId } from './dom.js';
import { count } from './format.js';
import { chartFigure } from './layout.js';
import { createLossTable } from './loss-table.js';

/** Seconds a whole run takes to play at each speed; 0 trains as fast as the engine can. */
const SPEEDS = Object.freeze([
  { name: 'slow', label: 'Slow', seconds: 10 },
  { name: 'normal', label: 'Normal', seconds: 2 },
  { name: 'fast', label: 'Fast', seconds: 0.5 },
  { name: 'instant', label: 'Instant', seconds: 0 },
]);

function setButton(node, text, glyph, label) {
  setText(node.querySelector('.button-text'), text);
  const icon = node.querySelector('.glyph');
  if (icon) setText(icon, glyph);
  node.setAttribute('aria-label', label);
}

/** The training buttons and the speed; update({ playing, epoch, target }) names them for the moment. */
function createToolbar(run) {
  const play = button('Play', { primary: true, glyph: '▶', onClick: () => run.toggle() });
  const step = button('Step', { label: 'Step one epoch', glyph: '›', onClick: () => run.trainBy(1) });
  const hundred = button('×100', { label: 'Step 100 epochs', glyph: '»', onClick: () => run.trainBy(100) });
  const toTarget = button('Train to the end', { glyph: '⇥', onClick: () => run.trainToTarget() });
  const reset = button('Reset', { label: 'Reset to epoch 0', glyph: '↺', onClick: () => run.reset() });
  const speedId = uniqueId('speed');
  const speed = el(
    'select',
    { id: speedId, onchange: () => run.setSpeed(SPEEDS.find((s) => s.name === speed.value).seconds) },
    SPEEDS.map((s) => el('option', { value: s.name, text: s.label })),
  );
  speed.value = 'normal';
  const element = el(
    'div',
    { class: 'toolbar', role: 'group', 'aria-label': 'Training' },
    play,
    step,
    hundred,
    toTarget,
    reset,
    el('span', { class: 'speed' }, el('label', { for: speedId, text: 'Speed' }), speed),
  );
  return {
    element,
    update({ playing, epoch, target }) {
      if (playing) setButton(play, 'Pause', '❚❚', 'Pause training');
      else if (epoch >= target) setButton(play, 'Replay', '↻', 'Replay from epoch 0');
      else setButton(play, 'Play', '▶', 'Play');
      // The name starts with the visible words, so a voice user can say what they see (WCAG 2.5.3).
      const label = playing ? `Skip to end, epoch ${count(target)}` : `Train to ${count(target)} epochs`;
      setButton(toTarget, playing ? 'Skip to end' : `Train to ${count(target)}`, '⇥', label);
    },
  };
}

/** Read-outs ([[key, term]]) as a <dl>; set(key, text) shows one (data-readout="key"). */
function createReadouts(items) {
  const values = {};
  const element = el(
    'dl',
    { class: 'readouts' },
    items.map(([key, term]) => {
      values[key] = el('dd', { dataset: { readout: key }, text: '—' });
      return el('div', { class: 'readout' }, el('dt', { text: term }), values[key]);
    }),
  );
  return { element, set: (key, text) => setText(values[key], text) };
}

/**
 * The loss chart's heading, log-scale switch, figure and `table` (an element with update(), or null):
 * { elements, update(view, caption), setTarget(epochs), reset(epochs), setTheme, image(options), destroy }.
 * update() draws the view's new losses; `caption` (text) is written on slow frames only.
 */
function createLossFigure(theme, table = null, series = null) {
  const logScale = el('input', { type: 'checkbox', class: 'switch' });
  const figure = chartFigure('loss-chart', 'Line chart of the loss at each epoch');
  const head = el(
    'div',
    { class: 'chart-head' },
    el('h3', { text: 'Loss per epoch' }),
    el('label', { class: 'toggle' }, logScale, el('span', { text: 'Log scale' })),
  );
  const chart = createLossChart(figure.canvas, { theme });
  logScale.addEventListener('change', () => {
    chart.setLogScale(logScale.checked);
    chart.draw();
  });
  return {
    elements: [head, figure.figure, chart.legend, table?.element],
    update(view, caption) {
      const { restart, firstEpoch, stride, losses } = view.losses;
      if (restart) chart.reset(view.target);
      chart.append(firstEpoch, stride, losses);
      if (series) chart.setSeries(...series(view));
      chart.draw();
      if (!view.slow) return;
      setText(figure.caption, caption());
      table?.update();
    },
    prepare: () => chart.prepare(),
    setTarget: (epochs) => chart.setTarget(epochs),
    reset: (epochs) => chart.reset(epochs),
    setTheme: (next) => chart.setTheme(next),
    image: (options) => chart.image(options),
    destroy: () => chart.destroy(),
  };
}

/**
 * A chapter's training panel instance in `slot`: the toolbar, the read-outs `items` ([key, label]),
 * which `show(readouts, view)` fills each frame, and the loss figure with its table. `summary(view)`
 * is the chart's caption; `picture()` the export's { title, notes }; `series(view)`, if given, the
 * loss chart's extra series and the run's name in their legend ([series, mainLabel], loss-chart.js).
 */
export function createTrainingPanel(slot, { run, theme }, { items, show, summary, picture, series }) {
  const toolbar = createToolbar(run);
  const readouts = createReadouts(items);
  const loss = createLossFigure(
    theme,
    createLossTable(() => run.trainer()),
    series,
  );
  slot.append(
    el('div', { class: 'toolbar-slot' }, toolbar.element),
    el('div', { class: 'readouts-slot' }, readouts.element),
    ...loss.elements,
  );
  return {
    update(view) {
      toolbar.update(view);
      show(readouts, view);
      loss.update(view, () => summary(view));
    },
    prepare: () => loss.prepare(),
    setState: (state) => loss.setTarget(state.epochs),
    restart: () => loss.reset(run.state().epochs),
    setTheme: (next) => loss.setTheme(next),
    /** The chart as a PNG data URL, with a title and the run's parameters, for the share panel's export. */
    image: () => loss.image(picture()),
    destroy: () => loss.destroy(),
  };
}
