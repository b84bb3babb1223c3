// The training panel: the shared toolbar (core/training-toolbar.js); the live read-outs (epoch,
// weight, bias, loss, dw, db); the loss per epoch on a Chart.js chart with a log scale on demand, its
// caption (the chart's text alternative) and the loss as a table.
import { counted, count, shown } from '../../../core/format.js';
import { el } from '../../../core/dom.js';
import { createLossFigure, createReadouts, createToolbar } from '../../../core/training-toolbar.js';
import { lossSummary, runNotes } from '../summaries.js';
import { createLossTable } from './loss-table.js';

const READOUTS = [
  ['epoch', 'Epoch'],
  ['weight', 'Weight w'],
  ['bias', 'Bias b'],
  ['loss', 'Loss'],
  ['weightGradient', 'dw'],
  ['biasGradient', 'db'],
];

function showReadouts(readouts, { epoch, target, weight, bias, evaluation }) {
  readouts.set('epoch', `${count(epoch)} / ${count(target)}`);
  // 8 decimals as the post prints them: Final weight: [[4.24834391]]
  readouts.set('weight', shown(weight, 8));
  readouts.set('bias', shown(bias, 8));
  // Loss and gradients at the current weight and bias.
  readouts.set('loss', shown(evaluation.loss, 4));
  readouts.set('weightGradient', shown(evaluation.weightGradient, 6));
  readouts.set('biasGradient', shown(evaluation.biasGradient, 6));
}

export const trainingPanel = {
  name: 'training',
  title: 'Training',
  column: 'main',
  reads: ['playing', 'epoch', 'target', 'weight', 'bias', 'evaluation', 'losses', 'firstLoss', 'latestLoss'],
  cadence: 'frame',
  create(slot, { run, theme }) {
    const toolbar = createToolbar(run);
    const readouts = createReadouts(READOUTS);
    const loss = createLossFigure(
      theme,
      createLossTable(() => run.trainer()),
    );
    slot.append(
      el('div', { class: 'toolbar-slot' }, toolbar.element),
      el('div', { class: 'readouts-slot' }, readouts.element),
      ...loss.elements,
    );
    return {
      update(view) {
        toolbar.update(view);
        showReadouts(readouts, view);
        const { epoch, firstLoss, latestLoss, evaluation } = view;
        loss.update(view, () => lossSummary({ epoch, firstLoss, latestLoss, currentLoss: evaluation.loss }));
      },
      setState: (state) => loss.setTarget(state.epochs),
      restart: () => loss.reset(run.state().epochs),
      setTheme: (next) => loss.setTheme(next),
      /** The chart as a PNG data URL, with a title and the run's parameters, for the share panel's export. */
      image() {
        const trainer = run.trainer();
        const title = `One Neuron — loss over ${counted(trainer.epoch(), 'epoch')}`;
        return loss.image({ title, notes: runNotes(run.state(), trainer) });
      },
      destroy: () => loss.destroy(),
    };
  },
};
