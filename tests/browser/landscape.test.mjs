// The loss landscape panel: the surface renders, the path ends at the current weight and bias and
// grows while training, a drag or the arrow keys move the start (checked against the engine in Node),
// the seed's start comes back, 360 px, and the surface's time in the browser (printed, not asserted).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixed } from '../../web/src/format.js';
import { launchBrowser, openPage, screenshot, serve } from './browser.mjs';
import { field, hashOf, nodeEngine, openRun, readouts, waitDone, waitIdlePanels, recordFrameGaps } from './helpers.mjs';

let browser;
let site;
let engine;
before(async () => {
  browser = await launchBrowser();
  site = await serve();
  engine = await nodeEngine();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

const CANVAS = '.landscape-chart canvas';
const explorable = (page, method, ...args) =>
  page.evaluate(
    ([name, list]) => document.querySelector('[data-one-neuron]').explorable[name](...list),
    [method, args],
  );

/** The engine in Node: where `config` ends after `epochs`. */
function run(config, epochs = 5000) {
  const trainer = engine.createTrainer(config);
  try {
    trainer.train(epochs);
    return { initialWeight: trainer.initialWeight(), weight: trainer.weight(), bias: trainer.bias() };
  } finally {
    trainer.delete();
  }
}

/** The canvas pixel (RGBA) at CSS position (x, y), and how many distinct colours the plot area has. */
function pixels(page, x, y) {
  return page.locator(CANVAS).evaluate(
    (canvas, [cssX, cssY]) => {
      const scale = canvas.width / canvas.clientWidth;
      const ctx = canvas.getContext('2d');
      const at = Array.from(ctx.getImageData(Math.round(cssX * scale), Math.round(cssY * scale), 1, 1).data);
      const all = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set();
      for (let i = 0; i < all.length; i += 4 * 7) colours.add((all[i] << 16) | (all[i + 1] << 8) | all[i + 2]);
      return { at, colours: colours.size };
    },
    [x, y],
  );
}

// Many colours (a heatmap, not a blank canvas), and the current point drawn in white where the path ends.
async function assertHeatmapAndEnd(page, view) {
  const end = await explorable(page, 'landscapePixel', view.end.weight, view.end.bias);
  const { at, colours } = await pixels(page, end.x, end.y);
  assert.ok(colours > 200, `${colours} colours`);
  assert.ok(
    at.slice(0, 3).every((value) => value > 230),
    `current point ${at}`,
  );
}

test('the surface renders and the path runs from the start to the current weight and bias', async () => {
  const page = await openRun(browser, site);
  const view = await explorable(page, 'landscape');
  const expected = run({});
  assert.ok(view.grid >= 200, `grid ${view.grid}`);
  assert.equal(view.start.epoch, 0);
  assert.equal(view.start.weight, expected.initialWeight);
  assert.equal(view.start.bias, 0);
  assert.deepEqual(view.end, { epoch: 5000, weight: expected.weight, bias: expected.bias });
  assert.ok(view.pointCount > 100 && view.pointCount <= 1025, `${view.pointCount} path points`);
  // The axes hold the whole path.
  for (const p of [view.start, view.end]) {
    assert.ok(p.weight > view.frame.weightMin && p.weight < view.frame.weightMax, 'weight on the axes');
    assert.ok(p.bias > view.frame.biasMin && p.bias < view.frame.biasMax, 'bias on the axes');
  }
  await assertHeatmapAndEnd(page, view);
  const canvas = page.locator(CANVAS);
  assert.equal(await canvas.getAttribute('tabindex'), '0');
  const summary = await page.locator(`#${await canvas.getAttribute('aria-describedby')}`).textContent();
  assert.match(
    summary,
    /^Started at weight 0\.50, bias 0\.00; after 5,000 epochs at weight 4\.25, bias -10\.42, loss 0\.0466\./,
  );
  assert.match(summary, /Lowest loss on this grid: 0\.\d{4} at weight/);
  assert.equal((await page.locator('.landscape-legend span').allTextContents())[0], 'loss');
  await page.locator('.panel.landscape').screenshot({ path: 'test-artifacts/landscape-panel-1280.png' });
  await screenshot(page, 'landscape-1280');
  assert.deepEqual(page.problems, []);
});

test('the path grows while training, one frame at a time, and the surface time is measured', async () => {
  const page = await openPage(browser); // motion allowed: the 2 s animation
  await page.goto(site.url);
  await page.waitForSelector('[data-one-neuron][data-status="playing"]');
  await waitIdlePanels(page); // the axes are drawn once the page is idle after the first frames
  await recordFrameGaps(page);
  // Three looks during the run: the path's end follows the trainer's epoch, the axes stay put.
  const looks = [];
  for (const epoch of [300, 1500, 3000]) {
    await page.waitForFunction(
      (after) => Number(document.querySelector('[data-one-neuron]').dataset.epoch) > after,
      epoch,
    );
    looks.push(await explorable(page, 'landscape'));
  }
  await waitDone(page);
  const done = await explorable(page, 'landscape');
  const ends = [...looks, done].map((view) => view.end.epoch);
  assert.ok(
    ends.every((epoch, i) => i === 0 || epoch > ends[i - 1]),
    `path ends at epochs ${ends}`,
  );
  assert.ok(ends[0] > 0 && ends[2] < 5000, `mid-run ends ${ends}`);
  assert.equal(done.end.epoch, 5000);
  for (const view of looks) assert.deepEqual(view.frame, done.frame, 'the axes stay put while the path grows');
  const gaps = await page.evaluate(() => window.frameGaps.slice(1));
  const times = [];
  for (let i = 0; i < 7; i += 1) times.push(await explorable(page, 'measureLandscape'));
  times.sort((a, b) => a - b);
  console.log(
    `landscape: 200x200 surface, 5 examples: median ${times[3].toFixed(1)} ms, max ${times[6].toFixed(1)} ms; ` +
      `animated run: ${gaps.length} frames, longest gap ${Math.max(...gaps).toFixed(1)} ms`,
  );
  assert.ok(times.every((ms) => Number.isFinite(ms) && ms >= 0));
  assert.deepEqual(page.problems, []);
});

test('a long run widens the axes as it goes, and the surface follows them', async () => {
  const page = await openRun(browser, site);
  const before = await explorable(page, 'landscape');
  await page.evaluate(() => (location.hash = '#epochs=1000000'));
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-one-neuron]');
    return root.dataset.epoch === '1000000' && root.dataset.status === 'done';
  });
  // New axes and their surface are drawn in a task after the frame that needs them.
  await page.waitForFunction(() => {
    const { end, frame } = document.querySelector('[data-one-neuron]').explorable.landscape();
    return end.weight < frame.weightMax && end.bias > frame.biasMin;
  });
  const view = await explorable(page, 'landscape');
  const expected = run({}, 1_000_000);
  assert.deepEqual(view.end, { epoch: 1_000_000, weight: expected.weight, bias: expected.bias });
  assert.ok(view.frame.weightMax > before.frame.weightMax, `axes ${JSON.stringify(view.frame)}`);
  assert.ok(view.grid >= 200, `grid ${view.grid}`);
  await assertHeatmapAndEnd(page, view);
  const canvas = page.locator(CANVAS);
  const summary = await page.locator(`#${await canvas.getAttribute('aria-describedby')}`).textContent();
  assert.match(summary, /; after 1,000,000 epochs at weight .* Lowest loss on this grid: /);
  assert.deepEqual(page.problems, []);
});

