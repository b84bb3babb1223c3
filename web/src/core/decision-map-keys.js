// The decision map's keyboard: on the focused map, the arrows move a visible cursor over the plane
// (Shift: 5 times as far), Enter or Space adds a point there with the chosen label, S selects the
// point nearest the cursor, the arrows then move that point, Delete or Backspace removes it, Escape
// lets it go; 1 and 0 choose the label of new points. `map` is the decision map's side (see
// decision-map-input.js) plus { view(), cursor(), setCursor(x1, x2), selected(), label(), setLabel(l),
// describe(x1, x2) -> text }.
import { nearestPoint } from './decision-map-math.js';

const KEY_STEP = 1 / 40; // of the plane's side, per arrow press
const ARROWS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

export const KEY_HELP =
  'Keys: arrows move the cursor, Enter adds a point, S selects the nearest point, arrows then move it, ' +
  'Delete removes it, Escape lets go, 1 or 0 picks the label.';

export function createKeyInput(canvas, map) {
  const listening = new AbortController();

  function arrow(event, [dx, dy]) {
    const view = map.view();
    const step = KEY_STEP * (event.shiftKey ? 5 : 1);
    const clamp = (value, low, high) => Math.min(Math.max(value, low), high);
    const index = map.selected();
    const points = map.points();
    const from = index >= 0 ? [points.inputs[2 * index], points.inputs[2 * index + 1]] : map.cursor();
    const [x1, x2] = map.round(
      clamp(from[0] + dx * step * (view.x1Max - view.x1Min), view.x1Min, view.x1Max),
      clamp(from[1] + dy * step * (view.x2Max - view.x2Min), view.x2Min, view.x2Max),
    );
    map.setCursor(x1, x2);
    if (index >= 0) map.move(index, x1, x2);
    else map.announce(`Cursor at ${map.describe(x1, x2)}`);
  }

  function selectNearest() {
    const points = map.points();
    const index = points ? nearestPoint(points.inputs, map.drawn(), ...map.cursor()) : -1;
    if (index < 0) return map.announce('No points to select.');
    map.select(index, { announce: true });
  }

  canvas.addEventListener(
    'keydown',
    (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey || !map.points()) return;
      const key = event.key;
      let handled = true;
      if (ARROWS[key]) arrow(event, ARROWS[key]);
      else if (key === 'Enter' || key === ' ') map.add(...map.cursor());
      else if (key === 's' || key === 'S') selectNearest();
      else if ((key === 'Delete' || key === 'Backspace') && map.selected() >= 0) map.remove(map.selected());
      else if (key === 'Escape' && map.selected() >= 0) map.select(-1, { announce: true });
      else if (key === '1' || key === '0') map.setLabel(Number(key), { announce: true });
      else handled = false;
      if (handled) event.preventDefault();
    },
    { signal: listening.signal },
  );

  return { destroy: () => listening.abort() };
}
