// Chapter 2's points to predict as a reader uses them: the "Points to predict" field in the pass
// panel lists each point's pass probability at the trained weights (the engine's own numbers, run
// here in Node), typing new points updates them live without restarting the run and writes them into
// the link, a bad value gets a message naming the field by its label while the reader's text stays
// and the last good points keep their numbers (never NaN), and the link opens the same points again.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { networkFields } from '../../web/src/chapters/network/fields.js';
import { shown } from '../../web/src/core/format.js';
import { loadNetworkEngine } from '../../web/src/engine/network-engine.js';
import { openPage, screenshot, useBrowser } from './browser.mjs';
import { hashOf, predictionRows, readouts, waitNetworkDone } from './helpers.mjs';

const session = useBrowser();
const LABEL = 'Points to predict';
let engine;
before(async () => {
  const wasmBinary = readFileSync('web/src/generated/one_neuron_network.wasm');
  engine = await loadNetworkEngine({ wasmBinary });
});

/** The engine's probabilities for `test` after the reference's run, to 4 decimals as the page shows them. */
function expected(test) {
  const trainer = engine.network.createTrainer({});
  try {
    trainer.train(networkFields.defaults.epochs);
    return Array.from(trainer.predictMany(test), (p) => shown(p, 4));
  } finally {
    trainer.delete();
  }
}

async function openNetwork(hash, options = {}) {
  const page = await openPage(session.browser, { reducedMotion: 'reduce', ...options });
  await page.goto(`${session.site.url}${hash}`);
  await waitNetworkDone(page);
  await page.getByLabel(LABEL).waitFor(); // the pass panel is set up once the page is idle
  return page;
}

/** The table's rows once it lists `count` points. */
async function rowsOf(page, count) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('table.network-predictions tbody tr').length === n,
    count,
  );
  return predictionRows(page);
}

const error = (page) => page.locator('.pass [data-field="test"] .field-error');
const noNaN = async (page) =>
  assert.doesNotMatch(await page.locator('.panel.pass').innerText(), /NaN|Infinity|undefined/);

test('"Points to predict": the reference points, typed points live, a bad value named, the link round trip', async () => {
  const page = await openNetwork('#chapter=network');
  const field = page.getByLabel(LABEL);
  assert.equal(await field.inputValue(), '0,0,0.25,0.25,0.75,0,1.25,0,0,1.5');
  const reference = networkFields.defaults.test;
  const want = expected(reference);
  assert.deepEqual(await rowsOf(page, 5), [
    ['(0, 0)', want[0]],
    ['(0.25, 0.25)', want[1]],
    ['(0.75, 0)', want[2]],
    ['(1.25, 0)', want[3]],
    ['(0, 1.5)', want[4]],
  ]);
  // The ring: the middle passes, far out fails.
  assert.ok(Number(want[0]) > 0.5 && Number(want[3]) < 0.5, want.join(' '));
  const run = await readouts(page);

  // Typed points: their numbers at once, in the link, and the run is not trained again.
  await field.fill('0.5, -0.5, 2, 2');
  const typed = expected([0.5, -0.5, 2, 2]);
  assert.deepEqual(await rowsOf(page, 2), [
    ['(0.5, -0.5)', typed[0]],
    ['(2, 2)', typed[1]],
  ]);
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes('&test=0.5,-0.5,2,2'));
  assert.deepEqual(await readouts(page), run, 'the same run: points to predict do not restart it');
  assert.equal(await error(page).textContent(), '');

  // Bad values: a message naming the field by its label; the text stays; the last good points stay.
  for (const [text, message] of [
    ['1, 2, 3', /^Points to predict: must list x1, x2 for each point .*got 3 numbers$/],
    ['0, zero', /^Points to predict: .*"zero"/],
    ['', /^Points to predict: is empty/],
  ]) {
    await field.fill(text);
    await page.waitForFunction(
      () => document.querySelector('.pass [data-field="test"] .field-error').textContent !== '',
    );
    assert.match(await error(page).textContent(), message);
    assert.equal(await field.inputValue(), text, 'the reader’s text is kept');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.deepEqual(
      (await rowsOf(page, 2)).map(([, p]) => p),
      typed,
    );
    assert.match(await hashOf(page), /&test=0\.5,-0\.5,2,2$/);
    await noNaN(page);
  }
  await screenshot(page, 'network-predict-1280');

  // The link opens the same points (on a phone too), and the button goes back to the reference's.
  const linked = await openNetwork(await hashOf(page), { width: 360, height: 740 });
  assert.equal(await linked.getByLabel(LABEL).inputValue(), '0.5,-0.5,2,2');
  assert.deepEqual(
    (await rowsOf(linked, 2)).map(([, p]) => p),
    typed,
  );
  const panel = await linked.locator('.panel.pass').boundingBox();
  assert.ok(panel.x >= 0 && panel.x + panel.width <= 360, `the pass panel fits a phone: ${JSON.stringify(panel)}`);
  await linked.locator('.panel.pass').screenshot({ path: 'test-artifacts/network-predict-360.png' });
  await linked.getByRole('button', { name: 'The reference’s points' }).click();
  assert.deepEqual(
    (await rowsOf(linked, 5)).map(([, p]) => p),
    want,
  );
  assert.equal(await linked.getByLabel(LABEL).inputValue(), '0,0,0.25,0.25,0.75,0,1.25,0,0,1.5');
  await noNaN(linked);
  assert.deepEqual([...page.problems, ...linked.problems], []);
});

test('a bad "test" in a link: a message under the field naming it, and the reference points used', async () => {
  const page = await openNetwork('#chapter=network&test=1,2,3');
  assert.deepEqual(
    (await rowsOf(page, 5)).map(([, p]) => p),
    expected(networkFields.defaults.test),
  );
  assert.match(
    await error(page).textContent(),
    /^Points to predict: must list x1, x2 for each point .*got 3 numbers \(from the link; using the default 0,0,0\.25,/,
  );
  assert.equal(await page.getByLabel(LABEL).inputValue(), '0,0,0.25,0.25,0.75,0,1.25,0,0,1.5');
  await noNaN(page);
  assert.deepEqual(page.problems, []);
});
