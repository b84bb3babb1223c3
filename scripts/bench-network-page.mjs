// Chapter 2's page budgets (issue 12), measured in headless Chromium (Debian's, through playwright-core)
// like scripts/bench-page.mjs, whose runner may call these functions; run alone it measures them all:
//   first map   navigation to `#chapter=network` -> the first decision map drawn (the performance mark
//               'one-neuron:first-decision-map' that web/src/core/decision-map.js sets after its first
//               paint): <= 500 ms, median of the loads (measureFirstMap)
//   long run    `#chapter=network&epochs=1000000` with reduced motion (as fast as the engine trains, in
//               chunks per frame): no main-thread task over 50 ms (PerformanceObserver 'longtask') from the
//               first map to the run's end (measureNetworkLongRun)
//   map frame   one frame's decision map and 8 hidden units' thumbnails in the page's own modules
//               (web/src served as they are): trainer.map(grid) in WASM, then the map's and the
//               thumbnails' update() with their canvas drawing, on the main thread: <= 4 ms, median of the
//               frames (measureMapFrame)
// The first two need the built dist/ (`npm run build`); the last serves the repository itself.
//
//   node scripts/bench-network-page.mjs [--quick] [--loads N] [--runs N] [--frames N]
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser, openPage, serve } from '../tests/browser/browser.mjs';
import { mapFramePage } from './bench-network-map-page.mjs';
import { median } from './bench-stats.mjs';

export const NETWORK_PAGE_BUDGETS = { first_map_ms: 500, network_longest_task_ms: 50, map_frame_ms: 4 };
const FIRST_MAP = 'one-neuron:first-decision-map';
const LONG_RUN_EPOCHS = 1_000_000;

// Before the page's scripts: every long task, [start, duration], from the start.
function recordLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

async function chapterPage(browser, pageOptions) {
  const page = await openPage(browser, pageOptions);
  await page.context().addInitScript(recordLongTasks);
  return page;
}

async function closeChecked(page) {
  const problems = page.problems;
  await page.context().close();
  if (problems.length > 0) throw new Error(`the page reported problems: ${problems.join('; ')}`);
}

/**
 * One cold load of `#chapter=network` from `site` (dist/ served): { firstMap (ms after navigation),
 * longestLoadTask, trace (mainThreadTasks begun before the first map: cpuTotal is the main thread's own
 * time, which the machine's load does not stretch; the task that draws the map is counted whole) }.
 */
export async function measureFirstMap(browser, site) {
  const page = await chapterPage(browser);
  const categories = ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];
  await browser.startTracing(page, { categories });
  await page.goto(`${site.url}#chapter=network`);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_MAP, { timeout: 30_000 });
  const trace = mainThreadTasks(await browser.stopTracing(), { until: FIRST_MAP }); // the tasks begun before it
  const result = await page.evaluate((name) => {
    const firstMap = performance.getEntriesByName(name)[0].startTime;
    const tasks = window.__longTasks.filter(([start]) => start <= firstMap).map(([, duration]) => duration);
    return { firstMap, longestLoadTask: Math.max(0, ...tasks) };
  }, FIRST_MAP);
  await closeChecked(page);
  return { ...result, trace };
}

/**
 * A 1,000,000-epoch run of chapter 2 opened by link (reduced motion): { seconds (first map to done),
 * epochsPerSecond, longestTask (ms, between the first map and the run's end), tasks ([ms after the first
 * map, duration] of each long task), longestLoadTask (before the first map), trace (mainThreadTasks: the
 * run's main-thread tasks traced, the longest by wall and by CPU time) }.
 */
export async function measureNetworkLongRun(browser, site, epochs = LONG_RUN_EPOCHS) {
  const page = await chapterPage(browser, { reducedMotion: 'reduce' });
  // Tracing starts before the page does: started at the first map, its own start-up (every process's
  // trace agent, at once) would land in the run's first 100 ms, the very window measured.
  const categories = ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];
  await browser.startTracing(page, { categories });
  await page.goto(`${site.url}#chapter=network&epochs=${epochs}`);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_MAP, { timeout: 30_000 });
  await page.waitForFunction(
    (target) => {
      const root = document.querySelector('[data-one-neuron]');
      return (
        root?.dataset.status === 'done' &&
        root.dataset.epoch === String(target) &&
        (window.__doneAt ??= performance.now())
      );
    },
    epochs,
    { polling: 'raf', timeout: 600_000 },
  );
  const trace = mainThreadTasks(await browser.stopTracing(), { since: FIRST_MAP }); // the run's tasks
  const run = await page.evaluate((name) => {
    const start = performance.getEntriesByName(name)[0].startTime;
    const during = window.__longTasks.filter(([at]) => at > start);
    const before = window.__longTasks.filter(([at]) => at <= start).map(([, duration]) => duration);
    return {
      seconds: (window.__doneAt - start) / 1000,
      longestTask: Math.max(0, ...during.map(([, duration]) => duration)),
      tasks: during.map(([at, duration]) => [Math.round(at - start), Math.round(duration)]),
      longestLoadTask: Math.max(0, ...before),
    };
  }, FIRST_MAP);
  await closeChecked(page);
  return { ...run, epochsPerSecond: epochs / run.seconds, trace };
}

