// The training panel: the shared toolbar (core/training-toolbar.js); the live read-outs (epoch,
// weight, bias, loss, dw, db); the loss per epoch on a Chart.js chart with a log scale on demand, its
// caption (the chart's text alternative) and the loss as a table.
import { counted, count, shown } from '../../../core/format.js';
import { createTrainingPanel } from '../../../core/training-toolbar.js';
import { lossSummary, runNotes } from '../summaries.js';

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
  reads: [
    'playing',
    'epoch',
    'target',
    'weight',
    'bias',
    'evaluation',
    'losses',
    'firstLoss',
    'latestLoss',
    'comparison',
  ],
  cadence: 'frame',
  create: (slot, context) =>
    createTrainingPanel(slot, context, {
      items: READOUTS,
      show: showReadouts,
      summary: ({ epoch, firstLoss, latestLoss, evaluation }) =>
        lossSummary({ epoch, firstLoss, latestLoss, currentLoss: evaluation.loss }),
      // The compared learning rates (the rates panel's runs), drawn under the run's line.
      series: ({ comparison, state }) => [
        comparison?.runs.map((r) => ({ label: r.label, color: r.color, dash: r.dash, points: r.points() })) ?? [],
        `this run (lr ${state.lr})`,
      ],
      picture() {
        const trainer = context.run.trainer();
        const title = `One Neuron — loss over ${counted(trainer.epoch(), 'epoch')}`;
        return { title, notes: runNotes(context.run.state(), trainer) };
      },
    }),
};
