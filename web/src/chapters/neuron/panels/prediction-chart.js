// The sigmoid over the data on a Chart.js chart: the curve for the current weight and bias, the
// training points at 0 and 1 (a click flips one), the decision boundary -b/w with its label, and the
// test hours on the curve. The rest of the page calls update() and never sees Chart.js.
import { Chart, LineController, LineElement, LinearScale, PointElement, ScatterController, Tooltip } from 'chart.js';
import { axis } from '../../../core/chart-style.js';
import { fixed } from '../../../core/format.js';

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
    const text = `boundary ${fixed(x, 2)} h`;
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
function config(theme, range) {
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
  };
}

/**
 * The sigmoid over the data. update({ curve, boundary, hours, labels, test, testProbabilities })
 * where curve is [{x, y}], boundary is -b/w (or NaN when w = 0). onPointClick(row) when the reader
 * clicks a training point.
 */
export function createPredictionChart(canvas, { theme, onPointClick }) {
  let range = [0, 1];
  const chart = new Chart(canvas, config(theme, range));

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
    /** The chart as a PNG data URL, for export. */
    image: () => chart.toBase64Image('image/png', 1),
    destroy: () => chart.destroy(),
  };
}
