// The page's behaviour as a reader meets it: the post's run and numbers, queries, the URL hash,
// the training controls, the data editor and bad input. Runs against the built dist/.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, screenshot, useBrowser } from './browser.mjs';
import {
  bodyText,
  drawnPoints,
  field,
  fieldError,
  hashOf,
  nodeEngine,
  openRun,
  predictionRows,
  readouts,
  waitDone,
} from './helpers.mjs';

const session = useBrowser();

function assertClean(text) {
  assert.doesNotMatch(text, /NaN|Infinity|undefined/, 'no NaN, Infinity or undefined on screen');
}

test("the post's run: final weight, bias and the four predictions as the post prints them", async () => {
  const page = await openRun(session.browser, session.site);
  const shown = await readouts(page);
  assert.equal(shown.epoch, '5,000 / 5,000');
  assert.equal(shown.weight, '4.24834391'); // Final weight: [[4.24834391]]
  assert.equal(shown.bias, '-10.41946338'); // Final bias: [[-10.41946338]]
  assert.deepEqual(await predictionRows(page), [
    ['1.5 h', '0.0172'],
    ['2.5 h', '0.5502'],
    ['3.5 h', '0.9885'],
    ['6.0 h', '1.0000'],
  ]);
  assert.match(await page.locator('.loss-chart figcaption').textContent(), /fell from 0\.5385/); // Epoch 0, Loss: 0.5385
  assert.match(await page.locator('.prediction-chart figcaption').textContent(), /crosses 0\.5 at 2\.45 hours/);
  assert.equal(await hashOf(page), '#hours=1,2,3,4,5&labels=0,0,1,1,1&lr=0.1&epochs=5000&seed=42&test=1.5,2.5,3.5,6');
  assertClean(await bodyText(page));
  await screenshot(page, 'page-1280-light');
  assert.deepEqual(page.problems, []);
});

test('on load the run is animated, the loss chart grows, and Skip to end finishes it', async () => {
  const page = await openPage(session.browser); // motion allowed: the default 2 s animation
  await page.goto(session.site.url);
  await page.waitForSelector('[data-one-neuron][data-status="playing"]');
  await page.waitForFunction(() => Number(document.querySelector('[data-one-neuron]').dataset.epoch) > 0);
  const early = Number(await page.getAttribute('[data-one-neuron]', 'data-epoch'));
  assert.ok(early > 0 && early < 5000, `mid-run epoch ${early}`);
  await page.getByRole('button', { name: /Skip to end, epoch 5,000/ }).click();
  await waitDone(page, 3000);
  assert.equal((await readouts(page)).weight, '4.24834391');

  // Replay animates again from epoch 0 (its duration is measured by npm run bench:page): the reader
  // sees the epochs pass through the middle of the run, then the same numbers.
  await page.getByRole('button', { name: 'Replay from epoch 0' }).click();
  await page.waitForSelector('[data-one-neuron][data-status="playing"]');
  await page.waitForFunction(() => {
    const epoch = Number(document.querySelector('[data-one-neuron]').dataset.epoch);
    return epoch > 0 && epoch < 5000;
  });
  await waitDone(page, 8000);
  assert.equal((await readouts(page)).bias, '-10.41946338');
  assert.deepEqual(page.problems, []);
});

test('hours typed into the query show their probabilities at once and go into the URL', async () => {
  const page = await openRun(session.browser, session.site);
  await field(page, 'test').fill('7, 2, 0.5');
  assert.deepEqual(await predictionRows(page), [
    ['7.0 h', '1.0000'],
    ['2.0 h', '0.1276'],
    ['0.5 h', '0.0002'],
  ]);
  assert.match(await hashOf(page), /&test=7,2,0\.5$/);
  await field(page, 'test').fill('3');
  assert.deepEqual(await predictionRows(page), [['3.0 h', '0.9110']]);
  await page.getByRole('button', { name: "Post's test hours" }).click();
  assert.equal((await predictionRows(page)).length, 4);
  assert.equal(await field(page, 'test').inputValue(), '1.5,2.5,3.5,6');
  assert.deepEqual(page.problems, []);
});

