// `node scripts/bench-peer.mjs PLAYGROUND_DIST [--loads N] [--width PX]`: our page (dist/) against
// TensorFlow Playground, loaded cold by turns in the same Chromium from the same local server, as
// issue 14 compared them. PLAYGROUND_DIST is the dist/ folder of github.com/tensorflow/playground built
// with its README's `npm ci && npm run build` (it needs the network, so this is not part of CI).
// Requests to other hosts (its Google Fonts and analytics) are refused, as a machine offline would.
//   first paint        first-contentful-paint
//   first loss chart   ours: the mark 'one-neuron:first-loss-chart' (web/src/core/loss-chart.js), the
//                      loss chart drawn with a line; theirs: the first path drawn in #linechart (it
//                      does not train until Play is pressed, so its first path is its first point)
//   longest task       the longest main-thread task (PerformanceObserver 'longtask') in the first 3 s
//   layout shift       the first 3 s, shifts without recent input
// Prints medians (and each load's value); the last line is one JSON object with them.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, openPage, serve } from '../tests/browser/browser.mjs';
import { median } from './bench-stats.mjs';

const { values: options, positionals } = parseArgs({
  options: { loads: { type: 'string', default: '9' }, width: { type: 'string', default: '1280' } },
  allowPositionals: true,
});
const playground = positionals[0];
if (!playground || !existsSync(join(playground, 'index.html'))) {
  console.error('bench-peer: give the built TensorFlow Playground dist/ folder (it has no index.html here)');
  process.exit(2);
}
const WATCH_MS = 3000;

// Runs in each page before its scripts: long tasks, layout shift and the Playground's first path.
function instrument() {
  const seen = { tasks: [], shift: 0, line: null };
  window.__peer = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) seen.shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new MutationObserver(() => {
    const paths = document.querySelectorAll('#linechart path');
    if (seen.line === null && [...paths].some((path) => (path.getAttribute('d') ?? '').length > 2)) {
      seen.line = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['d'] });
}

async function load(browser, site, width) {
  const page = await openPage(browser, { width, height: width < 500 ? 740 : 900 });
  const context = page.context();
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  await context.addInitScript(instrument);
  await page.goto(site.url);
  await page.waitForFunction(
    () => window.__peer.line !== null || performance.getEntriesByName('one-neuron:first-loss-chart').length > 0,
    null,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(WATCH_MS);
  const result = await page.evaluate((watch) => {
    const seen = window.__peer;
    const ours = performance.getEntriesByName('one-neuron:first-loss-chart')[0];
    return {
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      firstLossChart: ours ? ours.startTime : seen.line,
      longestTask: Math.max(0, ...seen.tasks.filter(([start]) => start < watch).map(([, duration]) => duration)),
      layoutShift: seen.shift,
    };
  }, WATCH_MS);
  await context.close();
  return result;
}

const width = Number(options.width);
const loads = Number(options.loads);
const browser = await launchBrowser();
const sites = { 'One Neuron': await serve('dist'), 'TensorFlow Playground': await serve(playground) };
const results = Object.fromEntries(Object.keys(sites).map((name) => [name, []]));
const loadBefore = loadavg()[0];
try {
  for (let i = 0; i < loads; i += 1) {
    for (const [name, site] of Object.entries(sites)) results[name].push(await load(browser, site, width));
  }
} finally {
  await browser.close();
  for (const site of Object.values(sites)) await site.close();
}

const summary = {};
console.log(
  `${cpus()[0]?.model}, ${cpus().length} cores, load average ${loadBefore.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`,
);
console.log(`${loads} cold loads each, by turns, ${width} px wide`);
for (const [name, runs] of Object.entries(results)) {
  const metric = (key, digits = 0) => ({
    median: Number(median(runs.map((run) => run[key])).toFixed(digits)),
    each: runs.map((run) => Number(run[key].toFixed(digits))),
  });
  summary[name] = {
    first_paint_ms: metric('firstPaint'),
    first_loss_chart_ms: metric('firstLossChart'),
    longest_task_ms: metric('longestTask'),
    layout_shift: metric('layoutShift', 3),
  };
  const line = Object.entries(summary[name]).map(
    ([key, { median: value, each }]) => `${key} ${value} [${each.join(', ')}]`,
  );
  console.log(`${name}: ${line.join('; ')}`);
}
console.log(JSON.stringify({ width, loads, load_average: loadBefore, ...summary }));
