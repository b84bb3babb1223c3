// The page that scripts/bench-network-page.mjs's measureMapFrame opens (served from the repository's
// root, so it imports the page's own modules from web/src as they are): a trainer with 8 hidden units
// on the ring, trained 3000 epochs, and the decision map and unit thumbnails of chapter 2's map panel
// (web/src/chapters/network/panels/map.js), 560 px wide as in the page's main column. Each animation
// frame trains 10 epochs off the clock, then times what the panel does per frame: trainer.map(grid),
// map.update(...) and thumbnails.update(...), canvas drawing included. Sets window.__mapFrame to the
// medians in ms.

// Runs in the page.
async function measure(frames) {
  const { loadNetworkEngine } = await import('/web/src/engine/network-engine.js');
  const { createDecisionMap, createUnitThumbnails, gridFor } = await import('/web/src/core/decision-map.js');
  const { network } = await loadNetworkEngine();
  const trainer = network.createTrainer({ hidden: 8 });
  trainer.train(3000);
  const points = trainer.points();
  const grid = gridFor(points);
  const map = createDecisionMap({ label: 'Decision map of the network' });
  const thumbnails = createUnitThumbnails({});
  document.querySelector('main').append(map.element, thumbnails.element);
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const times = { engine: [], map: [], thumbnails: [] };
  let values; // the last frame's map, whose arrays the next refills, as chapter 2's view does
  for (let frame = 0; frame < 2 * frames; frame += 1) {
    await nextFrame();
    trainer.train(10);
    const accuracy = trainer.accuracy();
    const begin = performance.now();
    values = trainer.map(grid, values);
    const mapped = performance.now();
    map.update({ grid, map: values, points, highlight: null, activation: 'sigmoid', accuracy });
    const drawn = performance.now();
    thumbnails.update({ map: values, hidden: 8, activation: 'sigmoid', grid });
    const end = performance.now();
    if (frame < frames) continue; // warm-up: the JIT's tiers, the canvases' first allocations
    times.engine.push(mapped - begin);
    times.map.push(drawn - mapped);
    times.thumbnails.push(end - drawn);
  }
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const total = times.engine.map((t, i) => t + times.map[i] + times.thumbnails[i]);
  window.__mapFrame = {
    columns: grid.columns,
    rows: grid.rows,
    size: Math.round(map.element.getBoundingClientRect().width), // the map's width in CSS px
    frames,
    engine: median(times.engine),
    map: median(times.map),
    thumbnails: median(times.thumbnails),
    frame: median(total),
    worstFrame: Math.max(...total),
  };
}

/** The page's HTML, timing `frames` frames after as many unmeasured. */
export function mapFramePage(frames) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>map frame</title>
<link rel="stylesheet" href="/web/src/styles.css"><link rel="stylesheet" href="/web/src/core/decision-map.css">
</head><body class="one-neuron"><main style="width: 560px"></main>
<script type="module">(${measure.toString()})(${Number(frames)});</script></body></html>`;
}
