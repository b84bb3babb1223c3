// The network diagram (core/network-diagram.js) in real Chromium, on a page of its own: the before hook
// builds a small test page with Vite into a temporary folder (under a second), mounting the diagram
// with the network engine's real parameters and a point's pass. What a reader notices: every value's
// text inside its box at 360 and 700 px, nothing wider than the screen, never NaN, one Tab stop with
// arrow keys, a unit focused or hovered reported, weights edited from the keyboard with a message
// naming the field, values updated in place, the theme's colours in light and dark.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { build } from 'vite';
import { openPage, useBrowser } from './browser.mjs';

const source = (path) => fileURLToPath(new URL(`../../web/src/${path}`, import.meta.url));

// The test page: mount({ hidden, activation, huge, inputs }) puts a diagram on it with a trained
// network's values; window.events records onEdit and onFocusUnit.
const MAIN = `
import '${source('styles.css')}';
import css from '${source('core/network-diagram.css')}?inline';
import { createNetworkDiagram } from '${source('core/network-diagram.js')}';
import { loadNetworkEngine } from '${source('engine/network-engine.js')}';
document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
window.events = [];
window.mount = async ({ hidden = 4, activation = 'sigmoid', huge = false, epochs = 300 } = {}) => {
  const { network } = await loadNetworkEngine();
  const trainer = network.createTrainer({ hidden, activation });
  trainer.train(epochs);
  const root = document.getElementById('root');
  const diagram = createNetworkDiagram({
    hidden, activation, title: 'Network',
    onEdit: (edit) => { window.events.push(['edit', edit]); return edit.value === 99 ? 'the engine refused it' : undefined; },
    onFocusUnit: (unit) => window.events.push(['focus', unit]),
  });
  root.replaceChildren(diagram.element);
  const values = { parameters: trainer.parameters(), gradients: trainer.evaluate(), pass: trainer.example(0) };
  if (huge) {
    values.parameters.W1 = values.parameters.W1.map((w, k) => (k % 2 ? -1e20 : 12345.678));
    values.parameters.b1 = values.parameters.b1.map((b, k) => (k % 2 ? 1e20 : -98765.4321));
    values.parameters.b2 = -1e20;
  }
  diagram.update(values);
  window.diagram = diagram;
  window.trainer = trainer;
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
};
`;

