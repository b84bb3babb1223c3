// Which training points the prediction chart draws, and when they changed.

/**
 * The training points to draw, [fail, pass]: one per distinct hours and label (its first row). A big
 * data set repeats them, and every drawn point costs every frame (Chart.js's options for it, the
 * canvas's raster).
 */
export function trainingPoints(hours, labels) {
  const points = [[], []];
  const seen = [new Set(), new Set()];
  hours.forEach((x, row) => {
    const label = labels[row] === 1 ? 1 : 0;
    if (seen[label].has(x)) return;
    seen[label].add(x);
    points[label].push({ x, y: label, row });
  });
  return points;
}

/** Whether two lists hold the same values in the same order. */
export const same = (a, b) => a.length === b.length && a.every((value, i) => value === b[i]);
