// The loss landscape panel as a reader sees it: the heatmap's colours (the engine's surface in Node,
// coloured by surface.js), the white path from ○ the start to ● now, the caption and the legend's
// ticks; the path growing while training with the axes put; a long run widening the axes; a drag
// (drawn dashed while dragging), the arrow keys and "Start from the seed" moving the start into the
// settings and the URL; 360 px. Where a weight and bias are drawn comes from the axes the figure
// says it drew (data-axes) and the heatmap's edges found in the canvas's pixels.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { colorAt } from '../../web/src/chapters/neuron/panels/landscape/colormap.js';
import { colourSurface, summaryText, surfaceGrid } from '../../web/src/chapters/neuron/panels/landscape/surface.js';
import { fixed } from '../../web/src/core/format.js';
import { openPage, screenshot, useBrowser } from './browser.mjs';
import { field, hashOf, nodeEngine, openRun, readouts, waitDone } from './helpers.mjs';

const session = useBrowser();
let engine;
before(async () => {
  engine = await nodeEngine();
});

const FIGURE = '.landscape-chart';
const CANVAS = `${FIGURE} canvas`;
const VIRIDIS = Array.from({ length: 256 }, (_, i) => colorAt(i / 255));
const LOWEST_COLOUR = VIRIDIS[0];
const EXAMPLES = 5; // the default data set's

/** The engine in Node: where `config` starts and ends after `epochs`, the loss there, and the trainer's surface over `axes`. */
function run(config, epochs = 5000, axes = null) {
  const trainer = engine.neuron.createTrainer(config);
  try {
    trainer.train(epochs);
    const grid = axes && surfaceGrid(axes, EXAMPLES);
    return {
      start: { epoch: 0, weight: trainer.initialWeight(), bias: trainer.initialBias() },
      end: { epoch: epochs, weight: trainer.weight(), bias: trainer.bias() },
      loss: trainer.evaluate().loss,
      surface: grid && colourSurface(trainer.lossLandscape(grid), grid),
    };
  } finally {
    trainer.delete();
  }
}

/** Wait until the run is done and the landscape has drawn its chart and surface, with nothing to come. */
async function waitLandscape(page, captionPattern = /./) {
  await waitDone(page);
  await page.waitForFunction(
    ([selector, source]) => {
      const figure = document.querySelector(selector);
      return (
        figure?.dataset.landscape === 'ready' && new RegExp(source).test(figure.querySelector('figcaption').textContent)
      );
    },
    [FIGURE, captionPattern.source],
  );
}

/**
 * What the landscape shows: its caption, the legend's ticks ({ text, left: % }), the axes it drew,
 * the plot area in CSS pixels of the canvas (the heatmap's extent, found from the pixels that have
 * the colour map's colours) and the canvas's RGBA pixels.
 */
async function look(page) {
  const shown = await page.locator(FIGURE).evaluate((figure, viridis) => {
    const canvas = figure.querySelector('canvas');
    const { width, height } = canvas;
    const data = canvas.getContext('2d').getImageData(0, 0, width, height).data;
    const onMap = (o) =>
      data[o + 3] === 255 &&
      viridis.some(([r, g, b]) => Math.abs(r - data[o]) + Math.abs(g - data[o + 1]) + Math.abs(b - data[o + 2]) < 24);
    // Columns and rows where most pixels are the heatmap's: the plot area.
    const columns = new Array(width).fill(0);
    const rows = new Array(height).fill(0);
    for (let y = 0; y < height; y += 3)
      for (let x = 0; x < width; x += 1) if (onMap((y * width + x) * 4)) columns[x] += 3;
    for (let x = 0; x < width; x += 3) for (let y = 0; y < height; y += 1) if (onMap((y * width + x) * 4)) rows[y] += 3;
    const xs = columns.flatMap((n, x) => (n > height / 3 ? [x] : []));
    const ys = rows.flatMap((n, y) => (n > width / 3 ? [y] : []));
    const scale = width / canvas.clientWidth;
    return {
      caption: figure.querySelector('figcaption').textContent,
      ticks: Array.from(figure.querySelectorAll('.legend-ticks span'), (span) => ({
        text: span.textContent,
        left: span.style.left,
      })),
      axes: figure.dataset.axes.split(' ').map(Number),
      area: {
        left: xs[0] / scale,
        right: (xs.at(-1) + 1) / scale,
        top: ys[0] / scale,
        bottom: (ys.at(-1) + 1) / scale,
      },
      scale,
      width,
      data: btoa(Array.from(data, (byte) => String.fromCharCode(byte)).join('')),
    };
  }, VIRIDIS);
  const [weightMin, weightMax, biasMin, biasMax] = shown.axes;
  const { area, scale, width } = shown;
  const data = Buffer.from(shown.data, 'base64');
  return {
    ...shown,
    data,
    axes: { weightMin, weightMax, biasMin, biasMax },
    /** Where (weight, bias) is drawn, in CSS pixels from the canvas's top left. */
    at: (weight, bias) => ({
      x: area.left + ((weight - weightMin) / (weightMax - weightMin)) * (area.right - area.left),
      y: area.top + ((biasMax - bias) / (biasMax - biasMin)) * (area.bottom - area.top),
    }),
    /** The RGB at CSS position (x, y). */
    rgb: (x, y) => {
      const o = (Math.floor(y * scale) * width + Math.floor(x * scale)) * 4;
      return Array.from(data.subarray(o, o + 3));
    },
  };
}

