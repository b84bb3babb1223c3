// The decision map as a picture to keep (chart-export.js's card: a title, a legend, notes): its three
// canvases drawn again in the light colours and laid into one, the colours scaled up smoothly under
// the contours, the points and the axes.
import { chartCard } from './chart-export.js';
import { PRINT_THEME } from './chart-style.js';

const LEGEND = [
  { label: 'pass (1): circles', color: PRINT_THEME.pass, kind: 'point' },
  { label: 'fail (0): squares', color: PRINT_THEME.fail, kind: 'point' },
  { label: 'where the probability is 0.5', color: PRINT_THEME.text, kind: 'line' },
];
const NOTE = 'Colours: the probability of label 1, from fail (0) through white (0.5) to pass (1).';

// Under what the top canvas shows: the contours, then the colours on the plot area, then the surface.
function layUnder(dom, area) {
  const { overlay, contours, heat } = dom;
  const ctx = overlay.getContext('2d');
  const scale = overlay.width / overlay.clientWidth;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalCompositeOperation = 'destination-over';
  ctx.drawImage(contours, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(heat, area.left * scale, area.top * scale, area.width * scale, area.height * scale);
  ctx.fillStyle = PRINT_THEME.surface;
  ctx.fillRect(0, 0, overlay.width, overlay.height);
  ctx.restore();
}

/**
 * A PNG data URL of the map: `dom` the figure's canvases, `area` the plot area, `setTheme(theme)` the
 * map's (which redraws every canvas), `theme` the one to go back to; { title, notes } as chartCard's.
 */
export function mapCard({ dom, area, setTheme, theme, title, notes = [] }) {
  const paint = (next) => {
    setTheme(next === PRINT_THEME ? PRINT_THEME : theme);
    if (next === PRINT_THEME) layUnder(dom, area);
  };
  const chart = { canvas: dom.overlay, update() {} }; // what chartCard asks of a chart
  return chartCard(chart, { paint, theme, title, legend: LEGEND, notes: [NOTE, ...notes] });
}
