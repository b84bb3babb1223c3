// The page for people and browsers: phone and desktop layouts in light and dark (screenshots in
// test-artifacts/), keyboard use, the charts' text alternatives, a strict Content-Security-Policy,
// and staying responsive while training a million epochs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, screenshot, useBrowser } from './browser.mjs';
import { fixed } from '../../web/src/core/format.js';
import { nodeEngine, openRun, readouts, waitDone, recordFrameGaps } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'";

const session = useBrowser({ headers: { 'Content-Security-Policy': CSP } });

for (const colorScheme of ['light', 'dark']) {
  test(`360 px wide (${colorScheme}): no horizontal scrolling, the post's numbers visible`, async () => {
    const page = await openRun(session.browser, session.site, '', { width: 360, height: 780, colorScheme });
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= 360),
      `scrollWidth ${await page.evaluate(() => document.documentElement.scrollWidth)}`,
    );
    // Nothing sticks out of the viewport (inside a formula, MathML's own boxes may), and no formula
    // has to be scrolled sideways to be read: long ones wrap between their parts.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('.one-neuron *')]
        .filter((node) => !node.closest('math') && node.getBoundingClientRect().right > 360.5)
        .map((node) => node.tagName + '.' + node.className),
    );
    assert.deepEqual(wide, []);
    const scrolling = await page.evaluate(() =>
      [...document.querySelectorAll('.one-neuron math')]
        .filter((node) => node.scrollWidth > node.clientWidth + 1)
        .map((node) => node.textContent.replace(/\s+/g, ' ').slice(0, 40)),
    );
    assert.deepEqual(scrolling, []);
    assert.equal((await readouts(page)).weight, '4.24834391');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    if (colorScheme === 'dark') assert.equal(background, 'rgb(17, 20, 23)');
    else assert.equal(background, 'rgb(246, 245, 241)');
    await screenshot(page, `page-360-${colorScheme}`);
    assert.deepEqual(page.problems, []);
  });
}

test('1280 px dark: the two-column layout', async () => {
  const page = await openRun(session.browser, session.site, '', { width: 1280, colorScheme: 'dark' });
  const [training, prediction] = await Promise.all(
    ['.panel.training', '.panel.prediction'].map((selector) => page.locator(selector).boundingBox()),
  );
  assert.ok(prediction.x > training.x + training.width, 'prediction panel beside the training panel');
  await screenshot(page, 'page-1280-dark');
  assert.deepEqual(page.problems, []);
});

test('keyboard: every control is reachable, focus is visible, Enter and Space work', async () => {
  const page = await openRun(session.browser, session.site);
  const focused = () =>
    page.evaluate(() => {
      const node = document.activeElement;
      return {
        name: node.getAttribute('aria-label') ?? node.textContent.trim(),
        outline: getComputedStyle(node).outlineStyle,
      };
    });
  let current;
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    current = await focused();
    if (current.name === 'Reset to epoch 0') break;
  }
  assert.equal(current.name, 'Reset to epoch 0');
  assert.equal(current.outline, 'solid', 'a visible focus ring');
  await page.keyboard.press('Enter');
  assert.equal((await readouts(page)).epoch, '0 / 5,000');
  await page.keyboard.press('Shift+Tab'); // Train to 5,000
  await page.keyboard.press('Shift+Tab'); // ×100
  await page.keyboard.press('Space');
  assert.equal((await readouts(page)).epoch, '100 / 5,000');

  // Every button, input and select has an accessible name.
  const unnamed = await page.evaluate(
    () =>
      [...document.querySelectorAll('.one-neuron button, .one-neuron input, .one-neuron select')].filter(
        (node) => !(node.getAttribute('aria-label') || node.labels?.length || node.textContent.trim()),
      ).length,
  );
  assert.equal(unnamed, 0);
  assert.deepEqual(page.problems, []);
});

test('the charts have text alternatives that follow the training', async () => {
  const page = await openRun(session.browser, session.site);
  const captions = {
    '.loss-chart canvas': /^Over 5,000 epochs the loss fell from 0\.5385 to 0\.0[0-9]{3} \(epoch 0 to epoch 4,999\)\.$/,
    '.prediction-chart canvas':
      /^The curve crosses 0\.5 at 2\.45 hours, the decision boundary: more hours predict a pass, fewer a fail\. It classifies 5 of 5 training examples correctly: 1 h fail \(p = 0\.0021\)/,
  };
  for (const [selector, expected] of Object.entries(captions)) {
    const canvas = page.locator(selector);
    assert.equal(await canvas.getAttribute('role'), 'img');
    const caption = await page.locator(`#${await canvas.getAttribute('aria-describedby')}`).textContent();
    assert.match(caption, expected);
  }
  await page.getByRole('button', { name: 'Reset to epoch 0' }).click();
  assert.match(await page.locator('.loss-chart figcaption').textContent(), /^No epochs trained yet.*0\.5385/);
  assert.match(await page.locator('.prediction-chart figcaption').textContent(), /classifies 3 of 5/);

  // The log-scale switch redraws the loss chart.
  const pixels = () => page.locator('.loss-chart canvas').evaluate((canvas) => canvas.toDataURL());
  await page.getByRole('button', { name: 'Train to 5,000 epochs' }).click();
  await waitDone(page);
  const linear = await pixels();
  await page.getByLabel('Log scale').check();
  assert.notEqual(await pixels(), linear);
  assert.deepEqual(page.problems, []);
});

