// Chapter 2, the hidden layer, as a reader meets it on the page: the navigation from chapter 1 and
// back (the back button too), chapter 1 loading none of chapter 2's code or WASM, the three lessons'
// outcomes (the reference's numbers), a bad field in the link, editing points, a phone, the keyboard
// and axe. Runs against the built dist/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { openPage, screenshot, useBrowser } from './browser.mjs';
import { blogWithComponent, bodyText, fieldError, hashOf, readouts, waitDone } from './helpers.mjs';

const session = useBrowser();
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const WCAG = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };

/** Chapter 2 opened by `hash`, its run finished (reduced motion trains at once). */
async function openNetwork(hash = '#chapter=network', options = {}) {
  const page = await openPage(session.browser, { reducedMotion: 'reduce', ...options });
  await page.goto(`${session.site.url}${hash}`);
  await waitNetworkDone(page);
  return page;
}

async function waitNetworkDone(page) {
  await page.waitForSelector('[data-one-neuron][data-chapter="network"][data-status="done"][data-panels="ready"]', {
    timeout: 20_000,
  });
}

function assertClean(text) {
  assert.doesNotMatch(text, /NaN|Infinity|undefined/, 'no NaN, Infinity or undefined on screen');
}

/** Press a lesson's button and wait for its run (the link says `hidden` and `activation`) to finish. */
async function lesson(page, name, [hidden, activation]) {
  await page.getByRole('button', { name }).click();
  await page.waitForFunction((part) => location.hash.includes(part), `&hidden=${hidden}&activation=${activation}&`);
  await waitNetworkDone(page);
}

