// Chapter 1's neuron figure and training cycle as a reader meets them: four stages are one engine
// step (the weights bit for bit a trainer's stepped once in the same engine), the table holds the
// engine's per-example numbers exactly, the figure's numbers are the principles' for the chosen
// example, a keyboard-only walk, and the 360 px layout (light and dark, screenshots in test-artifacts/).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { shown } from '../../web/src/core/format.js';
import { mkdirSync } from 'node:fs';
import { ARTIFACTS, useBrowser } from './browser.mjs';
import { openPage } from './browser.mjs';
import { blogWithComponent, nodeEngine, openRun, readouts } from './helpers.mjs';

const session = useBrowser();
let engine;
before(async () => {
  engine = await nodeEngine();
});

const CONFIG = { lr: 0.1, epochs: 7, seed: 42 }; // the post's data, a short run
const HASH = '#epochs=7';
const COLUMNS = ['hours', 'label', 'z', 'probability', 'lossTerm', 'error', 'weightPart'];
const four = (x) => shown(x, 4).replace('-', '−');

/** The engine in Node (the same WASM the page runs): a trainer after `epochs`, read by `read`. */
function withTrainer(epochs, read) {
  const trainer = engine.neuron.createTrainer(CONFIG);
  try {
    trainer.train(epochs);
    return read(trainer);
  } finally {
    trainer.delete();
  }
}

/** Open the run and wait for the late panels' content (set up once the page is idle). */
async function openCycle(options = {}) {
  const page = await openRun(session.browser, session.site, HASH, options);
  await page.locator('.cycle-panel', { hasText: 'Next stage' }).waitFor();
  await page.locator('.neuron-panel', { hasText: 'hours x =' }).waitFor();
  return page;
}

/** A picture of the section holding `selector` (test-artifacts/<name>.png), to look at. */
async function shoot(page, selector, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.locator('section', { has: page.locator(selector) }).screenshot({ path: `${ARTIFACTS}/${name}.png` });
}

const next = (page) => page.locator('.cycle-next').click();
const litStage = (page) =>
  page.$eval('.cycle-panel', (panel) => panel.querySelector('[aria-current="step"]')?.dataset.stage ?? '0');

/** The table's exact values: [{ hours, label, ... }] (data-value, '' where not yet filled) and the means. */
function tableValues(page) {
  return page.$eval('.cycle-table', (table) => ({
    rows: [...table.querySelectorAll('tbody tr')].map((row) =>
      Object.fromEntries([...row.querySelectorAll('td')].map((td) => [td.dataset.column, td.dataset.value])),
    ),
    means: Object.fromEntries(
      [...table.querySelectorAll('tfoot td')].map((td) => [td.dataset.column, td.dataset.value]),
    ),
  }));
}

