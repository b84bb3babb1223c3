// The loss landscape panel: the engine's loss over a grid of weights and biases (trainer.lossLandscape)
// as a heatmap on a log colour scale, the descent path over it growing live, the start and the current
// point marked. A click, a drag or the arrow keys move the start (onStart). Chart.js draws the axes; a
// plugin draws the heatmap (one small image scaled into the plot area) and the path. The surface is
// computed only when the data or the axis ranges change, in a task of its own; a frame only redraws.
// The panel is below the first view: its chart and first surface wait until the page is idle.
import { Chart, LinearScale, PointElement, ScatterController } from 'chart.js';
import { colorAt, colorFloor, gradientCss, legendTicks, logScale, tickText } from './colormap.js';
import { createDescentPath } from './descent-path.js';
import { fit, inside, keeps, roundTo, scales } from './landscape-axes.js';
import { el, uniqueId, whenIdle } from './dom.js';
import { fixed } from './format.js';

Chart.register(ScatterController, PointElement, LinearScale);

const GRID = 200; // weights and biases per axis
const MIN_GRID = 40; // coarser than this, the surface is not drawn
const EVALUATION_BUDGET = 4e6; // examples x grid points per surface: about 40 ms of WASM at most
// examples x epochs spent finding where training leads, to size the axes; small enough (a few ms)
// that a new run never blocks the page for long: a longer run widens the axes as it goes.
const PROBE_BUDGET = 2e5;
const PROBE_MIN_EPOCHS = 2000; // even a short run's axes show where longer training would go
const KEY_STEP = 1 / 50; // an arrow key moves the start by this much of the axis (Shift: 5 times)
const COLORS = Array.from({ length: 256 }, (_, i) => colorAt(i / 255));
const count = (n) => Math.round(n).toLocaleString('en-US');

/** The most examples for which the surface is drawn. */
export const MAX_SURFACE_EXAMPLES = Math.floor(EVALUATION_BUDGET / (MIN_GRID * MIN_GRID));

function drawDot(ctx, x, y, radius, { fill = null, stroke = '#ffffff', dash = [] } = {}) {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, 2 * Math.PI);
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fill();
  }
  ctx.setLineDash(dash);
  ctx.lineWidth = 4;
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.6)';
  ctx.stroke();
  ctx.lineWidth = 2;
  ctx.strokeStyle = stroke;
  ctx.stroke();
  ctx.setLineDash([]);
}

const NOTHING = {
  setTheme() {},
  setTrainer() {},
  restart() {},
  draw() {},
  inspect: () => null,
  measure: () => NaN,
  pixelFor: () => null,
  destroy() {},
};

/**
 * The landscape inside `slot` (a panel's container), or a stand-in doing nothing when the panel is not
 * `shown`. createProbe() returns a fresh trainer for the current run (to see where training leads);
 * onStart(weight, bias) asks for a new start (both undefined: the seed's).
 */
