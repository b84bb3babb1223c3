// The loss landscape panel: the engine's loss over a grid of weights and biases (trainer.lossLandscape)
// as a heatmap on a log colour scale, the descent path over it growing live, the start and the current
// point marked. A click, a drag or the arrow keys move the start (input.js). Chart.js draws the axes; a
// plugin (overlay.js) draws the heatmap and the path. The surface (surface.js) is computed only when the
// data or the axis ranges change, in a task of its own; a frame only redraws. The panel is below the
// first view: its chart and first surface wait until the page is idle. The figure's data-landscape is
// "ready" once its chart and surface are drawn and no new ones are to come, "pending" until then; its
// data-axes are the ranges drawn ("weightMin weightMax biasMin biasMax").
import { Chart, LinearScale, PointElement, ScatterController } from 'chart.js';
import { el, uniqueId, whenIdle } from '../../../../core/dom.js';
import { fit, inside, keeps, scales } from './axes.js';
import { gradientCss } from './colormap.js';
import { createDescentPath } from './descent-path.js';
import { createInput } from './input.js';
import { createOverlay } from './overlay.js';
import { colourSurface, summaryText, surfaceGrid } from './surface.js';

Chart.register(ScatterController, PointElement, LinearScale);

// examples x epochs spent finding where training leads, to size the axes; small enough (a few ms)
// that a new run never blocks the page for long: a longer run widens the axes as it goes.
const PROBE_BUDGET = 2e5;
const PROBE_MIN_EPOCHS = 2000; // even a short run's axes show where longer training would go