test('URL hash round trip: controls write the hash, a reload reproduces the run', async () => {
  const page = await openRun(session.browser, session.site);
  await field(page, 'lr').fill('0.5');
  await field(page, 'epochs').fill('2000');
  await field(page, 'seed').fill('7');
  await field(page, 'b0').fill('-1');
  await waitDone(page);
  const hash = await hashOf(page);
  assert.equal(hash, '#hours=1,2,3,4,5&labels=0,0,1,1,1&lr=0.5&epochs=2000&seed=7&test=1.5,2.5,3.5,6&b0=-1');
  const before = { readouts: await readouts(page), rows: await predictionRows(page) };

  // The same numbers straight from the engine in Node.
  const engine = await nodeEngine();
  const trainer = engine.neuron.createTrainer({
    hours: [1, 2, 3, 4, 5],
    labels: [0, 0, 1, 1, 1],
    lr: 0.5,
    seed: 7,
    b0: -1,
  });
  trainer.train(2000);
  assert.equal(before.readouts.epoch, '2,000 / 2,000');
  assert.equal(before.readouts.weight, trainer.weight().toFixed(8));
  assert.equal(before.readouts.bias, trainer.bias().toFixed(8));
  trainer.delete();

  await page.reload();
  await waitDone(page);
  assert.equal(await hashOf(page), hash);
  assert.deepEqual({ readouts: await readouts(page), rows: await predictionRows(page) }, before);
  assert.equal(await field(page, 'lr').inputValue(), '0.5');
  assert.equal(await field(page, 'seed').inputValue(), '7');
  assert.equal(await field(page, 'b0').inputValue(), '-1');
  assert.equal(await field(page, 'w0').inputValue(), '');

  // The same URL in a fresh page gives the same run too.
  const fresh = await openRun(session.browser, session.site, hash);
  assert.deepEqual({ readouts: await readouts(fresh), rows: await predictionRows(fresh) }, before);
  assert.deepEqual([...page.problems, ...fresh.problems], []);
});

test('Reset, Step, ×100, Play and Pause move through the epochs', async () => {
  const page = await openRun(session.browser, session.site);
  await page.getByRole('button', { name: 'Reset to epoch 0' }).click();
  let shown = await readouts(page);
  assert.equal(shown.epoch, '0 / 5,000');
  assert.equal(shown.weight, '0.49671415'); // np.random.seed(42); np.random.randn()
  assert.equal(shown.bias, '0.00000000');
  assert.equal(shown.loss, '0.5385'); // the post's "Epoch 0, Loss: 0.5385"

  await page.getByRole('button', { name: 'Step one epoch' }).click();
  shown = await readouts(page);
  assert.equal(shown.epoch, '1 / 5,000');
  // w - lr * dw with the gradient shown at epoch 0 (0.132413): the post's update rule.
  assert.equal(shown.weight, (0.4967141530112327 - 0.1 * 0.13241313915508207).toFixed(8));
  await page.getByRole('button', { name: 'Step 100 epochs' }).click();
  assert.equal((await readouts(page)).epoch, '101 / 5,000');

  await page.getByLabel('Speed').selectOption('slow');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(() => Number(document.querySelector('[data-one-neuron]').dataset.epoch) > 150);
  await page.getByRole('button', { name: 'Pause training' }).click();
  const paused = Number(await page.getAttribute('[data-one-neuron]', 'data-epoch'));
  assert.ok(paused > 150 && paused < 5000, `paused at ${paused}`);
  await page.waitForTimeout(200);
  assert.equal(Number(await page.getAttribute('[data-one-neuron]', 'data-epoch')), paused, 'stays paused');

  await page.getByRole('button', { name: 'Train to 5,000 epochs' }).click();
  await waitDone(page);
  assert.equal((await readouts(page)).weight, '4.24834391', 'same run whatever the path to epoch 5000');

  // Reset again: the same seed gives the same start.
  await page.getByRole('button', { name: 'Reset to epoch 0' }).click();
  assert.equal((await readouts(page)).weight, '0.49671415');
  assert.deepEqual(page.problems, []);
});

