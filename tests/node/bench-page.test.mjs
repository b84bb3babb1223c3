// `npm run bench:page --quick`: the page budgets' measurements run once against the built dist/ in
// headless Chromium and report every metric as a number. Timings and budgets are printed, never asserted.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const BENCH = new URL('../../scripts/bench-page.mjs', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;

test('the quick page benchmark measures every metric', () => {
  const result = spawnSync(process.execPath, [BENCH, '--quick'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  assert.equal(result.status, 0, `bench:page failed:\n${result.stdout}\n${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  const report = JSON.parse(lines[lines.length - 1]);
  assert.equal(report.quick, true);
  for (const [name, value] of Object.entries(report.metrics)) {
    assert.ok(Number.isFinite(value), `${name} is a finite number (got ${value})`);
  }
  for (const name of [
    'page_gzip_bytes',
    'first_loss_chart_ms',
    'longest_task_ms',
    'heap_growth_bytes',
    'input_to_probability_ms',
  ]) {
    assert.ok(name in report.budgets, `${name} has a budget`);
    assert.equal(typeof report.budgets[name].met, 'boolean');
  }
  // Every response of the load was counted: the page, its script, its style and the engine's .wasm.
  const files = report.files.map((file) => file.file);
  assert.ok(files.includes('index.html'));
  assert.ok(files.some((file) => /\.wasm$/.test(file)));
  assert.ok(files.some((file) => /\.js$/.test(file)));
  for (const file of report.files) assert.ok(file.gzip > 0 && file.raw > 0, `${file.file} has a size`);
});
