// `node scripts/bench-network-page.mjs --quick`: chapter 2's page measurements (first decision map, a
// long run's tasks, the map panel's frame at 8 units) run once in headless Chromium against the built
// dist/ and report numbers that hang together. Timings are printed, never asserted.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const BENCH = new URL('../../scripts/bench-network-page.mjs', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;

test('the quick network page benchmark measures the first map, the long run and the map frame', () => {
  const result = spawnSync(process.execPath, [BENCH, '--quick'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  assert.equal(result.status, 0, `bench-network-page failed:\n${result.stdout}\n${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  const report = JSON.parse(lines[lines.length - 1]);
  assert.ok(report.firstMap > 0 && Number.isFinite(report.firstMap), `first map at ${report.firstMap} ms`);
  const { mapFrame } = report;
  assert.equal(mapFrame.columns * mapFrame.rows >= 100 * 100, true, 'the page grid: at least 100 x 100 cells');
  assert.ok(mapFrame.size > 0, 'the map was laid out');
  for (const part of ['engine', 'map', 'thumbnails', 'frame']) assert.ok(Number.isFinite(mapFrame[part]), part);
  for (const run of report.longRuns) {
    assert.ok(run.epochsPerSecond > 0 && run.seconds > 0, 'the run finished');
    assert.ok(run.trace.count > 0, 'the trace has the main thread tasks');
    assert.ok(run.trace.longestCpu <= run.trace.longestWall + 1, 'a task uses no more CPU than wall time');
    assert.ok(run.longestTask === 0 || run.longestTask >= 50, 'long tasks are those over 50 ms');
  }
});
