// `npm run bench --quick`: every implementation runs on small sizes and agrees with the others
// (and with NumPy when present), the network's too (TensorFlow.js included). Timings are printed by the
// benchmark, never asserted here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const BENCH = new URL('../../scripts/bench.mjs', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;

test('the quick benchmark runs every implementation and their results agree within their tolerance', () => {
  const result = spawnSync(process.execPath, [BENCH, '--quick'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, `bench failed:\n${result.stdout}\n${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  const report = JSON.parse(lines[lines.length - 1]);
  assert.equal(report.quick, true);
  assert.equal(report.agree, true);
  assert.deepEqual(Object.keys(report.cases), ['a', 'b', 'c']);
  for (const [id, c] of Object.entries(report.cases)) {
    for (const name of ['wasm', 'wasm_step', 'native', 'native_o3', 'js']) {
      assert.ok(c.median_ms[name] > 0, `(${id}) ${name} has a time`);
      assert.ok(c.max_relative_difference[name] <= 1e-12, `(${id}) ${name} agrees`);
    }
    if ('numpy' in c.median_ms) assert.equal(c.max_relative_difference.numpy, 0, `(${id}) NumPy is the reference`);
    for (const ratio of ['wasm_vs_native', 'js_vs_wasm']) assert.ok(Number.isFinite(c[ratio]), `(${id}) ${ratio}`);
  }
  // The network (issue 12): every implementation has a speed and agrees with WASM within its tolerance
  // (float64 ones to 1e-12; TensorFlow.js, float32, to 1e-6 at the start and 1e-4 after the run).
  const { network } = report;
  for (const name of ['wasm', 'wasm_step', 'native', 'native_o3', 'js', 'tfjs_cpu', 'tfjs_wasm']) {
    assert.ok(network.epochs_per_second[name] > 0, `network ${name} has a speed`);
    const limit = name.startsWith('tfjs') ? network.tolerance.float32 : network.tolerance.float64;
    assert.ok(network.max_difference[name] <= limit, `network ${name} agrees`);
  }
  assert.ok(network.max_difference.tfjs_wasm_initial_loss <= 1e-6, 'TensorFlow.js starts from the same loss');
  assert.ok(network.max_difference.tfjs_wasm > 0, 'TensorFlow.js computes in float32, not a copy of the engine');
  assert.ok(network.map.engine_map_ms > 0 && network.map.frame_ms >= network.map.engine_map_ms, 'the map is timed');
  // The WASM engine on the post's run, bit for bit (README, "Exactness").
  assert.equal(report.cases.a.wasm_final.weight, 4.2483439133004515);
  assert.equal(report.cases.a.wasm_final.bias, -10.419463382225501);
});
