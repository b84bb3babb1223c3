// The 0.5 contour of the decision map (and a hidden unit's own line), pure: marching squares over a
// grid's values, each cell's crossing points interpolated linearly along its edges, a saddle cell
// decided by the mean of its corners. And the facts the text alternative tells: the share of the plane
// above the level, the contour's extent, which edges of the plane it meets, where the two sides lie.

// The edges each of the 16 corner cases crosses, in pairs (0 bottom, 1 right, 2 top, 3 left); the
// corners' bits: 1 bottom left, 2 bottom right, 4 top right, 8 top left (above the level). Saddles
// (5 and 10) are listed for a centre below the level; a centre above swaps them (SADDLE_ABOVE).
const CASES = [[], [3, 0], [0, 1], [3, 1], [1, 2], [3, 0, 1, 2], [0, 2], [3, 2], [3, 2], [0, 2], [0, 1, 3, 2]];
for (const edges of [[1, 2], [3, 1], [0, 1], [3, 0], []]) CASES.push(edges);
const SADDLE_ABOVE = { 5: [0, 1, 3, 2], 10: [3, 0, 1, 2] };
const EDGE_CORNERS = [
  [0, 1],
  [1, 2],
  [3, 2],
  [0, 3],
]; // the corners at each edge's ends

/**
 * The segments where `values` (row-major over `grid`, values[offset + r * columns + c] at x1 of column
 * c, x2 of row r) cross `level`, in the plane: [x1a, x2a, x1b, x2b, ...]. Cells with a value that is
 * not finite are skipped.
 */
export function contourSegments(values, grid, level = 0.5, offset = 0, edgeIds = null) {
  const { columns, rows } = grid;
  const vertical = columns * rows; // edge ids: r * columns + c below a cell, vertical + r * columns + c left of it
  const dx = (grid.x1Max - grid.x1Min) / (columns - 1);
  const dy = (grid.x2Max - grid.x2Min) / (rows - 1);
  const out = [];
  const corner = [0, 0, 0, 0]; // bottom left, bottom right, top right, top left
  // The crossing on edge `e` of the cell whose bottom-left corner is column c, row r.
  const cross = (e, c, r) => {
    const [i, j] = EDGE_CORNERS[e];
    const f = (level - corner[i]) / (corner[j] - corner[i]);
    const x = e === 0 || e === 2 ? c + f : e === 1 ? c + 1 : c;
    const y = e === 1 || e === 3 ? r + f : e === 2 ? r + 1 : r;
    out.push(grid.x1Min + x * dx, grid.x2Min + y * dy);
    edgeIds?.push(e === 0 ? r * columns + c : e === 2 ? (r + 1) * columns + c : vertical + r * columns + c + (e === 1));
  };
  for (let r = 0; r + 1 < rows; r += 1) {
    const bottom = offset + r * columns;
    const top = bottom + columns;
    for (let c = 0; c + 1 < columns; c += 1) {
      corner[0] = values[bottom + c];
      corner[1] = values[bottom + c + 1];
      corner[2] = values[top + c + 1];
      corner[3] = values[top + c];
      let code = 0;
      for (let k = 0; k < 4; k += 1) if (corner[k] > level) code |= 1 << k;
      if (code === 0 || code === 15) continue;
      if (!corner.every(Number.isFinite)) continue;
      const mean = (corner[0] + corner[1] + corner[2] + corner[3]) / 4;
      const edges = mean > level && SADDLE_ABOVE[code] ? SADDLE_ABOVE[code] : CASES[code];
      for (const e of edges) cross(e, c, r);
    }
  }
  return Float64Array.from(out);
}

/**
 * The contour as polylines ([x1, x2, x1, x2, ...] each), its segments joined where they share a grid
 * edge: a dashed line's dashes run on, and a line of n points costs one path, not n - 1.
 */
