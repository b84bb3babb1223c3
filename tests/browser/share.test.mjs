// Sharing and importing in the page (issue 15, items 3, 4 and 6): a file too large to import is
// refused from its size, before it is read; the share dialog's snippets, served from awkward folders,
// parse back (with Chromium's own HTML parser) to the URLs and values intended; and a run too large
// for a link is offered as a run file instead, which imports back to the same run.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { neuronFields } from '../../web/src/chapters/neuron/fields.js';
import { readHash, writeHash } from '../../web/src/core/hash.js';
import { shareSnippets, tooLongForLink } from '../../web/src/core/snippets.js';
import { useBrowser } from './browser.mjs';
import { hashOf, openRun, readouts, waitDone } from './helpers.mjs';

const session = useBrowser();
const TITLE = 'One Neuron: a neuron learning pass or fail from hours studied';
const snippet = (page, name) => page.inputValue(`[data-snippet="${name}"]`);

test('a 63 MB file is refused from its size, in one sentence, and nothing changes', async () => {
  const page = await openRun(session.browser, session.site, '#lr=0.3&epochs=300&seed=7');
  const before = { readouts: await readouts(page), hash: await hashOf(page) };
  // Issue 15's file: 30 Mi characters of "é", 62,914,560 bytes (it was read whole, then accepted).
  // (On disk: Playwright passes at most 50 MB as a buffer.) And a 2 GiB file (sparse, so no disk
  // space), which Chromium could not read into a string: refused before reading is tried.
  const dir = mkdtempSync(join(tmpdir(), 'one-neuron-big-'));
  writeFileSync(join(dir, 'big.json'), 'é'.repeat(30 * 1024 * 1024));
  writeFileSync(join(dir, 'huge.json'), '');
  truncateSync(join(dir, 'huge.json'), 2 ** 31);
  for (const [name, size] of [
    ['big.json', '63 MB'],
    ['huge.json', '2.1 GB'],
  ]) {
    await page.setInputFiles('.share-slot input[type="file"]', join(dir, name));
    await page.waitForSelector(`.share-message.field-error:has-text("${name}")`);
    assert.equal(
      await page.textContent('.share-message'),
      `Could not import ${name}: it is ${size}; a run file is at most 50 MB. Nothing was changed.`,
    );
  }
  // A file that is not a run file: the reader's words, one full stop before "Nothing was changed.".
  const notes = Buffer.from('my notes, not a run');
  await page.setInputFiles('.share-slot input[type="file"]', {
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: notes,
  });
  await page.waitForSelector('.share-message:has-text("notes.json")');
  assert.equal(
    await page.textContent('.share-message'),
    'Could not import notes.json: the file is not JSON, so not a run file; choose a run exported here or by `one-neuron --json`. Nothing was changed.',
  );
  assert.deepEqual(await readouts(page), before.readouts);
  assert.equal(await hashOf(page), before.hash);
  assert.deepEqual(page.problems, []);
});

// Each folder is a copy of dist/ (the server decodes the request's path, so "a b" is /a%20b/);
// '' is dist/ itself, opened with a query.
const AWKWARD = [
  ['q&amp;a', 'q&amp;a/'],
  ['a b', 'a b/'],
  ['"quoted"', '"quoted"/'],
  ['<x>', '<x>/'],
  ['café', 'caf%C3%A9/'],
  ['', '?x=1&y=2'],
];

/** The snippets' attribute values, read with Chromium's HTML parser (as a blog's page would). */
function parsedSnippets(page, { iframe, component }) {
  return page.evaluate(
    ([iframeHtml, componentHtml]) => {
      const parse = (html) => new DOMParser().parseFromString(html, 'text/html');
      const frame = parse(iframeHtml).querySelector('iframe');
      const parts = parse(componentHtml);
      const element = parts.querySelector('one-neuron');
      return {
        iframe: { src: frame.getAttribute('src'), title: frame.getAttribute('title') },
        script: parts.querySelector('script').getAttribute('src'),
        component: Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)])),
      };
    },
    [iframe, component],
  );
}