export function createLandscape(slot, { shown, theme, createProbe, onStart }) {
  if (!shown) return NOTHING;
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
  const legend = el(
    'div',
    { class: 'landscape-legend', 'aria-hidden': 'true' },
    el('span', { class: 'legend-title', text: 'loss' }),
    el('div', { class: 'legend-scale' }, el('div', { class: 'legend-bar' }), ticks),
  );
  legend.querySelector('.legend-bar').style.background = gradientCss();
  const seedButton = el('button', {
    type: 'button',
    class: 'button small',
    text: 'Start from the seed',
    'aria-label': 'Start from the seed: the starting weight drawn from the seed, bias 0',
    onclick: () => onStart(undefined, undefined),
  });
  slot.append(
    el('figure', { class: 'chart landscape-chart' }, el('div', { class: 'chart-box' }, canvas), legend, summary),
    el('div', { class: 'button-row' }, seedButton),
  );

  const path = createDescentPath();
  let trainer = null;
  let samples = 1;
  let generation = 0; // a new trainer (new data or start) needs a new surface
  let probePoints = []; // where a longer run from the same start goes
  let frame = null; // { weightMin, weightMax, biasMin, biasMax }: the axes
  let shownFrame = null; // the axes Chart.js has laid out
  let surface = null; // { image, side, low, high, lowest: { loss, weight, bias, edge }, ms }
  let surfaceKey = '';
  let chart = null; // created by the first show()
  let cancelShow = null; // cancels the show() to come
  let points = [];
  let lastLoss = NaN; // draw()'s, for the caption that show() writes
  let dragged = null; // the start under the pointer while dragging: { weight, bias }

  const overlay = {
    id: 'landscapeOverlay',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      if (!surface) return;
      ctx.save();
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(surface.image, area.left, area.top, area.width, area.height);
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      if (points.length === 0) return;
      const { ctx, chartArea: area, scales: s } = chart;
      const at = (p) => [s.x.getPixelForValue(p.weight), s.y.getPixelForValue(p.bias)];
      ctx.save();
      ctx.beginPath();
      ctx.rect(area.left, area.top, area.width, area.height);
      ctx.clip();
      ctx.lineJoin = 'round';
      ctx.lineCap = 'round';
      ctx.beginPath();
      for (const p of points) ctx.lineTo(...at(p));
      ctx.lineWidth = 4.5;
      ctx.strokeStyle = 'rgba(0, 0, 0, 0.55)';
      ctx.stroke();
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      drawDot(ctx, ...at(points[0]), 5.5);
      drawDot(ctx, ...at(points[points.length - 1]), 6, { fill: '#ffffff' });
      if (dragged) drawDot(ctx, ...at(dragged), 7, { dash: [3, 3] });
      ctx.restore();
    },
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
    const probeTrainer = createProbe();
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
    const side = Math.min(GRID, Math.floor(Math.sqrt(EVALUATION_BUDGET / samples)));
    if (side < MIN_GRID) {
      surface = null;
      legend.hidden = true;
      return;
    }
    // Grid points at the centres of the image's pixels, so the image fills the axes exactly.
    const halfWeight = (frame.weightMax - frame.weightMin) / side / 2;
    const halfBias = (frame.biasMax - frame.biasMin) / side / 2;
    const grid = {
      weightMin: frame.weightMin + halfWeight,
      weightMax: frame.weightMax - halfWeight,
      biasMin: frame.biasMin + halfBias,
      biasMax: frame.biasMax - halfBias,
      columns: side,
      rows: side,
    };
    const started = performance.now();
    const losses = trainer.lossLandscape(grid);
    const ms = performance.now() - started;
    let at = 0;
    let high = -Infinity;
    for (let i = 0; i < losses.length; i += 1) {
      if (losses[i] < losses[at]) at = i;
      high = Math.max(high, losses[i]);
    }
    const low = losses[at];
    const floor = colorFloor(low, high);
    const toColor = logScale(floor, high);
    const image = new ImageData(side, side);
    const pixels = image.data; // one DOM property read, not four per pixel
    for (let r = 0; r < side; r += 1) {
      const row = (side - 1 - r) * side; // the highest bias at the top
      for (let c = 0; c < side; c += 1) {
        const [red, green, blue] = COLORS[Math.round(toColor(losses[r * side + c]) * 255)];
        const o = (row + c) * 4;
        pixels[o] = red;
        pixels[o + 1] = green;
        pixels[o + 2] = blue;
        pixels[o + 3] = 255;
      }
    }
    const offscreen = document.createElement('canvas');
    offscreen.width = side;
    offscreen.height = side;
    offscreen.getContext('2d').putImageData(image, 0, 0);
    const row = Math.floor(at / side);
    const column = at % side;
    const edge = row === 0 || column === 0 || row === side - 1 || column === side - 1;
    const weight = grid.weightMin + ((grid.weightMax - grid.weightMin) * column) / (side - 1);
    const bias = grid.biasMin + ((grid.biasMax - grid.biasMin) * row) / (side - 1);
    surface = { image: offscreen, side, low, high, lowest: { loss: low, weight, bias, edge }, ms };
    showLegend(toColor, floor, high);
  }

  function showLegend(toColor, low, high) {
    legend.hidden = false;
    ticks.replaceChildren(
      ...legendTicks(low, high).map((value) => {
        const tick = el('span', { text: tickText(value) });
        tick.style.left = `${(100 * toColor(value)).toFixed(2)}%`;
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
    showSummary();
  }

  function showSummary() {
    const text = summaryText(lastLoss);
    if (summary.textContent !== text) summary.textContent = text;
  }

  function summaryText(loss) {
    const start = points[0];
    const end = points[points.length - 1];
    const at = (p) => `weight ${fixed(p.weight, 2)}, bias ${fixed(p.bias, 2)}`;
    const four = (value) => fixed(Math.max(value, 0), 4); // the epsilon can take the loss a hair below 0
    const now =
      end.epoch === 0
        ? `Starts at ${at(start)}, loss ${four(loss)}.`
        : `Started at ${at(start)}; after ${count(end.epoch)} epochs at ${at(end)}, loss ${four(loss)}.`;
    if (!surface) return `${now} The surface is drawn for up to ${count(MAX_SURFACE_EXAMPLES)} examples.`;
    const { lowest } = surface;
    const beyond = lowest.edge ? ', at its edge: the loss keeps falling beyond it' : '';
    return `${now} Lowest loss on this grid: ${four(lowest.loss)} at ${at(lowest)}${beyond}.`;
  }

  // The weight and bias under a pointer event, rounded to what one pixel can tell apart.
  function startAt(event) {
    const area = chart.chartArea;
    const x = Math.min(Math.max(event.offsetX, area.left), area.right);
    const y = Math.min(Math.max(event.offsetY, area.top), area.bottom);
    return {
      weight: roundTo(chart.scales.x.getValueForPixel(x), (frame.weightMax - frame.weightMin) / area.width),
      bias: roundTo(chart.scales.y.getValueForPixel(y), (frame.biasMax - frame.biasMin) / area.height),
    };
  }

  function onArea(event) {
    const area = chart.chartArea;
    return (
      event.offsetX >= area.left &&
      event.offsetX <= area.right &&
      event.offsetY >= area.top &&
      event.offsetY <= area.bottom
    );
  }

  canvas.addEventListener('pointerdown', (event) => {
    if (!chart || !onArea(event) || event.button !== 0) return;
    canvas.setPointerCapture(event.pointerId);
    dragged = startAt(event);
    chart.draw();
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!dragged) return;
    dragged = startAt(event);
    chart.draw();
  });
  canvas.addEventListener('pointerup', () => {
    if (!dragged) return;
    const { weight, bias } = dragged;
    dragged = null;
    onStart(weight, bias);
    chart.draw();
  });
  canvas.addEventListener('pointercancel', () => {
    if (!dragged) return;
    dragged = null;
    chart.draw();
  });
  canvas.addEventListener('keydown', (event) => {
    const move = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[event.key];
    if (!move || !trainer || !frame) return;
    event.preventDefault();
    const step = KEY_STEP * (event.shiftKey ? 5 : 1);
    const weightStep = step * (frame.weightMax - frame.weightMin);
    const biasStep = step * (frame.biasMax - frame.biasMin);
    onStart(
      roundTo(trainer.initialWeight() + move[0] * weightStep, weightStep / 10),
      roundTo(trainer.initialBias() + move[1] * biasStep, biasStep / 10),
    );
  });

  return {
    setTheme(next) {
      theme = next;
      shownFrame = null;
    },
    /** A new run (new data, rate or start): `epochs` is its target, `examples` its size. */
    setTrainer(next, { epochs, examples }) {
      trainer = next;
      samples = Math.max(examples, 1);
      generation += 1;
      path.reset();
      probePoints = probe(epochs);
      if (!keeps(frame, probePoints)) frame = fit(probePoints);
    },
    /** The trainer went back to epoch 0. */
    restart() {
      path.reset();
    },
    /** Redraw from the trainer (once per frame at most); `loss` is at the current weights, `slow`: captions too. */
    draw({ loss, slow }) {
      path.read(trainer);
      points = path.points(trainer);
      lastLoss = loss;
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
      }
      chart.draw();
      if (slow) showSummary();
    },
    /** What is drawn, for tests: the path's ends and length, the axes, the surface's size and time. */
    inspect: () => ({
      pending: cancelShow !== null, // new axes or surface still to come (the first ones when the page is idle)
      start: points[0],
      end: points[points.length - 1],
      pointCount: points.length,
      frame: { ...shownFrame }, // the axes drawn: new ones come a task after the frame that needs them
      grid: surface?.side ?? 0,
      surfaceMs: surface?.ms ?? NaN,
    }),
    /** Compute the surface again and return how long the engine took (ms), for tests. */
    measure() {
      surfaceKey = '';
      computeSurface();
      return surface?.ms ?? NaN;
    },
    /** Where (weight, bias) is drawn, in CSS pixels from the canvas's top left (for tests). */
    pixelFor: (weight, bias) =>
      chart ? { x: chart.scales.x.getPixelForValue(weight), y: chart.scales.y.getPixelForValue(bias) } : null,
    destroy() {
      cancelShow?.();
      chart?.destroy();
    },
  };
}
