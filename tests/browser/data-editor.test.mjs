// The data panel at any size, as a reader meets it: pages of 50 rows whose text matches the data,
// "+ Add row" and "×" at any count, 100,000 rows from a link, "Paste data", a pasted column, a CSV
// file, and the keyboard. Runs against the built dist/.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot, useBrowser } from './browser.mjs';
import { hashOf, nodeEngine, openRun, readouts, waitDone } from './helpers.mjs';

const session = useBrowser();

/** n rows: hours 0.5, 1.5, … 9.5 over and over; a pass from 5 hours. */
function rowsOf(n) {
  const hours = Array.from({ length: n }, (_, i) => (i % 10) + 0.5);
  return { hours, labels: hours.map((x) => (x > 5 ? 1 : 0)) };
}
const hashOfRows = ({ hours, labels }, rest = 'epochs=50') =>
  `#hours=${hours.join(',')}&labels=${labels.join(',')}&${rest}`;
/** The hours and labels in the page's address. */
async function dataInHash(page) {
  const params = new URLSearchParams((await hashOf(page)).slice(1));
  return { hours: params.get('hours').split(',').map(Number), labels: params.get('labels').split(',').map(Number) };
}
const pagesText = (page) => page.locator('.data-pages-status').textContent();
const shownRows = (page) => page.locator('.data-table tbody tr');
const pageHeight = (page) => page.evaluate(() => document.documentElement.scrollHeight);

async function trainedWeight(data, epochs) {
  const engine = await nodeEngine();
  const trainer = engine.neuron.createTrainer({ ...data, lr: 0.1, seed: 42 });
  trainer.train(epochs);
  const weight = trainer.weight().toFixed(8);
  trainer.delete();
  return weight;
}

test('300 rows: "+ Add row" appends row 301 and goes to it; × removes it; the text follows the data', async () => {
  const data = rowsOf(300);
  const page = await openRun(session.browser, session.site, hashOfRows(data));
  assert.equal(await pagesText(page), 'Rows 1–50 of 300');
  assert.equal(await shownRows(page).count(), 50);
  const add = page.getByRole('button', { name: '+ Add row' });
  assert.ok((await add.isVisible()) && (await add.isEnabled()), '"+ Add row" is there at 300 rows');

  await add.click();
  await waitDone(page);
  assert.equal(await pagesText(page), 'Row 301 of 301', 'the page of the new row');
  const added = page.getByLabel('Row 301: hours studied');
  assert.equal(await added.inputValue(), '10.5', 'one more than the last row');
  assert.equal(await added.evaluate((node) => node === document.activeElement), true, 'focus is on the new row');
  const after = await dataInHash(page);
  assert.deepEqual(after.hours, [...data.hours, 10.5], 'the 300 rows are kept, one added');
  assert.deepEqual(after.labels, [...data.labels, 1]);
  assert.match(await page.locator('.data-table caption').textContent(), /: row 301 of 301$/);
  assert.equal(await page.locator('.data-table').getAttribute('aria-rowcount'), '302');

  await page.getByRole('button', { name: 'Remove row 301' }).click();
  await waitDone(page);
  assert.equal(await pagesText(page), 'Rows 251–300 of 300');
  assert.deepEqual(await dataInHash(page), data);
  assert.equal(await page.getByRole('button', { name: 'Remove row 1', exact: true }).count(), 0, 'not on this page');

  // Row 3 removed from the first page: the rows after it move up, the hash follows.
  await page.getByRole('button', { name: 'First rows' }).click();
  await page.getByRole('button', { name: 'Remove row 3', exact: true }).click();
  await waitDone(page);
  assert.equal(await pagesText(page), 'Rows 1–50 of 299');
  assert.deepEqual((await dataInHash(page)).hours, data.hours.toSpliced(2, 1));
  assert.equal(await page.getByLabel('Row 3: hours studied').inputValue(), '3.5');
  assert.deepEqual(page.problems, []);
});

