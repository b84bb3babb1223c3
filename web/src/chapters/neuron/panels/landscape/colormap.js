// The landscape's colours: viridis (dark violet for low loss, yellow for high; readable in light and
// dark mode and by most colour-blind readers) on a log scale, and the legend's tick values.

import { LOSS_FLOOR } from '../../../../core/chart-style.js';

// The colours themselves are core/viridis.js's (the network's hidden units use them too).
export { colorAt, gradientCss } from '../../../../core/viridis.js';

const DECADES = 6; // the colours span at most this many powers of ten below the highest loss
const MAX_TICKS = 6;

/** The lowest loss the colours tell apart: `low`, or DECADES below `high` (lower looks the same). */
export function colorFloor(low, high) {
  return Math.max(low, high * 10 ** -DECADES, LOSS_FLOOR);
}

/** A log scale from the lowest to the highest loss: loss -> t in [0, 1] (clamped). */
export function logScale(low, high) {
  const a = Math.log(Math.max(low, LOSS_FLOOR));
  const b = Math.log(Math.max(high, LOSS_FLOOR));
  const span = b - a > 1e-12 ? b - a : 1;
  return (loss) => Math.min(Math.max((Math.log(Math.max(loss, LOSS_FLOOR)) - a) / span, 0), 1);
}

/**
 * Loss values worth a tick between low and high: powers of ten, or 1-2-5 steps when they are few, or
 * (zoomed in, a range too narrow for either) both ends and the middle.
 */
export function legendTicks(low, high) {
  const from = Math.floor(Math.log10(Math.max(low, LOSS_FLOOR)));
  const to = Math.ceil(Math.log10(Math.max(high, LOSS_FLOOR)));
  const within = (list) => list.filter((value) => value >= low && value <= high);
  const powers = within(Array.from({ length: to - from + 1 }, (_, i) => 10 ** (from + i)));
  if (powers.length > MAX_TICKS) {
    const every = Math.ceil(powers.length / MAX_TICKS);
    return powers.filter((_, i) => (powers.length - 1 - i) % every === 0);
  }
  if (powers.length >= 3) return powers;
  const steps = [];
  for (let e = from; e <= to; e += 1) for (const m of [1, 2, 5]) steps.push(m * 10 ** e);
  const stepped = within(steps);
  return stepped.length >= 2 ? stepped : narrowTicks(Math.max(low, LOSS_FLOOR), Math.max(high, LOSS_FLOOR));
}

/** `value` to `digits` significant digits, rounded up or down (so a range's ends stay inside it). */
function roundTo(value, digits, direction) {
  const near = Number(value.toPrecision(digits));
  if (direction === 'ceil' ? near >= value : near <= value) return near;
  const unit = 10 ** (Math.floor(Math.log10(value)) - digits + 1);
  return Number((Math[direction](value / unit) * unit).toPrecision(digits));
}

// Three ticks over a narrow range: its ends rounded inwards and its middle (on the log scale), with
// the fewest significant digits that still tell them apart. One tick when the range is a point.
function narrowTicks(low, high) {
  const middle = Math.sqrt(low * high);
  for (let digits = 2; digits <= 15; digits += 1) {
    const ticks = [roundTo(low, digits, 'ceil'), Number(middle.toPrecision(digits)), roundTo(high, digits, 'floor')];
    if (ticks[0] < ticks[1] && ticks[1] < ticks[2] && ticks[0] >= low && ticks[2] <= high) return ticks;
  }
  return [Number(middle.toPrecision(4))];
}

/** A tick's text: 0.01, 0.2, 5, 10, 0.2453, 1e−5, 4.51e−4 (no float noise such as 0.30000000000000004). */
export function tickText(value) {
  const clean = Number(value.toPrecision(12));
  if (value < 1e-3) return clean.toExponential().replace('e-', 'e−');
  return String(clean);
}
