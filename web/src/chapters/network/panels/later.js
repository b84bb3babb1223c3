// Chapter 2's panels whose code is a chunk of its own (`load`), set up by core/panel-setup.js once
// the first screen's run has started (docs/architecture.md, "The page's start"). The training panel's
// code brings Chart.js, whose compile before the first decision map would hold the map up
// (docs/performance.md).

export const trainingPanel = {
  name: 'training',
  title: 'Training',
  column: 'side',
  reads: ['playing', 'epoch', 'target', 'evaluation', 'accuracy', 'losses', 'firstLoss', 'latestLoss'],
  cadence: 'frame',
  load: () => import('./training.js'),
};

export const sharePanel = {
  name: 'share',
  title: 'Share & export',
  column: 'wide',
  reads: [],
  cadence: 'slow',
  load: () => import('./share.js'),
};