const white = (rgb) => rgb.every((value) => value > 200);
const distance = (a, b) => Math.max(...a.map((value, i) => Math.abs(value - b[i])));
/** The RGB of `n` points on a circle of `radius` around (x, y). */
const circle = (shown, { x, y }, radius, n = 24) =>
  Array.from({ length: n }, (_, i) =>
    shown.rgb(x + radius * Math.cos((2 * Math.PI * i) / n), y + radius * Math.sin((2 * Math.PI * i) / n)),
  );

// The end drawn as a filled white dot, the start as a white ring, the path between them a white line.
function assertPath(shown, start, end) {
  const now = shown.at(end.weight, end.bias);
  for (const [dx, dy] of [
    [0, 0],
    [-2, 0],
    [2, 0],
    [0, -2],
    [0, 2],
  ]) {
    assert.ok(
      white(shown.rgb(now.x + dx, now.y + dy)),
      `● now at ${now.x}, ${now.y}: ${shown.rgb(now.x + dx, now.y + dy)}`,
    );
  }
  const ring = circle(shown, shown.at(start.weight, start.bias), 5.5);
  assert.ok(ring.filter(white).length >= 18, `○ start: ${ring.filter(white).length} of 24 points white`);
  // The line between them: at least as many white pixels as the straight line is long.
  const from = shown.at(start.weight, start.bias);
  const length = Math.hypot(now.x - from.x, now.y - from.y) * shown.scale;
  let whites = 0;
  for (let o = 0; o < shown.data.length; o += 4)
    if (white(shown.data.subarray(o, o + 3)) && shown.data[o + 3] === 255) whites += 1;
  assert.ok(whites > length, `${whites} white pixels, ${length.toFixed(0)} between the start and now`);
}

// The heatmap is the engine's surface (coloured by surface.js) at the centres of its cells, the lowest
// point is the colour map's darkest, and the legend's ticks are the surface's.
function assertSurface(shown, surface) {
  const { side, pixels } = surface;
  const width = shown.area.right - shown.area.left;
  const height = shown.area.bottom - shown.area.top;
  let same = 0;
  let checked = 0;
  for (let row = 5; row < side; row += 10) {
    for (let column = 5; column < side; column += 10) {
      const drawn = shown.rgb(
        shown.area.left + ((column + 0.5) / side) * width,
        shown.area.top + ((row + 0.5) / side) * height,
      );
      if (white(drawn)) continue; // under the path
      const o = (row * side + column) * 4;
      checked += 1;
      if (distance(drawn, Array.from(pixels.slice(o, o + 3))) <= 16) same += 1;
    }
  }
  assert.ok(checked > 300 && same >= 0.95 * checked, `${same} of ${checked} cells the engine's colour`);
  // The lowest point can be under the path: the nearest pixel of the heatmap's the path leaves uncovered.
  const lowest = shown.at(surface.lowest.weight, surface.lowest.bias);
  const near = [];
  for (let dy = -10; dy <= 10; dy += 1) {
    for (let dx = -10; dx <= 10; dx += 1) {
      const x = Math.min(Math.max(lowest.x + dx, shown.area.left + 2), shown.area.right - 2);
      const y = Math.min(Math.max(lowest.y + dy, shown.area.top + 2), shown.area.bottom - 2);
      const rgb = shown.rgb(x, y);
      if (VIRIDIS.some((colour) => distance(rgb, colour) <= 8))
        near.push({ rgb, away: Math.hypot(x - lowest.x, y - lowest.y) });
    }
  }
  const { rgb, away } = near.sort((a, b) => a.away - b.away)[0];
  assert.ok(distance(rgb, LOWEST_COLOUR) <= 24, `lowest point ${rgb}, ${away.toFixed(1)} px away`);
  assert.deepEqual(
    shown.ticks.map((tick) => tick.text),
    surface.ticks.map((tick) => tick.text),
  );
  shown.ticks.forEach((tick, i) =>
    assert.ok(Math.abs(parseFloat(tick.left) - 100 * surface.ticks[i].at) < 0.01, `tick ${tick.text} at ${tick.left}`),
  );
}

