// The sigmoid over the data on a Chart.js chart: the curve for the current weight and bias, the
// training points at 0 and 1 (a click flips one), the decision boundary -b/w with its label, and the
// test hours on the curve. The rest of the page calls update() and never sees Chart.js. A mouse hovers
// for a point's read-out and clicks to flip it; a finger taps for the read-out (within 22 px: fingers
// are not precise) and taps the same point again to flip it.
import { Chart, LineController, LineElement, LinearScale, PointElement, ScatterController, Tooltip } from 'chart.js';
import { axis, PRINT_THEME } from '../../../core/chart-style.js';
import { shown } from '../../../core/format.js';
import { same, trainingPoints } from './prediction-points.js';

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, Tooltip);

function font(theme, size = 12) {
  return { family: theme.font, size };
}

// Draws "boundary 2.45 h" beside the dashed line where p = 0.5, on the side the curve leaves empty
// (upper left when the curve rises; lower right when only the right has room), on a patch of background so it stays readable over the grid.
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
    const text = `boundary ${shown(x, 2)} h`;
    const width = ctx.measureText(text).width;
    const fitsLeft = px - 8 - width >= left;
    const fitsRight = px + 8 + width <= right;
    const onLeft = options.rising ? fitsLeft || !fitsRight : !fitsRight && fitsLeft;
    const textX = onLeft ? px - 8 - width : px + 8;
    // On the curve's own side (too little room on the empty one, on a phone), the top holds the curve
    // and the points at 1: the label goes low instead, where that side has neither.
    const textY = onLeft === Boolean(options.rising) ? top + 22 : chart.scales.y.getPixelForValue(0.3) - 9;
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

/** Chart.js's configuration: the five datasets (in the order of the constants above) and options. */
function config(theme, range, touch) {
  return {
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
      events: ['mousemove', 'mouseout', 'click'],
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
            label: (item) => pointText(item.datasetIndex, item.raw, touch.active ? 'tap again' : 'click'),
          },
        },
      },
      onHover(event, elements) {
        const overPoint = elements.some((element) => element.datasetIndex === FAIL || element.datasetIndex === PASS);
        event.native.target.style.cursor = overPoint ? 'pointer' : 'default';
      },
    },
    // Chart.js gets no touch events (the pointerup listener handles a tap), and drops the mouse events
    // a browser makes up after a tap.
    plugins: [boundaryLabel, { id: 'afterTouch', beforeEvent: () => !touch.recent() }],
  };
}

/** A point's read-out: "1.00 h, fail (click to flip)", "1.50 h → pass probability 0.0172". */
function pointText(datasetIndex, { x, y }, how) {
  if (datasetIndex === TEST) return `${shown(x, 2)} h → pass probability ${shown(y, 4)}`;
  return `${shown(x, 2)} h, ${y === 1 ? 'pass' : 'fail'} (${how} to flip)`;
}

const TOUCH_RADIUS = 22; // px from a point's centre that a tap still reaches it
const AFTER_TOUCH_MS = 1000; // the made-up mouse events follow a tap within this

/** The training or test point nearest (x, y) in CSS pixels, within `radius`: { datasetIndex, index } or null. */
function nearestPoint(chart, x, y, radius) {
  let best = null;
  for (const datasetIndex of [FAIL, PASS, TEST]) {
    chart.getDatasetMeta(datasetIndex).data.forEach((element, index) => {
      const distance = Math.hypot(element.x - x, element.y - y);
      if (distance <= radius && (!best || distance < best.distance)) best = { datasetIndex, index, distance };
    });
  }
  return best && { datasetIndex: best.datasetIndex, index: best.index };
}

/**
 * A click on a training point flips it; a tap shows a point's read-out (onReadout(text), '' when none)
 * and a second tap on the same training point flips it (onPointClick(row)).
 */
