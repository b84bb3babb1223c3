// Chart.js's tick labels, written without Intl (core/chart-style.js): the same text as Chart.js's own
// default formatter (which uses Intl.NumberFormat) for the axes the page draws.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ticks } from 'chart.js';
import { logTickText, tickText } from '../../web/src/core/chart-style.js';
import { count, grouped } from '../../web/src/core/format.js';

// Chart.js's formatters read `this.chart.options.locale` and `this.options.ticks.format`.
const scale = { chart: { options: { locale: 'en-US' } }, options: { ticks: {} } };
const ticksOf = (values) => values.map((value) => ({ value }));
const range = (from, step, n) => Array.from({ length: n }, (_, i) => Number((from + i * step).toPrecision(12)));

test('linear ticks read as Chart.js writes them: epochs, losses, probabilities, hours, weights', () => {
  const axes = [
    range(0, 500, 11),
    range(0, 1000, 11),
    range(0, 1000000, 11),
    range(0, 0.1, 7),
    range(0, 0.05, 9),
    range(0, 0.25, 5),
    range(-20, 5, 9),
    range(1.5, 0.5, 6),
    range(-1000000, 250000, 9),
    range(0, 0.002, 6),
  ];
  for (const values of axes) {
    const ticks = ticksOf(values);
    const ours = values.map((v, i) => tickText(v, i, ticks));
    const theirs = values.map((v, i) => Ticks.formatters.numeric.call(scale, v, i, ticks));
    assert.deepEqual(ours, theirs, `ticks ${values.join(', ')}`);
  }
});

test('log ticks keep 1, 2, 3 and 5 times a power of ten and the last ones, as Chart.js does', () => {
  const values = [0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.2, 0.3, 0.4, 0.5];
  const ticks = ticksOf(values);
  const ours = values.map((v, i) => logTickText(v, i, ticks));
  const theirs = values.map((v, i) => Ticks.formatters.logarithmic.call(scale, v, i, ticks));
  assert.deepEqual(ours, theirs);
  assert.equal(logTickText(0, 0, ticks), '0');
});

test('tiny and huge ticks switch to scientific notation', () => {
  const ticks = ticksOf([1e-6, 2e-6, 3e-6]);
  assert.deepEqual(
    ticks.map((t, i) => tickText(t.value, i, ticks)),
    ['1E-6', '2E-6', '3E-6'],
  );
  assert.equal(tickText(2e16, 1, ticksOf([0, 2e16, 4e16])), '2E16');
});

test('counts are grouped by thousands as en-US writes them', () => {
  for (const n of [0, 7, 999, 1000, 12345, 5000000, 10000000, 4294967295, -1234567]) {
    assert.equal(count(n), n.toLocaleString('en-US'));
  }
  assert.equal(grouped('1234567.891'), '1,234,567.891');
  assert.equal(count(2.6), '3');
});
