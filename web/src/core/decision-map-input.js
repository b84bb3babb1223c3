// The decision map's editing by pointer: a click or tap on the plane adds a point, a drag on a point
// moves it (pointer capture; a touch that starts on a point does not scroll the page, one elsewhere
// still does), a right-click or a long press (touch) on a point removes it, a click on a point selects
// it. The keyboard's equivalents are in decision-map-keys.js. `map` is the decision map's side:
// { area(), transforms(), points(), drawn(), select(index), preview(drag | null), add(x1, x2),
//   move(index, x1, x2), remove(index), round(x1, x2) -> [x1, x2] }.
import { hitTest, onArea } from './decision-map-math.js';

const TAP_SLOP = 6; // CSS px a press may wander and still be a click
const LONG_PRESS = 550; // ms a touch rests on a point to remove it
const HIT_RADIUS = { mouse: 9, pen: 12, touch: 18 };

export function createPointerInput(canvas, map) {
  const listening = new AbortController();
  const on = (type, listener, options = {}) =>
    canvas.addEventListener(type, listener, { ...options, signal: listening.signal });
  let press = null; // { id, x, y, index (the point pressed, or -1), moved, timer }
  let dragging = null;
  let longPressAt = -Infinity; // a long press's own contextmenu must not remove a second point

  const radiusFor = (type) => HIT_RADIUS[type] ?? HIT_RADIUS.mouse;
  const pointAt = (x, y, type) => {
    const points = map.points();
    if (!points || !onArea(map.area(), x, y)) return -1;
    return hitTest(points.inputs, map.drawn(), map.transforms().toPixel, x, y, radiusFor(type));
  };
  const end = () => {
    if (press) clearTimeout(press.timer);
    press = null;
    dragging = null;
    map.preview(null);
  };

  removeAndKeep(on, canvas, map, pointAt, () => {
    end();
    return performance.now() - longPressAt > 1000;
  });
  on('pointerdown', (event) => {
    if (event.button !== 0 || !map.points()) return;
    const [x, y] = [event.offsetX, event.offsetY];
    if (!onArea(map.area(), x, y)) return;
    const index = pointAt(x, y, event.pointerType);
    press = { id: event.pointerId, x, y, index, moved: false, timer: 0 };
    if (index < 0) return;
    canvas.setPointerCapture(event.pointerId);
    map.select(index);
    if (event.pointerType !== 'mouse') {
      press.timer = setTimeout(() => {
        end();
        longPressAt = performance.now();
        map.remove(index);
      }, LONG_PRESS);
    }
  });
  on('pointermove', (event) => {
    if (!press && event.pointerType === 'mouse') {
      canvas.style.cursor = pointAt(event.offsetX, event.offsetY, 'mouse') >= 0 ? 'grab' : '';
    }
    if (!press || event.pointerId !== press.id) return;
    const [x, y] = [event.offsetX, event.offsetY];
    if (!press.moved && Math.hypot(x - press.x, y - press.y) <= TAP_SLOP) return;
    press.moved = true;
    clearTimeout(press.timer);
    if (press.index < 0) return;
    const [x1, x2] = map.round(...map.transforms().toPlane(x, y));
    dragging = { index: press.index, x1, x2 };
    map.preview(dragging);
  });
  on('pointerup', (event) => {
    if (!press || event.pointerId !== press.id) return;
    const { index, moved, x, y } = press;
    const dragged = dragging;
    end();
    if (dragged) map.move(dragged.index, dragged.x1, dragged.x2);
    else if (index < 0 && !moved) map.add(...map.round(...map.transforms().toPlane(x, y)));
  });
  on('pointercancel', end);
  return {
    /** Whether a press or drag is under way (a frame keeps its preview). */
    busy: () => press !== null,
    destroy() {
      end();
      listening.abort();
    },
  };
}

// A touch that starts on a point is kept from scrolling the page (only such a touch); a right-click on
// a point removes it. end() ends any press and says whether a contextmenu may remove a point now.
function removeAndKeep(on, canvas, map, pointAt, end) {
  const offsetOf = (touch) => {
    const box = canvas.getBoundingClientRect();
    return [touch.clientX - box.left, touch.clientY - box.top];
  };
  on(
    'touchstart',
    (event) => {
      if (event.touches.length === 1 && pointAt(...offsetOf(event.touches[0]), 'touch') >= 0) event.preventDefault();
    },
    { passive: false },
  );
  on('contextmenu', (event) => {
    const index = pointAt(event.offsetX, event.offsetY, 'mouse');
    if (index < 0) return;
    event.preventDefault();
    if (end()) map.remove(index);
  });
}