export function contourLines(values, grid, level = 0.5, offset = 0) {
  const edgeIds = [];
  const segments = contourSegments(values, grid, level, offset, edgeIds);
  const count = segments.length / 4;
  // The (at most two) segment ends on each grid edge, as 2 * segment + end; -1 for none.
  const first = new Int32Array(2 * grid.columns * grid.rows).fill(-1);
  const second = new Int32Array(first.length).fill(-1);
  edgeIds.forEach((id, i) => {
    if (first[id] < 0) first[id] = i;
    else second[id] = i;
  });
  const used = new Uint8Array(count);
  // From end `at` of a segment, the points of the segments that follow.
  const walk = (at) => {
    const points = [];
    for (;;) {
      const id = edgeIds[at];
      const next = first[id] === at ? second[id] : first[id];
      if (next < 0 || used[next >> 1]) return points;
      used[next >> 1] = 1;
      const far = next ^ 1; // the segment's other end
      points.push(segments[2 * far], segments[2 * far + 1]);
      at = far;
    }
  };
  const lines = [];
  for (let k = 0; k < count; k += 1) {
    if (used[k]) continue;
    used[k] = 1;
    const forward = walk(2 * k + 1);
    const backward = walk(2 * k);
    const line = [];
    for (let i = backward.length - 2; i >= 0; i -= 2) line.push(backward[i], backward[i + 1]);
    line.push(segments[4 * k], segments[4 * k + 1], segments[4 * k + 2], segments[4 * k + 3], ...forward);
    lines.push(Float64Array.from(line));
  }
  return { segments, lines };
}

/**
 * What a reader is told about values over a grid split at `level`: { share (of the grid's cells
 * above it), extent ({ x1Min, x1Max, x2Min, x2Max } of the contour, or null without one), edges (the
 * plane's sides it meets: 'left', 'right', 'bottom', 'top'), above / below ([x1, x2]: the mean
 * position of the cells on each side, null for a side with none) }.
 */
export function regionFacts(values, grid, segments, level = 0.5, offset = 0) {
  const { columns, rows } = grid;
  const dx = (grid.x1Max - grid.x1Min) / (columns - 1);
  const dy = (grid.x2Max - grid.x2Min) / (rows - 1);
  const sums = [0, 0, 0, 0, 0, 0]; // above: count, x1, x2; below: count, x1, x2
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      const side = values[offset + r * columns + c] > level ? 0 : 3;
      sums[side] += 1;
      sums[side + 1] += grid.x1Min + c * dx;
      sums[side + 2] += grid.x2Min + r * dy;
    }
  }
  const mean = (k) => (sums[k] > 0 ? [sums[k + 1] / sums[k], sums[k + 2] / sums[k]] : null);
  let extent = null;
  const edges = new Set();
  const near = (a, b, step) => Math.abs(a - b) <= step * 1e-6;
  for (let i = 0; i < segments.length; i += 2) {
    const [x1, x2] = [segments[i], segments[i + 1]];
    extent ??= { x1Min: x1, x1Max: x1, x2Min: x2, x2Max: x2 };
    extent.x1Min = Math.min(extent.x1Min, x1);
    extent.x1Max = Math.max(extent.x1Max, x1);
    extent.x2Min = Math.min(extent.x2Min, x2);
    extent.x2Max = Math.max(extent.x2Max, x2);
    if (near(x1, grid.x1Min, dx)) edges.add('left');
    if (near(x1, grid.x1Max, dx)) edges.add('right');
    if (near(x2, grid.x2Min, dy)) edges.add('bottom');
    if (near(x2, grid.x2Max, dy)) edges.add('top');
  }
  const order = ['left', 'top', 'right', 'bottom'];
  return {
    share: sums[0] / (columns * rows),
    extent,
    edges: order.filter((edge) => edges.has(edge)),
    above: mean(0),
    below: mean(3),
  };
}

/** The value at (x1, x2) read bilinearly from a grid's values (clamped to the grid). */
export function valueAt(values, grid, x1, x2, offset = 0) {
  const { columns, rows } = grid;
  const fc = Math.min(Math.max(((x1 - grid.x1Min) / (grid.x1Max - grid.x1Min)) * (columns - 1), 0), columns - 1);
  const fr = Math.min(Math.max(((x2 - grid.x2Min) / (grid.x2Max - grid.x2Min)) * (rows - 1), 0), rows - 1);
  const c = Math.min(Math.floor(fc), columns - 2);
  const r = Math.min(Math.floor(fr), rows - 2);
  const [u, v] = [fc - c, fr - r];
  const at = (rr, cc) => values[offset + rr * columns + cc];
  const bottom = at(r, c) * (1 - u) + at(r, c + 1) * u;
  const top = at(r + 1, c) * (1 - u) + at(r + 1, c + 1) * u;
  return bottom * (1 - v) + top * v;
}
