// The decision map (web/src/core/decision-map.js) and the units' thumbnails as a reader meets them, on
// a page of their own (decision-map-page/, built with Vite into a temporary folder before the tests):
// a real network trained in WASM on the post's ring. The colours under the points (pass inside the
// ring, fail outside), the square reserved before the engine loads, the text alternative; a click
// adding a point with the chosen label, a drag moving one, a right-click and the "Remove point"
// button removing one, the keyboard doing all three, a touch drag on a point not scrolling the page
// while one elsewhere does; a thumbnail showing its unit on the map; dark mode; 360 px.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'vite';
import { openPage, screenshot, useBrowser } from './browser.mjs';

const session = useBrowser();
const out = mkdtempSync(join(tmpdir(), 'decision-map-'));
let site;
before(async () => {
  const root = new URL('decision-map-page/', import.meta.url).pathname;
  await build({ root, base: './', logLevel: 'error', build: { outDir: out, emptyOutDir: true, target: 'es2022' } });
  site = await session.serve(out);
});
after(() => rmSync(out, { recursive: true, force: true }));

async function openMap(options = {}, query = '') {
  const page = options.hasTouch ? await touchPage(options) : await openPage(session.browser, options);
  await page.goto(`${site.url}index.html${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return page;
}

// A phone: touch events, and page errors kept as openPage keeps them.
async function touchPage({ width, height }) {
  const context = await session.browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && page.problems.push(message.text()));
  return page;
}

/** The heat canvas's colour at (column, row from the top) of its columns x rows image. */
const heatPixel = (page, c, r) =>
  page.evaluate(
    ([c, r]) => [...document.querySelector('.decision-map-heat').getContext('2d').getImageData(c, r, 1, 1).data],
    [c, r],
  );
const edits = (page) => page.evaluate(() => window.edits.filter(([kind]) => kind !== 'focus'));
const announced = (page) => page.textContent('.decision-map [role="status"]');

test('the ring solved: pass colours inside, fail outside, a square reserved before the engine loaded, words for all', async () => {
  const page = await openMap();
  const plot = await page.locator('.decision-map-plot').boundingBox();
  assert.ok(Math.abs(plot.width - plot.height) < 1, `square: ${plot.width} x ${plot.height}`);
  assert.equal(await page.evaluate(() => window.reservedHeight), plot.height, 'no layout shift');
  const [r0, , b0] = await heatPixel(page, 50, 50);
  const [r1, , b1] = await heatPixel(page, 2, 2);
  assert.ok(b0 > r0 + 60, `the middle says pass: ${r0}, ${b0}`);
  assert.ok(r1 > b1 + 60, `the corner says fail: ${r1}, ${b1}`);
  const summary = await page.textContent('.decision-map-summary');
  assert.match(summary, /closed curve around/);
  assert.match(summary, /200 training points: 100 pass \(circles\) and 100 fail \(squares\); about 200 of them/);
  const canvas = page.locator('.decision-map-overlay');
  assert.equal(await canvas.getAttribute('role'), 'application');
  const described = (await canvas.getAttribute('aria-describedby')).split(' ');
  assert.equal(described.length, 2);
  assert.deepEqual(await page.locator('.decision-map-legend-ticks span').allTextContents(), ['0', '0.5', '1']);
  assert.equal(await page.textContent('.decision-map-legend-title'), 'probability of label 1');
  assert.equal(await page.locator('.unit-thumbnail').count(), 4);
  assert.match(await page.locator('.unit-thumbnails li .sr-only').first().textContent(), /^Unit 1 \(sigmoid\): from /);
  await screenshot(page, 'decision-map-1280');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('pointer, while training: a click adds a point with the chosen label, a drag moves one, a right-click and the button remove one', async () => {
  const page = await openMap({}, '?live=1');
  await page.getByLabel('fail (0)').check();
  const [a, b] = await page.evaluate(() => window.emptySpot(0.7, 0.7));
  const [x, y] = await page.evaluate(([a, b]) => window.pixelOf(-1, a, b), [a, b]);
  await page.mouse.click(x, y);
  let [kind, point] = (await edits(page)).at(-1);
  assert.equal(kind, 'add');
  assert.equal(point.label, 0);
  assert.ok(Math.abs(point.x1 - a) < 0.03 && Math.abs(point.x2 - b) < 0.03, `${JSON.stringify(point)} vs ${a}, ${b}`);
  const said = `Added a fail point at x1 ${String(point.x1).replace('-', '−')}, x2 ${String(point.x2).replace('-', '−')}.`;
  assert.equal(await announced(page), said);
  assert.equal((await page.evaluate(() => window.points())).labels.length, 201);
  assert.equal(await page.locator('.decision-map-remove').isEnabled(), true, 'the new point is selected');

  const [px, py] = await page.evaluate(() => window.pixelOf(0));
  const [tx, ty] = await page.evaluate(() => window.pixelOf(-1, -1.2, -1.2));
  await page.mouse.move(px, py);
  await page.mouse.down();
  await page.mouse.move((px + tx) / 2, (py + ty) / 2, { steps: 4 });
  await page.mouse.move(tx, ty, { steps: 4 });
  await page.mouse.up();
  [kind, point] = (await edits(page)).at(-1);
  assert.equal(kind, 'move');
  const [index, to] = [point, (await edits(page)).at(-1)[2]];
  assert.equal(index, 0);
  assert.ok(Math.abs(to.x1 + 1.2) < 0.03 && Math.abs(to.x2 + 1.2) < 0.03, JSON.stringify(to));
  assert.match(await announced(page), /^Moved the pass point to x1 −1\.2/);

  const [qx, qy] = await page.evaluate(() => window.pixelOf(5));
  await page.mouse.click(qx, qy, { button: 'right' });
  assert.deepEqual((await edits(page)).at(-1), ['remove', 5]);
  assert.match(await announced(page), /^Removed a (pass|fail) point at x1/);

  const [sx, sy] = await page.evaluate(() => window.pixelOf(7));
  await page.mouse.click(sx, sy);
  assert.equal((await edits(page)).at(-1)[0], 'remove', 'a click on a point selects it, adds nothing');
  const remove = page.locator('.decision-map-remove');
  assert.match(await remove.getAttribute('aria-label'), /^Remove point: a (pass|fail) point at x1/);
  await remove.click();
  assert.deepEqual((await edits(page)).at(-1), ['remove', 7]);
  assert.equal(await remove.isEnabled(), false);
  assert.equal((await page.evaluate(() => window.points())).labels.length, 199);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('keyboard: arrows move a cursor, Enter adds, S selects the nearest point, arrows move it, Delete removes it', async () => {
  const page = await openMap();
  await page.locator('.decision-map-overlay').focus();
  await page.keyboard.press('ArrowRight');
  assert.match(await announced(page), /^Cursor at x1 0\.\d+, x2 −?0(\.\d+)?: probability [01]\.\d\d, (pass|fail)$/);
  const [, a, b] = /x1 (\S+), x2 (\S+):/.exec(await announced(page)).map((t) => Number(t.replace('−', '-')));
  const arms = await page.evaluate(
    ([a, b]) => {
      const overlay = document.querySelector('.decision-map-overlay');
      const box = overlay.getBoundingClientRect();
      const [x, y] = window.pixelOf(-1, a, b);
      const scale = overlay.width / box.width;
      const at = (dx, dy) => {
        const [px, py] = [(x - box.left + dx) * scale, (y - box.top + dy) * scale];
        return [...overlay.getContext('2d').getImageData(px, py, 1, 1).data];
      };
      return [at(8, 0), at(-8, 0), at(0, 8), at(0, -8)];
    },
    [a, b],
  );
  // The cursor is drawn over the points, in the text colour (#1d232a), where the words say it is.
  for (const arm of arms) assert.ok(arm[0] < 80 && arm[1] < 80 && arm[2] < 90 && arm[3] === 255, `${arm}`);
  await page.keyboard.press('0');
  assert.equal(await announced(page), 'New points: fail (0).');
  assert.equal(await page.getByLabel('fail (0)').isChecked(), true);
  await page.keyboard.press('Enter');
  let last = (await edits(page)).at(-1);
  assert.equal(last[0], 'add');
  assert.equal(last[1].label, 0);
  await page.keyboard.press('Escape');
  await page.keyboard.press('s');
  assert.match(await announced(page), /^Selected a (pass|fail) point at x1 .*Arrows move it/);
  await page.keyboard.press('Shift+ArrowUp');
  last = (await edits(page)).at(-1);
  assert.equal(last[0], 'move');
  await page.keyboard.press('Delete');
  assert.deepEqual((await edits(page)).at(-1), ['remove', last[1]]);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('touch: a drag on a point moves it without scrolling, a swipe elsewhere scrolls the page, a tap adds', async () => {
  const page = await openMap({ width: 390, height: 700, hasTouch: true, isMobile: true });
  const cdp = await page.context().newCDPSession(page);
  const touch = async (from, to) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from[0], y: from[1] }] });
    for (let i = 1; i <= 8; i += 1) {
      const point = { x: from[0] + ((to[0] - from[0]) * i) / 8, y: from[1] + ((to[1] - from[1]) * i) / 8 };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await page.locator('.decision-map-plot').scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => scrollY);
  const from = await page.evaluate(() => window.pixelOf(0));
  await touch(from, [from[0], from[1] - 60]);
  assert.equal(await page.evaluate(() => scrollY), before, 'no scroll');
  const last = (await edits(page)).at(-1);
  assert.equal(last[0], 'move');
  assert.equal(last[1], 0);
  const empty = await page.evaluate(() => window.pixelOf(-1, 1.55, -1.6));
  await touch(empty, [empty[0], empty[1] - 150]);
  await page.waitForTimeout(300);
  assert.ok((await page.evaluate(() => scrollY)) > before + 50, 'the swipe scrolled the page');
  assert.equal((await edits(page)).length, 1, 'and added nothing');
  const tap = await page.evaluate(() => window.pixelOf(-1, ...window.emptySpot(1.4, -1.4)));
  assert.ok(tap[1] > 0 && tap[1] < 700, `on screen: ${tap}`);
  await page.touchscreen.tap(...tap);
  assert.equal((await edits(page)).at(-1)[0], 'add');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a thumbnail shows its unit on the map; dark mode and a light picture to keep; 360 px', async () => {
  const page = await openMap({ width: 360, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `no sideways scroll: ${width}`);
  const plot = await page.locator('.decision-map-plot').boundingBox();
  assert.ok(plot.width >= 280, `plot ${plot.width}`);
  await page.locator('.unit-thumbnail').nth(1).hover();
  assert.deepEqual((await page.evaluate(() => window.edits)).at(-1), ['focus', 1]);
  assert.match(await page.textContent('.decision-map-legend-title'), /^unit 2's activation \(sigmoid\)/);
  const corner = await heatPixel(page, 0, 99);
  const viridisEnds = [
    [68, 1, 84],
    [253, 231, 37],
  ];
  const near = (a, b) => a.slice(0, 3).every((v, k) => Math.abs(v - b[k]) < 40);
  assert.ok(
    viridisEnds.some((end) => near(corner, end)),
    `a viridis end: ${corner}`,
  );
  await page.locator('.unit-thumbnail').nth(1).click();
  assert.equal(await page.locator('.unit-thumbnail').nth(1).getAttribute('aria-pressed'), 'true');
  await page.mouse.move(5, 5);
  assert.deepEqual((await page.evaluate(() => window.edits)).at(-1), ['focus', 1], 'pressed: it stays');
  await page.locator('.unit-thumbnail').nth(1).click();
  await page.mouse.move(5, 5);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  assert.deepEqual((await page.evaluate(() => window.edits)).at(-1), ['focus', null]);
  const light = await heatPixel(page, 50, 0);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => window.retheme());
  const dark = await heatPixel(page, 50, 0);
  assert.ok(dark[0] + dark[1] + dark[2] < light[0] + light[1] + light[2] - 150, `${light} -> ${dark}`);
  // The picture to keep is light even in dark mode, and the map is dark again after it.
  const card = await page.evaluate(async () => {
    const url = await window.mapImage();
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    return { url: url.slice(0, 22), width: image.width, corner: [...ctx.getImageData(2, 2, 1, 1).data] };
  });
  assert.equal(card.url, 'data:image/png;base64,');
  assert.deepEqual(card.corner, [255, 255, 255, 255], 'a white card');
  assert.deepEqual(await heatPixel(page, 50, 0), dark, 'dark again');
  await screenshot(page, 'decision-map-360-dark');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('one neuron (hidden 0): a straight boundary, no thumbnails but a sentence saying why', async () => {
  const page = await openMap({}, '?hidden=0');
  assert.match(
    await page.textContent('.decision-map-summary'),
    /crosses the plane .* meeting its top and bottom edges/,
  );
  assert.equal(await page.locator('.unit-thumbnail').count(), 0);
  assert.equal(
    await page.textContent('.unit-thumbnails-empty'),
    'No hidden units: the output reads x1 and x2 directly.',
  );
  assert.deepEqual(page.problems, []);
  await page.close();
});