test('four stages are one engine step: the table is the engine’s, then w and b are step()’s bit for bit', async () => {
  const page = await openCycle();
  const expected = withTrainer(7, (trainer) => ({
    rows: Array.from({ length: 5 }, (_, row) => trainer.example(row)),
    evaluation: trainer.evaluate(),
  }));
  await next(page);
  assert.equal(await litStage(page), '1');
  let shownTable = await tableValues(page);
  assert.equal(shownTable.rows.length, 5);
  shownTable.rows.forEach((row, r) => {
    for (const key of ['hours', 'label', 'z', 'probability'])
      assert.equal(Number(row[key]), expected.rows[r][key], key);
    assert.equal(row.lossTerm, '', 'the loss is not measured yet');
  });
  await next(page);
  assert.equal(await litStage(page), '2');
  assert.equal(Number((await tableValues(page)).means.lossTerm), expected.evaluation.loss);
  await next(page);
  assert.equal(await litStage(page), '3');
  shownTable = await tableValues(page);
  shownTable.rows.forEach((row, r) => {
    for (const key of COLUMNS) assert.equal(Number(row[key]), expected.rows[r][key], `row ${r + 1} ${key}`);
  });
  assert.equal(Number(shownTable.means.error), expected.evaluation.biasGradient);
  assert.equal(Number(shownTable.means.weightPart), expected.evaluation.weightGradient);
  const text = await page.locator('.cycle-said').textContent();
  assert.ok(text.includes(`dw = mean(error · x) = ${four(expected.evaluation.weightGradient)}`), text);

  // The question, answered with the sign of dw.
  const goes = expected.evaluation.weightGradient > 0 ? 'down' : 'up';
  await page.getByRole('button', { name: 'Up ↑' }).click();
  const answer = await page.locator('.cycle-answer').textContent();
  assert.match(answer, new RegExp(`^${goes === 'up' ? 'Right' : 'Not quite'}: dw = `));
  assert.ok(answer.includes(`so w goes ${goes}, from`), answer);

  await next(page);
  assert.equal(await litStage(page), '4');
  const after = withTrainer(7, (trainer) => (trainer.step(), { weight: trainer.weight(), bias: trainer.bias() }));
  const result = page.locator('.cycle-result');
  assert.equal(Number(await result.getAttribute('data-weight')), after.weight);
  assert.equal(Number(await result.getAttribute('data-bias')), after.bias);
  assert.equal(after.weight, expected.evaluation.nextWeight);
  assert.equal((await readouts(page)).epoch, '8 / 7');
  assert.equal((await readouts(page)).weight, shown(after.weight, 8));
  // Repeat: the next walk starts from the new weights.
  await next(page);
  assert.equal(await litStage(page), '1');
  assert.match(await page.locator('.cycle-table caption').textContent(), /^Epoch 9/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the neuron figure shows the principles’ numbers for the chosen example, and stages light both', async () => {
  const page = await openCycle();
  await page.locator('.example-picker select').selectOption('1'); // row 2: 2 hours, fail
  await page.locator('.neuron-example', { hasText: 'Example 2 of 5' }).waitFor();
  const terms = withTrainer(7, (trainer) => trainer.example(1));
  const flow = await page.locator('.neuron-flow').textContent();
  const principles = await page.locator('.principle-list').textContent();
  for (const key of ['z', 'probability', 'lossTerm', 'error', 'weightPart']) {
    assert.ok(flow.includes(four(terms[key])), `${key} ${four(terms[key])} in the flow: ${flow}`);
    assert.ok(principles.includes(four(terms[key])), `${key} ${four(terms[key])} in the principles`);
  }
  // The figure's own names (what a screen reader reads on the output's box) carry the same numbers.
  const output = await page.locator('.neuron-panel .nd-output').getAttribute('aria-label');
  for (const key of ['z', 'probability', 'lossTerm', 'error', 'weightPart', 'biasPart']) {
    assert.ok(output.includes(shown(terms[key], 4)), `${key} in "${output}"`);
  }
  assert.equal(
    await page.locator('.neuron-panel .nd-back').first().textContent(),
    `← w part ${shown(terms.weightPart, 4)}`,
  );
  await next(page);
  await next(page); // stage 2: the loss
  await page.waitForSelector('.principle.lit');
  const lit = await page.$$eval('.principle', (items) => items.map((item) => item.classList.contains('lit')));
  assert.deepEqual(lit, [false, false, false, true, false]);
  assert.equal(await page.locator('.neuron-panel').getAttribute('data-stage'), '2');
  const litPart = await page.$$eval('.neuron-flow-part', (parts) =>
    parts.filter((part) => getComputedStyle(part).fontWeight === '700').map((part) => part.dataset.part),
  );
  assert.deepEqual(litPart, ['y', 'loss']);
  await page.close();
});

test('keyboard only: Tab to Next stage, Enter and N walk a cycle, and Reset ends the walk', async () => {
  const page = await openCycle();
  await page.locator('.cycle-next').focus();
  await page.keyboard.press('Enter');
  assert.equal(await litStage(page), '1');
  await page.keyboard.press('n');
  await page.keyboard.press('N');
  assert.equal(await litStage(page), '3');
  await page.keyboard.press('Tab'); // to "Up"
  await page.keyboard.press('Tab'); // to "Down"
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Down ↓');
  await page.keyboard.press('Enter');
  assert.match(await page.locator('.cycle-answer').textContent(), /w goes/);
  await page.keyboard.press('n');
  assert.equal(await litStage(page), '4');
  assert.equal((await readouts(page)).epoch, '8 / 7');
  await page.keyboard.press('n');
  assert.equal(await litStage(page), '1');
  // The run moving on without the walk (Reset here) ends it.
  await page.getByRole('button', { name: /reset/i }).first().click();
  await page.waitForFunction(() => !document.querySelector('.cycle-stage[aria-current]'));
  assert.equal(await page.locator('.neuron-panel').getAttribute('data-stage'), '0');
  assert.deepEqual(page.problems, []);
  await page.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`360 px (${colorScheme}): the figure and the cycle fit, every target is 44 px`, async () => {
    const page = await openCycle({ width: 360, height: 780, colorScheme });
    await next(page);
    await next(page);
    await next(page);
    const problems = await page.evaluate(() => {
      const panels = [...document.querySelectorAll('.neuron-panel, .cycle-panel')];
      const wide = panels.flatMap((panel) =>
        [...panel.querySelectorAll('*')]
          .filter((node) => node.getBoundingClientRect().right > 360.5)
          .map((node) => node.tagName),
      );
      const small = panels.flatMap((panel) =>
        [...panel.querySelectorAll('button')]
          .map((b) => b.getBoundingClientRect())
          .filter((box) => box.width < 44 || box.height < 44),
      );
      return { scroll: document.documentElement.scrollWidth, wide, small: small.length };
    });
    assert.deepEqual(problems, { scroll: 360, wide: [], small: 0 });
    await shoot(page, '.neuron-panel', `cycle-neuron-360-${colorScheme}`);
    await shoot(page, '.cycle-panel', `cycle-360-${colorScheme}`);
    await page.close();
  });
}

test('1280 px: the neuron beside the cycle (screenshots)', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await openCycle({ width: 1280, height: 1000, colorScheme });
    await next(page);
    await next(page);
    await next(page);
    await shoot(page, '.neuron-panel', `cycle-neuron-1280-${colorScheme}`);
    await shoot(page, '.cycle-panel', `cycle-1280-${colorScheme}`);
    await page.close();
  }
});

