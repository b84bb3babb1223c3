// The decision map: a network's output probability over the plane (the engine's map(), a colour per
// cell on a diverging fail-pass scale, an image of columns x rows scaled by CSS), its 0.5 contour, the
// training points by label, axes, a legend and a text alternative; or, for a focused hidden unit, that
// unit's activation and its own line. Points are added, moved and removed by pointer
// (decision-map-input.js) and keyboard (decision-map-keys.js); the map only reports edits through its
// callbacks and draws what update() gives it. Framework-free; its CSS is decision-map.css.
import { readTheme } from './theme.js';
import { setText } from './dom.js';
import { createMapFigure } from './decision-map-figure.js';
import { drawContours, drawOverlay, plotArea } from './decision-map-draw.js';
import { createPointerInput } from './decision-map-input.js';
import { createKeyInput } from './decision-map-keys.js';
import { Editor } from './decision-map-editor.js';
import { samePoints, thinned, transforms, viewOf } from './decision-map-math.js';
import { colourLayer, shownUnit } from './decision-map-layer.js';
import { mapColours } from './decision-map-theme.js';
import { mapSummary } from './decision-map-text.js';

export { gridFor, gridOfView, viewOf } from './decision-map-math.js';
export { createUnitThumbnails } from './unit-thumbnails.js';

const SUMMARY_EVERY = 300; // ms between rewrites of the text alternative while training
const NO_SEGMENTS = new Float64Array(0);
const FIRST_MAP = 'one-neuron:first-decision-map';

class DecisionMap {
  #options;
  #dom;
  #colours = null; // decision-map-theme.js's, from the theme given or read on the first draw
  #theme;
  #values = null; // update()'s
  #view = null;
  #drawn = new Int32Array(0); // the indices of the points drawn (thinned)
  #segments = NO_SEGMENTS; // the 0.5 contour's, for the text alternative
  #lines = []; // the 0.5 contour as polylines
  #unitLines = null; // the focused unit's own line
  #image = null;
  #size = 0;
  #editor;
  #keyboard = false;
  #summaryAt = -Infinity;
  #summaryTimer = 0;
  #legendKey = '';
  #topKey = ''; // what the top canvas shows: redrawn when it changes
  #generation = 0; // one more for each new set of points
  #inputs = [];
  #resize;