test("[hidden] hides whatever a class's display says: no page buttons for the post's 5 rows", async () => {
  const page = await openRun(session.browser, session.site);
  assert.equal(await pagesText(page), '5 examples');
  assert.equal(await page.locator('.data-pages-buttons').isHidden(), true);
  assert.equal(await page.locator('.data-slot input[type=file]').isHidden(), true);
  assert.equal(await page.getByRole('button', { name: 'Next 50 rows' }).count(), 0);
  assert.deepEqual(page.problems, []);
});

test('100,000 rows from a link: the page is as tall as with 5, rows are editable, an edit retrains', async () => {
  const post = await openRun(session.browser, session.site, '#epochs=50');
  const postHeight = await pageHeight(post);
  await post.close();

  const data = rowsOf(100_000);
  const page = await openRun(session.browser, session.site, hashOfRows(data), { height: 900 });
  const height = await pageHeight(page);
  assert.ok(height <= postHeight + 150, `page height ${height} px with 100,000 rows, ${postHeight} px with 5`);
  assert.equal(await shownRows(page).count(), 50);
  assert.equal(await pagesText(page), 'Rows 1–50 of 100,000');
  assert.equal((await readouts(page)).weight, await trainedWeight(data, 50));

  await page.getByRole('button', { name: 'Last rows' }).click();
  assert.equal(await pagesText(page), 'Rows 99,951–100,000 of 100,000');
  const last = page.getByLabel('Row 100,000: hours studied');
  assert.equal(await last.inputValue(), '9.5');
  await last.fill('-3');
  await page.getByLabel('Row 100,000: result').selectOption('pass');
  await waitDone(page);
  const edited = { hours: data.hours.with(-1, -3), labels: data.labels.with(-1, 1) };
  assert.deepEqual(await dataInHash(page), edited);
  assert.equal((await readouts(page)).weight, await trainedWeight(edited, 50), 'the run trained on the edited row');
  assert.equal(await pageHeight(page), height);
  await screenshot(page, 'data-100000-1280-light');
  assert.deepEqual(page.problems, []);
});

test('a bad cell names "Hours studied" and its row, on any page, and keeps the last good data', async () => {
  const data = rowsOf(120);
  const page = await openRun(session.browser, session.site, hashOfRows(data));
  const before = await readouts(page);
  await page.getByRole('button', { name: 'Next 50 rows' }).click();
  const cell = page.getByLabel('Row 60: hours studied');
  await cell.fill('abc');
  const error = page.locator('.data-slot .field-error');
  assert.equal(await error.textContent(), 'Hours studied, row 60: "abc" is not a number');
  assert.equal(await cell.getAttribute('aria-invalid'), 'true');
  // Paging away and back keeps what was typed, and the message.
  await page.getByRole('button', { name: 'Previous 50 rows' }).click();
  await page.getByRole('button', { name: 'Next 50 rows' }).click();
  assert.equal(await cell.inputValue(), 'abc');
  assert.equal(await cell.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await readouts(page), before, 'the run is kept');
  assert.deepEqual(await dataInHash(page), data);
  await cell.fill('2.25');
  await waitDone(page);
  assert.equal(await error.textContent(), '');
  assert.equal((await dataInHash(page)).hours[59], 2.25);
  assert.deepEqual(page.problems, []);
});

/** Open "Paste data", put `text` in its box and press `button`; returns the message shown. */
async function paste(page, text, button = 'Use these rows') {
  const disclosure = page.locator('.data-paste');
  if (!(await disclosure.evaluate((node) => node.open))) await page.getByText('Paste data', { exact: true }).click();
  await page.getByLabel('Rows as hours,label, one per line').fill(text);
  await page.getByRole('button', { name: button }).click();
  return page.locator('.data-message').textContent();
}

