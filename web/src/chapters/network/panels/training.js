// Chapter 2's training panel (training-panel.js): the toolbar, the loss chart and the read-outs. Its
// code, with Chart.js, is a chunk of its own, set up by core/panel-setup.js just after the first
// frame: compiling Chart.js before the first decision map would hold the map up (docs/performance.md).

export const trainingPanel = {
  name: 'training',
  title: 'Training',
  column: 'side',
  reads: ['playing', 'epoch', 'target', 'evaluation', 'accuracy', 'losses', 'firstLoss', 'latestLoss'],
  cadence: 'frame',
  load: () => import('./training-panel.js'),
};