  constructor(options) {
    this.#options = options;
    this.#theme = options.theme ?? null;
    const editable = options.editable !== false;
    this.#dom = createMapFigure({
      label: options.label ?? 'Decision map',
      editable,
      onLabel: (label) => this.#editor.setLabel(label),
      onRemove: () => {
        if (this.#editor.selected() >= 0) this.#editor.remove(this.#editor.selected());
        this.#dom.overlay.focus();
      },
    });
    this.#editor = new Editor(options, this.#dom, {
      values: () => this.#values,
      view: () => this.#view,
      drawn: () => this.#drawn,
      area: () => plotArea(this.#size),
      redraw: () => this.#redraw(),
    });
    const { overlay, plot } = this.#dom;
    // The keyboard's cursor shows while the map has the focus and the keys are in use.
    overlay.addEventListener('keydown', () => (this.#keyboard = true));
    overlay.addEventListener('pointerdown', () => (this.#keyboard = false));
    if (editable) this.#inputs.push(createPointerInput(overlay, this.#editor), createKeyInput(overlay, this.#editor));
    overlay.addEventListener('focus', () => this.#redraw());
    overlay.addEventListener('blur', () => this.#redraw());
    this.#resize = new ResizeObserver(([entry]) => {
      this.#size = entry.contentRect.width;
      this.#layout();
    });
    this.#resize.observe(plot);
  }

  get element() {
    return this.#dom.element;
  }

  update(values) {
    const previous = this.#values;
    this.#values = values;
    const { grid, points } = values;
    this.#view = viewOf(grid);
    const changed = !samePoints(points, previous?.points); // a copy of the same points each frame is no edit
    if (changed) {
      this.#drawn = thinned(points?.labels.length ?? 0);
      this.#generation += 1;
    }
    this.#editor.updated(changed);
    this.#paint();
    this.#summary();
  }

  setTheme(theme) {
    this.#theme = theme;
    this.#colours = null;
    this.#legendKey = '';
    this.#topKey = '';
    if (this.#values) this.#paint();
  }

  /**
   * Resolves to a PNG data URL of the map on a card with `title` and `notes` (chart-export.js), or null
   * before its first picture. The card's code is loaded at the first export.
   */
  async image({ title = 'Decision map', notes = [] } = {}) {
    if (!this.#values || this.#size <= 0 || !this.#dom.element.isConnected) return null;
    const { mapCard } = await import('./decision-map-export.js');
    const [dom, area, theme] = [this.#dom, plotArea(this.#size), this.#theme];
    return mapCard({ dom, area, setTheme: (next) => this.setTheme(next), theme, title, notes });
  }

  destroy() {
    clearTimeout(this.#summaryTimer);
    this.#resize.disconnect();
    for (const input of this.#inputs) input.destroy();
    this.#dom.element.remove();
  }

  // The colours' image, the contours and the legend for the latest values; the top canvas if it changed.
  #paint() {
    if (!this.#colourSet()) return;
    const { columns, rows } = this.#values.grid;
    const heat = this.#dom.heat;
    if (heat.width !== columns || heat.height !== rows || !this.#image) {
      [heat.width, heat.height] = [columns, rows];
      this.#image = heat.getContext('2d').createImageData(columns, rows);
    }
    const layer = colourLayer(this.#values, this.#colours, this.#image.data);
    [this.#segments, this.#lines, this.#unitLines] = [layer.segments, layer.lines, layer.unitLines];
    if (layer.legend.key !== this.#legendKey) {
      this.#legendKey = layer.legend.key;
      this.#dom.showLegend(layer.legend);
    }
    heat.getContext('2d').putImageData(this.#image, 0, 0);
    if (this.#size <= 0) return;
    const scene = { ...this.#scene(), lines: this.#lines, unitLines: this.#unitLines };
    drawContours(this.#scaled(this.#dom.contours), scene);
    if (this.#topKeyNow() !== this.#topKey) this.#redraw();
    // scripts/bench-network-page.mjs times navigation to this mark: the first map drawn, as loss-chart.js's.
    if (!performance.getEntriesByName(FIRST_MAP).length) performance.mark(FIRST_MAP);
  }

  #colourSet() {
    if (!this.#colours && this.#dom.element.isConnected) {
      this.#colours = mapColours(this.#theme ?? readTheme(this.#dom.element));
    }
    return this.#colours !== null;
  }

  // Place the colours' canvas on the plot area and size the overlay for the device's pixels.
  #layout() {
    const { heat, contours, overlay } = this.#dom;
    const area = plotArea(this.#size);
    Object.assign(heat.style, { left: `${area.left}px`, top: `${area.top}px`, width: `${area.width}px` });
    heat.style.height = `${area.height}px`;
    const pixels = Math.max(1, Math.round(this.#size * (globalThis.devicePixelRatio || 1)));
    for (const canvas of [contours, overlay])
      if (canvas.width !== pixels) [canvas.width, canvas.height] = [pixels, pixels];
    this.#topKey = '';
    if (this.#values) this.#paint();
  }

  #scene() {
    const area = plotArea(this.#size);
    return {
      size: this.#size,
      area,
      view: this.#view,
      transform: transforms(this.#view, area),
      colours: this.#colours,
    };
  }

  // What the top canvas depends on but for the edits and the focus (which redraw it themselves).
  #topKeyNow = () => `${this.#size}|${Object.values(this.#view).join(',')}|${this.#generation}`;

  // The top canvas: axes, points, the selection, the cursor.
  #redraw() {
    if (!this.#values || !this.#colours || this.#size <= 0) return;
    const { overlay } = this.#dom;
    this.#topKey = this.#topKeyNow();
    const focused = overlay.matches(':focus-visible') || (this.#keyboard && overlay.matches(':focus'));
    const showCursor = focused && this.#options.editable !== false;
    drawOverlay(this.#scaled(overlay), {
      ...this.#scene(),
      points: this.#values.points,
      drawn: this.#drawn,
      scale: overlay.width / this.#size,
      ...this.#editor.scene(showCursor),
    });
  }

  // A canvas's context drawing in CSS px.
  #scaled(canvas) {
    const ctx = canvas.getContext('2d');
    const scale = canvas.width / this.#size;
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    return ctx;
  }

  // The text alternative, at most every SUMMARY_EVERY ms (its last values are always written).
  #summary() {
    const wait = this.#summaryAt + SUMMARY_EVERY - performance.now();
    if (this.#summaryTimer) return;
    this.#summaryTimer = setTimeout(() => this.#writeSummary(), Math.max(0, wait));
  }

  #writeSummary() {
    this.#summaryTimer = 0;
    this.#summaryAt = performance.now();
    const { grid, map, points, accuracy } = this.#values;
    if (!points) return;
    let text = mapSummary({ grid, map, segments: this.#segments, points, accuracy, drawn: this.#drawn.length });
    const unit = shownUnit(this.#values);
    if (unit !== null) text += ` The colours show unit ${unit + 1}'s activation; its own line is dashed.`;
    setText(this.#dom.summary, text);
  }
}

/**
 * A decision map. options: { label (its accessible name), onAddPoint({ x1, x2, label }),
 * onMovePoint(index, { x1, x2 }), onRemovePoint(index), editable (default true), theme (optional:
 * core/theme.js's colours; read from the element's CSS when missing) }. Returns { element,
 * update({ grid, map, points, highlight?, activation?, accuracy? }), setTheme(theme),
 * image({ title, notes }) (resolves to a PNG data URL, or null before the first picture), destroy() }.
 */
export function createDecisionMap(options = {}) {
  const map = new DecisionMap(options);
  return {
    element: map.element,
    update: (values) => map.update(values),
    setTheme: (theme) => map.setTheme(theme),
    image: (card) => map.image(card),
    destroy: () => map.destroy(),
  };
}