test('Paste data: an error names its line and changes nothing; good rows (with a header, tabs, semicolons) train', async () => {
  const page = await openRun(session.browser, session.site, '#epochs=50');
  const box = page.getByLabel('Rows as hours,label, one per line');
  await page.getByText('Paste data', { exact: true }).click();
  // The box is filled on the disclosure's toggle event, which comes after the click.
  await page.waitForFunction(() => [...document.querySelectorAll('textarea')].some((box) => box.value !== ''));
  assert.equal(await box.inputValue(), 'hours,label\n1,0\n2,0\n3,1\n4,1\n5,1\n', 'the box starts from the data');
  const before = await readouts(page);
  for (const [text, message] of [
    ['hours,label\n1,0\n2,0\nabc,1\n', 'Line 4: "abc" is not a number. Nothing was changed.'],
    ['1,0\n\n2,7\n', 'Line 3: label must be 0 or 1, got 7. Nothing was changed.'],
    ['1,0\n2\n', 'Line 2: expected hours,label. Nothing was changed.'],
    ['1,0\n2e6,1\n', 'Line 2: hours is 2e+06; each must be a finite number from -1e6 to 1e6. Nothing was changed.'],
    ['hours,label\n', 'No rows; expected lines of hours,label. Nothing was changed.'],
  ]) {
    assert.equal(await paste(page, text), message, JSON.stringify(text));
    assert.match(await page.locator('.data-message').getAttribute('class'), /is-error/);
    assert.deepEqual(await dataInHash(page), { hours: [1, 2, 3, 4, 5], labels: [0, 0, 1, 1, 1] });
    assert.deepEqual(await readouts(page), before);
  }
  assert.equal(await box.inputValue(), 'hours,label\n', 'what was pasted stays in the box');

  const text = 'Hours;Result\r\n0.5;fail\r\n1.5\t0\r\n4;pass\r\n6,1\r\n';
  assert.equal(await paste(page, text), 'Using the 4 rows pasted.');
  await waitDone(page);
  const pasted = { hours: [0.5, 1.5, 4, 6], labels: [0, 0, 1, 1] };
  assert.deepEqual(await dataInHash(page), pasted);
  assert.equal((await readouts(page)).weight, await trainedWeight(pasted, 50));
  assert.equal(await page.locator('.data-pages-status').textContent(), '4 examples');

  assert.equal(await paste(page, '7,1\n8,1', 'Add to the end'), 'Added 2 rows at the end: 6 rows now.');
  await waitDone(page);
  assert.deepEqual((await dataInHash(page)).hours, [0.5, 1.5, 4, 6, 7, 8]);
  assert.deepEqual(page.problems, []);
});

test('multi-line text pasted into a cell is rows from there on; a column of hours keeps the results', async () => {
  const page = await openRun(session.browser, session.site, '#epochs=50');
  const pasteInto = (label, text) =>
    page.getByLabel(label).evaluate((input, clip) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', clip);
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, text);
  await pasteInto('Row 4: hours studied', '4.5\t1\n6\t1\n7\t0\n');
  await waitDone(page);
  assert.equal(await page.locator('.data-message').textContent(), 'Pasted 3 rows from row 4: 6 rows now.');
  assert.deepEqual(await dataInHash(page), { hours: [1, 2, 3, 4.5, 6, 7], labels: [0, 0, 1, 1, 1, 0] });

  await pasteInto('Row 1: hours studied', '0.5\n1.5\n');
  await waitDone(page);
  assert.deepEqual(await dataInHash(page), { hours: [0.5, 1.5, 3, 4.5, 6, 7], labels: [0, 0, 1, 1, 1, 0] });
  assert.equal(await page.getByLabel('Row 2: hours studied').inputValue(), '1.5');

  await pasteInto('Row 2: hours studied', '2\nlots\n');
  assert.equal(
    await page.locator('.data-message').textContent(),
    'Line 2 of the pasted text: "lots" is not a number. Nothing was changed.',
  );
  assert.equal(await page.getByLabel('Row 2: hours studied').inputValue(), '1.5');
  assert.equal((await dataInHash(page)).hours[1], 1.5);
  assert.deepEqual(page.problems, []);
});