// The renderer's main-thread tasks in a Chromium trace (the 'toplevel' category's RunTask events): the
// longest by wall time (what PerformanceObserver reports) and by the thread's own CPU time (tdur: without the
// time the OS gave other processes, which on a busy machine is most of a long task's wall time).
// With `until` (a performance mark's name, traced in 'blink.user_timing'), only the tasks begun before it;
// with `since`, only those begun after it.
function mainThreadTasks(trace, { until = null, since = null } = {}) {
  const events = JSON.parse(trace.toString('utf8')).traceEvents ?? [];
  const mark = until || since ? events.find((e) => e.name === (until ?? since)) : null;
  const [start, end] = !mark ? [-Infinity, Infinity] : until ? [-Infinity, mark.ts] : [mark.ts, Infinity];
  // The page's main thread: the one that set the mark, else every renderer's (one page open at a time).
  const main = new Set(
    mark
      ? [`${mark.pid}:${mark.tid}`]
      : events
          .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
          .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) =>
      e.ph === 'X' &&
      e.name === 'RunTask' &&
      main.has(`${e.pid}:${e.tid}`) &&
      e.dur !== undefined &&
      e.ts < end &&
      e.ts > start,
  );
  const wall = tasks.map((e) => e.dur / 1000);
  const cpu = tasks.map((e) => (e.tdur ?? e.dur) / 1000);
  return {
    count: tasks.length,
    wallTotal: wall.reduce((sum, ms) => sum + ms, 0),
    cpuTotal: cpu.reduce((sum, ms) => sum + ms, 0),
    longestWall: Math.max(0, ...wall),
    longestCpu: Math.max(0, ...cpu),
    overBudgetWall: wall.filter((ms) => ms > 50).length,
    overBudgetCpu: cpu.filter((ms) => ms > 50).length,
  };
}

/** `frames` frames of the map and thumbnails at 8 units (the repository served as it is): medians in ms. */
export async function measureMapFrame(browser, frames = 200) {
  const site = await serve('.');
  const page = await openPage(browser);
  try {
    await page.route(`${site.url}bench-map.html`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: mapFramePage(frames) }),
    );
    await page.goto(`${site.url}bench-map.html`);
    const result = await page.waitForFunction(() => window.__mapFrame, null, { timeout: 120_000 });
    return await result.jsonValue();
  } finally {
    await closeChecked(page);
    await site.close();
  }
}

async function main() {
  const { values: options } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      loads: { type: 'string' },
      runs: { type: 'string' },
      frames: { type: 'string' },
    },
  });
  const loads = Number(options.loads ?? (options.quick ? 1 : 7));
  const runs = Number(options.runs ?? 1);
  const frames = Number(options.frames ?? (options.quick ? 20 : 300));
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first');
  const browser = await launchBrowser();
  const site = await serve('dist');
  try {
    const mapFrame = await measureMapFrame(browser, frames);
    console.log(
      `map frame (8 units, ${mapFrame.columns} x ${mapFrame.rows} cells, ${mapFrame.size} px, median of ${frames}):`,
    );
    console.log(
      `  map() ${mapFrame.engine.toFixed(2)} ms + map.update ${mapFrame.map.toFixed(2)} ms + thumbnails ${mapFrame.thumbnails.toFixed(2)} ms = ${mapFrame.frame.toFixed(2)} ms (budget 4)`,
    );
    const firstMaps = [];
    for (let i = 0; i < loads; i += 1) firstMaps.push(await measureFirstMap(browser, site));
    const firstMap = median(firstMaps.map((r) => r.firstMap));
    const cpu = firstMaps.map((r) => r.trace.cpuTotal.toFixed(0)).join(', ');
    const wall = firstMaps.map((r) => r.trace.wallTotal.toFixed(0)).join(', ');
    console.log(
      `first map: median ${firstMap.toFixed(0)} ms of ${loads} (${firstMaps.map((r) => r.firstMap.toFixed(0)).join(', ')}; budget 500)`,
    );
    console.log(`  main-thread tasks until then: ${cpu} ms CPU, ${wall} ms wall`);
    const longRuns = [];
    for (let i = 0; i < runs; i += 1)
      longRuns.push(await measureNetworkLongRun(browser, site, options.quick ? 20_000 : LONG_RUN_EPOCHS));
    for (const r of longRuns) {
      console.log(
        `long run: ${r.seconds.toFixed(1)} s (${r.epochsPerSecond.toFixed(0)} epochs/s), longest task ${r.longestTask.toFixed(0)} ms (budget 50), ${r.tasks.length} long tasks; before the first map ${r.longestLoadTask.toFixed(0)} ms`,
      );
      const t = r.trace;
      console.log(
        `  traced: ${t.count} main-thread tasks, longest ${t.longestWall.toFixed(0)} ms wall / ${t.longestCpu.toFixed(0)} ms CPU; over 50 ms: ${t.overBudgetWall} by wall, ${t.overBudgetCpu} by CPU`,
      );
    }
    console.log(JSON.stringify({ budgets: NETWORK_PAGE_BUDGETS, mapFrame, firstMaps, firstMap, longRuns }));
  } finally {
    await site.close();
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
