// Chart.js wrappers: the rest of the page calls reset()/append()/update() and never sees Chart.js.
// Loss chart: loss per epoch, downsampled here to at most MAX_POINTS (exact samples of the curve) so
// it stays smooth for millions of epochs. Prediction chart: the sigmoid curve for the current weight
// and bias, the training points at 0 and 1, the decision boundary -b/w and the test hours on the curve.
import {
  Chart,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';
import { fixed } from './format.js';

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, LogarithmicScale, Tooltip);

const MAX_POINTS = 2048;
const LOG_FLOOR = 1e-12; // the loss can touch 0 (or -1e-9, from the epsilon); a log axis cannot

function font(theme, size = 12) {
  return { family: theme.font, size };
}

function axis(theme, title, extra = {}) {
  return {
    ...extra,
    title: { display: true, text: title, color: theme.muted, font: font(theme) },
    ticks: { ...(extra.ticks ?? {}), color: theme.muted, font: font(theme) },
    grid: { color: theme.grid },
    border: { color: theme.grid },
  };
}

function lossScales(theme, lastEpoch, logScale) {
  return {
    x: axis(theme, 'epoch', { type: 'linear', min: 0, max: lastEpoch }),
    y: axis(theme, logScale ? 'loss (log scale)' : 'loss', {
      type: logScale ? 'logarithmic' : 'linear',
      ...(logScale ? {} : { min: 0 }),
    }),
  };
}

// `npm run bench:page` times navigation to this mark: the first loss chart drawn with a line.
const FIRST_LOSS_CHART = 'one-neuron:first-loss-chart';
function markFirstDraw() {
  if (performance.getEntriesByName(FIRST_LOSS_CHART).length === 0) performance.mark(FIRST_LOSS_CHART);
}

/** How many of the `count` epochs first, first + stride, … are multiples of `grid` (a multiple of stride). */
function gridCount(first, stride, count, grid) {
  const start = ((grid - (first % grid)) % grid) / stride;
  return start < count ? Math.floor((count - 1 - start) / (grid / stride)) + 1 : 0;
}

/** The loss curve. append() takes engine history entries: losses[i] is the loss of firstEpoch + i * stride. */
export function createLossChart(canvas, { theme }) {
  let every = 1; // epochs between kept points, a power of two
  let kept = []; // { x: epoch, y: loss } on the `every` grid
  let latest = null; // the newest entry, drawn even when it is off the grid
  let target = 1;
  let logScale = false;

  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets: [{ data: [], borderWidth: 2, pointRadius: 0, pointHitRadius: 6, tension: 0 }] },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: lossScales(theme, 1, false),
      plugins: {
        tooltip: {
          displayColors: false,
          callbacks: {
            title: (items) => `epoch ${items[0].parsed.x.toLocaleString('en-US')}`,
            label: (item) => `loss ${fixed(item.parsed.y, 4)}`,
          },
        },
      },
    },
  });

  // Always a new array: Chart.js patches the push() of the arrays it is given, and pushing into one
  // of those point by point makes it sync its elements each time (seconds for a long run).
  function shown() {
    return latest && latest.x % every !== 0 ? [...kept, latest] : kept.slice();
  }

  function applyTheme(next) {
    const dataset = chart.data.datasets[0];
    dataset.borderColor = next.accent;
    chart.options.scales = lossScales(next, Math.max(target, latest?.x ?? 0, 1), logScale);
    chart.options.plugins.tooltip.titleFont = font(next);
    chart.options.plugins.tooltip.bodyFont = font(next);
  }

  applyTheme(theme);

  return {
    /** Forget every point; `epochs` is the run's target, the x axis's end. */
    reset(epochs) {
      every = 1;
      kept = [];
      latest = null;
      target = epochs;
    },
    setTarget(epochs) {
      target = epochs;
    },
    append(firstEpoch, stride, losses) {
      if (losses.length === 0) return;
      every = Math.max(every, stride);
      // Coarsen the grid before adding (the same points as adding all, then thinning), so a frame
      // that brings 100,000 losses makes at most MAX_POINTS objects: no long task, little garbage.
      const onGrid = (grid) =>
        kept.filter((point) => point.x % grid === 0).length + gridCount(firstEpoch, stride, losses.length, grid);
      const before = every;
      while (onGrid(every) > MAX_POINTS) every *= 2;
      if (every !== before) kept = kept.filter((point) => point.x % every === 0);
      const step = every / stride; // both are powers of two
      const offset = (every - (firstEpoch % every)) % every;
      for (let i = offset / stride; i < losses.length; i += step) {
        kept.push({ x: firstEpoch + i * stride, y: Math.max(losses[i], LOG_FLOOR) });
      }
      const last = losses.length - 1;
      latest = { x: firstEpoch + last * stride, y: Math.max(losses[last], LOG_FLOOR) };
    },
    setLogScale(on) {
      logScale = on;
    },
    setTheme(next) {
      theme = next;
    },
    /** Redraw (once per frame at most). */
    draw() {
      applyTheme(theme);
      chart.data.datasets[0].data = shown();
      chart.update('none');
      if (chart.data.datasets[0].data.length > 1) markFirstDraw(); // a visible line: for npm run bench:page
    },
    pointCount: () => shown().length,
    /** The chart as a PNG data URL, for export. */
    image: () => chart.toBase64Image('image/png', 1),
    destroy: () => chart.destroy(),
  };
}