test('embeds: <one-neuron panels="neuron,cycle"> in a 700 px column and embed.html?panels=cycle walk a stage', async () => {
  const blog = blogWithComponent(
    '<main style="max-width: 700px"><one-neuron id="a" epochs="7" panels="neuron,cycle"></one-neuron></main>',
  );
  const site = await session.serve(blog);
  const page = await openPage(session.browser, { reducedMotion: 'reduce', width: 1000 });
  await page.goto(`${site.url}posts/post.html`);
  const panel = page.locator('one-neuron .cycle-panel', { hasText: 'Next stage' });
  await panel.waitFor();
  await page.locator('one-neuron .neuron-panel', { hasText: 'hours x = 4' }).waitFor();
  const shownPanels = await page.$$eval('one-neuron', ([node]) =>
    [...node.shadowRoot.querySelectorAll('section.panel')].map((section) => section.classList[1]),
  );
  assert.deepEqual(shownPanels, ['neuron', 'cycle']);
  await page.locator('one-neuron .cycle-next').click();
  await page.locator('one-neuron .cycle-stage[aria-current="step"]', { hasText: 'Predict' }).waitFor();
  // The panels' own CSS reached the shadow DOM: the lit stage's border, the figure's boxes.
  const styles = await page.$eval('one-neuron', (node) => {
    const root = node.shadowRoot;
    return {
      stage: getComputedStyle(root.querySelector('.cycle-stage[aria-current]')).borderTopWidth,
      box: getComputedStyle(root.querySelector('.nd-box')).strokeWidth,
      width: root.querySelector('.one-neuron').getBoundingClientRect().width,
    };
  });
  assert.deepEqual(styles, { stage: '3px', box: '2.5px', width: 700 });
  await shoot(page, '.cycle-panel', 'cycle-component-700');
  assert.deepEqual(page.problems, []);

  await page.goto(`${session.site.url}embed.html?panels=cycle#epochs=7`);
  await page.locator('.cycle-panel', { hasText: 'Next stage' }).waitFor();
  await page.locator('.cycle-next').click();
  await page.locator('.cycle-next').click();
  assert.match(await page.locator('.cycle-said').textContent(), /^2\. Measure the loss/);
  assert.deepEqual(page.problems, []);
  await page.close();
});
