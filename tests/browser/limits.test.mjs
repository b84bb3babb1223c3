// Every value the limits allow works at every entry point (issue 15): each field at its limit, and the
// next double beyond it, through the URL hash, the page's fields, the data editor, <one-neuron>'s
// attributes, embed.html and an imported run file. At the limit the run trains to its end with numbers
// on screen; beyond it a message names the field and the run is kept.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { openPage, useBrowser } from './browser.mjs';
import {
  blogWithComponent,
  field,
  hashOf,
  labelOf,
  nodeEngine,
  openRun,
  predictionRows,
  readouts,
  waitDone,
} from './helpers.mjs';

const session = useBrowser();
let limits;
before(async () => {
  ({ limits } = await nodeEngine());
});

/** The next double above x (x > 0). */
function nextUp(x) {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
}
const beyond = (x) => (x > 0 ? nextUp(x) : -nextUp(-x));

// field -> [values at the limit (with the rest of a run that trains them quickly), a value beyond it]
function cases() {
  const hours = limits.maxAbsHours;
  const start = limits.maxAbsInitial;
  return {
    // With the repros: 999999.5, 950000 and a data set spanning both limits.
    hours: [
      [
        `hours=1,2,3,4,${hours}`,
        `hours=-${hours},2,3,4,5`,
        'hours=1,2,3,4,999999.5',
        `hours=${hours},-${hours}&labels=0,1`,
      ],
      `hours=1,2,3,4,${beyond(hours)}`,
    ],
    test: [[`test=${hours}`, `test=-${hours},0`, 'test=950000'], `test=${beyond(hours)}`],
    w0: [[`w0=${start}`, `w0=-${start}`], `w0=${beyond(start)}`],
    b0: [[`b0=${start}`, `b0=-${start}`], `b0=${beyond(-start)}`],
    lr: [[`lr=${limits.maxLearningRate}`, 'lr=5e-324'], `lr=${beyond(limits.maxLearningRate)}`],
    epochs: [['epochs=0', `epochs=${limits.maxEpochs}`], `epochs=${limits.maxEpochs + 1}`],
  };
}

/** What a reader sees: numbers in the read-outs and the predictions, never NaN or Infinity. */
async function assertNumbersShown(page, label) {
  const shown = await readouts(page);
  for (const [name, text] of Object.entries(shown)) assert.match(text, /^-?[\d,.]+( \/ [\d,]+)?$/, `${label}: ${name}`);
  for (const [hours, p] of await predictionRows(page)) {
    assert.match(`${hours} ${p}`, /^-?[\d.e+]+ h \d\.\d{4}$/, `${label}: prediction row`);
  }
  const text = await page.evaluate(() => document.querySelector('[data-one-neuron]').innerText);
  assert.doesNotMatch(text, /NaN|Infinity|undefined/, `${label}: nothing broken on screen`);
}

const setHash = (page, hash) => page.evaluate((next) => (location.hash = next), hash);
const epochs = (hash) => (hash.includes('epochs=') ? '' : '&epochs=50'); // quick runs unless epochs is the case

test('URL hash: each field at its limit trains to the end; just beyond it, a message naming it', async () => {
  const page = await openRun(session.browser, session.site, '#epochs=50');
  for (const [name, [atLimit, past]] of Object.entries(cases())) {
    for (const hash of atLimit) {
      await setHash(page, `${hash}${epochs(hash)}`);
      await page.waitForFunction((h) => decodeURIComponent(location.hash).includes(h), hash.split('&')[0]);
      await waitDone(page, 60_000);
      await assertNumbersShown(page, hash);
      const named = `^(${name}|${labelOf(name)}):`;
      assert.equal(await page.locator(`[data-field] .field-error:text-matches("${named}")`).count(), 0, hash);
    }
    await setHash(page, `${past}${epochs(past)}`);
    await waitDone(page);
    const text = await page.evaluate(() => document.querySelector('[data-one-neuron]').innerText);
    const named = `(${name}|${labelOf(name)})`;
    assert.match(text, new RegExp(`(^|\\n)${named}: [^\\n]*\\(from the link; using`), `${past}: named`);
    await assertNumbersShown(page, past);
  }
  assert.deepEqual(page.problems, []);
});

