// The training panel: play/pause, step, ×100, train to the target, reset and speed; the live
// read-outs (epoch, weight, bias, loss, dw, db); the loss per epoch on a Chart.js chart with a log
// scale on demand, and its caption (the chart's text alternative).
import { createLossChart } from '../../../core/loss-chart.js';
import { button, el, setText, uniqueId } from '../../../core/dom.js';
import { count, counted, shown } from '../../../core/format.js';
import { chartFigure } from '../../../core/layout.js';
import { lossSummary, runNotes } from '../summaries.js';
import { createLossTable } from './loss-table.js';

/** Seconds a whole run takes to play at each speed; 0 trains as fast as the engine can. */
const SPEEDS = Object.freeze([
  { name: 'slow', label: 'Slow', seconds: 10 },
  { name: 'normal', label: 'Normal', seconds: 2 },
  { name: 'fast', label: 'Fast', seconds: 0.5 },
  { name: 'instant', label: 'Instant', seconds: 0 },
]);

const READOUTS = [
  ['epoch', 'Epoch'],
  ['weight', 'Weight w'],
  ['bias', 'Bias b'],
  ['loss', 'Loss'],
  ['weightGradient', 'dw'],
  ['biasGradient', 'db'],
];

function setButton(node, text, glyph, label) {
  setText(node.querySelector('.button-text'), text);
  const icon = node.querySelector('.glyph');
  if (icon) setText(icon, glyph);
  node.setAttribute('aria-label', label);
}

function createToolbar(run) {
  const play = button('Play', { primary: true, glyph: '▶', onClick: () => run.toggle() });
  const step = button('Step', { label: 'Step one epoch', glyph: '›', onClick: () => run.trainBy(1) });
  const hundred = button('×100', { label: 'Step 100 epochs', glyph: '»', onClick: () => run.trainBy(100) });
  const toTarget = button('Train to 5,000', { glyph: '⇥', onClick: () => run.trainToTarget() });
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

function createReadouts() {
  const values = {};
  const element = el(
    'dl',
    { class: 'readouts' },
    READOUTS.map(([key, term]) => {
      values[key] = el('dd', { dataset: { readout: key }, text: '—' });
      return el('div', { class: 'readout' }, el('dt', { text: term }), values[key]);
    }),
  );
  return {
    element,
    update({ epoch, target, weight, bias, evaluation }) {
      setText(values.epoch, `${count(epoch)} / ${count(target)}`);
      // 8 decimals as the post prints them: Final weight: [[4.24834391]]
      setText(values.weight, shown(weight, 8));
      setText(values.bias, shown(bias, 8));
      // Loss and gradients at the current weight and bias.
      setText(values.loss, shown(evaluation.loss, 4));
      setText(values.weightGradient, shown(evaluation.weightGradient, 6));
      setText(values.biasGradient, shown(evaluation.biasGradient, 6));
    },
  };
}

export const trainingPanel = {
  name: 'training',
  title: 'Training',
  column: 'main',
  reads: ['playing', 'epoch', 'target', 'weight', 'bias', 'evaluation', 'losses', 'firstLoss', 'latestLoss'],
  cadence: 'frame',
  create(slot, { run, theme }) {
    const toolbar = createToolbar(run);
    const readouts = createReadouts();
    const logScale = el('input', { type: 'checkbox', class: 'switch' });
    const figure = chartFigure('loss-chart', 'Line chart of the loss at each epoch');
    const table = createLossTable(() => run.trainer());
    slot.append(
      el('div', { class: 'toolbar-slot' }, toolbar.element),
      el('div', { class: 'readouts-slot' }, readouts.element),
      el(
        'div',
        { class: 'chart-head' },
        el('h3', { text: 'Loss per epoch' }),
        el('label', { class: 'toggle' }, logScale, el('span', { text: 'Log scale' })),
      ),
      figure.figure,
      table.element,
    );
    const chart = createLossChart(figure.canvas, { theme });
    logScale.addEventListener('change', () => {
      chart.setLogScale(logScale.checked);
      chart.draw();
    });
    return {
      update(view) {
        toolbar.update(view);
        readouts.update(view);
        const { restart, firstEpoch, stride, losses } = view.losses;
        if (restart) chart.reset(view.target);
        chart.append(firstEpoch, stride, losses);
        chart.draw();
        if (!view.slow) return;
        const { epoch, firstLoss, latestLoss, evaluation } = view;
        setText(figure.caption, lossSummary({ epoch, firstLoss, latestLoss, currentLoss: evaluation.loss }));
        table.update();
      },
      setState: (state) => chart.setTarget(state.epochs),
      restart: () => chart.reset(run.state().epochs),
      setTheme: (next) => chart.setTheme(next),
      /** The chart as a PNG data URL, with a title and the run's parameters, for the share panel's export. */
      image() {
        const trainer = run.trainer();
        const title = `One Neuron — loss over ${counted(trainer.epoch(), 'epoch')}`;
        return chart.image({ title, notes: runNotes(run.state(), trainer) });
      },
      destroy: () => chart.destroy(),
    };
  },
};
