// The decision map's words, pure: the text alternative of the map (what share of the plane says pass,
// where the 0.5 boundary lies, how many points are on the right side of it) and of each unit's
// thumbnail, and the names of points in announcements ("a pass point at x1 0.25, x2 −0.5").
import { count } from './format.js';
import { coordinateText, stepFor } from './decision-map-math.js';
import { regionFacts, valueAt } from './decision-map-contour.js';

const DIRECTIONS = ['right', 'upper right', 'top', 'upper left', 'left', 'lower left', 'bottom', 'lower right'];

/** 'pass' for label 1, 'fail' for label 0 (the post's exam: 1 passed). */
export const labelWord = (label) => (label === 1 ? 'pass' : 'fail');

/** The digits worth saying for coordinates on a plane `span` wide: a tenth of what a pixel tells. */
export const sentenceStep = (span) => stepFor(span) * 10;

/** "x1 0.25, x2 −0.5". */
export const placeText = (x1, x2, step) => `x1 ${coordinateText(x1, step)}, x2 ${coordinateText(x2, step)}`;

/** "a pass point at x1 0.25, x2 −0.5". */
export const pointText = (label, x1, x2, step) => `a ${labelWord(label)} point at ${placeText(x1, x2, step)}`;

// Where `to` lies seen from `from` ([x1, x2] each), as a direction word; null when they nearly meet.
function direction(from, to, span) {
  if (!from || !to) return null;
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  if (Math.hypot(dx, dy) < span * 0.05) return null;
  const sector = Math.round(Math.atan2(dy, dx) / (Math.PI / 4));
  return DIRECTIONS[(sector + 8) % 8];
}

const percent = (share) => `${Math.round(100 * share)}%`;

function boundarySentence(facts, probability, grid, step) {
  const span = grid.x1Max - grid.x1Min;
  if (!facts.extent) {
    return `There is no 0.5 boundary on it: the whole plane says ${facts.share > 0.5 ? 'pass' : 'fail'}.`;
  }
  const { x1Min, x1Max, x2Min, x2Max } = facts.extent;
  const range = `x1 ${coordinateText(x1Min, step)} to ${coordinateText(x1Max, step)}, x2 ${coordinateText(x2Min, step)} to ${coordinateText(x2Max, step)}`;
  if (facts.edges.length === 0) {
    const [c1, c2] = [(x1Min + x1Max) / 2, (x2Min + x2Max) / 2];
    const inside = valueAt(probability, grid, c1, c2) > 0.5 ? 'pass' : 'fail';
    return `The 0.5 boundary is a closed curve around ${placeText(c1, c2, step)} (${range}); inside it says ${inside}.`;
  }
  const edges = facts.edges.length === 1 ? `its ${facts.edges[0]} edge` : `its ${joined(facts.edges)} edges`;
  const toward = direction(facts.below, facts.above, span);
  const side = toward ? `; pass lies toward the ${toward}` : '';
  return `The 0.5 boundary crosses the plane (${range}), meeting ${edges}${side}.`;
}

const joined = (words) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

// How many points the map puts on their label's side: exact from `accuracy` (the engine's share), else
// read from the map itself (bilinearly; a point within a cell of the boundary may be miscounted).
function pointsSentence(points, probability, grid, accuracy) {
  const n = points.labels.length;
  let pass = 0;
  for (let i = 0; i < n; i += 1) pass += points.labels[i] === 1 ? 1 : 0;
  const kinds = `${count(pass)} pass (circles) and ${count(n - pass)} fail (squares)`;
  let right;
  if (Number.isFinite(accuracy)) right = `${count(Math.round(accuracy * n))} of them`;
  else {
    let correct = 0;
    for (let i = 0; i < n; i += 1) {
      const above = valueAt(probability, grid, points.inputs[2 * i], points.inputs[2 * i + 1]) > 0.5;
      correct += above === (points.labels[i] === 1) ? 1 : 0;
    }
    right = `about ${count(correct)} of them`;
  }
  return `${count(n)} training ${n === 1 ? 'point' : 'points'}: ${kinds}; ${right} on the right side of 0.5.`;
}

/**
 * The map's text alternative: { grid, map (NetworkMap), segments (its 0.5 contour), points
 * (NetworkPoints), accuracy (optional, the engine's), drawn (how many points are drawn, if thinned) }.
 */
export function mapSummary({ grid, map, segments, points, accuracy, drawn = points.labels.length }) {
  const span = grid.x1Max - grid.x1Min;
  const step = sentenceStep(span);
  const facts = regionFacts(map.probability, grid, segments);
  const plane = `x1 ${coordinateText(grid.x1Min, step)} to ${coordinateText(grid.x1Max, step)}, x2 ${coordinateText(grid.x2Min, step)} to ${coordinateText(grid.x2Max, step)}`;
  return [
    `Pass (probability of label 1 above 0.5) covers ${percent(facts.share)} of the plane shown (${plane}).`,
    boundarySentence(facts, map.probability, grid, step),
    pointsSentence(points, map.probability, grid, accuracy),
    drawn < points.labels.length ? `${count(drawn)} of the points are drawn, evenly spread through the data.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * Unit j's text alternative: its activation's lowest and highest value on the map, and where it is
 * above its middle (where its own weighted sum is 0). `facts` is regionFacts at that middle.
 */
export function unitSummary({ unit, activation, low, high, middle, facts, grid }) {
  const span = grid.x1Max - grid.x1Min;
  const digits = (value) => String(Number(value.toPrecision(2))).replace('-', '−');
  const toward = direction(facts.below, facts.above, span);
  const where = facts.share === 0 || facts.share === 1 ? '' : toward ? `, toward the ${toward}` : '';
  return (
    `Unit ${unit + 1} (${activation}): from ${digits(low)} to ${digits(high)} over the plane; ` +
    `above ${digits(middle)} on ${percent(facts.share)} of it${where}.`
  );
}
