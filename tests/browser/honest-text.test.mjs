// What the page says is true and reads well (issue 14 items 4, 5, 6, 8): the caption of a flat curve,
// no "−0.0000", the colour bar's numbers when zoomed in, "1 hour", a tap on a point, formulas read in
// words with no Tab stop inside, messages naming the field's label, and exports that are complete.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { screenshot, useBrowser } from './browser.mjs';
import { bodyText, drawnPoints, field, fieldError, hashOf, openRun, waitDone, waitIdlePanels } from './helpers.mjs';

const session = useBrowser();

/** The root's text and every aria-label in it: all a reader can see or hear. */
const everything = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-one-neuron]');
    const labels = [...root.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
    return `${root.innerText}\n${labels.join('\n')}`;
  });

test('a flat curve (labels 1,0,1,0,1): the caption says it stays above 0.5, and no −0.0000 anywhere', async () => {
  const page = await openRun(session.browser, session.site, '#labels=1,0,1,0,1');
  const caption = await page.locator('.prediction-chart figcaption').textContent();
  assert.doesNotMatch(caption, /crosses/);
  assert.match(caption, /^The curve stays above 0\.5 for all hours shown \(0 to 7 hours\), flat at 0\.6000: every/);
  assert.match(caption, /It classifies 3 of 5 training examples correctly/);
  // db is −1e-17 or so here: it reads 0.0000, in the formulas, their spoken words and the read-outs.
  const text = await everything(page);
  assert.doesNotMatch(text, /[−-]0\.0+(?![0-9])/);
  assert.doesNotMatch(text, /minus 0\.0+(?![0-9])/);
  assert.match(text, /db equals 1 over n the sum of error equals 0\.0000/);
  // The post's run still crosses where it did.
  const post = await openRun(session.browser, session.site);
  assert.match(await post.locator('.prediction-chart figcaption').textContent(), /crosses 0\.5 at 2\.45 hours/);
  assert.deepEqual(page.problems, []);
});

test('a curve leaving the hours shown on the other side: "stays below 0.5"', async () => {
  const page = await openRun(session.browser, session.site, '#labels=0,0,0,0,0&epochs=2000');
  const caption = await page.locator('.prediction-chart figcaption').textContent();
  assert.match(caption, /^The curve stays below 0\.5 for all hours shown \(0 to 7 hours\)/);
  assert.match(caption, /, falling from 0\.\d{4} to 0\.\d{4}: every number of hours here is predicted a fail\./);
  assert.deepEqual(page.problems, []);
});

test('the colour bar has numbers at every zoom, in order along the bar', async () => {
  // A narrow loss range (a start near where the gradient vanishes, one tiny step): no power of ten
  // and no 1-2-5 value falls inside it, and the bar used to have no number at all.
  for (const hash of ['#labels=1,0,1,0,1&epochs=1&lr=0.001&w0=0&b0=0.4', '#epochs=1&lr=0.001', '']) {
    const page = await openRun(session.browser, session.site, hash);
    const ticks = await page.$$eval('.landscape-legend .legend-ticks span', (spans) =>
      spans.map((span) => ({ value: Number(span.textContent.replace('e−', 'e-')), left: parseFloat(span.style.left) })),
    );
    assert.ok(ticks.length >= 2, `${hash}: ${ticks.length} ticks`);
    for (let i = 1; i < ticks.length; i += 1) {
      assert.ok(ticks[i].value > ticks[i - 1].value && ticks[i].left > ticks[i - 1].left, `${hash}: ticks in order`);
    }
    assert.ok(
      ticks.every(({ value, left }) => Number.isFinite(value) && left >= 0 && left <= 100),
      hash,
    );
    await page.close();
  }
});

test('one example, one epoch, one hour: singular words', async () => {
  const page = await openRun(session.browser, session.site, '#hours=1&labels=1&epochs=1&test=1');
  const text = await bodyText(page);
  assert.doesNotMatch(text, /(^|[^\d.,])1 (hours|epochs|examples|training examples)\b/);
  assert.match(await page.locator('.loss-chart figcaption').textContent(), /^Over 1 epoch the loss/);
  assert.match(await page.locator('.prediction-chart figcaption').textContent(), /of 1 training example correctly/);
  const principles = await page.locator('.principle-list').innerText();
  assert.match(principles, /Example 1 of 1: 1 hour, passed\./);
  assert.match(principles, /With this one example, the loss/);
  const labels = await page.$$eval('.principle-list [role="img"]', (nodes) => nodes.map((n) => n.ariaLabel));
  assert.equal(labels[0], 'x equals 1 hour, y equals 1');
  assert.deepEqual(page.problems, []);
});

test('touch: tapping near the 1 h point shows its read-out; a second tap flips it', async () => {
  const context = await session.browser.newContext({
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
    reducedMotion: 'reduce',
  });
  const phone = await context.newPage();
  await phone.goto(session.site.url);
  await waitDone(phone);
  const canvas = phone.locator('.prediction-chart canvas');
  await canvas.scrollIntoViewIfNeeded();
  const [point] = await drawnPoints(phone, 'fail'); // the leftmost fail: 1 hour
  const box = await canvas.boundingBox();
  const pixels = () => canvas.evaluate((c) => c.toDataURL());
  const before = await pixels();
  // A finger lands off the point's centre: 10 px up and 8 px left is still the point.
  await phone.touchscreen.tap(box.x + point.x - 8, box.y + point.y - 10);
  await phone.waitForFunction(() => document.querySelector('[data-point-readout]').textContent !== '');
  assert.equal(await phone.locator('[data-point-readout]').textContent(), '1.00 h, fail (tap again to flip)');
  assert.notEqual(await pixels(), before, 'the read-out is drawn on the chart');
  assert.match(await hashOf(phone), /&labels=0,0,1,1,1&/, 'one tap does not flip');
  await phone.touchscreen.tap(box.x + point.x - 8, box.y + point.y - 10);
  await phone.waitForFunction(() => decodeURIComponent(location.hash).includes('labels=1,0,1,1,1'));
  // A tap on an empty part of the chart shows nothing.
  await waitDone(phone);
  await phone.touchscreen.tap(box.x + box.width * 0.8, box.y + box.height * 0.5);
  await phone.waitForTimeout(100);
  assert.equal(await phone.locator('[data-point-readout]').textContent(), '');
  await context.close();
});

