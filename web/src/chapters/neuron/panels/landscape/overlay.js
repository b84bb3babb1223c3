// The landscape's Chart.js plugin: before the datasets, the surface (one small image scaled into the
// plot area); after them, the descent path as a white line over a dark halo, ○ its start, ● now, and
// the start being dragged, dashed; under them the compared learning rates' paths, each in its colour
// and dash, labelled at its end.

function drawDot(ctx, x, y, radius, { fill = null, stroke = '#ffffff', dash = [] } = {}) {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, 2 * Math.PI);
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fill();
  }
  ctx.setLineDash(dash);
  ctx.lineWidth = 4;
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.6)';
  ctx.stroke();
  ctx.lineWidth = 2;
  ctx.strokeStyle = stroke;
  ctx.stroke();
  ctx.setLineDash([]);
}

// One compared run's path: a light halo under its colour and dash, its label ("lr 5") by its end.
function drawCompared(ctx, at, { points, color, dash, label }) {
  if (points.length === 0) return;
  ctx.beginPath();
  for (const p of points) ctx.lineTo(...at(p));
  ctx.setLineDash([]);
  ctx.lineWidth = 4;
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.6)';
  ctx.stroke();
  ctx.setLineDash(dash);
  ctx.lineWidth = 2;
  ctx.strokeStyle = color;
  ctx.stroke();
  ctx.setLineDash([]);
  const [x, y] = at(points[points.length - 1]);
  drawDot(ctx, x, y, 4, { fill: color });
  ctx.font = 'bold 12px sans-serif';
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.strokeText(label, x + 7, y - 7);
  ctx.fillStyle = color;
  ctx.fillText(label, x + 7, y - 7);
}

/**
 * image(): a canvas or null; points(): [{ weight, bias }]; dragged(): { weight, bias } or null;
 * compared(): [{ points, color, dash, label }], the compared learning rates' paths.
 */
export function createOverlay({ image, points, dragged, compared = () => [] }) {
  return {
    id: 'landscapeOverlay',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      const surface = image();
      if (!surface) return;
      ctx.save();
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(surface, area.left, area.top, area.width, area.height);
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const path = points();
      if (path.length === 0) return;
      const { ctx, chartArea: area, scales: s } = chart;
      const at = (p) => [s.x.getPixelForValue(p.weight), s.y.getPixelForValue(p.bias)];
      ctx.save();
      ctx.beginPath();
      ctx.rect(area.left, area.top, area.width, area.height);
      ctx.clip();
      ctx.lineJoin = 'round';
      ctx.lineCap = 'round';
      for (const run of compared()) drawCompared(ctx, at, run);
      ctx.beginPath();
      for (const p of path) ctx.lineTo(...at(p));
      ctx.lineWidth = 4.5;
      ctx.strokeStyle = 'rgba(0, 0, 0, 0.55)';
      ctx.stroke();
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      drawDot(ctx, ...at(path[0]), 5.5);
      drawDot(ctx, ...at(path[path.length - 1]), 6, { fill: '#ffffff' });
      const start = dragged();
      if (start) drawDot(ctx, ...at(start), 7, { dash: [3, 3] });
      ctx.restore();
    },
  };
}