test('the heatmap is the engine’s surface, the path runs from the start to now, the caption says so', async () => {
  const page = await openRun(session.browser, session.site);
  await waitLandscape(page);
  const shown = await look(page);
  const expected = run({}, 5000, shown.axes);
  assert.equal(expected.surface.side, 200);
  assert.equal(
    shown.caption,
    summaryText({ start: expected.start, end: expected.end, loss: expected.loss, lowest: expected.surface.lowest }),
  );
  assert.match(
    shown.caption,
    /^Started at weight 0\.50, bias 0\.00; after 5,000 epochs at weight 4\.25, bias -10\.42, loss 0\.0466\. Lowest loss on this grid: 0\.\d{4} at weight/,
  );
  // The axes hold the whole path.
  for (const p of [expected.start, expected.end]) {
    assert.ok(p.weight > shown.axes.weightMin && p.weight < shown.axes.weightMax, 'weight on the axes');
    assert.ok(p.bias > shown.axes.biasMin && p.bias < shown.axes.biasMax, 'bias on the axes');
  }
  assertSurface(shown, expected.surface);
  assertPath(shown, expected.start, expected.end);
  const canvas = page.locator(CANVAS);
  assert.equal(await canvas.getAttribute('tabindex'), '0');
  assert.equal(await canvas.getAttribute('role'), 'application');
  assert.equal(await page.locator(`#${await canvas.getAttribute('aria-describedby')}`).textContent(), shown.caption);
  assert.equal(await page.locator('.landscape-legend .legend-title').textContent(), 'loss');
  assert.match(await page.locator('.panel.landscape .panel-lede').textContent(), /^Colour: the loss at each weight/);
  await page.locator('.panel.landscape').screenshot({ path: 'test-artifacts/landscape-panel-1280.png' });
  await screenshot(page, 'landscape-1280');
  assert.deepEqual(page.problems, []);
});

