// The decision map's drawing on two canvases over the colours (an image scaled by CSS): the contours
// (the 0.5 contour and a focused unit's own line, dashed), which change every frame while training;
// and on top the axes with round ticks, the training points (decision-map-points.js), the selected
// point's ring and the keyboard cursor, which change only with the points, an edit or the focus.
import { niceTicks } from './decision-map-math.js';
import { drawPoints, pointRadius } from './decision-map-points.js';

/** The plot's margins in CSS px: room for the ticks' labels left and below; the plot stays square. */
export const MARGIN = { left: 42, right: 10, top: 10, bottom: 42 };

/** The plot area { left, top, width, height } on a square canvas `size` CSS px wide. */
export function plotArea(size) {
  const side = Math.max(size - MARGIN.left - MARGIN.right, 1);
  return { left: MARGIN.left, top: MARGIN.top, width: side, height: side };
}

// A tick's text, to the digits its step needs: 0.5, −1, 2.5e5 (long numbers would not fit the margin).
function tickLabel(value, step) {
  const below = -Math.floor(Math.log10(step)); // decimals the step needs
  let text = String(Number(value.toFixed(Math.min(Math.max(below, 0), 20))));
  if (Math.abs(value) >= 1e4) {
    const digits = Math.min(Math.max(Math.floor(Math.log10(Math.abs(value))) + below, 0), 20);
    text = Number(value.toExponential(digits)).toExponential().replace('e+', 'e');
  }
  return text.replace('-', '−');
}

const stepOf = (ticks) => (ticks.length > 1 ? ticks[1] - ticks[0] : 1);

function drawAxes(ctx, { area, view, toPixel, colours, font }) {
  ctx.strokeStyle = colours.grid;
  ctx.lineWidth = 1;
  ctx.strokeRect(area.left - 0.5, area.top - 0.5, area.width + 1, area.height + 1);
  ctx.fillStyle = colours.muted;
  ctx.font = `12px ${font}`;
  const count = area.width < 320 ? 4 : 6;
  const bottom = area.top + area.height;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  const across = niceTicks(view.x1Min, view.x1Max, count);
  for (const tick of across) {
    const [x] = toPixel(tick, view.x2Min);
    ctx.fillRect(Math.round(x) - 0.5, bottom, 1, 4);
    ctx.fillText(tickLabel(tick, stepOf(across)), x, bottom + 6);
  }
  ctx.fillText('x1', area.left + area.width / 2, bottom + 24);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  const up = niceTicks(view.x2Min, view.x2Max, count);
  for (const tick of up) {
    const [, y] = toPixel(view.x1Min, tick);
    ctx.fillRect(area.left - 4, Math.round(y) - 0.5, 4, 1);
    ctx.fillText(tickLabel(tick, stepOf(up)), area.left - 6, y);
  }
  ctx.save();
  ctx.translate(10, area.top + area.height / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textAlign = 'center';
  ctx.fillText('x2', 0, 0);
  ctx.restore();
}

function strokeLines(ctx, lines, { pixelX, pixelY }) {
  ctx.beginPath();
  for (const line of lines) {
    ctx.moveTo(pixelX(line[0]), pixelY(line[1]));
    for (let i = 2; i + 1 < line.length; i += 2) ctx.lineTo(pixelX(line[i]), pixelY(line[i + 1]));
  }
  ctx.stroke();
}

/** The contour: a halo in the surface colour under a line in the text colour (dashed: a unit's line). */
function drawContour(ctx, lines, transform, colours, dashed) {
  if (lines.length === 0) return;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.setLineDash(dashed ? [6, 5] : []);
  ctx.strokeStyle = colours.surface;
  ctx.lineWidth = dashed ? 3.5 : 4.5;
  strokeLines(ctx, lines, transform);
  ctx.strokeStyle = colours.text;
  ctx.lineWidth = dashed ? 1.5 : 2;
  strokeLines(ctx, lines, transform);
  ctx.setLineDash([]);
}

function drawRing(ctx, [x, y], radius, colours) {
  ctx.lineWidth = 3;
  ctx.strokeStyle = colours.surface;
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.lineWidth = 2;
  ctx.strokeStyle = colours.text;
  ctx.stroke();
}

function drawCursor(ctx, [x, y], colours) {
  ctx.lineWidth = 2;
  for (const [colour, width] of [
    [colours.surface, 4],
    [colours.text, 2],
  ]) {
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.moveTo(x - 12, y);
    ctx.lineTo(x - 4, y);
    ctx.moveTo(x + 4, y);
    ctx.lineTo(x + 12, y);
    ctx.moveTo(x, y - 12);
    ctx.lineTo(x, y - 4);
    ctx.moveTo(x, y + 4);
    ctx.lineTo(x, y + 12);
    ctx.stroke();
  }
}

/** The contours (a frame's changing part) on their own canvas: the unit's line under the 0.5 contour. */
export function drawContours(ctx, { size, area, transform, colours, lines, unitLines }) {
  ctx.clearRect(0, 0, size, size);
  ctx.save();
  clipTo(ctx, area);
  if (unitLines) drawContour(ctx, unitLines, transform, colours, true);
  drawContour(ctx, lines, transform, colours, false);
  ctx.restore();
}

function clipTo(ctx, area) {
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.width, area.height);
  ctx.clip();
}

/**
 * The axes, the points, the selection and the cursor on the top canvas, `ctx` scaled to CSS px by
 * `scale`: scene { size, area, view, transform (decision-map-math.js's transforms), points, drawn,
 * selected, drag, cursor, colours, scale }. Drawn when they change, not every frame.
 */
export function drawOverlay(ctx, scene) {
  const { size, area, transform, colours, points, drawn, selected, drag, cursor, scale } = scene;
  const { toPixel } = transform;
  ctx.clearRect(0, 0, size, size);
  drawAxes(ctx, { ...scene, toPixel, font: colours.font });
  ctx.save();
  clipTo(ctx, area);
  const radius = pointRadius(drawn.length, area.width);
  if (points) drawPoints(ctx, { points, drawn, drag, transform, colours, radius, scale });
  if (points && selected >= 0 && selected < points.labels.length) {
    const moved = drag && drag.index === selected;
    const at = moved ? [drag.x1, drag.x2] : [points.inputs[2 * selected], points.inputs[2 * selected + 1]];
    drawRing(ctx, toPixel(...at), radius + 4, colours);
  }
  if (cursor) drawCursor(ctx, toPixel(...cursor), colours);
  ctx.restore();
}
