// The explorable's skeleton: the panels (training, loss landscape, prediction, data, settings, the five
// principles, share) built into a root element, which may be a page's <div> or a <one-neuron> shadow root.
// Returns the empty containers the other modules fill. No behaviour here.
import { el, srOnly, uniqueId } from './dom.js';

function panel(className, title, ...children) {
  const id = uniqueId(className);
  return el(
    'section',
    { class: `panel ${className}`, 'aria-labelledby': id },
    el('h2', { id, text: title }),
    ...children,
  );
}

function chartFigure(className, label) {
  const captionId = uniqueId(`${className}-caption`);
  const canvas = el('canvas', { role: 'img', 'aria-label': label, 'aria-describedby': captionId });
  const caption = el('figcaption', { id: captionId, class: 'chart-summary' });
  const figure = el('figure', { class: `chart ${className}` }, el('div', { class: 'chart-box' }, canvas), caption);
  return { figure, canvas, caption };
}

/** Every panel, in reading order; `panels` options name a subset of these. */
export const PANELS = Object.freeze(['training', 'landscape', 'prediction', 'data', 'settings', 'principles', 'share']);
/** The embed's compact set: the loss chart with its controls, the predictions and the hours input. */
export const COMPACT_PANELS = Object.freeze(['training', 'prediction']);

/** Build the chosen panels (names from PANELS) into `root`; the others are built but not shown. */
export function buildLayout(root, { panels = PANELS } = {}) {
  const showing = new Set(panels);
  const shown = (name, node) => (showing.has(name) ? node : null);
  const parts = {
    toolbar: el('div', { class: 'toolbar-slot' }),
    readouts: el('div', { class: 'readouts-slot' }),
    predictions: el('div', { class: 'predictions-slot' }),
    data: el('div', { class: 'data-slot' }),
    settings: el('div', { class: 'settings-slot' }),
    principles: el('div', { class: 'principles-slot' }),
    share: el('div', { class: 'share-slot' }),
    landscape: el('div', { class: 'landscape-slot' }),
    landscapeShown: showing.has('landscape'),
    status: srOnly('p', { 'aria-live': 'polite' }),
    error: el('p', { class: 'engine-error', role: 'alert', hidden: true }),
  };
  const loss = chartFigure('loss-chart', 'Line chart of the loss at each epoch');
  const prediction = chartFigure(
    'prediction-chart',
    'Chart of the pass probability against hours studied, with the training examples and the decision boundary',
  );
  parts.lossCanvas = loss.canvas;
  parts.lossCaption = loss.caption;
  parts.predictionCanvas = prediction.canvas;
  parts.predictionCaption = prediction.caption;
  parts.logScale = el('input', { type: 'checkbox', class: 'switch' });

  const legend = el(
    'ul',
    { class: 'legend', 'aria-hidden': 'true' },
    el('li', {}, el('span', { class: 'key key-curve' }), 'pass probability'),
    el('li', {}, el('span', { class: 'key key-pass' }), 'pass'),
    el('li', {}, el('span', { class: 'key key-fail' }), 'fail'),
    el('li', {}, el('span', { class: 'key key-test' }), 'hours to predict'),
    el('li', {}, el('span', { class: 'key key-boundary' }), 'boundary (p = 0.5)'),
  );

  const training = panel(
    'training',
    'Training',
    parts.toolbar,
    parts.readouts,
    el(
      'div',
      { class: 'chart-head' },
      el('h3', { text: 'Loss per epoch' }),
      el('label', { class: 'toggle' }, parts.logScale, el('span', { text: 'Log scale' })),
    ),
    loss.figure,
  );
  const predictionPanel = panel(
    'prediction',
    'Prediction',
    el('p', {
      class: 'panel-lede',
      text: 'The neuron’s pass probability for any hours studied. Click a point to flip its result.',
    }),
    legend,
    prediction.figure,
    parts.predictions,
  );
  const landscapePanel = panel(
    'landscape',
    'Loss landscape',
    el('p', {
      class: 'panel-lede',
      text: 'Colour: the loss at each weight and bias (log scale, darker is lower). White line: the path gradient descent took, from ○ the start to ● now. Click or drag to start elsewhere.',
    }),
    parts.landscape,
  );
  const dataPanel = panel('data', 'Data', parts.data);
  const settingsPanel = panel('settings', 'Settings', parts.settings);
  const principlesPanel = panel(
    'principles',
    'The five principles, live',
    el('p', {
      class: 'panel-lede',
      text: 'What one epoch does to one example, with the numbers of the current weight and bias plugged in.',
    }),
    parts.principles,
  );

  const sharePanel = panel('share', 'Share & export', parts.share);

  const children = [
    parts.error,
    el(
      'div',
      { class: 'workspace' },
      el(
        'div',
        { class: 'column' },
        shown('training', training),
        shown('landscape', landscapePanel),
        shown('settings', settingsPanel),
      ),
      el('div', { class: 'column' }, shown('prediction', predictionPanel), shown('data', dataPanel)),
    ),
    shown('principles', principlesPanel),
    shown('share', sharePanel),
    parts.status,
  ];
  root.append(...children.filter(Boolean));
  return parts;
}
