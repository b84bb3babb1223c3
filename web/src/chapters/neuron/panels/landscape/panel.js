// The loss landscape panel: the engine's loss over a grid of weights and biases (trainer.lossLandscape)
// as a heatmap on a log colour scale, the descent path over it growing live, the start and the current
// point marked. A click, a drag or the arrow keys move the start (input.js). Chart.js draws the axes; a
// plugin (overlay.js) draws the heatmap and the path. The surface (surface.js) is computed only when the
// data or the axis ranges change, in a task of its own; a frame only redraws. The panel is below the
// first view: its chart and first surface wait until the page is idle. The figure's data-landscape is
// "ready" once its chart and surface are drawn and no new ones are to come, "pending" until then; its
// data-axes are the ranges drawn ("weightMin weightMax biasMin biasMax").
// figure.js builds the DOM; LandscapeView below is the instance, its state in private fields.
import { Chart, LinearScale, PointElement, ScatterController } from 'chart.js';
import { el, whenIdle } from '../../../../core/dom.js';
import { fit, inside, keeps, scales } from './axes.js';
import { createDescentPath } from './descent-path.js';
import { createFigure } from './figure.js';
import { createGridTable } from './grid-table.js';
import { createInput } from './input.js';
import { createOverlay } from './overlay.js';
import { colourSurface, summaryText, surfaceGrid } from './surface.js';
import styles from './landscape.css?inline';

Chart.register(ScatterController, PointElement, LinearScale);

// examples x epochs spent finding where training leads, to size the axes; small enough (a few ms)
// that a new run never blocks the page for long: a longer run widens the axes as it goes.
const PROBE_BUDGET = 2e5;
const PROBE_MIN_EPOCHS = 2000; // even a short run's axes show where longer training would go

// One panel instance: the public methods are the panel contract (docs/architecture.md).
class LandscapeView {
  #context;
  #theme;
  #dom; // figure.js's figure, canvas, legend and caption
  #input;
  #overlay;
  #path = createDescentPath();
  #trainer = null;
  #samples = 1;
  #generation = 0; // a new trainer (new data or start) needs a new surface
  #probePoints = []; // where a longer run from the same start goes
  #frame = null; // { weightMin, weightMax, biasMin, biasMax }: the axes
  #shownFrame = null; // the axes Chart.js has laid out
  #surface = null; // surface.js's colourSurface, and `image`: its pixels on a canvas
  #surfaceKey = '';
  #chart = null; // created by the first #show()
  #cancelShow = null; // cancels the #show() to come
  #table = createGridTable(); // the surface as a table (grid-table.js)
  #points = [];
  #compared = []; // the compared learning rates' paths: [{ points, color, dash, label }]
  #lastLoss = NaN; // update()'s, for the caption that #show() writes

