// `npm run bench:page --quick`: the page budgets' measurements run once against the built dist/ in
// headless Chromium and report every metric as a number. Timings are printed, never asserted; what is
// asserted is that the report is consistent: sums add up, each budget's verdict follows its numbers,
// Lighthouse's scores (both presets) are there and printed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const BENCH = new URL('../../scripts/bench-page.mjs', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;

test('the quick page benchmark measures every metric', () => {
  const result = spawnSync(process.execPath, [BENCH, '--quick'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  assert.equal(result.status, 0, `bench:page failed:\n${result.stdout}\n${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  const report = JSON.parse(lines[lines.length - 1]);
  assert.equal(report.quick, true);
  for (const [name, value] of Object.entries(report.metrics)) {
    assert.ok(Number.isFinite(value), `${name} is a finite number (got ${value})`);
  }
  for (const name of [
    'first_view_gzip_bytes',
    'first_loss_chart_ms',
    'longest_load_task_ms',
    'load_layout_shift',
    'heap_peak_bytes',
    'longest_task_ms',
    'heap_growth_bytes',
    'input_to_probability_ms',
    'attribute_changes_ms',
    'million_rows_longest_task_ms',
    'million_rows_link_longest_task_ms',
  ]) {
    const budget = report.budgets[name];
    assert.ok(budget, `${name} has a budget`);
    assert.equal(budget.value, report.metrics[name], `${name}: the budget judges the measured value`);
    assert.equal(budget.met, budget.value <= budget.limit, `${name}: met means within the limit`);
  }
  assert.equal(
    report.metrics.page_gzip_bytes,
    report.files.reduce((sum, file) => sum + file.gzip, 0),
    'the page bytes are the sum of the files loaded',
  );
  assert.equal(report.metrics.requests, report.files.length);
  assert.ok(
    report.metrics.first_view_gzip_bytes > 50_000 &&
      report.metrics.first_view_gzip_bytes < report.metrics.page_gzip_bytes,
    'the first view needs the script and the engine, not the chunks of the panels below it',
  );
  assert.ok(report.metrics.first_loss_chart_ms > 0 && report.metrics.load_animation_ms > 0);
  assert.ok(report.metrics.long_run_frames >= 3, 'the long run trained over several frames');
  // Every response of the load was counted: the page, its script, its style and the engine's .wasm.
  const files = report.files.map((file) => file.file);
  assert.ok(files.includes('index.html'));
  assert.ok(files.some((file) => /\.wasm$/.test(file)));
  assert.ok(files.some((file) => /\.js$/.test(file)));
  // A file the browser asked for again (the favicon, after the first replaceState) is a 304 and costs 0 bytes.
  for (const file of report.files) {
    if (file.revalidated) assert.ok(file.gzip === 0 && file.raw === 0, `${file.file} is counted as 0 bytes`);
    else assert.ok(file.gzip > 0 && file.raw > 0, `${file.file} has a size`);
  }
  // Lighthouse, both presets: scores 0-100 (reported, no budget), as in the metrics line.
  assert.deepEqual(Object.keys(report.lighthouse), ['desktop', 'mobile']);
  for (const [preset, result] of Object.entries(report.lighthouse)) {
    for (const name of ['performance', 'accessibility', 'best_practices']) {
      assert.ok(Number.isInteger(result[name]) && result[name] >= 0 && result[name] <= 100, `${preset} ${name}`);
      assert.equal(report.metrics[`lighthouse_${preset}_${name}`], result[name]);
    }
    assert.ok(result.cls >= 0, `${preset} CLS measured`);
    assert.equal(report.metrics[`lighthouse_${preset}_cls`], result.cls);
    assert.match(result.lost_points.join(), /^$|(performance|accessibility|best-practices): /);
  }
  assert.match(lines.join('\n'), /Lighthouse 12 .*\n.*preset.*performance.*accessibility.*best practices.*CLS/);
});
