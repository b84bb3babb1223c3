// Chapter 2's training panel: the shared toolbar and loss chart (core/training-toolbar.js) and the
// read-outs a network needs: epoch, loss and accuracy (the share of points on the right side of 0.5).
// Its chunk brings Chart.js (descriptor: later.js): a link to chapter 2 draws its map before either.
import { count, shown } from '../../../core/format.js';
import { createTrainingPanel } from '../../../core/training-toolbar.js';
import { runNotes } from '../run-notes.js';
import { lossSummary, percent } from '../summaries.js';

const READOUTS = [
  ['epoch', 'Epoch'],
  ['loss', 'Loss'],
  ['accuracy', 'Accuracy'],
];

function showReadouts(readouts, { epoch, target, evaluation, accuracy }) {
  readouts.set('epoch', `${count(epoch)} / ${count(target)}`);
  readouts.set('loss', shown(evaluation.loss, 4)); // at the current weights
  readouts.set('accuracy', percent(accuracy));
}

export const create = (slot, context) =>
  createTrainingPanel(slot, context, {
    items: READOUTS,
    show: showReadouts,
    summary: ({ epoch, firstLoss, latestLoss, evaluation }) =>
      lossSummary({ epoch, firstLoss, latestLoss, currentLoss: evaluation.loss }),
    picture: () => ({
      title: 'One Neuron, the hidden layer — loss per epoch',
      notes: [runNotes(context.run.state(), context.run.trainer()).results],
    }),
  });