test('a million epochs train over many frames (their timing: npm run bench:page) to the exact end', async () => {
  const page = await openPage(session.browser, { reducedMotion: 'reduce' });
  await page.goto(`${session.site.url}#epochs=1000000`);
  await recordFrameGaps(page);
  await waitDone(page, 60_000);
  const frames = await page.evaluate(() => window.frameGaps.length);
  assert.equal((await readouts(page)).epoch, '1,000,000 / 1,000,000');
  assert.ok(frames >= 3, `${frames} frames: trained over several frames, not in one block`);
  const engine = await nodeEngine();
  const trainer = engine.neuron.createTrainer({});
  trainer.train(1_000_000);
  assert.equal((await readouts(page)).weight, fixed(trainer.weight(), 8));
  trainer.delete();
  assert.deepEqual(page.problems, []);
});

test('a phone (360 x 740): the loss chart and Play are on the first screen', async () => {
  const page = await openPage(session.browser, { width: 360, height: 740 });
  await page.goto(session.site.url);
  await page.waitForSelector('[data-one-neuron][data-status]');
  for (const selector of ['.loss-chart canvas', '.toolbar .button.primary']) {
    const box = await page.locator(selector).boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 740, `${selector}: ${box.y} to ${box.y + box.height} px`);
  }
  assert.equal(await page.locator('.toolbar .button.primary .button-text').textContent(), 'Pause'); // playing
  // The rest of the introduction is one tap away.
  await page.getByText('How to use this page').click();
  assert.ok(await page.getByText('Share the URL: it reproduces your run exactly.').isVisible());
  await screenshot(page, 'page-360-first-screen');
  assert.deepEqual(page.problems, []);
});

test('360 px: every button, input, select, summary and checkbox label is at least 44 x 44 px', async () => {
  const page = await openRun(session.browser, session.site, '', { width: 360, height: 740 });
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, summary, textarea')]
      .filter((node) => node.checkVisibility() && !node.closest('.sr-only') && !node.classList.contains('sr-only'))
      .map((node) => (node.type === 'checkbox' || node.type === 'radio' ? node.closest('label') : node))
      .map((node) => ({ node, box: node.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(
        ({ node, box }) =>
          `${node.tagName}.${node.className} "${node.textContent.trim().slice(0, 20)}" ${box.width}x${box.height}`,
      ),
  );
  assert.deepEqual(small, []);
  assert.deepEqual(page.problems, []);
});

for (const width of [1280, 360]) {
  test(`${width} px: Tab order is reading order, top to bottom (and left to right in a row)`, async () => {
    const page = await openRun(session.browser, session.site, '', { width, height: 900 });
    // The sections, in DOM (= Tab) order, sorted by where they are on screen: the same order.
    const sections = await page.$$eval('.workspace > section', (nodes) =>
      nodes.map((node) => ({ name: node.classList[1], ...node.getBoundingClientRect().toJSON() })),
    );
    const onScreen = [...sections].sort((a, b) => a.y - b.y || a.x - b.x).map((s) => s.name);
    assert.deepEqual(
      onScreen,
      sections.map((s) => s.name),
    );
    assert.equal(await page.locator('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])').count(), 0);
    // And pressing Tab: each stop is below the last one or to its right in the same row of panels.
    const stops = [];
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const node = document.activeElement;
          const section = node.closest('.workspace > section');
          const box = section?.getBoundingClientRect();
          return {
            label: node.getAttribute('aria-label') ?? node.labels?.[0]?.textContent ?? node.textContent.trim(),
            section: section?.classList[1] ?? null,
            top: box?.top + scrollY,
            left: box?.left,
          };
        }),
      );
    }
    const inPanels = stops.filter((stop) => stop.section !== null);
    for (let i = 1; i < inPanels.length; i += 1) {
      const [a, b] = [inPanels[i - 1], inPanels[i]];
      assert.ok(
        b.top > a.top || (b.top === a.top && b.left >= a.left),
        `${a.label} (${a.section}) then ${b.label} (${b.section})`,
      );
    }
    const hours = stops.findIndex((stop) => stop.label === 'Hours to predict');
    assert.ok(hours > 0 && hours < 15, `"Hours to predict" is Tab stop ${hours + 1}`);
    assert.deepEqual(page.problems, []);
  });
}

for (const [width, height] of [
  [1280, 900],
  [360, 740],
]) {
  test(`${width} px: layout shift in the first 3 s of loading is under 0.02`, async () => {
    const page = await openPage(session.browser, { width, height });
    await page.addInitScript(() => {
      window.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(session.site.url);
    await page.waitForTimeout(3000);
    const shift = await page.evaluate(() => window.layoutShift);
    assert.ok(shift < 0.02, `layout shift ${shift.toFixed(4)}`);
    assert.deepEqual(page.problems, []);
  });
}