const session = useBrowser();
let site;
let dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'network-diagram-'));
  writeFileSync(join(dir, 'main.js'), MAIN);
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Network diagram</title><link rel="icon" href="data:,"></head><body><main class="one-neuron" id="root" style="display:block;padding:12px;background:var(--bg)"></main><script type="module" src="./main.js"></script></body></html>',
  );
  await build({
    configFile: false,
    root: dir,
    base: './',
    logLevel: 'warn',
    build: { outDir: join(dir, 'dist'), minify: false },
  });
  site = await session.serve(join(dir, 'dist'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function open(options, mount) {
  const page = await openPage(session.browser, options);
  await page.goto(`${site.url}index.html`);
  await page.waitForFunction(() => typeof window.mount === 'function');
  await page.evaluate((config) => window.mount(config), mount);
  return page;
}

// Every text of every node: whether it lies inside its node's box (from the rendered geometry).
const textsOutsideTheirBoxes = (page) =>
  page.$$eval('.nd-node', (nodes) =>
    nodes.flatMap((node) => {
      const box = node.querySelector('.nd-box').getBBox();
      return [...node.querySelectorAll('text')]
        .filter((text) => text.textContent)
        .filter((text) => {
          const b = text.getBBox();
          return (
            b.x < box.x - 0.5 ||
            b.x + b.width > box.x + box.width + 0.5 ||
            b.y < box.y - 1 ||
            b.y + b.height > box.y + box.height + 1
          );
        })
        .map((text) => `${node.getAttribute('aria-label').slice(0, 30)}: "${text.textContent}"`);
    }),
  );

test('0, 4 and 16 units at 360 and 700 px: every value inside its box, nothing wider than the screen, no NaN', async () => {
  for (const width of [360, 700]) {
    const page = await open({ width, height: 800 }, { hidden: 0 });
    for (const hidden of [0, 4, 16]) {
      for (const huge of [false, true]) {
        await page.evaluate((config) => window.mount(config), { hidden, huge });
        const where = `${hidden} units at ${width} px${huge ? ', huge values' : ''}`;
        assert.deepEqual(await textsOutsideTheirBoxes(page), [], where);
        const { scroll, svg, text } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          svg: document.querySelector('.nd-svg').getBoundingClientRect().width,
          text:
            document.querySelector('.network-diagram').innerText +
            [...document.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label')).join(' '),
        }));
        assert.ok(scroll <= width, `${where}: page ${scroll} px wide`);
        assert.ok(svg > width - 60 && svg <= width, `${where}: the picture is ${svg} px wide`);
        assert.doesNotMatch(text, /NaN|undefined|Infinity/, where);
        assert.equal(await page.locator('.nd-node').count(), 2 + hidden + 1, where);
        const weights = await page.locator('.nd-weight').allTextContents();
        if (hidden === 0)
          assert.deepEqual(
            weights.map((w) => w.split(' ')[0]),
            ['w1', 'w2'],
            where,
          );
        else assert.deepEqual(weights, [], `${where}: no weight written on the edges`);
      }
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('one Tab stop; arrows move between units; a focused or hovered unit is reported, then null', async () => {
  const page = await open({ width: 700 }, { hidden: 4 });
  assert.equal(await page.locator('.nd-node[tabindex="0"]').count(), 1);
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  assert.match(await focused(), /^input x1: -?\d/);
  await page.keyboard.press('ArrowRight');
  assert.match(
    await focused(),
    /^hidden unit 1 \(sigmoid\): bias -?\d+\.\d{4}, weights from x1 .*; z .*, h .*, error sent back /,
  );
  await page.keyboard.press('ArrowDown');
  assert.match(await focused(), /^hidden unit 2 /);
  await page.keyboard.press('End');
  assert.match(
    await focused(),
    /^output p \(sigmoid\): bias .*, weights from unit 1 .*; z .*, p .*, label [01], loss \d+\.\d{4}, error /,
  );
  await page.keyboard.press('ArrowLeft');
  assert.match(await focused(), /^hidden unit 3 /, 'from the output, the middle of the hidden layer');
  assert.equal(await page.locator('.nd-node[tabindex="0"]').count(), 1, 'still one Tab stop');
  await page.keyboard.press('Shift+Tab'); // out of the diagram
  const ring = await page.evaluate(() => getComputedStyle(document.querySelector('.nd-unit .nd-ring')).stroke);
  assert.equal(ring, 'none', 'no ring once focus has left');
  await page.locator('.nd-unit').nth(2).hover();
  await page.mouse.move(1, 1);
  const events = await page.evaluate(() => window.events.filter(([kind]) => kind === 'focus').map(([, unit]) => unit));
  assert.deepEqual(events, [0, 1, null, 2, null, 2, null]);
  await page.context().close();
});

test('weights and biases edited by keyboard: Enter sends a number, a bad one names its field and stays', async () => {
  const page = await open({ width: 360, height: 800 }, { hidden: 4 });
  await page.getByText('Weights and biases').click();
  const field = page.getByLabel('Weight x2 → unit 3');
  // The table fills its fields on the details' toggle event, a task after the click.
  await page.waitForFunction((input) => input.value !== '', await field.elementHandle());
  const shown = await field.inputValue();
  const trainerValue = await page.evaluate(() => window.trainer.parameters().W1[1 * 4 + 2]);
  assert.equal(Number(shown), Number(trainerValue.toFixed(4)));
  const size = await field.boundingBox();
  assert.ok(size.height >= 44 && size.width >= 44, `a field of ${size.width} x ${size.height} px`);
  await field.fill('0.75');
  await field.press('Enter');
  await field.fill('abc');
  await field.press('Enter');
  const message = page.locator('.nd-errors li');
  assert.equal(await message.textContent(), 'Weight x2 → unit 3: "abc" is not a number');
  assert.equal(await field.inputValue(), 'abc', "the reader's text stays");
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.match(await field.getAttribute('aria-describedby'), new RegExp(await message.getAttribute('id')));
  await page.evaluate(() => window.diagram.update({ parameters: window.trainer.parameters() })); // a frame
  assert.equal(await field.inputValue(), 'abc', 'a frame does not overwrite it');
  await field.fill('99');
  await page.getByLabel('Bias of the output').focus(); // leaving the field sends it too
  assert.equal(await message.textContent(), 'Weight x2 → unit 3: the engine refused it');
  await field.fill('-1.5');
  await field.press('Enter');
  assert.equal(await page.locator('.nd-errors li').count(), 0);
  // A click on an edge (its invisible, wider twin) names the weight and puts the cursor in its field.
  const edge = page.locator('.nd-hit[data-name="W2"][data-index="1"]');
  // The middle of the curve itself (its box's centre may lie off the curve), in the window.
  const { x, y } = await edge.evaluate((path) => {
    path.scrollIntoView({ block: 'center' });
    const point = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(path.getScreenCTM());
    return { x: point.x, y: point.y };
  });
  await page.mouse.move(x, y);
  assert.match(await edge.locator('title').textContent(), /^Weight unit 2 → output: -?\d+\.\d{4}$/);
  await page.mouse.click(x, y);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Weight unit 2 → output');
  const edits = await page.evaluate(() => window.events.filter(([kind]) => kind === 'edit').map(([, edit]) => edit));
  assert.deepEqual(edits, [
    { name: 'W1', index: 6, value: 0.75 },
    { name: 'W1', index: 6, value: 99 },
    { name: 'W1', index: 6, value: -1.5 },
  ]);
  await page.context().close();
});

test('update() changes the values in place, and the colours follow light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    // Reduced motion: the colours without their short transition, read at once.
    const page = await open({ width: 700, colorScheme, reducedMotion: 'reduce' }, { hidden: 4 });
    const before = await page.evaluate(() => {
      window.firstEdge = document.querySelector('.nd-edge');
      return {
        width: window.firstEdge.getAttribute('stroke-width'),
        text: document.querySelector('.nd-unit .nd-text').textContent,
      };
    });
    await page.evaluate(() => {
      window.trainer.train(3000);
      window.diagram.update({ parameters: window.trainer.parameters(), pass: window.trainer.example(0) });
    });
    const after = await page.evaluate(() => ({
      same: window.firstEdge === document.querySelector('.nd-edge'),
      width: window.firstEdge.getAttribute('stroke-width'),
      text: document.querySelector('.nd-unit .nd-text').textContent,
      positive: getComputedStyle(document.querySelector('.nd-edge.positive')).stroke,
      negative: getComputedStyle(document.querySelector('.nd-edge.negative')).stroke,
      pass: getComputedStyle(document.querySelector('.network-diagram')).getPropertyValue('--pass').trim(),
    }));
    assert.ok(after.same, 'the same edge element');
    assert.notEqual(after.width, before.width);
    assert.notEqual(after.text, before.text);
    const hex = (rgb) =>
      `#${rgb
        .match(/\d+/g)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('')}`;
    assert.equal(hex(after.positive), after.pass, `${colorScheme}: positive edges in the pass colour`);
    assert.notEqual(after.positive, after.negative);
    if (colorScheme === 'dark') {
      const reshaped = await page.evaluate(() => {
        const element = window.diagram.element;
        window.diagram.setShape({ hidden: 2, activation: 'relu' });
        const trainer = window.trainer;
        window.diagram.update({
          parameters: { hidden: 2, W1: [1, -1, 2, -2], b1: [0.5, -0.5], W2: [3, -3], b2: 0.25 },
        });
        const shape = {
          same: element === window.diagram.element && element.isConnected,
          nodes: element.querySelectorAll('.nd-node').length,
          edges: element.querySelectorAll('.nd-edge').length,
          header: [...element.querySelectorAll('.nd-header')].map((h) => h.textContent),
          fields: element.querySelectorAll('.nd-table input').length,
        };
        trainer.delete();
        window.diagram.destroy();
        return { ...shape, gone: !element.isConnected };
      });
      assert.deepEqual(reshaped, {
        same: true,
        nodes: 5,
        edges: 6,
        header: ['inputs', '2 relu units', 'output'],
        fields: 9,
        gone: true,
      });
    }
    await page.context().close();
  }
});

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const WCAG = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };

test('axe finds nothing to fix at 360 and 1280 px, light and dark, the table open with a message', async () => {
  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await open({ width, colorScheme, reducedMotion: 'reduce' }, { hidden: 4 });
      await page.getByText('Weights and biases').click();
      await page.getByLabel('Bias of unit 2').fill('x');
      await page.getByLabel('Bias of unit 2').press('Enter');
      await page.keyboard.press('Shift+Tab');
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async (options) => {
        const result = await window.axe.run(document.querySelector('.network-diagram'), options);
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }, WCAG);
      assert.deepEqual(violations, [], `${width} px ${colorScheme}`);
      await page.context().close();
    }
  }
});
