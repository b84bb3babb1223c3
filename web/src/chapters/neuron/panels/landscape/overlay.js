// The landscape's Chart.js plugin: before the datasets, the surface (one small image scaled into the
// plot area); after them, the descent path as a white line over a dark halo, ○ its start, ● now, and
// the start being dragged, dashed.

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

/** image(): a canvas or null; points(): [{ weight, bias }]; dragged(): { weight, bias } or null. */
export function createOverlay({ image, points, dragged }) {
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