function createLandscape(slot, context) {
  let theme = context.theme;
  const summaryId = uniqueId('landscape-summary');
  const canvas = el('canvas', {
    tabindex: 0,
    role: 'application',
    'aria-roledescription': 'loss landscape',
    'aria-label':
      'Loss landscape over weight and bias. Click, drag or use the arrow keys to move the starting weight and bias; ' +
      'the Initial weight and Initial bias fields in Settings set them too.',
    'aria-describedby': summaryId,
  });
  const summary = el('figcaption', { id: summaryId, class: 'chart-summary' });
  const ticks = el('div', { class: 'legend-ticks' });
  const bar = el('div', { class: 'legend-bar' });
  bar.style.background = gradientCss();
  const legend = el(
    'div',
    { class: 'landscape-legend', 'aria-hidden': 'true' },
    el('span', { class: 'legend-title', text: 'loss' }),
    el('div', { class: 'legend-scale' }, bar, ticks),
  );
  const figure = el(
    'figure',
    { class: 'chart landscape-chart', dataset: { landscape: 'pending' } },
    el('div', { class: 'chart-box' }, canvas),
    legend,
    summary,
  );
  const seedButton = el('button', {
    type: 'button',
    class: 'button small',
    text: 'Start from the seed',
    'aria-label': 'Start from the seed: the starting weight drawn from the seed, bias 0',
    onclick: () => context.run.commit({ w0: undefined, b0: undefined }),
  });
  slot.append(figure, el('div', { class: 'button-row' }, seedButton));

  const path = createDescentPath();
  let trainer = null;
  let samples = 1;
  let generation = 0; // a new trainer (new data or start) needs a new surface
  let probePoints = []; // where a longer run from the same start goes
  let frame = null; // { weightMin, weightMax, biasMin, biasMax }: the axes
  let shownFrame = null; // the axes Chart.js has laid out
  let surface = null; // surface.js's colourSurface, and `image`: its pixels on a canvas
  let surfaceKey = '';
  let chart = null; // created by the first show()
  let cancelShow = null; // cancels the show() to come
  let points = [];
  let lastLoss = NaN; // update()'s, for the caption that show() writes

  const input = createInput(canvas, {
    chart: () => chart,
    frame: () => frame,
    start: () => trainer && { weight: trainer.initialWeight(), bias: trainer.initialBias() },
    redraw: () => chart?.draw(),
    onStart: (weight, bias) => context.run.commit({ w0: weight, b0: bias }),
  });
  const overlay = createOverlay({ image: () => surface?.image ?? null, points: () => points, dragged: input.dragged });

  const setStatus = (status) => {
    if (figure.dataset.landscape !== status) figure.dataset.landscape = status;
  };

  // Chart.js lays out and draws a new chart at once: its first picture, with the current axes.
  function createChart() {
    return new Chart(canvas, {
      type: 'scatter',
      data: { datasets: [{ data: [] }] },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        events: [],
        scales: scales(theme, frame),
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
      },
      plugins: [overlay],
    });
  }

  // Where training from this start leads within the probe's budget: sizes the axes before the run.
  function probe(epochs) {
    const probeTrainer = context.engine.neuron.createTrainer(context.run.state());
    try {
      probeTrainer.train(Math.min(Math.max(epochs, PROBE_MIN_EPOCHS), Math.floor(PROBE_BUDGET / samples)));
      const probePath = createDescentPath();
      probePath.read(probeTrainer);
      return probePath.points(probeTrainer);
    } finally {
      probeTrainer.delete();
    }
  }

  const keyOf = (axes) => `${generation} ${axes.weightMin} ${axes.weightMax} ${axes.biasMin} ${axes.biasMax}`;

  function computeSurface() {
    const key = keyOf(frame);
    if (key === surfaceKey) return;
    surfaceKey = key;
    const grid = surfaceGrid(frame, samples);
    if (!grid) {
      surface = null;
      legend.hidden = true;
      return;
    }
    surface = colourSurface(trainer.lossLandscape(grid), grid);
    const image = document.createElement('canvas');
    image.width = surface.side;
    image.height = surface.side;
    image.getContext('2d').putImageData(new ImageData(surface.pixels, surface.side, surface.side), 0, 0);
    surface.image = image;
    legend.hidden = false;
    ticks.replaceChildren(
      ...surface.ticks.map(({ text, at }) => {
        const tick = el('span', { text });
        tick.style.left = `${(100 * at).toFixed(2)}%`;
        return tick;
      }),
    );
  }

  // New axes or a new surface (10-20 ms with its colouring and Chart.js's layout): shown together, so
  // the heatmap always matches the axes, and in a task of their own, so a new run's set-up or a frame
  // that also trains and draws the other charts stays under 50 ms. Until then the old ones stay.
  function show() {
    cancelShow = null;
    computeSurface();
    if (!chart) {
      chart = createChart();
    } else if (frame !== shownFrame) {
      chart.options.scales = scales(theme, frame);
      chart.update('none');
    } else {
      chart.draw();
    }
    shownFrame = frame;
    figure.dataset.axes = `${frame.weightMin} ${frame.weightMax} ${frame.biasMin} ${frame.biasMax}`;
    showSummary();
    setStatus('ready');
  }

  function showSummary() {
    const text = summaryText({
      start: points[0],
      end: points[points.length - 1],
      loss: lastLoss,
      lowest: surface?.lowest ?? null,
    });
    if (summary.textContent !== text) summary.textContent = text;
  }

  return {
    setTheme(next) {
      theme = next;
      shownFrame = null;
    },
    /** A new run (new data, rate or start): `state.epochs` is its target, `state.hours` its examples. */
    newRun(next, state) {
      trainer = next;
      samples = Math.max(state.hours.length, 1);
      generation += 1;
      path.reset();
      probePoints = probe(state.epochs);
      if (!keeps(frame, probePoints)) frame = fit(probePoints);
      setStatus('pending'); // the next update() asks for its surface
    },
    /** The trainer went back to epoch 0. */
    restart() {
      path.reset();
    },
    /** Redraw from the trainer (once per frame at most); captions too when `view.slow`. */
    update(view) {
      path.read(view.trainer);
      points = path.points(view.trainer);
      lastLoss = view.evaluation.loss;
      if (!inside(frame, points[points.length - 1])) frame = fit([...points, ...probePoints]);
      if (!chart) {
        // The chart, the first surface and its colouring (20-30 ms on a cold page) would hold up the
        // run's first frames in the panels above, which the reader sees first.
        cancelShow ??= whenIdle(show);
        return;
      }
      if (!shownFrame) {
        show(); // a new theme: axes and surface all at once
        return;
      }
      const changed = frame !== shownFrame || surfaceKey !== keyOf(frame);
      if (changed && !cancelShow) {
        const timer = setTimeout(show);
        cancelShow = () => clearTimeout(timer);
        setStatus('pending');
      }
      chart.draw();
      if (view.slow) showSummary();
    },
    destroy() {
      cancelShow?.();
      input.destroy();
      chart?.destroy();
    },
  };
}

export const landscapePanel = {
  name: 'landscape',
  title: 'Loss landscape',
  lede:
    'Colour: the loss at each weight and bias (log scale, darker is lower). White line: the path gradient ' +
    'descent took, from ○ the start to ● now. Click or drag to start elsewhere.',
  column: 'main',
  reads: ['trainer', 'evaluation'],
  cadence: 'frame',
  create: createLandscape,
};
