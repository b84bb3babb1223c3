// Viridis (matplotlib's): dark violet for low, yellow for high; readable in light and dark mode and by
// most colour-blind readers. The landscape's loss surface and the network's hidden units use it.

// Viridis at 10 evenly spaced stops (matplotlib's), as [r, g, b].
const STOPS = [
  [68, 1, 84],
  [72, 40, 120],
  [62, 73, 137],
  [49, 104, 142],
  [38, 130, 142],
  [31, 158, 137],
  [53, 183, 121],
  [110, 206, 88],
  [181, 222, 43],
  [253, 231, 37],
];

/** t in [0, 1] -> [r, g, b]. */
export function colorAt(t) {
  const x = Math.min(Math.max(t, 0), 1) * (STOPS.length - 1);
  const i = Math.min(Math.floor(x), STOPS.length - 2);
  const f = x - i;
  return STOPS[i].map((value, k) => Math.round(value + (STOPS[i + 1][k] - value) * f));
}

/** A CSS linear-gradient of the colour map, left (low) to right (high). */
export function gradientCss() {
  const stops = STOPS.map(([r, g, b], i) => `rgb(${r} ${g} ${b}) ${((100 * i) / (STOPS.length - 1)).toFixed(1)}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}