test('the path grows while training and the axes stay put', async () => {
  const page = await openPage(session.browser); // motion allowed: the 2 s animation
  // Every caption the landscape writes while the run plays, with the axes drawn at that moment.
  await page.addInitScript((selector) => {
    window.captions = [];
    new MutationObserver(() => {
      const figure = document.querySelector(selector);
      const text = figure?.querySelector('figcaption').textContent;
      if (text && text !== window.captions.at(-1)?.[0]) window.captions.push([text, figure.dataset.axes]);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, FIGURE);
  await page.goto(session.site.url);
  await waitLandscape(page, /after 5,000 epochs/);
  // Played again with every panel set up (the landscape comes once the page is idle, which on a busy
  // machine can be late in the first run's 2 s): its path is watched from the start.
  await page.evaluate(() => (window.captions = []));
  await page.getByRole('button', { name: /Replay/ }).click();
  await page.waitForSelector('[data-one-neuron][data-status="playing"]', { state: 'attached' });
  await waitLandscape(page, /after 5,000 epochs/);
  const captions = await page.evaluate(() => window.captions);
  const done = await page.locator(FIGURE).evaluate((figure) => figure.dataset.axes);
  const ends = captions.map(([caption]) => Number(/after ([\d,]+) epochs/.exec(caption)?.[1].replaceAll(',', '') ?? 0));
  assert.ok(
    ends.every((epoch, i) => i === 0 || epoch > ends[i - 1]),
    `path ends at epochs ${ends}`,
  );
  assert.ok(ends.filter((epoch) => epoch > 0 && epoch < 5000).length >= 2, `mid-run ends ${ends}`);
  assert.equal(ends.at(-1), 5000);
  for (const [caption, axes] of captions)
    assert.equal(axes, done, `the axes stay put while the path grows: ${caption}`);
  const expected = run({}, 5000);
  assertPath(await look(page), expected.start, expected.end);
  assert.deepEqual(page.problems, []);
});

test('a long run widens the axes as it goes, and the surface follows them', async () => {
  const page = await openRun(session.browser, session.site);
  await waitLandscape(page);
  const before = await look(page);
  await page.evaluate(() => (location.hash = '#epochs=1000000'));
  await waitLandscape(page, /after 1,000,000 epochs/);
  const shown = await look(page);
  const expected = run({}, 1_000_000, shown.axes);
  assert.ok(shown.axes.weightMax > before.axes.weightMax, `axes ${JSON.stringify(shown.axes)}`);
  assert.ok(expected.end.weight < shown.axes.weightMax && expected.end.bias > shown.axes.biasMin, 'now on the axes');
  assert.equal(
    shown.caption,
    summaryText({ start: expected.start, end: expected.end, loss: expected.loss, lowest: expected.surface.lowest }),
  );
  assertSurface(shown, expected.surface);
  assertPath(shown, expected.start, expected.end);
  assert.deepEqual(page.problems, []);
});

test('a drag on the landscape moves the start into the settings and the URL and re-runs from there', async () => {
  const page = await openRun(session.browser, session.site);
  await waitLandscape(page);
  await page.locator(CANVAS).scrollIntoViewIfNeeded();
  const box = await page.locator(CANVAS).boundingBox();
  const shown = await look(page);
  const from = shown.at(1, -2);
  const to = shown.at(2, -6);
  await page.mouse.move(box.x + from.x, box.y + from.y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i += 1) {
    await page.mouse.move(box.x + from.x + ((to.x - from.x) * i) / 5, box.y + from.y + ((to.y - from.y) * i) / 5);
  }
  // While dragging, the start under the pointer is drawn as a dashed white ring.
  const dragging = circle(await look(page), to, 7, 48);
  const whites = dragging.filter(white).length;
  assert.ok(whites >= 10 && whites <= 40, `dashed ring: ${whites} of 48 points white`);
  await page.mouse.up();
  await waitLandscape(page, /^Started at weight (?!0\.50)/);
  const w0 = Number(await field(page, 'w0').inputValue());
  const b0 = Number(await field(page, 'b0').inputValue());
  assert.ok(Math.abs(w0 - 2) < 0.05 && Math.abs(b0 + 6) < 0.1, `start ${w0}, ${b0}`);
  assert.ok(String(w0).length <= 6 && String(b0).length <= 6, `rounded: ${w0}, ${b0}`);
  assert.match(await hashOf(page), new RegExp(`&w0=${w0}&b0=${b0}$`));
  const after = await look(page);
  const expected = run({ w0, b0 }, 5000, after.axes);
  const numbers = await readouts(page);
  assert.equal(numbers.weight, fixed(expected.end.weight, 8));
  assert.equal(numbers.bias, fixed(expected.end.bias, 8));
  assert.equal(
    after.caption,
    summaryText({ start: expected.start, end: expected.end, loss: expected.loss, lowest: expected.surface.lowest }),
  );
  assertPath(after, { weight: w0, bias: b0 }, expected.end);

  // Start from the seed: back to the seed's weight and bias 0, and w0/b0 leave the URL.
  await page.getByRole('button', { name: /^Start from the seed/ }).click();
  await waitLandscape(page, /^Started at weight 0\.50, bias 0\.00;/);
  assert.doesNotMatch(await hashOf(page), /w0=|b0=/);
  assert.equal((await readouts(page)).weight, '4.24834391');
  assert.deepEqual(page.problems, []);
});

test('keyboard: arrow keys on the focused landscape move the start', async () => {
  const page = await openRun(session.browser, session.site, '#w0=1&b0=0');
  await waitLandscape(page);
  await page.locator(CANVAS).focus();
  await page.keyboard.press('ArrowRight');
  await waitLandscape(page, /^Started at weight 1\.(?!00)\d\d, bias 0\.00;/);
  const right = [Number(await field(page, 'w0').inputValue()), Number(await field(page, 'b0').inputValue())];
  assert.ok(right[0] > 1 && right[0] < 1.5 && right[1] === 0, `after ArrowRight: ${right}`);
  await page.keyboard.press('ArrowDown');
  await waitLandscape(page, /^Started at weight 1\.(?!00)\d\d, bias -\d\.\d\d;/);
  const down = [Number(await field(page, 'w0').inputValue()), Number(await field(page, 'b0').inputValue())];
  assert.ok(down[0] === right[0] && down[1] < 0, `after ArrowDown: ${down}`);
  assert.match(await hashOf(page), new RegExp(`&w0=${down[0]}&b0=${down[1]}$`));
  const expected = run({ w0: down[0], b0: down[1] });
  assert.equal((await readouts(page)).weight, fixed(expected.end.weight, 8));
  assertPath(await look(page), expected.start, expected.end);
  assert.deepEqual(page.problems, []);
});

test('360 px: the landscape fits without horizontal scrolling', async () => {
  const page = await openRun(session.browser, session.site, '', { width: 360, height: 780 });
  await waitLandscape(page);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360));
  const box = await page.locator('.panel.landscape').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360, `panel ${box.x}..${box.x + box.width}`);
  const canvas = await page.locator(CANVAS).boundingBox();
  assert.ok(canvas.width > 250 && canvas.height > 200, `canvas ${canvas.width}x${canvas.height}`);
  const shown = await look(page);
  assertPath(shown, run({}).start, run({}).end);
  await page.locator('.panel.landscape').screenshot({ path: 'test-artifacts/landscape-panel-360.png' });
  await screenshot(page, 'landscape-360');
  assert.deepEqual(page.problems, []);
});