test('typed: the fields and a data row take their limits; beyond, the message is beside the field', async () => {
  const page = await openRun(session.browser, session.site, '#epochs=50');
  const max = limits.maxAbsHours;
  for (const [name, value] of [
    ['test', `${max}, -${max}`],
    ['w0', `${-limits.maxAbsInitial}`],
    ['b0', `${limits.maxAbsInitial}`],
    ['lr', `${limits.maxLearningRate}`],
  ]) {
    await field(page, name).fill(value);
    await waitDone(page);
    await assertNumbersShown(page, `${name} = ${value}`);
    assert.equal(await page.locator(`[data-field="${name}"] .field-error`).textContent(), '', name);
  }
  const hash = await hashOf(page);
  await field(page, 'test').fill(String(beyond(max)));
  await page.waitForSelector('[data-field="test"] .field-error:text-matches("^Hours to predict: ")');
  await field(page, 'lr').fill(String(beyond(limits.maxLearningRate)));
  await page.waitForSelector(
    '[data-field="lr"] .field-error:text-matches("^Learning rate: must be a number greater than 0")',
  );
  assert.equal(await hashOf(page), hash, 'the run is kept');

  // A data row at the limit, then beyond it: the editor's message names hours.
  await page.getByLabel('Row 5: hours studied').fill(String(max));
  await waitDone(page);
  assert.match(await hashOf(page), new RegExp(`hours=1,2,3,4,${max}&`));
  await assertNumbersShown(page, 'row 5 at the limit');
  await page.getByLabel('Row 5: hours studied').fill(String(beyond(max)));
  await page.waitForSelector('.data-slot .field-error:text-matches("^Hours studied: ")');
  assert.match(await hashOf(page), new RegExp(`hours=1,2,3,4,${max}&`), 'the last good data are kept');
  assert.deepEqual(page.problems, []);
});

test('<one-neuron> and embed.html: limits in attributes and in the iframe’s hash', async () => {
  const max = limits.maxAbsHours;
  const blog = blogWithComponent(
    `<one-neuron id="a" test="${max}" hours="1,2,3,4,${max}" w0="${limits.maxAbsInitial}" epochs="50"></one-neuron>` +
      `<one-neuron id="b" test="${beyond(max)}" epochs="50"></one-neuron>`,
  );
  const site = await session.serve(blog);
  const page = await openPage(session.browser, { reducedMotion: 'reduce' });
  await page.goto(`${site.url}posts/post.html`);
  const done = (id) =>
    page.waitForFunction(
      (which) => document.getElementById(which).shadowRoot?.querySelector('[data-status="done"][data-panels="ready"]'),
      id,
    );
  await done('a');
  await done('b');
  const text = (id) => page.evaluate((which) => document.getElementById(which).shadowRoot.textContent, id);
  assert.match(await text('a'), /1000000\.0 h\s*1\.0000/);
  assert.doesNotMatch(await text('a'), /NaN|Infinity|test: /);
  assert.match(
    await text('b'),
    /(test|Hours to predict): value 1 is 1000000\.0000000001; .*\(from the attributes; using the default/,
  );
  assert.deepEqual(page.problems, []);

  const embed = await openPage(session.browser, { reducedMotion: 'reduce' });
  await embed.goto(`${session.site.url}embed.html#test=-${max},${max}&epochs=50`);
  await waitDone(embed);
  await assertNumbersShown(embed, 'embed.html at the limits');
  assert.deepEqual(await predictionRows(embed), [
    ['-1000000.0 h', '0.0000'],
    ['1000000.0 h', '1.0000'],
  ]);
  assert.deepEqual(embed.problems, []);
});

test('import: a run file at the limits restores and trains; beyond them, nothing is replaced', async () => {
  const max = limits.maxAbsHours;
  const dir = mkdtempSync(join(tmpdir(), 'one-neuron-limits-'));
  const file = (name, config) => {
    writeFileSync(join(dir, name), JSON.stringify({ format: 'one-neuron run', config }));
    return join(dir, name);
  };
  const page = await openRun(session.browser, session.site, '#epochs=50');
  const input = '.share-slot input[type="file"]';
  await page.setInputFiles(input, file('limits.json', { hours: [-max, 2, 3, 4, max], test: [max], epochs: 50 }));
  await page.waitForFunction((m) => decodeURIComponent(location.hash).includes(`test=${m}`), max);
  await waitDone(page);
  await assertNumbersShown(page, 'imported at the limits');
  const hash = await hashOf(page);
  await page.setInputFiles(input, file('beyond.json', { test: [beyond(max)], epochs: 50 }));
  await page.waitForSelector('.share-message:text-matches("Hours to predict: value 1 is 1000000.0000000001")');
  assert.match(await page.locator('.share-message').textContent(), /Nothing was changed\.$/);
  assert.equal(await hashOf(page), hash, 'nothing was replaced');
  assert.deepEqual(page.problems, []);
});
