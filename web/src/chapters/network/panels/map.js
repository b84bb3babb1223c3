// The decision map panel: the output probability over the plane with the training points and the
// 0.5 contour (core/decision-map.js), the hidden units' thumbnails under it, and the data presets.
// Adding, moving or removing a point commits the whole point list as the `data` field (x1, x2, label
// for each point), so the link carries the reader's points; a preset goes back to a generator.
import { button, el } from '../../../core/dom.js';
import { createDecisionMap, createUnitThumbnails } from '../../../core/decision-map.js';
import { runNotes } from '../run-notes.js';

const PRESETS = [
  ['ring', 'Ring', 'The post’s ring: dots in a ring around dots in the middle'],
  ['xor', 'XOR', 'XOR: opposite corners share a label'],
  ['clusters', 'Clusters', 'Two clusters'],
];

/** The run's points as the `data` field's list (x1, x2, label for each), changed by `edit(list)`. */
function pointList({ inputs, labels }) {
  const list = [];
  for (let i = 0; i < labels.length; i += 1) list.push(inputs[2 * i], inputs[2 * i + 1], labels[i]);
  return list;
}

export const mapPanel = {
  name: 'map',
  title: 'Decision map',
  lede: 'Where the network says 1 (pass) and 0 (fail) over the plane, and the points it learns from: yours to add, move and remove.',
  column: 'main',
  reads: ['grid', 'map', 'points', 'unit', 'state', 'accuracy'],
  cadence: 'frame',
  create(slot, { run, select, theme }) {
    const commitPoints = (change) => {
      const points = run.trainer()?.points();
      if (!points) return;
      const list = pointList(points);
      change(list);
      run.commit({ data: list });
    };
    const map = createDecisionMap({
      label: 'Decision map of the network',
      theme,
      onAddPoint: ({ x1, x2, label }) => commitPoints((list) => list.push(x1, x2, label)),
      onMovePoint: (index, { x1, x2 }) => commitPoints((list) => list.splice(3 * index, 2, x1, x2)),
      onRemovePoint: (index) => commitPoints((list) => list.splice(3 * index, 3)),
    });
    const thumbnails = createUnitThumbnails({ onFocusUnit: (unit) => select('unit', unit) });
    const presets = el(
      'div',
      { class: 'button-row map-presets', role: 'group', 'aria-label': 'Data presets' },
      el('span', { class: 'map-presets-label', text: 'Presets:' }),
      PRESETS.map(([dataset, text, label]) =>
        button(text, { small: true, label, onClick: () => run.commit({ dataset, data: undefined }) }),
      ),
    );
    slot.append(presets, map.element, el('h3', { text: 'The hidden units, each over the plane' }), thumbnails.element);
    return {
      update({ grid, map: values, points, unit, state, accuracy }) {
        // The engine's accuracy: the text alternative counts the points on the right side exactly.
        map.update({ grid, map: values, points, highlight: unit, activation: state.activation, accuracy });
        thumbnails.update({ map: values, hidden: state.hidden, activation: state.activation, grid });
      },
      setTheme: (next) => map.setTheme(next),
      /** The map as a PNG data URL on a card with the run's settings, for the share panel's export. */
      image() {
        const trainer = run.trainer();
        if (!trainer) return null;
        const title = 'One Neuron, the hidden layer — decision map';
        return map.image({ title, notes: runNotes(run.state(), trainer).settings });
      },
      destroy() {
        map.destroy();
        thumbnails.destroy();
      },
    };
  },
};
