// The loss curve on a Chart.js chart: the rest of the page calls reset()/append()/draw() and never
// sees Chart.js. Long runs are thinned (core/thinning.js) to at most MAX_POINTS exact samples, so it
// stays smooth for millions of epochs. Shared by every chapter that trains. Extra series (chapter 1's
// compared learning rates) are drawn under the run's line, each in its colour and dash, with a legend
// of text under the chart; without them the chart does what it always did.
import { Chart, LineController, LineElement, LinearScale, LogarithmicScale, PointElement, Tooltip } from 'chart.js';
import { axis, LOSS_FLOOR, PRINT_THEME } from './chart-style.js';
import { el } from './dom.js';
import { count, shown } from './format.js';
import { createThinning } from './thinning.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, Tooltip);

const MAX_POINTS = 2048;

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

/** Chart.js's configuration of the loss chart (colours and fonts: applyTheme()). */
function lossConfig(theme) {
  return {
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
            title: (items) => `epoch ${count(items[0].parsed.x)}`,
            label: (item) => `${item.dataset.label ? `${item.dataset.label}: ` : ''}loss ${shown(item.parsed.y, 4)}`,
          },
        },
      },
    },
  };
}

/**
 * The extra series (chapter 1's compared learning rates) as datasets after the run's, which Chart.js
 * draws under it, and their legend as text (a list a screen reader reads), built again only when
 * the keys change.
 */
function createExtraSeries(chart) {
  // `chart()` gives the Chart.js instance (made at its first use, see createLossChart).
  const legend = el('ul', { class: 'legend chart-legend', hidden: true });
  let series = []; // [{ label, color, dash, points }]
  let legendKey = '';
  let seriesKey = ''; // what the series show: set() changes nothing when it is the same
  function showLegend(mainLabel, accent) {
    const keys = series.length === 0 ? [] : [{ label: mainLabel, color: accent, dash: [] }, ...series];
    const key = keys.map((k) => `${k.label} ${k.color}`).join('|');
    if (key === legendKey) return;
    legendKey = key;
    legend.hidden = keys.length === 0;
    legend.replaceChildren(
      ...keys.map((k) => {
        const line = el('span', { class: 'legend-line', 'aria-hidden': 'true' });
        line.style.borderTop = `3px ${k.dash.length === 0 ? 'solid' : k.dash[0] <= 2 ? 'dotted' : 'dashed'} ${k.color}`;
        return el('li', {}, line, el('span', { text: k.label }));
      }),
    );
  }
  return {
    legend,
    /** The export's legend keys: the run's line (in print colours) named `label`, then the series. */
    printed(label) {
      const main = {
        label: series.length > 0 ? `${chart().data.datasets[0].label}: ${label}` : label,
        color: PRINT_THEME.accent,
      };
      return [main, ...series.map((s) => ({ label: s.label, color: s.color, dash: s.dash }))];
    },
    /** Show `next`; returns whether that changed what the chart shows. */
    set(next, mainLabel, accent) {
      const key = `${mainLabel}|${accent}|${next.map((s) => `${s.label} ${s.color} ${s.dash} ${s.points.length} ${s.points.at(-1)?.y}`).join('|')}`;
      if (key === seriesKey) return false;
      seriesKey = key;
      series = next;
      const datasets = chart().data.datasets;
      datasets.length = 1 + next.length;
      next.forEach(({ label, color, dash, points }, i) => {
        const ds = (datasets[i + 1] ??= { borderWidth: 2, pointRadius: 0, pointHitRadius: 6, tension: 0 });
        Object.assign(ds, { label, borderColor: color, borderDash: dash, data: points });
      });
      datasets[0].label = next.length > 0 ? mainLabel : undefined;
      showLegend(mainLabel, accent);
      return true;
    },
  };
}

