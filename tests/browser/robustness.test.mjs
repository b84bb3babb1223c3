// The hostile-input matrix (tests/hostile-inputs.mjs) at the page's entry points: the URL hash, the
// page's fields and the <one-neuron> attributes. For each case: a message naming the field, the last
// valid state kept (nothing typed elsewhere lost), no NaN or Infinity shown, no script run, no
// console error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEXT_CASES } from '../hostile-inputs.mjs';
import { openPage, useBrowser } from './browser.mjs';
import { blogWithComponent, field, hashOf, labelled, openRun, readouts, waitDone } from './helpers.mjs';

const session = useBrowser();

// The message may be followed by what the page did about it ("(from the link; using ...)").
const unanchored = (pattern) => new RegExp(pattern.source.replace(/\$$/, ''));

/** Whether some line of `text` matches `pattern` (messages sit on lines of their own). */
const hasLine = (text, pattern) => text.split('\n').some((line) => unanchored(pattern).test(line.trim()));

// No computed NaN or Infinity: the reader's own text, quoted back in a message, does not count.
function assertSafe(text, label) {
  const unquoted = text.replace(/"[^"\n]*"/g, '""');
  assert.doesNotMatch(unquoted, /NaN|Infinity|undefined|\bnull\b/, `${label}: nothing broken on screen`);
}

test('URL hash: every case shows a message naming the field and falls back to its default', async () => {
  const page = await openRun(session.browser, session.site);
  for (const [name, text, message] of TEXT_CASES) {
    const label = `#${name}=${JSON.stringify(text)}`;
    await page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      `${name}=${encodeURIComponent(text)}`,
    );
    // The link stays as it was opened; the notice at the top shows it once the load is in place.
    await page.waitForFunction(
      () => document.querySelector('.link-notice:not([hidden]) input')?.value === location.href,
    );
    await waitDone(page);
    const shown = await page.evaluate(() => document.querySelector('[data-one-neuron]').innerText);
    const named = labelled(message, name, { either: true });
    assert.ok(hasLine(shown, named), `${label}: expected ${named} in\n${shown.slice(0, 400)}`);
    assertSafe(shown, label);
    // Hours and labels that do not fit fall back together; every other field alone.
    assert.equal((await readouts(page)).weight, '4.24834391', `${label}: the defaults are used`);
    assert.equal(await page.evaluate(() => window.pwned), undefined, `${label}: no script ran`);
  }
  assert.deepEqual(page.problems, []);
});

test('URL hash: a key given twice uses its first value and says so', async () => {
  const page = await openRun(session.browser, session.site, '#epochs=100&lr=0.2&lr=0.3');
  const shown = await page.locator('[data-field="lr"] .field-error').textContent();
  assert.equal(shown, 'Learning rate: given more than once; the first value is used (from the link; using 0.2)');
  assert.match(await hashOf(page), /&lr=0\.2&/);
  assert.deepEqual(page.problems, []);
});

test('a loss a hair below zero (the epsilon inside log) reads 0.0000, never -0.0000', async () => {
  const page = await openRun(session.browser, session.site, '#hours=1,10&labels=0,1&lr=10&epochs=3000');
  const shown = await readouts(page);
  assert.equal(shown.loss, '0.0000');
  for (const [name, text] of Object.entries(shown)) assert.doesNotMatch(text, /^-0\.0+$/, name);
  assert.deepEqual(page.problems, []);
});

test('page fields: every case shows a message next to the field; the run and other typing are kept', async () => {
  const page = await openRun(session.browser, session.site, '#epochs=300');
  const hash = await hashOf(page);
  for (const [name, text, message] of TEXT_CASES.filter(([name]) => !['hours', 'labels'].includes(name))) {
    const label = `${name} field: ${JSON.stringify(text)}`;
    // Something half-typed in another field stays as typed.
    const other = name === 'seed' ? 'lr' : 'seed';
    await field(page, other).fill(name === 'seed' ? '0.' : '4');
    await waitDone(page);
    const before = await readouts(page);
    await field(page, name).fill(text);
    const error = await page.locator(`[data-field="${name}"] .field-error`).textContent();
    assert.match(error, unanchored(labelled(message, name)), label);
    assert.equal(await field(page, other).inputValue(), name === 'seed' ? '0.' : '4', `${label}: other field kept`);
    if (name !== 'test') assert.deepEqual(await readouts(page), before, `${label}: the run is kept`);
    assertSafe(await page.evaluate(() => document.body.innerText), label);
    assert.equal(await page.evaluate(() => window.pwned), undefined, `${label}: no script ran`);
    // Put both fields back as they were.
    await field(page, name).fill(
      name === 'test'
        ? '1.5,2.5,3.5,6'
        : name === 'w0' || name === 'b0'
          ? ''
          : name === 'lr'
            ? '0.1'
            : name === 'epochs'
              ? '300'
              : '42',
    );
    await field(page, other).fill(other === 'lr' ? '0.1' : '42');
    await waitDone(page);
  }
  assert.equal(await hashOf(page), hash);
  assert.deepEqual(page.problems, []);
});

test('data editor: a bad hours cell names Hours studied and keeps the last valid data', async () => {
  const page = await openRun(session.browser, session.site, '#epochs=300');
  const before = await readouts(page);
  const cell = page.locator('.data-table tbody tr').nth(1).locator('input');
  for (const [text, message] of [
    ['abc', /^Hours studied, row 2: "abc" is not a number/],
    ['', /^Hours studied, row 2: is empty/],
    ['1e309', /^Hours studied, row 2: "1e309" is too large/],
    ['2e6', /^Hours studied: value 2 is 2e\+06; each must be a finite number from -1e6 to 1e6/],
    ['<img src=x onerror=window.pwned=1>', /^Hours studied, row 2: "<img src=x o…" is not a number/],
  ]) {
    await cell.fill(text);
    const error = await page.locator('.data-slot .field-error').first().textContent();
    assert.match(error, message, text);
    assert.deepEqual(await readouts(page), before, `${text}: the run is kept`);
    assert.equal(await cell.inputValue(), text, 'what was typed stays in the cell');
  }
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.match(await hashOf(page), /hours=1,2,3,4,5&/);
  assert.deepEqual(page.problems, []);
});

test('<one-neuron> attributes: every case shows a message naming it, and the defaults run', async () => {
  const blog = blogWithComponent('<one-neuron id="n" epochs="200" panels="compact"></one-neuron>');
  const host = await session.serve(blog);
  const page = await openPage(session.browser, { reducedMotion: 'reduce' });
  await page.goto(`${host.url}posts/post.html`);
  const done = () =>
    page.waitForFunction(() => document.getElementById('n').shadowRoot?.querySelector('[data-status="done"]'));
  await done();
  for (const [name, text, message] of TEXT_CASES) {
    const label = `${name}=${JSON.stringify(text)}`;
    await page.evaluate(
      ([attribute, value]) => document.getElementById('n').setAttribute(attribute, value),
      [name, text],
    );
    await done();
    const shown = await page.evaluate(
      () => document.getElementById('n').shadowRoot.querySelector('.one-neuron').innerText,
    );
    assert.ok(
      hasLine(shown, labelled(message, name, { either: true })) ||
        shown.includes(unanchored(message).source.slice(1, 20)),
      `${label}: ${shown.slice(0, 300)}`,
    );
    assertSafe(shown, label);
    assert.equal(await page.evaluate(() => window.pwned), undefined, `${label}: no script ran`);
    await page.evaluate((attribute) => document.getElementById('n').removeAttribute(attribute), name);
  }
  assert.deepEqual(page.problems, []);
});
