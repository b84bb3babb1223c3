// A chart as a picture to keep: drawn again in the light colours (white, dark text, even in dark mode,
// so it prints and sits on any page), on a card with a title, the legend and notes (the run's
// parameters) above and below it. Synchronous: Chart.js with animation off draws in update(). A chunk of
// its own, loaded at the first export (the charts' image() import it then).
import { PRINT_THEME } from './chart-style.js';

const PAD = 16; // px around the card's content
const TITLE = 20; // px: the title's size
const TEXT = 13; // px: the legend's and the notes' size
const LINE = 20; // px from one line of legend or notes to the next

/** Lines of `items` joined by `between`, each at most `width` px wide as `context` measures them. */
function wrap(context, items, width, between = ' · ') {
  const lines = [];
  for (const item of items) {
    const joined = lines.length ? `${lines[lines.length - 1]}${between}${item}` : item;
    if (lines.length && context.measureText(joined).width <= width) lines[lines.length - 1] = joined;
    else lines.push(item);
  }
  return lines;
}

const keyWidth = (context, key) => 28 + context.measureText(key.label).width + 18;

/** The legend's keys in rows at most `width` px wide. */
function legendRows(context, keys, width) {
  const rows = [];
  let used = Infinity;
  for (const key of keys) {
    const needed = keyWidth(context, key);
    if (used + needed > width) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1].push(key);
    used += needed;
  }
  return rows;
}

/** One legend key: a short line (dashed or not) or a point, in `color`, then its label; returns the x after it. */
function drawKey(context, { label, color, kind = 'line', dash = [] }, x, y) {
  context.save();
  context.strokeStyle = color;
  context.fillStyle = color;
  if (kind === 'line') {
    context.lineWidth = 3;
    context.setLineDash(dash);
    context.beginPath();
    context.moveTo(x, y);
    context.lineTo(x + 22, y);
    context.stroke();
  } else {
    context.beginPath();
    context.arc(x + 11, y, 5.5, 0, 2 * Math.PI);
    if (kind === 'ring') {
      context.lineWidth = 2;
      context.stroke();
    } else context.fill();
  }
  context.restore();
  context.fillText(label, x + 28, y);
  return x + keyWidth(context, { label });
}

/**
 * `chart` (a Chart.js chart) drawn with PRINT_THEME by `paint(theme)` (the chart's own re-theming,
 * called again with `theme` afterwards), on a card: `title`, `legend` ([{ label, color, kind: 'line'
 * | 'point' | 'ring', dash }], in PRINT_THEME's colours) and `notes` (short strings, joined into lines
 * that fit; an array among them is a group that starts a line). Returns a PNG data URL.
 */
export function chartCard(chart, { paint, theme, title, legend = [], notes = [] }) {
  const source = chart.canvas;
  const ratio = source.width / Math.max(source.clientWidth, 1); // the chart's own device pixel ratio
  const [chartWidth, chartHeight] = [source.width / ratio, source.height / ratio];
  const width = chartWidth + 2 * PAD;
  const card = document.createElement('canvas');
  const context = card.getContext('2d');
  // Measured first: setting the card's size below resets the context.
  // The title on one line if a slightly smaller size fits it, else wrapped.
  let titleFont = '';
  for (let size = TITLE; size >= TITLE - 4; size -= 1) {
    titleFont = `600 ${size}px ${PRINT_THEME.font}`;
    context.font = titleFont;
    if (context.measureText(title).width <= chartWidth) break;
  }
  const titleLines = wrap(context, title.split(' '), chartWidth, ' ');
  context.font = `${TEXT}px ${PRINT_THEME.font}`;
  const noteLines = notes.flatMap((group) => wrap(context, [group].flat(), chartWidth));
  const rows = legendRows(context, legend, chartWidth);
  const legendTop = PAD + titleLines.length * (TITLE + 6) + 4;
  const chartTop = legendTop + rows.length * LINE + 6;
  const notesTop = chartTop + chartHeight + 8;
  const height = notesTop + noteLines.length * LINE + PAD;
  card.width = Math.round(width * ratio);
  card.height = Math.round(height * ratio);
  context.scale(ratio, ratio);
  context.fillStyle = PRINT_THEME.surface;
  context.fillRect(0, 0, width, height);
  paint(PRINT_THEME);
  chart.update('none');
  context.drawImage(source, PAD, chartTop, chartWidth, chartHeight);
  paint(theme);
  chart.update('none');

  context.textBaseline = 'top';
  context.fillStyle = PRINT_THEME.text;
  context.font = titleFont;
  titleLines.forEach((line, i) => context.fillText(line, PAD, PAD + i * (TITLE + 6)));
  context.font = `${TEXT}px ${PRINT_THEME.font}`;
  context.textBaseline = 'middle';
  rows.forEach((row, i) => {
    let x = PAD;
    for (const key of row) x = drawKey(context, key, x, legendTop + i * LINE + LINE / 2);
  });
  context.textBaseline = 'top';
  context.fillStyle = PRINT_THEME.muted;
  noteLines.forEach((line, i) => context.fillText(line, PAD, notesTop + i * LINE));
  return card.toDataURL('image/png');
}