test('snippets from awkward folders parse back to the intended URLs and values', async () => {
  const root = mkdtempSync(join(tmpdir(), 'one-neuron-awkward-'));
  cpSync('dist', root, { recursive: true });
  for (const [folder] of AWKWARD) if (folder) cpSync('dist', join(root, folder), { recursive: true });
  const site = await session.serve(root);
  const hash = '#lr=0.3&epochs=100&seed=5&w0=-0.5';
  const { state } = readHash(hash, neuronFields);
  const shared = writeHash(state, neuronFields);
  for (const [folder, path] of AWKWARD) {
    const page = await openRun(session.browser, site, `${path}${hash}`);
    const pageUrl = new URL(path, site.url); // as the address bar has it: "a%20b", "%22quoted%22"...
    assert.equal(await page.evaluate(() => location.href.split('#')[0]), pageUrl.href, folder);
    await page.click('[data-action="share"]');
    const texts = {
      link: await snippet(page, 'link'),
      iframe: await snippet(page, 'iframe'),
      component: await snippet(page, 'component'),
    };
    // The same strings as shareSnippets makes in Node for that address.
    const fromNode = shareSnippets(state, neuronFields, pageUrl.href, TITLE);
    assert.deepEqual(texts, { link: fromNode.link, iframe: fromNode.iframe, component: fromNode.component }, folder);

    const folderUrl = new URL('./', pageUrl).href;
    assert.equal(texts.link, `${pageUrl.href}${shared}`, folder);
    const parsed = await parsedSnippets(page, texts);
    assert.deepEqual(
      parsed,
      {
        iframe: { src: `${folderUrl}embed.html${shared}`, title: TITLE },
        script: `${folderUrl}one-neuron.js`,
        component: {
          hours: '1,2,3,4,5',
          labels: '0,0,1,1,1',
          lr: '0.3',
          epochs: '100',
          seed: '5',
          test: '1.5,2.5,3.5,6',
          w0: '-0.5',
        },
      },
      folder,
    );
    // And they work: the script is there, the iframe's src opens the embed with the same run.
    const script = await page.evaluate(async (src) => {
      const response = await fetch(src);
      return { status: response.status, bytes: (await response.text()).length };
    }, parsed.script);
    assert.equal(script.status, 200, folder);
    assert.ok(script.bytes > 10_000, folder);
    await page.goto(parsed.iframe.src);
    await waitDone(page);
    assert.equal(await page.evaluate(() => document.querySelector('[data-one-neuron]').dataset.epoch), '100', folder);
    assert.equal(await page.evaluate(() => location.href), parsed.iframe.src, folder);
    assert.deepEqual(page.problems, [], folder);
    await page.context().close();
  }
});

test('a run too large for a link is offered as a run file, which imports back to the same run', async () => {
  // 200,000 rows: a hash of about 1.4 million characters, over the 1,000,000 a link may have.
  const rows = 200_000;
  const hours = Array.from({ length: rows }, (_, i) => (i % 1000) / 100);
  const labels = hours.map((h) => (h >= 5 ? 1 : 0));
  const hash = `#hours=${hours.join(',')}&labels=${labels.join(',')}&epochs=2&seed=3`;
  const page = await openRun(session.browser, session.site, hash);
  const pageUrl = await page.evaluate(() => location.href);
  const { tooLong } = shareSnippets(readHash(hash, neuronFields).state, neuronFields, pageUrl, TITLE);
  assert.ok(tooLong > 1_300_000 && tooLong < 1_500_000, String(tooLong));

  await page.click('[data-action="share"]');
  const why = page.locator('.share-dialog [data-too-long] p');
  assert.equal(await why.textContent(), tooLongForLink(tooLong));
  assert.match(await why.textContent(), /^This run's data is too large for a link \(1,[0-9]{3},[0-9]{3} characters; /);
  assert.equal(await page.locator('[data-snippet="link"], [data-snippet="iframe"]').count(), 0);
  assert.match(
    await snippet(page, 'component'),
    /^<script type="module" src="[^"]+one-neuron\.js"><\/script>\n<one-neuron hours="0,0\.01,/,
  );

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="json-instead"]')]);
  assert.equal(download.suggestedFilename(), 'one-neuron-run.json');
  await page.waitForSelector('.share-dialog [data-too-long] .copy-status:has-text("Saved one-neuron-run.json")');
  const path = join(mkdtempSync(join(tmpdir(), 'one-neuron-large-run-')), 'one-neuron-run.json');
  await download.saveAs(path);
  const run = JSON.parse(readFileSync(path, 'utf8'));
  assert.deepEqual(run.config.hours, hours);
  assert.deepEqual(run.config.labels, labels);
  assert.equal(run.epochs, 2);

  // The run file brings the run back in a fresh page, link and all.
  const before = await readouts(page);
  const other = await openRun(session.browser, session.site);
  await other.setInputFiles('.share-slot input[type="file"]', path);
  await other.waitForSelector('.share-message:has-text("Imported one-neuron-run.json")');
  await other.waitForFunction(() => document.querySelector('[data-one-neuron]').dataset.epoch === '2');
  await waitDone(other);
  assert.deepEqual(await readouts(other), before);
  assert.equal(await hashOf(other), await hashOf(page));

  // A small run still gets its link and iframe, and no file offer.
  const small = await openRun(session.browser, session.site, '#epochs=10');
  await small.click('[data-action="share"]');
  assert.equal(await small.locator('.share-dialog [data-too-long]').count(), 0);
  assert.match(await snippet(small, 'link'), /#hours=1,2,3,4,5&labels=0,0,1,1,1&lr=0\.1&epochs=10&/);
  for (const each of [page, other, small]) assert.deepEqual(each.problems, []);
});