test('a drag on the landscape moves the start into the URL and re-runs from there', async () => {
  const page = await openRun(browser, site);
  await page.locator(CANVAS).scrollIntoViewIfNeeded();
  const box = await page.locator(CANVAS).boundingBox();
  const from = await explorable(page, 'landscapePixel', 1, -2);
  const to = await explorable(page, 'landscapePixel', 2, -6);
  await page.mouse.move(box.x + from.x, box.y + from.y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i += 1) {
    await page.mouse.move(box.x + from.x + ((to.x - from.x) * i) / 5, box.y + from.y + ((to.y - from.y) * i) / 5);
  }
  await page.mouse.up();
  await waitDone(page);
  const { w0, b0 } = await explorable(page, 'state');
  assert.ok(Math.abs(w0 - 2) < 0.05 && Math.abs(b0 + 6) < 0.1, `start ${w0}, ${b0}`);
  assert.ok(String(w0).length <= 6 && String(b0).length <= 6, `rounded: ${w0}, ${b0}`);
  assert.match(await hashOf(page), new RegExp(`&w0=${w0}&b0=${b0}$`));
  assert.equal(await field(page, 'w0').inputValue(), String(w0));
  assert.equal(await field(page, 'b0').inputValue(), String(b0));
  const expected = run({ w0, b0 });
  const shown = await readouts(page);
  assert.equal(shown.weight, fixed(expected.weight, 8));
  assert.equal(shown.bias, fixed(expected.bias, 8));
  const view = await explorable(page, 'landscape');
  assert.deepEqual([view.start.weight, view.start.bias], [w0, b0]);
  assert.deepEqual([view.end.weight, view.end.bias], [expected.weight, expected.bias]);

  // Start from the seed: back to the seed's weight and bias 0, and w0/b0 leave the URL.
  await page.getByRole('button', { name: /^Start from the seed/ }).click();
  await waitDone(page);
  assert.doesNotMatch(await hashOf(page), /w0=|b0=/);
  assert.equal((await readouts(page)).weight, '4.24834391');
  assert.equal((await explorable(page, 'landscape')).start.weight, run({}).initialWeight);
  assert.deepEqual(page.problems, []);
});

test('keyboard: arrow keys on the focused landscape move the start', async () => {
  const page = await openRun(browser, site, '#w0=1&b0=0');
  await page.locator(CANVAS).focus();
  await page.keyboard.press('ArrowRight');
  await waitDone(page);
  const right = await explorable(page, 'state');
  assert.ok(right.w0 > 1 && right.w0 < 1.5 && right.b0 === 0, `after ArrowRight: ${right.w0}, ${right.b0}`);
  await page.keyboard.press('ArrowDown');
  await waitDone(page);
  const down = await explorable(page, 'state');
  assert.ok(down.w0 === right.w0 && down.b0 < 0, `after ArrowDown: ${down.w0}, ${down.b0}`);
  assert.match(await hashOf(page), new RegExp(`&w0=${down.w0}&b0=${down.b0}$`));
  assert.equal((await readouts(page)).weight, fixed(run({ w0: down.w0, b0: down.b0 }).weight, 8));
  assert.deepEqual(page.problems, []);
});

test('360 px: the landscape fits without horizontal scrolling', async () => {
  const page = await openRun(browser, site, '', { width: 360, height: 780 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360));
  const box = await page.locator('.panel.landscape').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360, `panel ${box.x}..${box.x + box.width}`);
  const canvas = await page.locator(CANVAS).boundingBox();
  assert.ok(canvas.width > 250 && canvas.height > 200, `canvas ${canvas.width}x${canvas.height}`);
  await page.locator('.panel.landscape').screenshot({ path: 'test-artifacts/landscape-panel-360.png' });
  await screenshot(page, 'landscape-360');
  assert.deepEqual(page.problems, []);
});
