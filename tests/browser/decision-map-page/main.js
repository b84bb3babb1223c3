// The decision map and the units' thumbnails on a page of their own (tests/browser/decision-map.test.mjs
// builds it with Vite): a real network trained in WASM, each edit applied to the data and trained
// again, every edit the map reports kept in window.edits; ?live=1 trains on every frame.
import '../../../web/src/styles.css';
import mapCss from '../../../web/src/core/decision-map.css?inline';
import { loadNetworkEngine } from '../../../web/src/engine/network-engine.js';
import { readTheme } from '../../../web/src/core/theme.js';
import { createDecisionMap, createUnitThumbnails, gridFor, viewOf } from '../../../web/src/core/decision-map.js';
import { plotArea } from '../../../web/src/core/decision-map-draw.js';
import { transforms } from '../../../web/src/core/decision-map-math.js';

document.head.append(Object.assign(document.createElement('style'), { textContent: mapCss }));
const params = new URLSearchParams(location.search);
const config = { hidden: Number(params.get('hidden') ?? 4), activation: params.get('activation') ?? 'sigmoid' };
const epochs = 3000;
const edits = (window.edits = []);
const state = { trainer: null, points: null, grid: null, data: null, highlight: null };

function data() {
  if (!state.data) {
    const { inputs, labels } = state.points;
    state.data = [];
    for (let i = 0; i < labels.length; i += 1) state.data.push(inputs[2 * i], inputs[2 * i + 1], labels[i]);
  }
  return state.data;
}

function retrain() {
  state.trainer.delete();
  state.trainer = engine.network.createTrainer({ ...config, data: state.data });
  state.trainer.train(epochs);
  state.points = state.trainer.points();
  draw();
}

const map = createDecisionMap({
  label: 'Decision map',
  onAddPoint: (point) => {
    edits.push(['add', point]);
    data().push(point.x1, point.x2, point.label);
    retrain();
  },
  onMovePoint: (index, to) => {
    edits.push(['move', index, to]);
    data().splice(3 * index, 2, to.x1, to.x2);
    retrain();
  },
  onRemovePoint: (index) => {
    edits.push(['remove', index]);
    data().splice(3 * index, 3);
    retrain();
  },
});
document.getElementById('map').append(map.element);
window.reservedHeight = map.element.querySelector('.decision-map-plot').getBoundingClientRect().height;
const thumbs = createUnitThumbnails({
  onFocusUnit: (j) => {
    edits.push(['focus', j]);
    state.highlight = j;
    draw();
  },
});
document.getElementById('units').append(thumbs.element);

function draw() {
  const result = state.trainer.map(state.grid);
  const { activation } = config;
  map.update({ grid: state.grid, map: result, points: state.points, highlight: state.highlight, activation });
  thumbs.update({ map: result, hidden: config.hidden, activation, grid: state.grid });
}

/** Where point `index` (or the plane's x1, x2) is on the page, in CSS px from the viewport's corner. */
window.pixelOf = (index, x1 = state.points.inputs[2 * index], x2 = state.points.inputs[2 * index + 1]) => {
  const overlay = map.element.querySelector('.decision-map-overlay');
  const box = overlay.getBoundingClientRect();
  const [x, y] = transforms(viewOf(state.grid), plotArea(box.width)).toPixel(x1, x2);
  return [box.left + x, box.top + y];
};
/** A place in the plane at least 0.2 from every point, nearest to (x1, x2). */
window.emptySpot = (x1, x2) => {
  const { inputs } = state.points;
  let best = null;
  for (let a = -1.5; a <= 1.5; a += 0.05) {
    for (let b = -1.5; b <= 1.5; b += 0.05) {
      let near = Infinity;
      for (let i = 0; i < inputs.length; i += 2) near = Math.min(near, Math.hypot(inputs[i] - a, inputs[i + 1] - b));
      const off = Math.hypot(a - x1, b - x2);
      if (near >= 0.2 && (!best || off < best.off)) best = { x1: a, x2: b, off };
    }
  }
  return [best.x1, best.x2];
};
window.points = () => ({ inputs: [...state.points.inputs], labels: [...state.points.labels] });
window.retheme = () => map.setTheme(readTheme(document.querySelector('main')));
window.mapImage = () => map.image({ title: 'The ring, four sigmoid units', notes: ['3,000 epochs'] });

const engine = await loadNetworkEngine();
state.trainer = engine.network.createTrainer(config);
state.trainer.train(epochs);
state.points = state.trainer.points();
state.grid = gridFor(state.points);
draw();
await new Promise((resolve) => setTimeout(resolve, 400)); // the text alternative is written in a timer
document.body.dataset.ready = 'true';
// ?live=1: train on every frame, handing the map a new copy of the same points each time, as a chapter might.
if (params.get('live')) {
  const frame = () => {
    state.trainer.train(5);
    state.points = state.trainer.points();
    draw();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
