// What the benchmarks share: the median of a list of measurements (the middle one, or the mean of the
// two middle ones), which one slow run on a busy machine does not move.

/** The median of `values` (numbers); NaN for none. */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
