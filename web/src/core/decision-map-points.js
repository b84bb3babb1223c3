// The decision map's training points, drawn as sprites: a pass point is a circle, a fail point a
// square of about the same area (shape and colour), each drawn once per theme, size and pixel ratio
// on a small canvas and then copied to whole device pixels, so thousands of points cost little.

/** The drawn points' radius in CSS px: smaller on a small plot and when many are drawn. */
export function pointRadius(drawnCount, side) {
  const base = Math.min(Math.max(side / 110, 3), 4.5);
  return drawnCount > 1000 ? Math.min(base, 2.5) : drawnCount > 300 ? Math.min(base, 3.5) : base;
}

const sprites = new Map(); // key -> { pass, fail, half } (a handful of keys at most per page)

function sprite(label, radius, scale, colours) {
  const half = Math.ceil((radius + 1.5) * scale);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 2 * half;
  const ctx = canvas.getContext('2d');
  ctx.setTransform(scale, 0, 0, scale, half, half);
  ctx.beginPath();
  if (label === 1) ctx.arc(0, 0, radius, 0, 2 * Math.PI);
  else ctx.rect(-radius * 0.9, -radius * 0.9, radius * 1.8, radius * 1.8);
  ctx.fillStyle = label === 1 ? colours.pass : colours.fail;
  ctx.strokeStyle = colours.surface;
  ctx.lineWidth = 1.25;
  ctx.fill();
  ctx.stroke();
  return canvas;
}

function spritesFor(radius, scale, colours) {
  const key = `${radius}|${scale}|${colours.pass}|${colours.fail}|${colours.surface}`;
  if (!sprites.has(key)) {
    if (sprites.size > 16) sprites.clear();
    const half = Math.ceil((radius + 1.5) * scale);
    sprites.set(key, { pass: sprite(1, radius, scale, colours), fail: sprite(0, radius, scale, colours), half });
  }
  return sprites.get(key);
}

/**
 * The points `drawn` (indices into points.inputs / labels) on `ctx` (scaled by `scale` device pixels
 * per CSS px); `drag` ({ index, x1, x2 } or null) draws one point elsewhere; fail points first.
 */
export function drawPoints(ctx, { points, drawn, drag, transform, colours, radius, scale }) {
  const { pixelX, pixelY } = transform;
  const { inputs, labels } = points;
  const set = spritesFor(radius, scale, colours);
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  for (const label of [0, 1]) {
    const image = label === 1 ? set.pass : set.fail;
    for (const index of drawn) {
      if (labels[index] !== label) continue;
      const moved = drag && drag.index === index;
      const x = Math.round(pixelX(moved ? drag.x1 : inputs[2 * index]) * scale) - set.half;
      const y = Math.round(pixelY(moved ? drag.x2 : inputs[2 * index + 1]) * scale) - set.half;
      ctx.drawImage(image, x, y);
    }
  }
  ctx.restore();
}