/** A range of hours that holds the data and the test hours, with a margin. */
export function hoursRange(hours, test) {
  let low = Infinity;
  let high = -Infinity;
  for (const list of [hours, test]) {
    for (const x of list) {
      low = Math.min(low, x);
      high = Math.max(high, x);
    }
  }
  if (!Number.isFinite(low)) return [0, 1];
  const margin = Math.max(1, (high - low) * 0.1);
  return [low - margin, high + margin];
}

// Draws "boundary 2.45 h" beside the dashed line where p = 0.5, on the side the curve leaves empty
// (upper left when the curve rises), on a patch of background so it stays readable over the grid.
const boundaryLabel = {
  id: 'boundaryLabel',
  afterDatasetsDraw(chart, _args, options) {
    const x = options.hours;
    const { left, right, top } = chart.chartArea;
    if (!Number.isFinite(x)) return;
    const px = chart.scales.x.getPixelForValue(x);
    if (px < left || px > right) return;
    const { ctx } = chart;
    ctx.save();
    ctx.font = `600 12px ${options.font}`;
    const text = `boundary ${fixed(x, 2)} h`;
    const width = ctx.measureText(text).width;
    const fitsLeft = px - 8 - width >= left;
    const fitsRight = px + 8 + width <= right;
    const onLeft = options.rising ? fitsLeft || !fitsRight : !fitsRight && fitsLeft;
    const textX = onLeft ? px - 8 - width : px + 8;
    const textY = top + 22;
    ctx.fillStyle = options.background;
    ctx.fillRect(textX - 3, textY - 2, width + 6, 18);
    ctx.fillStyle = options.color;
    ctx.textBaseline = 'top';
    ctx.fillText(text, textX, textY);
    ctx.restore();
  },
};

function predictionScales(theme, [low, high]) {
  return {
    x: axis(theme, 'hours studied', { type: 'linear', min: low, max: high }),
    y: axis(theme, 'pass probability', {
      type: 'linear',
      min: -0.08,
      max: 1.08,
      ticks: { callback: (value) => String(value) },
      afterBuildTicks: (scale) => {
        scale.ticks = [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value }));
      },
    }),
  };
}

const CURVE = 0;
const BOUNDARY = 1;
const FAIL = 2;
const PASS = 3;
const TEST = 4;

/**
 * The sigmoid over the data. update({ curve, boundary, hours, labels, test, testProbabilities })
 * where curve is [{x, y}], boundary is -b/w (or NaN when w = 0). onPointClick(row) when the reader
 * clicks a training point.
 */