  constructor(slot, context) {
    this.#context = context;
    this.#theme = context.theme;
    slot.append(el('style', { text: styles })); // before the figure: Chart.js measures its box
    this.#dom = createFigure(slot, () => context.run.commit({ w0: undefined, b0: undefined }));
    slot.append(this.#table.element);
    this.#input = createInput(this.#dom.canvas, {
      chart: () => this.#chart,
      frame: () => this.#frame,
      start: () => this.#trainer && { weight: this.#trainer.initialWeight(), bias: this.#trainer.initialBias() },
      redraw: () => this.#chart?.draw(),
      onStart: (weight, bias, how) => {
        context.run.commit({ w0: weight, b0: bias });
        if (how === 'key') this.#dom.announce(`Start: weight ${weight}, bias ${bias}`);
      },
    });
    this.#overlay = createOverlay({
      image: () => this.#surface?.image ?? null,
      points: () => this.#points,
      dragged: this.#input.dragged,
      compared: () => this.#compared,
    });
  }

  setTheme(next) {
    this.#theme = next;
    this.#shownFrame = null;
  }

  /** A new run (new data, rate or start): `state.epochs` is its target, `state.hours` its examples. */
  newRun(next, state) {
    this.#trainer = next;
    this.#samples = Math.max(state.hours.length, 1);
    this.#generation += 1;
    this.#path.reset();
    this.#probePoints = this.#probe(state.epochs);
    if (!keeps(this.#frame, this.#probePoints)) this.#frame = fit(this.#probePoints);
    this.#setStatus('pending'); // the next update() asks for its surface
  }

  /** The trainer went back to epoch 0. */
  restart() {
    this.#path.reset();
  }

  /** Redraw from the trainer (once per frame at most); captions too when `view.slow`. */
  update(view) {
    this.#path.read(view.trainer);
    const points = this.#path.points(view.trainer);
    this.#points = points;
    this.#lastLoss = view.evaluation.loss;
    this.#compared = view.comparison?.runs.map((run) => ({ ...run, points: run.path() })) ?? [];
    const ends = [points, ...this.#compared.map((run) => run.points)].map((list) => list[list.length - 1]);
    if (!ends.every((end) => inside(this.#frame, end))) {
      this.#frame = fit([...points, ...this.#probePoints, ...this.#compared.flatMap((run) => run.points)]);
    }
    if (!this.#chart) {
      // The chart, the first surface and its colouring (20-30 ms on a cold page) would hold up the
      // run's first frames in the panels above, which the reader sees first.
      this.#cancelShow ??= whenIdle(() => this.#show());
      return;
    }
    if (!this.#shownFrame) {
      this.#show(); // a new theme: axes and surface all at once
      return;
    }
    this.#scheduleShow();
    this.#chart.draw();
    if (view.slow) this.#showSummary();
  }

  destroy() {
    this.#cancelShow?.();
    this.#input.destroy();
    this.#chart?.destroy();
  }

  #setStatus(status) {
    const { figure } = this.#dom;
    if (figure.dataset.landscape !== status) figure.dataset.landscape = status;
  }

  // Where training from this start leads within the probe's budget: sizes the axes before the run.
  #probe(epochs) {
    const probeEpochs = Math.min(Math.max(epochs, PROBE_MIN_EPOCHS), Math.floor(PROBE_BUDGET / this.#samples));
    // Too many examples to look ahead within the budget: the axes start at the start and grow with the run.
    if (probeEpochs === 0)
      return [{ epoch: 0, weight: this.#trainer.initialWeight(), bias: this.#trainer.initialBias() }];
    const probeTrainer = this.#context.engine.neuron.createTrainer(this.#context.run.state());
    try {
      probeTrainer.train(probeEpochs);
      const probePath = createDescentPath();
      probePath.read(probeTrainer);
      return probePath.points(probeTrainer);
    } finally {
      probeTrainer.delete();
    }
  }

  #keyOf(axes) {
    return `${this.#generation} ${axes.weightMin} ${axes.weightMax} ${axes.biasMin} ${axes.biasMax}`;
  }

  // The surface for the current axes and run, unless it is the one already computed.
  #computeSurface() {
    const key = this.#keyOf(this.#frame);
    if (key === this.#surfaceKey) return;
    this.#surfaceKey = key;
    const grid = surfaceGrid(this.#frame, this.#samples);
    if (!grid) {
      this.#surface = null;
      this.#dom.hideLegend();
      this.#table.hide();
      return;
    }
    const losses = this.#trainer.lossLandscape(grid);
    const surface = colourSurface(losses, grid);
    this.#table.show(losses, grid);
    // On a canvas of its own, so a redraw is one drawImage scaled to the plot area (overlay.js).
    const image = document.createElement('canvas');
    image.width = surface.side;
    image.height = surface.side;
    image.getContext('2d').putImageData(new ImageData(surface.pixels, surface.side, surface.side), 0, 0);
    surface.image = image;
    this.#surface = surface;
    this.#dom.showLegend(surface.ticks);
  }

  // New axes or a new surface that the chart does not show yet: shown in a task of its own (see
  // #show), once; until then the old ones stay.
  #scheduleShow() {
    const changed = this.#frame !== this.#shownFrame || this.#surfaceKey !== this.#keyOf(this.#frame);
    if (!changed || this.#cancelShow) return;
    const timer = setTimeout(() => this.#show());
    this.#cancelShow = () => clearTimeout(timer);
    this.#setStatus('pending');
  }

  // New axes or a new surface (10-20 ms with its colouring and Chart.js's layout): shown together, so
  // the heatmap always matches the axes, and in a task of their own, so a new run's set-up or a frame
  // that also trains and draws the other charts stays under 50 ms. Until then the old ones stay.
  #show() {
    this.#cancelShow = null;
    this.#computeSurface();
    const frame = this.#frame;
    if (!this.#chart) {
      this.#chart = this.#createChart();
    } else if (frame !== this.#shownFrame) {
      this.#chart.options.scales = scales(this.#theme, frame);
      this.#chart.update('none');
    } else {
      this.#chart.draw();
    }
    this.#shownFrame = frame;
    this.#dom.figure.dataset.axes = `${frame.weightMin} ${frame.weightMax} ${frame.biasMin} ${frame.biasMax}`;
    this.#showSummary();
    this.#setStatus('ready');
  }

  // Chart.js lays out and draws a new chart at once: its first picture, with the current axes.
  #createChart() {
    return new Chart(this.#dom.canvas, {
      type: 'scatter',
      data: { datasets: [{ data: [] }] },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        events: [],
        scales: scales(this.#theme, this.#frame),
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
      },
      plugins: [this.#overlay],
    });
  }

  #showSummary() {
    const points = this.#points;
    this.#dom.showCaption(
      summaryText({
        start: points[0],
        end: points[points.length - 1],
        loss: this.#lastLoss,
        lowest: this.#surface?.lowest ?? null,
      }),
    );
  }
}

/** The panel (descriptor: ../later.js). */
export const create = (slot, context) => new LandscapeView(slot, context);
