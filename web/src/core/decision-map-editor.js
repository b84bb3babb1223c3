// The decision map's editing state: the selected point, the keyboard cursor, the label of new points,
// a dragged or just-moved point's place, and the words announced for each edit. The pointer
// (decision-map-input.js) and the keys (decision-map-keys.js) call it; it calls the map's onAddPoint,
// onMovePoint and onRemovePoint, and the map draws what scene() returns.
import { roundTo, stepFor, transforms } from './decision-map-math.js';
import { valueAt } from './decision-map-contour.js';
import { labelWord, placeText, pointText } from './decision-map-text.js';

const HOLD_UPDATES = 30; // updates a moved point is drawn where it was dropped, awaiting new points

/**
 * new Editor(options, dom, map): `options` the map's ({ onAddPoint, onMovePoint, onRemovePoint }),
 * `dom` the figure's, `map`: { values() (update()'s latest), view(), drawn(), area(), redraw() }.
 */
export class Editor {
  #options;
  #dom;
  #map;
  #selected = -1;
  #cursor = null;
  #label = 1;
  #drag = null; // { index, x1, x2 } while dragging
  #held = null; // a moved point until the new points arrive: { index, x1, x2, updates }
  #pending = null; // an added point, selected once it arrives

  constructor(options, dom, map) {
    this.#options = options;
    this.#dom = dom;
    this.#map = map;
  }

  area = () => this.#map.area();
  transforms = () => transforms(this.#map.view(), this.#map.area());
  points = () => this.#map.values()?.points ?? null;
  drawn = () => this.#map.drawn();
  view = () => this.#map.view();
  selected = () => this.#selected;
  announce = (text) => this.#dom.announce(text);
  #step = () => stepFor(this.#map.view().x1Max - this.#map.view().x1Min);
  #pointAt = (index) => [this.points().inputs[2 * index], this.points().inputs[2 * index + 1]];
  #labelOf = (index) => this.points().labels[index];
  round = (x1, x2) => [roundTo(x1, this.#step()), roundTo(x2, this.#step())];

  cursor() {
    const view = this.#map.view();
    return this.#cursor ?? [(view.x1Min + view.x1Max) / 2, (view.x2Min + view.x2Max) / 2];
  }

  describe(x1, x2) {
    const { map: result, grid } = this.#map.values();
    const p = valueAt(result.probability, grid, x1, x2);
    return `${placeText(x1, x2, this.#step())}: probability ${p.toFixed(2)}, ${p > 0.5 ? 'pass' : 'fail'}`;
  }

  select(index, { announce = false } = {}) {
    this.#selected = index;
    const button = this.#dom.removeButton;
    button.disabled = index < 0 || !this.#options.onRemovePoint;
    if (index >= 0) {
      this.#cursor = this.#pointAt(index);
      const text = pointText(this.#labelOf(index), ...this.#cursor, this.#step());
      button.setAttribute('aria-label', `Remove point: ${text}`);
      if (announce) this.announce(`Selected ${text}. Arrows move it, Delete removes it, Escape lets go.`);
    } else {
      button.removeAttribute('aria-label');
      if (announce) this.announce('No point selected.');
    }
    this.#map.redraw();
  }

  setLabel(label, { announce = false } = {}) {
    this.#label = label;
    for (const radio of this.#dom.radios) radio.checked = Number(radio.value) === label;
    if (announce) this.announce(`New points: ${labelWord(label)} (${label}).`);
  }

  setCursor(x1, x2) {
    this.#cursor = [x1, x2];
    this.#map.redraw();
  }

  preview(drag) {
    this.#drag = drag;
    this.#map.redraw();
  }

  add(x1, x2) {
    if (!this.#options.onAddPoint) return;
    const label = this.#label;
    this.#cursor = [x1, x2];
    this.#pending = { x1, x2, label };
    this.#options.onAddPoint?.({ x1, x2, label });
    this.announce(`Added ${pointText(label, x1, x2, this.#step())}.`);
    this.#map.redraw();
  }

  move(index, x1, x2) {
    if (!this.#options.onMovePoint) return;
    this.#held = { index, x1, x2, updates: 0 };
    this.#cursor = [x1, x2];
    this.#options.onMovePoint?.(index, { x1, x2 });
    this.announce(`Moved the ${labelWord(this.#labelOf(index))} point to ${placeText(x1, x2, this.#step())}.`);
    this.#map.redraw();
  }

  remove(index) {
    if (!this.#options.onRemovePoint) return;
    const text = pointText(this.#labelOf(index), ...this.#pointAt(index), this.#step());
    this.select(-1);
    this.#options.onRemovePoint?.(index);
    this.announce(`Removed ${text}.`);
  }

  /** After the map's update(): `changed` when its points are new ones (an edit arrived). */
  updated(changed) {
    const points = this.points();
    const count = points?.labels.length ?? 0;
    if (changed) {
      this.#held = null;
      if (this.#pending && arrived(points, this.#pending)) this.select(count - 1);
      this.#pending = null;
    } else if (this.#held && ++this.#held.updates > HOLD_UPDATES) this.#held = null;
    if (this.#selected >= count) this.select(-1);
  }

  /** What the overlay draws: { selected, drag (a point drawn away from its place, or null), cursor }. */
  scene(showCursor) {
    return { selected: this.#selected, drag: this.#drag ?? this.#held, cursor: showCursor ? this.cursor() : null };
  }
}

// Whether the last of `points` is the point just added.
function arrived(points, { x1, x2, label }) {
  const last = points.labels.length - 1;
  if (last < 0 || points.labels[last] !== label) return false;
  return Math.abs(points.inputs[2 * last] - x1) < 1e-9 && Math.abs(points.inputs[2 * last + 1] - x2) < 1e-9;
}
