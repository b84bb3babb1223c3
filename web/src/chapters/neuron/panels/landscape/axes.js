// The landscape's axes: weight across, bias up. Their ranges hold the path (and where training leads)
// with a margin, and stay put when a new run still fits them, so moving the start does not make the
// picture jump. Also how precisely a pointer or key can place a start, and the Chart.js scale options.
import { axis } from '../../../../core/chart-style.js';

const MARGIN = 0.12; // of each range's span, on both sides

function bounds(points) {
  const box = { weightMin: Infinity, weightMax: -Infinity, biasMin: Infinity, biasMax: -Infinity };
  for (const { weight, bias } of points) {
    box.weightMin = Math.min(box.weightMin, weight);
    box.weightMax = Math.max(box.weightMax, weight);
    box.biasMin = Math.min(box.biasMin, bias);
    box.biasMax = Math.max(box.biasMax, bias);
  }
  return box;
}

// Axis ranges holding `points` with a margin; a range never shrinks to nothing.
export function fit(points) {
  const box = bounds(points);
  const pad = (low, high) => {
    const span = Math.max(high - low, 1e-3, 0.05 * Math.max(Math.abs(low), Math.abs(high)));
    const middle = (low + high) / 2;
    const half = (span / 2) * (1 + 2 * MARGIN);
    return [middle - half, middle + half];
  };
  const [weightMin, weightMax] = pad(box.weightMin, box.weightMax);
  const [biasMin, biasMax] = pad(box.biasMin, box.biasMax);
  return { weightMin, weightMax, biasMin, biasMax };
}

export const inside = (frame, { weight, bias }) =>
  weight >= frame.weightMin && weight <= frame.weightMax && bias >= frame.biasMin && bias <= frame.biasMax;

// Keep the axes when a new run fits them and still fills a fair part of them (a click moves the start
// without the picture jumping); otherwise fit them again.
export function keeps(frame, points) {
  if (!frame) return false;
  const box = bounds(points);
  const fills = (span, whole) => span >= 0.3 * whole;
  return (
    inside(frame, { weight: box.weightMin, bias: box.biasMin }) &&
    inside(frame, { weight: box.weightMax, bias: box.biasMax }) &&
    fills(box.weightMax - box.weightMin, frame.weightMax - frame.weightMin) &&
    fills(box.biasMax - box.biasMin, frame.biasMax - frame.biasMin)
  );
}

/** `value` rounded to the decimals that `size` (a pixel's or a key step's worth) needs: 0.013 -> 2. */
export function roundTo(value, size) {
  const decimals = Math.min(Math.max(Math.ceil(-Math.log10(size)), 0), 10);
  return Number(value.toFixed(decimals));
}

export function scales(theme, frame) {
  const scale = (title, min, max) =>
    axis(theme, title, {
      type: 'linear',
      min,
      max,
      ticks: { includeBounds: false, maxTicksLimit: 7 },
      grid: { display: false },
    });
  return { x: scale('weight w', frame.weightMin, frame.weightMax), y: scale('bias b', frame.biasMin, frame.biasMax) };
}
