// Chapter 2's training panel: the shared toolbar and loss chart (core/training-toolbar.js) and the
// read-outs a network needs: epoch, loss and accuracy (the share of points on the right side of 0.5).
import { el } from '../../../core/dom.js';
import { count, shown } from '../../../core/format.js';
import { createLossFigure, createReadouts, createToolbar } from '../../../core/training-toolbar.js';
import { createLossTable } from '../../neuron/panels/loss-table.js';
import { runNotes } from '../run-notes.js';
import { lossSummary, percent } from '../summaries.js';

const READOUTS = [
  ['epoch', 'Epoch'],
  ['loss', 'Loss'],
  ['accuracy', 'Accuracy'],
];

export const trainingPanel = {
  name: 'training',
  title: 'Training',
  column: 'side',
  reads: ['playing', 'epoch', 'target', 'evaluation', 'accuracy', 'losses', 'firstLoss', 'latestLoss'],
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
        const { epoch, target, evaluation, accuracy, firstLoss, latestLoss } = view;
        toolbar.update(view);
        readouts.set('epoch', `${count(epoch)} / ${count(target)}`);
        readouts.set('loss', shown(evaluation.loss, 4)); // at the current weights
        readouts.set('accuracy', percent(accuracy));
        loss.update(view, () => lossSummary({ epoch, firstLoss, latestLoss, currentLoss: evaluation.loss }));
      },
      setState: (state) => loss.setTarget(state.epochs),
      restart: () => loss.reset(run.state().epochs),
      setTheme: (next) => loss.setTheme(next),
      image: () =>
        loss.image({
          title: 'One Neuron, the hidden layer — loss per epoch',
          notes: [runNotes(run.state(), run.trainer()).results],
        }),
      destroy: () => loss.destroy(),
    };
  },
};