/** The run's losses as the chart's points: at most MAX_POINTS exact samples, and the newest entry. */
function createLossPoints() {
  const thinning = createThinning(MAX_POINTS, (point) => point.x);
  let latest = null; // the newest entry, drawn even when it is off the grid
  return {
    reset() {
      thinning.reset();
      latest = null;
    },
    add(firstEpoch, stride, losses) {
      const point = (i, epoch) => ({ x: epoch, y: Math.max(losses[i], LOSS_FLOOR) });
      thinning.add(firstEpoch, stride, losses.length, point);
      latest = point(losses.length - 1, firstEpoch + (losses.length - 1) * stride);
    },
    lastEpoch: () => latest?.x ?? 0,
    // Always a new array: Chart.js patches the push() of the arrays it is given, and pushing into one
    // of those point by point makes it sync its elements each time (seconds for a long run).
    visible() {
      const kept = thinning.points();
      return latest && latest.x % thinning.every() !== 0 ? [...kept, latest] : kept.slice();
    },
  };
}

/** The loss curve. append() takes engine history entries: losses[i] is the loss of firstEpoch + i * stride. */
export function createLossChart(canvas, { theme }) {
  const points = createLossPoints();
  const shown = { theme, target: 1, logScale: false };
  // One more for each change to what the chart shows: a redraw with none since the last is skipped
  // (a change of the hours to predict redraws the page's panels, and this chart would be 4 ms of it).
  let [changes, drawn] = [0, -1];
  const changed = () => void (changes += 1);
  const set = (key, value) => {
    if (shown[key] !== value) changed();
    shown[key] = value;
  };

  // Chart.js is made at its first use (the first draw): made here, its first layout of the canvas would
  // force the whole new page's layout inside the panel's set-up; by the first frame it has been done.
  let chart = null;
  const made = () => (chart ??= new Chart(canvas, lossConfig(shown.theme)));
  const extra = createExtraSeries(made);

  // New options make Chart.js resolve every option and measure every tick label again (most of a
  // frame's drawing), so they are set only when the colours, the axis's end or its scale change.
  let applied = null;
  function applyTheme() {
    made();
    const { theme: colours, logScale } = shown;
    const end = Math.max(shown.target, points.lastEpoch(), 1);
    if (applied && applied.theme === colours && applied.end === end && applied.logScale === logScale) return;
    applied = { theme: colours, end, logScale };
    chart.data.datasets[0].borderColor = colours.accent;
    chart.options.scales = lossScales(colours, end, logScale);
    const font = { family: colours.font, size: 12 };
    Object.assign(chart.options.plugins.tooltip, { titleFont: font, bodyFont: { ...font } });
  }

  return {
    legend: extra.legend, // a list under the chart, hidden while there are no extra series
    /** Extra series: [{ label, color, dash, points: [{ x, y }] (a new array) }]; `mainLabel` names the run. */
    setSeries(next, mainLabel = 'this run') {
      if (extra.set(next, mainLabel, shown.theme.accent)) changed();
    },
    /** Forget every point; `epochs` is the run's target, the x axis's end. */
    reset(epochs) {
      points.reset();
      shown.target = epochs;
      changed();
    },
    setTarget: (epochs) => set('target', epochs),
    append(firstEpoch, stride, losses) {
      if (losses.length === 0) return;
      points.add(firstEpoch, stride, losses);
      changed();
    },
    setLogScale: (on) => set('logScale', on),
    setTheme: (next) => set('theme', next),
    /** Make the Chart.js instance now (a panel set up after the page's start: a task of its own). */
    prepare: () => void made(),
    /** Redraw (once per frame at most). */
    draw() {
      if (drawn === changes) return;
      drawn = changes;
      applyTheme();
      chart.data.datasets[0].data = points.visible();
      chart.update('none');
      if (chart.data.datasets[0].data.length > 1) markFirstDraw(); // a visible line: for npm run bench:page
    },
    /**
     * Resolves to the chart as a PNG data URL, for export: in light colours on a card with `title`, its
     * legend and `notes` (the run's parameters). The card's code is loaded at the first export.
     */
    async image({ title = 'Loss per epoch', notes = [] } = {}) {
      const { chartCard } = await import('./chart-export.js');
      const label = shown.logScale ? 'loss per epoch (log scale)' : 'loss per epoch';
      const paint = (next) => {
        set('theme', next);
        applyTheme();
      };
      return chartCard(made(), { paint, theme: shown.theme, title, legend: extra.printed(label), notes });
    },
    destroy: () => chart?.destroy(),
  };
}
