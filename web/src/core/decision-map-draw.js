// The decision map's overlay canvas: axes with round ticks, the 0.5 contour (and a focused unit's own
// line, dashed), the training points by label (pass a circle, fail a square: shape and colour), the
// selected point's ring and the keyboard cursor. The colours under them are a canvas of their own
// (decision-map.js), scaled by CSS, so a frame redraws only this layer.
import { niceTicks } from './decision-map-math.js';

/** The plot's margins in CSS px: room for the ticks' labels left and below; the plot stays square. */
export const MARGIN = { left: 42, right: 10, top: 10, bottom: 42 };

/** The plot area { left, top, width, height } on a square canvas `size` CSS px wide. */
export function plotArea(size) {
  const side = Math.max(size - MARGIN.left - MARGIN.right, 1);
  return { left: MARGIN.left, top: MARGIN.top, width: side, height: side };
}

const tickLabel = (value) => String(Number(value.toPrecision(6))).replace('-', '−');

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
  for (const tick of niceTicks(view.x1Min, view.x1Max, count)) {
    const [x] = toPixel(tick, view.x2Min);
    ctx.fillRect(Math.round(x) - 0.5, bottom, 1, 4);
    ctx.fillText(tickLabel(tick), x, bottom + 6);
  }
  ctx.fillText('x1', area.left + area.width / 2, bottom + 24);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const tick of niceTicks(view.x2Min, view.x2Max, count)) {
    const [, y] = toPixel(view.x1Min, tick);
    ctx.fillRect(area.left - 4, Math.round(y) - 0.5, 4, 1);
    ctx.fillText(tickLabel(tick), area.left - 6, y);
  }
  ctx.save();
  ctx.translate(10, area.top + area.height / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textAlign = 'center';
  ctx.fillText('x2', 0, 0);
  ctx.restore();
}

function strokeSegments(ctx, segments, toPixel) {
  ctx.beginPath();
  for (let i = 0; i + 3 < segments.length; i += 4) {
    const [ax, ay] = toPixel(segments[i], segments[i + 1]);
    const [bx, by] = toPixel(segments[i + 2], segments[i + 3]);
    ctx.moveTo(ax, ay);
    ctx.lineTo(bx, by);
  }
  ctx.stroke();
}

/** The contour: a halo in the surface colour under a line in the text colour (dashed: a unit's line). */
function drawContour(ctx, segments, toPixel, colours, dashed) {
  if (segments.length === 0) return;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.setLineDash(dashed ? [6, 5] : []);
  ctx.strokeStyle = colours.surface;
  ctx.lineWidth = dashed ? 3.5 : 4.5;
  strokeSegments(ctx, segments, toPixel);
  ctx.strokeStyle = colours.text;
  ctx.lineWidth = dashed ? 1.5 : 2;
  strokeSegments(ctx, segments, toPixel);
  ctx.setLineDash([]);
}

// Pass points are circles, fail points squares of about the same area; each label in one path.
function drawPoints(ctx, { points, drawn, drag, toPixel, colours, radius }) {
  const { inputs, labels } = points;
  const half = radius * 0.9;
  for (const label of [0, 1]) {
    ctx.beginPath();
    for (const index of drawn) {
      if (labels[index] !== label) continue;
      const moved = drag && drag.index === index;
      const [x, y] = toPixel(moved ? drag.x1 : inputs[2 * index], moved ? drag.x2 : inputs[2 * index + 1]);
      if (label === 1) {
        ctx.moveTo(x + radius, y);
        ctx.arc(x, y, radius, 0, 2 * Math.PI);
      } else ctx.rect(x - half, y - half, 2 * half, 2 * half);
    }
    ctx.fillStyle = label === 1 ? colours.pass : colours.fail;
    ctx.strokeStyle = colours.surface;
    ctx.lineWidth = 1.25;
    ctx.fill();
    ctx.stroke();
  }
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
    [colours.focus, 2],
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

/** The drawn points' radius in CSS px: smaller on a small plot and when many are drawn. */
export function pointRadius(drawnCount, side) {
  const base = Math.min(Math.max(side / 110, 3), 4.5);
  return drawnCount > 1000 ? Math.min(base, 2.5) : drawnCount > 300 ? Math.min(base, 3.5) : base;
}

/**
 * Draw everything but the colours on `ctx` (already scaled to CSS px): scene { size, area, view,
 * toPixel, segments, unitSegments, points, drawn, selected, drag, cursor, colours, font }.
 */
export function drawOverlay(ctx, scene) {
  const { size, area, toPixel, colours, points, drawn, selected, drag, cursor } = scene;
  ctx.clearRect(0, 0, size, size);
  drawAxes(ctx, scene);
  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.width, area.height);
  ctx.clip();
  if (scene.unitSegments) drawContour(ctx, scene.unitSegments, toPixel, colours, true);
  drawContour(ctx, scene.segments, toPixel, colours, false);
  const radius = pointRadius(drawn.length, area.width);
  if (points) drawPoints(ctx, { points, drawn, drag, toPixel, colours, radius });
  if (points && selected >= 0 && selected < points.labels.length) {
    const moved = drag && drag.index === selected;
    const at = moved ? [drag.x1, drag.x2] : [points.inputs[2 * selected], points.inputs[2 * selected + 1]];
    drawRing(ctx, toPixel(...at), radius + 4, colours);
  }
  if (cursor) drawCursor(ctx, toPixel(...cursor), colours);
  ctx.restore();
}