test('Import CSV…: a labelled button opens the file chooser; a bad file names its line, a good one trains', async () => {
  const page = await openRun(session.browser, session.site, '#epochs=50');
  const file = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  const input = page.locator('.data-slot input[type=file]');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await (await chooser).setFiles(file('bad.csv', 'hours,label\n1,0\n2,0\n3,x\n'));
  const message = page.locator('.data-message');
  await page.waitForFunction(() => document.querySelector('.data-message').textContent !== '');
  assert.equal(
    await message.textContent(),
    'Could not import bad.csv: line 4: "x" is not a number. Nothing was changed.',
  );
  assert.deepEqual(await dataInHash(page), { hours: [1, 2, 3, 4, 5], labels: [0, 0, 1, 1, 1] });

  const rows = rowsOf(300);
  const csv = `hours,label\r\n${rows.hours.map((x, i) => `${x},${rows.labels[i]}`).join('\r\n')}\r\n`;
  await input.setInputFiles(file('three-hundred.csv', csv));
  await page.waitForFunction(() => document.querySelector('.data-message').textContent.startsWith('Imported'));
  await waitDone(page);
  assert.equal(await message.textContent(), 'Imported three-hundred.csv: 300 rows.');
  assert.deepEqual(await dataInHash(page), rows);
  assert.equal(await pagesText(page), 'Rows 1–50 of 300');
  assert.equal((await readouts(page)).weight, await trainedWeight(rows, 50));
  assert.deepEqual(page.problems, []);
});

test('keyboard: Tab reaches the rows, the page buttons, the paste box and its buttons; Enter works', async () => {
  const page = await openRun(session.browser, session.site, hashOfRows(rowsOf(120)));
  await page.getByLabel('Row 50: hours studied').focus();
  const names = [];
  for (let i = 0; i < 8; i += 1) {
    await page.keyboard.press('Tab');
    names.push(
      await page.evaluate(() => {
        const node = document.activeElement;
        return node.getAttribute('aria-label') ?? (node.labels?.[0]?.textContent || node.textContent.trim());
      }),
    );
  }
  // The disabled First and Previous buttons are skipped on the first page.
  const expected = ['Row 50: result', 'Remove row 50', 'Next 50 rows', 'Last rows', '+ Add row', 'Import CSV…'];
  assert.deepEqual(names.slice(0, 6), expected);
  assert.deepEqual(names.slice(6, 8), ["Post's data", 'Paste data']);
  await page.keyboard.press('Enter'); // opens "Paste data"
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'TEXTAREA');
  await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Shift+Tab'); // back to "Next 50 rows"
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Next 50 rows');
  await page.keyboard.press('Enter');
  assert.equal(await pagesText(page), 'Rows 51–100 of 120');
  assert.deepEqual(page.problems, []);
});

test("1,000,000 rows from a CSV file (the engine's most): + Add row is off and says why until a row is removed", async () => {
  const page = await openRun(session.browser, session.site, '#epochs=5');
  const rows = rowsOf(1_000_000);
  const csv = rows.hours.map((x, i) => `${x},${rows.labels[i]}`).join('\n');
  const input = page.locator('.data-slot input[type=file]');
  await input.setInputFiles({ name: 'million.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.waitForFunction(() => document.querySelector('.data-message').textContent !== '', null, {
    timeout: 60_000,
  });
  await waitDone(page, 60_000);
  assert.equal(await page.locator('.data-message').textContent(), 'Imported million.csv: 1,000,000 rows.');
  assert.equal(await pagesText(page), 'Rows 1–50 of 1,000,000');
  const add = page.getByRole('button', { name: '+ Add row' });
  assert.equal(await add.isDisabled(), true);
  const note = page.locator('.data-full');
  assert.equal(await note.textContent(), '1,000,000 rows: the most the engine trains. Remove a row to add another.');
  assert.equal(await add.getAttribute('aria-describedby'), await note.getAttribute('id'));

  await page.getByRole('button', { name: 'Last rows' }).click();
  await page.getByRole('button', { name: 'Remove row 1,000,000' }).click();
  await waitDone(page, 60_000);
  assert.equal(await pagesText(page), 'Rows 999,951–999,999 of 999,999');
  assert.equal(await note.isHidden(), true);
  await add.click();
  await waitDone(page, 60_000);
  assert.equal(await pagesText(page), 'Rows 999,951–1,000,000 of 1,000,000');
  assert.equal(await page.getByLabel('Row 1,000,000: hours studied').inputValue(), '9.5', 'one more than 8.5');
  assert.equal(await add.isDisabled(), true);
  assert.deepEqual(page.problems, []);
});
