// The decision map's cost per frame in Node (part of `npm run bench`, called by bench-network.mjs): at
// 8 hidden units on the default ring, after training, what the page does for each frame that shows the
// map: the engine's trainer.map(grid) in WASM at the page's grid (core/decision-map.js's gridFor: 100 x
// 100 cells around the points), copied out to JS, then the map's pixels and 0.5 contour
// (decision-map-layer.js's colourLayer) and each unit's thumbnail pixels (unit-thumbnails.js's
// fillPixels over its activation range). Canvas drawing is left out here: scripts/bench-network-page.mjs
// measures the whole panel update in Chromium. Budget: <= 4 ms per frame (issue 12).
import { performance } from 'node:perf_hooks';
import { gridFor } from '../web/src/core/decision-map-math.js';
import { colourLayer } from '../web/src/core/decision-map-layer.js';
import { activationRange, activationTable, fillPixels, probabilityTable } from '../web/src/core/decision-map-colour.js';
import { median } from './bench-stats.mjs';

export const MAP_BUDGET_MS = 4;
const HIDDEN = 8;
const COLOURS = {
  probabilityTable: probabilityTable({ fail: [210, 71, 15], surface: [255, 255, 255], pass: [35, 96, 224] }),
  unitTable: activationTable(),
};

// The pixels the map and the thumbnails fill for one frame's map (the canvases' ImageData, here plain arrays).
function paint(map, grid, pixels, thumbnails) {
  colourLayer({ grid, map, activation: 'sigmoid' }, COLOURS, pixels);
  const cells = map.columns * map.rows;
  for (let j = 0; j < HIDDEN; j += 1) {
    const [low, high] = activationRange('sigmoid', map.units, j * cells, cells);
    fillPixels(thumbnails[j], map.units, {
      offset: j * cells,
      columns: map.columns,
      rows: map.rows,
      low,
      high,
      table: COLOURS.unitTable,
    });
  }
}

/**
 * Times `frames` frames (after as many unmeasured): returns medians in ms of map(), of the JS painting and
 * of both, and the process's mean CPU time per frame.
 */
export function benchMap(network, { quick }) {
  const frames = quick ? 20 : 300;
  const trainer = network.createTrainer({ hidden: HIDDEN });
  try {
    trainer.train(quick ? 300 : 3000);
    const grid = gridFor(trainer.points());
    const cells = grid.columns * grid.rows;
    const pixels = new Uint8ClampedArray(4 * cells);
    const thumbnails = Array.from({ length: HIDDEN }, () => new Uint8ClampedArray(4 * cells));
    const engine = [];
    const painting = [];
    let cpu = null; // process.cpuUsage() as the measured frames begin: their CPU time, which load does not stretch
    let map; // the last frame's, whose arrays the next refills, as chapter 2's view does
    for (let frame = 0; frame < 2 * frames; frame += 1) {
      if (frame === frames) cpu = process.cpuUsage();
      const begin = performance.now();
      map = trainer.map(grid, map);
      const mapped = performance.now();
      paint(map, grid, pixels, thumbnails);
      const end = performance.now();
      if (frame < frames) continue; // warm-up: the JIT's tiers
      engine.push(mapped - begin);
      painting.push(end - mapped);
    }
    const cpuUsage = process.cpuUsage(cpu);
    const total = engine.map((t, i) => t + painting[i]);
    const result = {
      hidden: HIDDEN,
      columns: grid.columns,
      rows: grid.rows,
      frames,
      engine_map_ms: median(engine),
      js_pixels_ms: median(painting),
      frame_ms: median(total),
      frame_cpu_ms: (cpuUsage.user + cpuUsage.system) / 1000 / frames,
      budget_ms: MAP_BUDGET_MS,
    };
    console.log(
      `(map) one frame's decision map and ${HIDDEN} thumbnails, ${grid.columns} x ${grid.rows} cells, median of ${frames}:`,
    );
    console.log(
      `  trainer.map(grid) in WASM ${result.engine_map_ms.toFixed(3)} ms + pixels and contour in JS ${result.js_pixels_ms.toFixed(3)} ms`,
    );
    console.log(`  the process's CPU time per frame (mean): ${result.frame_cpu_ms.toFixed(3)} ms`);
    console.log(
      `  = ${result.frame_ms.toFixed(3)} ms per frame (budget ${MAP_BUDGET_MS} ms; canvas drawing: bench-network-page.mjs)\n`,
    );
    return result;
  } finally {
    trainer.delete();
  }
}