test('formulas: no Tab stop inside, each read in words with the live numbers', async () => {
  for (const width of [1280, 360]) {
    const page = await openRun(session.browser, session.site, '', { width });
    // From the control before the formulas, Tab goes past all of them.
    await page.locator('.example-picker button').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => Boolean(document.activeElement.closest('.principle-list'))), false);
    const snapshot = await page.locator('.principle-list').ariaSnapshot();
    assert.doesNotMatch(snapshot, /math|1 1 \+ e/, 'no MathML read token by token');
    assert.match(snapshot, /img "y hat equals sigmoid of z equals 1 over 1 plus e to the minus z"/);
    assert.match(snapshot, /img "z equals 4\.2483 times 4 plus minus 10\.4195 equals 6\.5739"/);
    assert.match(
      snapshot,
      /img "w new equals w minus learning rate times dw equals 4\.2483 minus 0\.1 times minus? ?0\.\d{4} equals/,
    );
    await page.close();
  }
});

test('messages name the field by its label, not its internal name', async () => {
  const page = await openRun(session.browser, session.site, '#epochs=200');
  await field(page, 'test').fill('x');
  assert.equal(await fieldError(page, 'test').textContent(), 'Hours to predict: value 1 "x" is not a number');
  await field(page, 'w0').fill('2e6');
  assert.match(await fieldError(page, 'w0').textContent(), /^Initial weight: must be a finite number/);
  await field(page, 'lr').fill('0');
  assert.match(await fieldError(page, 'lr').textContent(), /^Learning rate: must be a number greater than 0/);
  assert.doesNotMatch(await bodyText(page), /(^|\n)(test|w0|lr): /);
  assert.deepEqual(page.problems, []);
});

test('"Run as JSON" has every field `one-neuron --json` prints, and imports back', async () => {
  const page = await openRun(session.browser, session.site, '#epochs=300&seed=7&w0=0.3');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="json"]')]);
  const path = await download.path();
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  const cli = JSON.parse(
    execFileSync(process.execPath, ['bin/one-neuron.mjs', '--json', '--epochs', '300', '--seed', '7', '--w0', '0.3']),
  );
  assert.deepEqual(Object.keys(saved).sort(), Object.keys(cli).sort());
  assert.deepEqual(Object.keys(saved.config).sort(), Object.keys(cli.config).sort());
  assert.equal(saved.losses.length, cli.losses.length);
  assert.equal(saved.loss_every, cli.loss_every);
  assert.deepEqual(saved.losses, cli.losses, 'the same losses, bit for bit');
  const other = await openRun(session.browser, session.site);
  await other.setInputFiles('.share-slot input[type="file"]', path);
  await other.waitForSelector('.share-message:has-text("Imported")');
  await waitDone(other);
  assert.equal(await hashOf(other), await hashOf(page));
  assert.deepEqual(other.problems, []);
});

for (const colorScheme of ['light', 'dark']) {
  test(`"Charts as PNG" (${colorScheme}): a light card with a title, the legend and the parameters`, async () => {
    const page = await openRun(session.browser, session.site, '', { colorScheme });
    const chart = await page.locator('.loss-chart canvas').evaluate((c) => [c.width, c.height]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="png"]')]);
    const png = readFileSync(await download.path()).toString('base64');
    // Decoded by the browser: its size, and the pixels of the title band and the background.
    const picture = await page.evaluate(
      async ([data, chartHeight]) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [image.width, image.height];
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const dark = (x, y, w, h, limit = 400) => {
          const { data: pixels } = context.getImageData(x, y, w, h);
          let count = 0;
          for (let o = 0; o < pixels.length; o += 4) if (pixels[o] + pixels[o + 1] + pixels[o + 2] < limit) count += 1;
          return count;
        };
        return {
          width: image.width,
          height: image.height,
          titleInk: dark(16, 16, 300, 20), // "One Neuron — loss over 5,000 epochs"
          legendKey: Array.from(context.getImageData(27, 56, 1, 1).data), // the legend's line, in the curve's colour
          // The parameters under the chart, in grey: below the title (one line), the legend and the chart.
          notesInk: dark(16, 72 + chartHeight + 8, 300, 54),
          corner: Array.from(context.getImageData(4, 4, 1, 1).data),
        };
      },
      [png, chart[1]],
    );
    assert.ok(picture.width > chart[0] && picture.height > chart[1], JSON.stringify({ picture, chart }));
    assert.ok(picture.titleInk > 200, `dark title pixels: ${picture.titleInk}`);
    assert.deepEqual(picture.corner, [255, 255, 255, 255], 'a white card, in dark mode too');
    assert.ok(picture.notesInk > 200, `parameter text pixels: ${picture.notesInk}`);
    const [r, g, b] = picture.legendKey;
    assert.ok(Math.abs(r - 15) + Math.abs(g - 125) + Math.abs(b - 115) < 40, `legend key ${picture.legendKey}`);
    await screenshot(page, `export-page-${colorScheme}`);
    assert.deepEqual(page.problems, []);
  });
}