function listen(canvas, chart, touch, { onPointClick, onReadout }) {
  const flip = (hit) => onPointClick?.(chart.data.datasets[hit.datasetIndex].data[hit.index].row);
  // Our own click listener: Chart.js hands events over once per animation frame and drops all but
  // the last, which can lose a quick click; this one sees every click (not the one a tap makes up).
  canvas.addEventListener('click', (event) => {
    if (touch.recent()) return;
    touch.active = false;
    const hits = chart.getElementsAtEventForMode(event, 'nearest', { intersect: true }, false);
    const hit = hits.find((element) => element.datasetIndex === FAIL || element.datasetIndex === PASS);
    if (hit) flip(hit);
  });
  canvas.addEventListener('pointermove', (event) => {
    if (event.pointerType === 'mouse' && !touch.recent()) touch.active = false;
  });
  canvas.addEventListener('pointerup', (event) => {
    if (event.pointerType === 'mouse') return;
    touch.at = performance.now();
    touch.active = true;
    const box = canvas.getBoundingClientRect();
    const hit = nearestPoint(chart, event.clientX - box.left, event.clientY - box.top, TOUCH_RADIUS);
    const [shownPoint] = chart.tooltip.getActiveElements();
    const again = hit && shownPoint?.datasetIndex === hit.datasetIndex && shownPoint.index === hit.index;
    chart.tooltip.setActiveElements(hit && !again ? [hit] : [], { x: event.offsetX, y: event.offsetY });
    chart.update('none');
    if (again && hit.datasetIndex !== TEST) flip(hit);
    const raw = hit && chart.data.datasets[hit.datasetIndex].data[hit.index];
    onReadout?.(hit && !again ? pointText(hit.datasetIndex, raw, 'tap again') : '');
  });
}

/**
 * The sigmoid over the data. update({ curve, boundary, hours, labels, test, testProbabilities })
 * where curve is [{x, y}], boundary is -b/w (or NaN when w = 0). onPointClick(row) when the reader
 * clicks a training point.
 */
export function createPredictionChart(canvas, { theme, onPointClick, onReadout }) {
  let range = [0, 1];
  const touch = { active: false, at: -Infinity, recent: () => performance.now() - touch.at < AFTER_TOUCH_MS };
  // Made at the first update, in a frame, not in the panel's set-up task: Chart.js's first layout
  // and draw are most of a panel's start (see core/loss-chart.js).
  let chart = null;

  // New options make Chart.js resolve every option and measure every tick label again, so they are
  // set only when the colours or the range change (not every frame of a run).
  let applied = null;
  function applyTheme(next) {
    if (!chart) {
      chart = new Chart(canvas, config(theme, range, touch));
      listen(canvas, chart, touch, { onPointClick, onReadout });
    }
    if (applied && applied.theme === next && applied.low === range[0] && applied.high === range[1]) return;
    applied = { theme: next, low: range[0], high: range[1] };
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

  let drawn = { hours: [], labels: [] }; // the training points drawn

  return {
    setTheme(next) {
      theme = next;
    },
    /** Make the Chart.js instance now (set up after the page's start: a task of its own). */
    prepare: () => applyTheme(theme),
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
      if (!same(hours, drawn.hours) || !same(labels, drawn.labels)) {
        // Up to 2,000 points: new objects only when the data changed, not every frame of a run.
        drawn = { hours, labels };
        [datasets[FAIL].data, datasets[PASS].data] = trainingPoints(hours, labels);
      }
      datasets[TEST].data = test.map((x, i) => ({ x, y: testProbabilities[i] }));
      chart.options.plugins.boundaryLabel.hours = boundary;
      chart.options.plugins.boundaryLabel.rising = rising;
      chart.update('none');
    },
    /** Resolves to the chart as a PNG data URL, for export: light colours, `title`, the legend and `notes`. */
    async image({ title = 'Pass probability', notes = [] } = {}) {
      const { chartCard } = await import('../../../core/chart-export.js');
      const { accent, pass, fail, text } = PRINT_THEME;
      const legend = [
        { label: 'pass probability', color: accent },
        { label: 'pass', color: pass, kind: 'point' },
        { label: 'fail', color: fail, kind: 'point' },
        { label: 'hours to predict', color: text, kind: 'ring' },
        { label: 'boundary (p = 0.5)', color: text, dash: [6, 4] },
      ];
      applyTheme(theme); // the chart exists
      return chartCard(chart, { paint: applyTheme, theme, title, legend, notes });
    },
    destroy: () => chart?.destroy(),
  };
}