test('the navigation: chapter 1 to chapter 2 and back, by the links and by the back button', async () => {
  const page = await openPage(session.browser, { reducedMotion: 'reduce' });
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(session.site.url);
  await waitDone(page);
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  assert.equal(await nav.getByRole('link', { name: '1 · One neuron' }).getAttribute('aria-current'), 'page');
  // Chapter 1 loads none of chapter 2: no network WASM, no chapter-2 chunk (the diagram's chunk is
  // chapter 1's too: its neuron panel draws the neuron with it).
  assert.deepEqual(
    requests.filter((url) => /one_neuron_network|\/assets\/network-(?!diagram)/.test(url)),
    [],
  );

  await nav.getByRole('link', { name: '2 · The hidden layer' }).click();
  await waitNetworkDone(page);
  assert.match(await hashOf(page), /^#chapter=network&dataset=ring&points=200/);
  assert.equal(await nav.getByRole('link', { name: '2 · The hidden layer' }).getAttribute('aria-current'), 'page');
  assert.equal(await nav.getByRole('link', { name: '1 · One neuron' }).getAttribute('aria-current'), null);
  assert.ok(
    requests.some((url) => /one_neuron_network-.*\.wasm$/.test(url)),
    'the network WASM is loaded now',
  );
  assert.equal((await readouts(page)).accuracy, '100%');
  assert.equal(await page.locator('h2', { hasText: 'Decision map' }).count(), 1);
  assert.match(await page.title(), /hidden layer/);

  await page.goBack();
  await page.waitForSelector('[data-one-neuron][data-chapter="neuron"][data-status="done"]');
  assert.equal((await readouts(page)).weight, '4.24834391'); // the post's run again
  assert.equal(await page.locator('h2', { hasText: 'Decision map' }).count(), 0);
  assert.equal(await nav.getByRole('link', { name: '1 · One neuron' }).getAttribute('aria-current'), 'page');

  await page.goForward();
  await waitNetworkDone(page);
  assert.equal((await readouts(page)).loss, '0.0072');
  await nav.getByRole('link', { name: '1 · One neuron' }).click();
  await page.waitForSelector('[data-one-neuron][data-chapter="neuron"][data-status="done"]');
  assert.equal(await hashOf(page), '#hours=1,2,3,4,5&labels=0,0,1,1,1&lr=0.1&epochs=5000&seed=42&test=1.5,2.5,3.5,6');
  assert.deepEqual(page.problems, []);
});

test('the three lessons as the reader sees them: stuck at 62%, the same line with the same loss, the ring solved', async () => {
  const page = await openNetwork();
  await lesson(page, /^Lesson 1: One neuron/, [0, 'sigmoid']);
  let shown = await readouts(page);
  assert.equal(shown.epoch, '3,000 / 3,000');
  assert.equal(shown.accuracy, '62%');
  assert.equal(shown.loss, '0.6806');
  assert.match(await hashOf(page), /&hidden=0&activation=sigmoid&/);
  const collapse = page.locator('.collapse');
  assert.match(await collapse.textContent(), /One neuron on x1 and x2/);

  await lesson(page, /^Lesson 2: Four units, no bend/, [4, 'linear']);
  shown = await readouts(page);
  assert.equal(shown.loss, '0.6806');
  assert.equal(shown.accuracy, '62%');
  assert.match(await hashOf(page), /&hidden=4&activation=linear&/);
  assert.ok(await collapse.isVisible(), 'the collapsed line is shown');
  assert.match(await collapse.textContent(), /W1·W2/);
  assert.equal(
    await collapse.locator('math').getAttribute('aria-label'),
    'p = sigmoid(minus 0.4932 x1 + 0.1783 x2 + 0.0559)',
  );
  assert.match(
    await page.locator('[data-collapse="losses"]').textContent(),
    /^Loss 0\.6806; one neuron on the same points after the same epochs: 0\.6806 — the same\.$/,
  );

  await lesson(page, /^Lesson 3: Four units that bend/, [4, 'sigmoid']);
  shown = await readouts(page);
  assert.equal(shown.accuracy, '100%');
  assert.equal(shown.loss, '0.0072');
  assert.equal(await collapse.isVisible(), false, 'no straight line once the units bend');
  // The map's text alternative (rewritten at most every 300 ms) says the boundary now closes around the middle.
  await page.locator('.decision-map-summary', { hasText: 'is a closed curve' }).waitFor();

  await lesson(page, /^2 units \(sigmoid\): almost/, [2, 'sigmoid']);
  assert.equal((await readouts(page)).accuracy, '95.5%');
  await lesson(page, /^3 units \(sigmoid\): a triangle/, [3, 'sigmoid']);
  assert.equal((await readouts(page)).accuracy, '100%');
  assertClean(await bodyText(page));
  assert.deepEqual(page.problems, []);
});

test('one point’s pass: the formulas and the table show the engine’s numbers; Next picks the next point', async () => {
  const page = await openNetwork();
  const labels = () =>
    page
      .locator('.pass-formula math[aria-label]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
  const zOfUnit1 = () => page.locator('.pass-table tbody tr').first().locator('td').first().textContent();
  let shown = await labels();
  assert.equal(shown.length, 6, 'z1, h1, z, p, p − y, the error sent back');
  assert.ok(shown[0].endsWith(`= ${(await zOfUnit1()).replace('-', 'minus ')}`), shown[0]);
  assert.match(shown[3], /^p = sigmoid\(z\) = 0\.\d{4}$/);
  assert.match(await page.locator('[data-pass="point"]').textContent(), /^Point 1: x1 = /);
  await page.getByRole('button', { name: 'Next point' }).click();
  await page.locator('[data-pass="point"]', { hasText: 'Point 2:' }).waitFor();
  shown = await labels();
  assert.ok(shown[0].endsWith(`= ${(await zOfUnit1()).replace('-', 'minus ')}`), shown[0]);
  assert.deepEqual(page.problems, []);
});

test('a bad field in the link: a message naming "Hidden units", the default used', async () => {
  const page = await openNetwork('#chapter=network&hidden=99');
  assert.match(await fieldError(page, 'hidden').textContent(), /^Hidden units: .*using the default 4/);
  assert.equal(await page.locator('[data-field="hidden"] input').inputValue(), '4');
  assert.equal((await readouts(page)).accuracy, '100%');
  await page.locator('[data-field="activation"] select').selectOption('linear');
  await waitNetworkDone(page);
  assert.equal((await readouts(page)).loss, '0.6806');
  await page.locator('[data-field="hidden"] input').fill('17');
  assert.match(await fieldError(page, 'hidden').textContent(), /^Hidden units: /);
  assert.deepEqual(page.problems, []);
});

test('editing a point changes the link’s data, and the link reproduces it after a reload', async () => {
  const page = await openNetwork();
  const map = page.locator('.decision-map-overlay');
  const box = await map.boundingBox();
  // A corner of the plane, where the ring has no points: a click there adds one.
  await map.click({ position: { x: box.width * 0.2, y: box.height * 0.15 } });
  await page.waitForFunction(() => location.hash.includes('&data='));
  await waitNetworkDone(page);
  const hash = await hashOf(page);
  const data = /&data=([^&]*)/.exec(hash)?.[1]?.split(',');
  assert.ok(data, `the link carries data: ${hash.slice(0, 120)}`);
  assert.equal(data.length, 201 * 3, '200 points and the new one, x1, x2, label each');
  await page.locator('.data-slot .note', { hasText: /^201 points placed on the map/ }).waitFor();
  const loss = (await readouts(page)).loss;

  await page.reload();
  await waitNetworkDone(page);
  assert.equal(await hashOf(page), hash);
  // The data panel, below the first screen, is set up once the page is idle.
  await page.locator('.data-slot .note', { hasText: /^201 points placed on the map/ }).waitFor();
  assert.equal((await readouts(page)).loss, loss);

  await page.getByRole('button', { name: /^The post’s ring/ }).click();
  await waitNetworkDone(page);
  assert.doesNotMatch(await hashOf(page), /&data=/);
  assert.deepEqual(page.problems, []);
});

test('typing a weight starts again from it: epoch 0, the link carries the start, the engine trains the same run', async () => {
  const page = await openNetwork('#chapter=network&epochs=300');
  const shownWeights = () =>
    page.$$eval('.network-diagram input, [class*="nd-"] input', (inputs) => inputs.map((input) => input.value));
  await page.getByText('Weights and biases').click();
  const field = page.getByRole('textbox', { name: 'Weight x1 → unit 1' });
  await field.fill('2.5');
  await field.press('Enter');
  await page.waitForFunction(() => location.hash.includes('&start='));
  const hash = await hashOf(page);
  const start = /&start=([^&]*)/.exec(hash)[1].split(',').map(Number);
  assert.equal(start.length, 17, 'W1 (8), b1 (4), W2 (4), b2: 4 hidden units');
  assert.equal(start[0], 2.5);
  assert.equal((await readouts(page)).epoch, '0 / 300', 'a new run, paused at its start');
  assert.equal(await field.inputValue(), '2.5');

  // Played to the end, it is the engine's run from that start.
  await page.getByRole('group', { name: 'Training' }).getByRole('button', { name: 'Play' }).click();
  await waitNetworkDone(page);
  const { loadNetworkEngine } = await import('../../web/src/engine/network-engine.js');
  const engine = await loadNetworkEngine({ wasmBinary: readFileSync('web/src/generated/one_neuron_network.wasm') });
  const trainer = engine.network.createTrainer({ start });
  trainer.train(300);
  assert.equal((await readouts(page)).loss, trainer.evaluate().loss.toFixed(4));
  trainer.delete();

  // A new layer drops the start (it fits 4 units only).
  await page
    .getByRole('button', { name: /One neuron/ })
    .first()
    .click();
  await waitNetworkDone(page);
  assert.doesNotMatch(await hashOf(page), /&start=/);
  assert.ok((await shownWeights()).length > 0);
  assert.deepEqual(page.problems, []);
});

test('the keyboard: a lesson by Enter, a point added on the map by its keys', async () => {
  const page = await openNetwork();
  await page.getByRole('button', { name: /^Lesson 1: One neuron/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('hidden=0'));
  await waitNetworkDone(page);
  assert.equal((await readouts(page)).accuracy, '62%');
  await page.locator('.decision-map-overlay').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('&data='));
  await waitNetworkDone(page);
  await page.locator('.data-slot .note', { hasText: /^201 points placed on the map/ }).waitFor();

  // A hidden unit focused, in the thumbnails or in the diagram, is shown on the map; leaving it, the output.
  await page.getByRole('button', { name: 'Lesson 3: Four units that bend. Sets the run and plays it' }).click();
  await waitNetworkDone(page);
  const legend = page.locator('.decision-map-legend-title');
  await page.locator('.unit-thumbnail').nth(1).focus();
  await page.waitForFunction(() =>
    document.querySelector('.decision-map-legend-title').textContent.startsWith("unit 2's activation (sigmoid)"),
  );
  await page.locator('.unit-thumbnail').nth(1).blur();
  await page.waitForFunction(
    () => document.querySelector('.decision-map-legend-title').textContent === 'probability of label 1',
  );
  await page.locator('.network-diagram [data-kind="unit"]').nth(2).focus();
  await page.waitForFunction(() =>
    document.querySelector('.decision-map-legend-title').textContent.startsWith("unit 3's activation"),
  );
  assert.match(await legend.textContent(), /^unit 3's/);
  assert.deepEqual(page.problems, []);
});

for (const colorScheme of ['light', 'dark']) {
  test(`360 px (${colorScheme}): no horizontal scroll, the map visible, and screenshots`, async () => {
    const page = await openNetwork('#chapter=network', { width: 360, height: 740, colorScheme });
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= 360),
      `scrollWidth ${await page.evaluate(() => document.documentElement.scrollWidth)}`,
    );
    const plot = await page.locator('.decision-map-overlay').boundingBox();
    assert.ok(plot.width >= 250 && plot.x >= 0 && plot.x + plot.width <= 360, `the map: ${JSON.stringify(plot)}`);
    const nav = await page.getByRole('navigation', { name: 'Chapters' }).boundingBox();
    assert.ok(nav.x + nav.width <= 360, 'the chapter links fit');
    await screenshot(page, `network-360-${colorScheme}`);
    const wide = await openNetwork('#chapter=network', { width: 1280, colorScheme });
    await screenshot(wide, `network-1280-${colorScheme}`);
    assert.deepEqual([...page.problems, ...wide.problems], []);
  });
}

test('axe: chapter 2 at 1280 px light and 360 px dark, after a run and with the collapsed line shown', async () => {
  for (const [width, colorScheme, hash] of [
    [1280, 'light', '#chapter=network'],
    [360, 'dark', '#chapter=network&activation=linear'],
  ]) {
    const page = await openNetwork(hash, { width, colorScheme });
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async (options) => {
      const result = await window.axe.run(document, options);
      return result.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, WCAG);
    assert.deepEqual(violations, [], `axe at ${width} px ${colorScheme}`);
  }
});

test('<one-neuron chapter="network" hidden="3"> on a blog page and embed-network.html mount chapter 2', async () => {
  const blog = blogWithComponent(
    '<p>Before.</p><one-neuron chapter="network" hidden="3" panels="training,map"></one-neuron><p>After.</p>',
  );
  // one-neuron.js carries chapter 2's code too; its .wasm sits in assets/ (blogWithComponent copies those).
  const site = await session.serve(blog);
  const page = await openPage(session.browser, { reducedMotion: 'reduce', width: 700 });
  await page.goto(`${site.url}posts/post.html`);
  const element = page.locator('one-neuron');
  await element.locator('[data-one-neuron][data-status="done"]').waitFor({ timeout: 20_000 });
  assert.ok(await element.isVisible(), 'the hidden="3" attribute (a field) does not hide the element');
  assert.equal(await element.locator('[data-readout="accuracy"]').textContent(), '100%'); // 3 units: a triangle
  assert.equal(await element.locator('.decision-map-overlay').count(), 1);
  await element.evaluate((node) => node.setAttribute('hidden', '0'));
  await page.waitForFunction(
    () =>
      document.querySelector('one-neuron').shadowRoot.querySelector('[data-readout="accuracy"]')?.textContent === '62%',
  );
  assert.equal(await element.locator('[data-readout="loss"]').textContent(), '0.6806');

  // Chapter 2's own embed under its Content-Security-Policy (scripts by hash, no eval, trusted types);
  // a hash without `chapter` opens chapter 2 there (embed.html#chapter=network goes on to it: csp.test.mjs).
  const policy = JSON.parse(readFileSync('dist/csp.json', 'utf8'))['embed-network.html'].header;
  const strict = await session.serve('dist', { 'Content-Security-Policy': policy });
  const embed = await openPage(session.browser, { reducedMotion: 'reduce', width: 700 });
  const violations = [];
  embed.on(
    'console',
    (message) => message.text().includes('Content Security Policy') && violations.push(message.text()),
  );
  await embed.goto(`${strict.url}embed-network.html#activation=linear`);
  await waitNetworkDone(embed);
  assert.equal((await readouts(embed)).loss, '0.6806');
  assert.equal(await embed.locator('.decision-map-overlay').count(), 1);
  assert.match(await hashOf(embed), /^#chapter=network&/);
  assert.deepEqual(violations, []);
  assert.deepEqual([...page.problems, ...embed.problems], []);
});
