// The panels the reader meets below the first screen: their descriptors here, their code in chunks of
// their own (`load`), which core/panel-setup.js loads when it sets them up, once the first screen's run
// has started. The first screen's panels (training, prediction) and the small settings panel are in
// the page's script.

export const landscapePanel = {
  name: 'landscape',
  title: 'Loss landscape',
  lede:
    'Colour: the loss at each weight and bias (log scale, darker is lower). White line: the path gradient ' +
    'descent took, from ○ the start to ● now; dashed, the compared learning rates. Click or drag to start elsewhere.',
  column: 'main',
  reads: ['trainer', 'evaluation', 'comparison'],
  cadence: 'frame',
  load: () => import('./landscape/panel.js'),
};

export const ratesPanel = {
  name: 'rates',
  title: 'Compare learning rates',
  lede:
    'The same data and start trained at other rates, epoch for epoch with the run (Reset, then Step, to watch ' +
    'the first epochs): "too big and you overshoot, too small and learning crawls". On the loss chart and the landscape.',
  column: 'wide',
  reads: ['comparison', 'playing'],
  cadence: 'slow',
  load: () => import('./comparison/panel.js'),
};

export const dataPanel = {
  name: 'data',
  title: 'Data',
  column: 'side',
  reads: [],
  cadence: 'slow',
  load: () => import('./data.js'),
};

export const sharePanel = {
  name: 'share',
  title: 'Share & export',
  column: 'wide',
  reads: [],
  cadence: 'slow',
  load: () => import('./share.js'),
};

export const principlesPanel = {
  name: 'principles',
  title: 'The five principles, live',
  lede: 'What one epoch does to one example, with the numbers of the current weight and bias plugged in.',
  column: 'wide',
  reads: ['state', 'example', 'exampleTerms', 'weight', 'bias', 'evaluation', 'stage'],
  cadence: 'slow',
  load: () => import('./principles/index.js'),
};

export const neuronPanel = {
  name: 'neuron',
  title: 'The neuron',
  lede:
    'Each neuron receives inputs through weights, adds a bias, then applies an activation function: ' +
    'hours x × w + b = z, σ(z) = ŷ, compared with the label y for the loss. Under the line, the backward ' +
    'pass: the error ŷ − y sent back to w and b as this example’s parts of their gradients.',
  column: 'main',
  reads: ['state', 'example', 'exampleTerms', 'weight', 'bias', 'evaluation', 'stage'],
  cadence: 'frame',
  load: () => import('./cycle/neuron.js'),
};

export const cyclePanel = {
  name: 'cycle',
  title: 'One training cycle, stage by stage',
  lede: 'Predict, measure the loss, backpropagate, update, repeat: walk one epoch of the run with the engine’s numbers.',
  column: 'side',
  reads: ['state', 'epoch', 'weight', 'bias', 'evaluation', 'examples', 'trainer'],
  cadence: 'frame',
  load: () => import('./cycle/index.js'),
};