test('data editing: add and remove rows, flip a label by clicking its point, back to the post', async () => {
  const page = await openRun(session.browser, session.site);
  const rows = page.locator('.data-table tbody tr');
  await page.getByRole('button', { name: '+ Add row' }).click();
  assert.equal(await rows.count(), 6);
  assert.equal(await page.getByLabel('Row 6: hours studied').inputValue(), '6');
  await page.getByLabel('Row 6: hours studied').fill('2.5');
  await page.getByLabel('Row 6: result').selectOption('pass');
  await waitDone(page);
  assert.match(await hashOf(page), /^#hours=1,2,3,4,5,2\.5&labels=0,0,1,1,1,1&/);

  await page.getByRole('button', { name: 'Remove row 6' }).click();
  await waitDone(page);
  assert.equal(await rows.count(), 5);
  assert.equal((await readouts(page)).weight, '4.24834391');

  // Click the 1-hour point (a fail) on the prediction chart: it becomes a pass.
  const [point] = await drawnPoints(page, 'fail'); // the leftmost fail: 1 hour
  assert.ok(point, 'the 1-hour point is drawn');
  assert.equal((await drawnPoints(page, 'fail')).length, 2, 'two fails drawn: 1 h and 2 h');
  await page.locator('.prediction-chart canvas').click({ position: point });
  await waitDone(page);
  assert.match(await hashOf(page), /&labels=1,0,1,1,1&/);
  assert.equal(await page.getByLabel('Row 1: result').inputValue(), '1');
  assert.notEqual((await readouts(page)).weight, '4.24834391');
  const [flipped] = await drawnPoints(page, 'pass'); // now the leftmost pass
  assert.ok(Math.abs(flipped.x - point.x) < 3 && flipped.y < point.y - 50, 'the point moved up to p = 1');
  assert.equal((await drawnPoints(page, 'fail')).length, 1, 'one fail left: 2 h');

  await page.getByRole('button', { name: "Post's data" }).click();
  await waitDone(page);
  assert.match(await hashOf(page), /^#hours=1,2,3,4,5&labels=0,0,1,1,1&/);
  assert.equal((await readouts(page)).weight, '4.24834391');
  assert.deepEqual(page.problems, []);
});

test("the post's worked examples: x = 4, w = 0.5, b = 0.1 gives z = 2.1 and σ ≈ 0.89", async () => {
  const page = await openRun(session.browser, session.site);
  await page
    .locator('.principles')
    .getByRole('button', { name: /Post's worked example/ })
    .click();
  const principles = page.locator('.principle-list');
  const text = await principles.innerText();
  assert.equal((await readouts(page)).epoch, '0 / 5,000');
  // MathML letters read back as mathematical italics (𝑧), so only the numbers are matched.
  assert.match(text.replace(/\s+/g, ' '), /= 0\.5000 × 4 \+ 0\.1000 = 2\.1000 /);
  assert.match(text.replace(/\s+/g, ' '), /− 2\.1000 = 0\.8909 /);
  assert.match(await page.locator('.principles .note').textContent(), /0\.50 − 0\.10 × 0\.50 = 0\.45/);
  assert.equal(await field(page, 'w0').inputValue(), '0.5');
  assert.match(await hashOf(page), /&w0=0\.5&b0=0\.1$/);
  assertClean(await bodyText(page));
  assert.deepEqual(page.problems, []);
});

test('bad input in a field: a message naming it, the previous run kept, other typing kept', async () => {
  const page = await openRun(session.browser, session.site);
  const hash = await hashOf(page);
  const before = await readouts(page);

  await field(page, 'lr').fill('abc');
  assert.equal(await fieldError(page, 'lr').textContent(), 'Learning rate: "abc" is not a number');
  assert.equal(await field(page, 'lr').getAttribute('aria-invalid'), 'true');
  await field(page, 'epochs').fill('1.5');
  assert.match(await fieldError(page, 'epochs').textContent(), /^Epochs: must be a whole number/);
  assert.equal(await hashOf(page), hash, 'the URL keeps the last good state');
  assert.deepEqual(await readouts(page), before);

  // Another field still works, and what the reader typed into the bad ones stays.
  await field(page, 'seed').fill('3');
  await waitDone(page);
  assert.match(await hashOf(page), /&lr=0\.1&epochs=5000&seed=3&/);
  assert.equal(await field(page, 'lr').inputValue(), 'abc');
  assert.equal(await field(page, 'epochs').inputValue(), '1.5');

  await field(page, 'lr').fill('0');
  assert.match(
    await fieldError(page, 'lr').textContent(),
    /^Learning rate: must be a number greater than 0 and at most 100, got 0/,
  );
  await field(page, 'lr').fill('0.2');
  await waitDone(page);
  assert.equal(await fieldError(page, 'lr').textContent(), '');
  assert.equal(await field(page, 'lr').getAttribute('aria-invalid'), null);

  await field(page, 'test').fill('1, , 2');
  assert.match(
    await page.locator('[data-field="test"] .field-error').textContent(),
    /^Hours to predict: value 2 is empty/,
  );
  await field(page, 'test').fill('2e6');
  assert.match(
    await page.locator('[data-field="test"] .field-error').textContent(),
    /^Hours to predict: value 1 is 2e\+06/,
  );
  assert.equal((await predictionRows(page)).length, 4, 'the last good test hours stay');

  await page.getByLabel('Row 2: hours studied').fill('two');
  assert.match(
    await page.locator('.data-slot .field-error').textContent(),
    /^Hours studied, row 2: "two" is not a number/,
  );
  await page.getByLabel('Row 2: hours studied').fill('5e6');
  assert.match(await page.locator('.data-slot .field-error').textContent(), /^Hours studied: value 2 is 5e\+06/);
  assert.match(await hashOf(page), /^#hours=1,2,3,4,5&/);

  assertClean(await bodyText(page));
  assert.deepEqual(page.problems, []);
});

test('bad values in the URL hash fall back to their defaults with messages naming them', async () => {
  const page = await openRun(
    session.browser,
    session.site,
    '#hours=1,2,x&labels=0,1,1&lr=-1&epochs=abc&seed=1.5&test=1e9&w0=%zz',
  );
  assert.match(
    await page.locator('.data-slot .field-error').textContent(),
    /Hours studied: value 3 "x" is not a number/,
  );
  assert.match(
    await fieldError(page, 'lr').textContent(),
    /^Learning rate: must be a number greater than 0.*using the default 0\.1/,
  );
  assert.match(await fieldError(page, 'epochs').textContent(), /^Epochs: "abc" is not a number.*default 5000/);
  assert.match(await fieldError(page, 'seed').textContent(), /^Seed: must be a whole number/);
  assert.match(await fieldError(page, 'test').textContent(), /^Hours to predict: value 1 is 1e\+09/);
  assert.match(await fieldError(page, 'w0').textContent(), /^Initial weight: /);
  // Everything fell back to the post's run, which still trains to the post's numbers.
  const shown = await readouts(page);
  assert.equal(shown.weight, '4.24834391');
  assert.equal((await predictionRows(page))[1][1], '0.5502');
  // The link stays as it was opened, to see and fix, and the notice at the top lists every problem.
  const opened = '#hours=1,2,x&labels=0,1,1&lr=-1&epochs=abc&seed=1.5&test=1e9&w0=%zz';
  assert.equal(await page.evaluate(() => location.hash), opened);
  assert.equal(await page.locator('.link-notice li').count(), 7); // hours (and the labels with them), lr, epochs, seed, test, w0
  assertClean(await bodyText(page));

  // A hash edited by hand while the page is open is applied too.
  await page.evaluate(() => {
    location.hash = '#hours=1,2,3&labels=0,1,1&lr=1&epochs=300&seed=1&test=2';
  });
  await page.waitForFunction(() => document.querySelector('[data-readout="epoch"]').textContent === '300 / 300');
  await waitDone(page);
  assert.equal(await page.locator('.data-table tbody tr').count(), 3);
  assert.equal(await fieldError(page, 'lr').textContent(), '');
  assert.deepEqual(page.problems, []);
});
