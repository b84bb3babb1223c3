// Chapter 2's panels whose code is a chunk of its own (`load`), set up by core/panel-setup.js once
// the first screen's run has started (docs/architecture.md, "The page's start").

export const sharePanel = {
  name: 'share',
  title: 'Share & export',
  column: 'wide',
  reads: [],
  cadence: 'slow',
  load: () => import('./share.js'),
};