export function createPredictionChart(canvas, { theme, onPointClick }) {
  let range = [0, 1];
  const chart = new Chart(canvas, {
    type: 'scatter',
    data: {
      datasets: [
        { type: 'line', label: 'pass probability', data: [], borderWidth: 3, pointRadius: 0, tension: 0 },
        { type: 'line', label: 'decision boundary', data: [], borderWidth: 1.5, borderDash: [6, 4], pointRadius: 0 },
        { label: 'fail', data: [], pointStyle: 'triangle', pointRadius: 7, pointHoverRadius: 9, pointHitRadius: 8 },
        { label: 'pass', data: [], pointStyle: 'circle', pointRadius: 6.5, pointHoverRadius: 8.5, pointHitRadius: 8 },
        { label: 'test hours', data: [], pointStyle: 'rectRot', pointRadius: 6, borderWidth: 2, pointHoverRadius: 8 },
      ],
    },
    options: {
      animation: false,
      parsing: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: predictionScales(theme, range),
      plugins: {
        tooltip: {
          filter: (item) => item.datasetIndex >= FAIL,
          displayColors: false,
          callbacks: {
            label: (item) => {
              const { x, y } = item.raw;
              if (item.datasetIndex === TEST) return `${fixed(x, 2)} h → pass probability ${fixed(y, 4)}`;
              return `${fixed(x, 2)} h, ${y === 1 ? 'pass' : 'fail'} (click to flip)`;
            },
          },
        },
      },
      onHover(event, elements) {
        const overPoint = elements.some((element) => element.datasetIndex === FAIL || element.datasetIndex === PASS);
        event.native.target.style.cursor = overPoint ? 'pointer' : 'default';
      },
    },
    plugins: [boundaryLabel],
  });

  // Our own click listener: Chart.js hands events over once per animation frame and drops all but
  // the last, which can lose a quick click; this one sees every click.
  canvas.addEventListener('click', (event) => {
    const hits = chart.getElementsAtEventForMode(event, 'nearest', { intersect: true }, false);
    const hit = hits.find((element) => element.datasetIndex === FAIL || element.datasetIndex === PASS);
    if (hit) onPointClick?.(chart.data.datasets[hit.datasetIndex].data[hit.index].row);
  });

  function applyTheme(next) {
    const [curve, boundary, fail, pass, test] = chart.data.datasets;
    curve.borderColor = next.accent;
    boundary.borderColor = next.text;
    Object.assign(fail, { backgroundColor: next.fail, borderColor: next.surface, borderWidth: 1.5 });
    Object.assign(pass, { backgroundColor: next.pass, borderColor: next.surface, borderWidth: 1.5 });
    Object.assign(test, { backgroundColor: next.surface, borderColor: next.text });
    chart.options.scales = predictionScales(next, range);
    chart.options.plugins.boundaryLabel = { color: next.text, background: next.surface, font: next.font };
    chart.options.plugins.tooltip.bodyFont = font(next);
  }

  applyTheme(theme);

  return {
    setTheme(next) {
      theme = next;
    },
    setRange(low, high) {
      range = [low, high];
    },
    update({ curve, boundary, rising, hours, labels, test, testProbabilities }) {
      applyTheme(theme);
      const datasets = chart.data.datasets;
      datasets[CURVE].data = curve;
      datasets[BOUNDARY].data = Number.isFinite(boundary)
        ? [
            { x: boundary, y: -0.08 },
            { x: boundary, y: 1.08 },
          ]
        : [];
      datasets[FAIL].data = [];
      datasets[PASS].data = [];
      hours.forEach((x, row) => datasets[labels[row] === 1 ? PASS : FAIL].data.push({ x, y: labels[row], row }));
      datasets[TEST].data = test.map((x, i) => ({ x, y: testProbabilities[i] }));
      chart.options.plugins.boundaryLabel.hours = boundary;
      chart.options.plugins.boundaryLabel.rising = rising;
      chart.update('none');
    },
    /** Where training point `row` is drawn, in CSS pixels from the canvas's top left (for tests). */
    pointPosition(row) {
      for (const index of [FAIL, PASS]) {
        const at = chart.data.datasets[index].data.findIndex((point) => point.row === row);
        if (at >= 0) {
          const element = chart.getDatasetMeta(index).data[at];
          return { x: element.x, y: element.y };
        }
      }
      return null;
    },
    /** The chart as a PNG data URL, for export. */
    image: () => chart.toBase64Image('image/png', 1),
    destroy: () => chart.destroy(),
  };
}
