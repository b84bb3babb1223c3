// Chapter 2's "Share & export" panel as a reader uses it: the snippets of a run other than the
// default parse (with Chromium's HTML parser) to the link, the iframe and the element of the same
// run, and each opens it; the run file is what `one-neuron network --json` prints and imports back to
// the same run; a bad file is refused naming the field by its label, the run kept; the loss CSV and
// the charts' PNG download. Runs against the built dist/.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { networkFields } from '../../web/src/chapters/network/fields.js';
import { readHash, writeHash } from '../../web/src/core/hash.js';
import { shareSnippets } from '../../web/src/core/snippets.js';
import { openPage, useBrowser } from './browser.mjs';
import { blogWithComponent, hashOf, readouts } from './helpers.mjs';

const session = useBrowser();
const TITLE = 'One Neuron, the hidden layer: a network learning to separate dots in a ring';
const HASH = '#chapter=network&hidden=3&epochs=500&seed=7&lr=2';
const FLAGS = ['--hidden', '3', '--epochs', '500', '--seed', '7', '--lr', '2'];
const snippet = (page, name) => page.inputValue(`[data-snippet="${name}"]`);
const scratch = () => mkdtempSync(join(tmpdir(), 'one-neuron-network-share-'));

/** Chapter 2 opened by `hash` on `site`, its run done and its share panel (set up once idle) there. */
async function openNetwork(hash = HASH, site = session.site, options = {}) {
  const page = await openPage(session.browser, { reducedMotion: 'reduce', ...options });
  await page.goto(`${site.url}${hash}`);
  await waitNetworkDone(page);
  await page.waitForSelector('.share-slot [data-action="share"]');
  return page;
}

const waitNetworkDone = (page) =>
  page.waitForSelector('[data-one-neuron][data-chapter="network"][data-status="done"][data-panels="ready"]', {
    timeout: 20_000,
  });

/** The snippets' attribute values, read with Chromium's HTML parser (as a blog's page would). */
function parsedSnippets(page, { iframe, component }) {
  return page.evaluate(
    ([iframeHtml, componentHtml]) => {
      const parse = (html) => new DOMParser().parseFromString(html, 'text/html');
      const frame = parse(iframeHtml).querySelector('iframe');
      const parts = parse(componentHtml);
      const element = parts.querySelector('one-neuron');
      return {
        iframe: {
          src: frame.getAttribute('src'),
          title: frame.getAttribute('title'),
          height: frame.getAttribute('height'),
        },
        script: parts.querySelector('script').getAttribute('src'),
        component: Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)])),
      };
    },
    [iframe, component],
  );
}

async function download(page, action) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`.share-slot [data-action="${action}"]`),
  ]);
  const path = join(scratch(), file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

test('the snippets of a 3-unit run say chapter 2, parse back, and each opens the same run', async () => {
  const page = await openNetwork();
  const shared = writeHash(readHash(HASH, networkFields).state, networkFields, 'network');
  assert.equal(await hashOf(page), shared);
  const before = await readouts(page);
  await page.click('.share-slot [data-action="share"]');
  const texts = {
    link: await snippet(page, 'link'),
    iframe: await snippet(page, 'iframe'),
    component: await snippet(page, 'component'),
  };
  const pageUrl = session.site.url;
  const fromNode = shareSnippets(readHash(HASH, networkFields).state, networkFields, pageUrl, TITLE, {
    chapter: 'network',
    height: 1900,
  });
  assert.deepEqual(texts, { link: fromNode.link, iframe: fromNode.iframe, component: fromNode.component });
  assert.equal(texts.link, `${pageUrl}${shared}`);
  assert.match(texts.link, /#chapter=network&dataset=ring&points=200&data-seed=1&noise=0&hidden=3&/);
  assert.match(
    await page.textContent('.share-dialog .panel-lede'),
    /data, hidden layer, rate, epochs, seeds and points to predict/,
  );
  const parsed = await parsedSnippets(page, texts);
  // Chapter 2's own embed: chapter 1's embed.html carries no chapter 2.
  assert.deepEqual(parsed.iframe, { src: `${pageUrl}embed-network.html${shared}`, title: TITLE, height: '1900' });
  assert.match(await page.textContent('.share-dialog .snippet-help'), /Without it the frame is 1,900 px tall/);
  assert.equal(parsed.script, `${pageUrl}one-neuron.js`);
  assert.deepEqual(parsed.component, {
    chapter: 'network',
    dataset: 'ring',
    points: '200',
    'data-seed': '1',
    noise: '0',
    hidden: '3',
    activation: 'sigmoid',
    lr: '2',
    epochs: '500',
    seed: '7',
    test: '0,0,0.25,0.25,0.75,0,1.25,0,0,1.5',
  });

  // The link and the iframe's src open the same run: the same hash and read-outs.
  const linked = await openNetwork(shared);
  assert.deepEqual(await readouts(linked), before);
  const embed = await openPage(session.browser, { reducedMotion: 'reduce', width: 700 });
  await embed.goto(parsed.iframe.src);
  await waitNetworkDone(embed);
  assert.deepEqual(await readouts(embed), before);
  // In a 700 px column the frame's height holds the whole compact embed, without the script.
  const tall = await embed.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(tall <= Number(parsed.iframe.height), `${tall} px`);

  // The element, pasted into a blog post with the script beside it, runs it too.
  const blog = await session.serve(blogWithComponent(texts.component.replace(/^<script[^>]*><\/script>\n/, '')));
  const post = await openPage(session.browser, { reducedMotion: 'reduce', width: 700 });
  await post.goto(`${blog.url}posts/post.html`);
  const element = post.locator('one-neuron');
  await element
    .locator('[data-one-neuron][data-chapter="network"][data-status="done"][data-panels="ready"]')
    .waitFor({ timeout: 20_000 });
  for (const name of Object.keys(before)) {
    assert.equal(await element.locator(`[data-readout="${name}"]`).textContent(), before[name], name);
  }
  for (const each of [page, linked, embed, post]) assert.deepEqual(each.problems, []);
});

test("the run file is the CLI's --json, and importing it restores the run", async () => {
  const page = await openNetwork();
  const before = { readouts: await readouts(page), hash: await hashOf(page) };
  const json = await download(page, 'json');
  assert.equal(json.name, 'one-neuron-network-run.json');
  await page.waitForSelector('.share-message:has-text("Saved one-neuron-network-run.json")');
  const cli = execFileSync(process.execPath, ['bin/one-neuron.mjs', 'network', '--json', ...FLAGS], {
    encoding: 'utf8',
  });
  assert.equal(readFileSync(json.path, 'utf8'), cli); // the same bytes: every loss, weight and prediction
  const run = JSON.parse(cli);
  assert.equal(run.losses.length, 500);
  assert.equal(run.W1[0].length, 3);
  assert.equal(before.readouts.accuracy, `${Number((run.accuracy * 100).toFixed(1))}%`);

  // The CSV: one row per epoch, the same losses.
  const csv = await download(page, 'csv');
  assert.equal(csv.name, 'one-neuron-network-loss.csv');
  const rows = readFileSync(csv.path, 'utf8').trim().split('\n');
  assert.equal(rows[0], 'epoch,loss');
  assert.deepEqual(
    rows.slice(1).map((row) => row.split(',').map(Number)),
    run.losses.map((loss, epoch) => [epoch, loss]),
  );

  // Imported into the default run of a fresh page: the link and the read-outs of the exported run.
  const other = await openNetwork('#chapter=network');
  assert.notDeepEqual(await readouts(other), before.readouts);
  await other.setInputFiles('.share-slot input[type="file"]', json.path);
  await other.waitForSelector('.share-message:has-text("Imported one-neuron-network-run.json")');
  await other.waitForFunction((hash) => decodeURIComponent(location.hash) === hash, before.hash);
  await waitNetworkDone(other);
  assert.deepEqual(await readouts(other), before.readouts);
  for (const each of [page, other]) assert.deepEqual(each.problems, []);
});

test('a bad run file is refused naming the field by its label, and the run stays', async () => {
  const page = await openNetwork();
  const before = { readouts: await readouts(page), hash: await hashOf(page) };
  const run = JSON.parse(execFileSync(process.execPath, ['bin/one-neuron.mjs', 'network', '--json', '--epochs', '5']));
  const dir = scratch();
  const cases = [
    [{ ...run, config: { ...run.config, hidden: 'three' } }, 'Hidden units: must be a number in the file'],
    [{ ...run, config: { ...run.config, hidden: 99 } }, /^Hidden units: /],
    [{ ...run, config: { ...run.config, test: '0,0;x,1' } }, /^Points to predict: value 3 /],
    [
      { ...run, config: undefined },
      'the file has no "config", so it is not a run file; choose a run exported here or by `one-neuron network --json`',
    ],
  ];
  for (const [i, [file, expected]] of cases.entries()) {
    const name = `bad-${i}.json`;
    writeFileSync(join(dir, name), JSON.stringify(file));
    await page.setInputFiles('.share-slot input[type="file"]', join(dir, name));
    await page.waitForSelector(`.share-message.field-error:has-text("${name}")`);
    const message = await page.textContent('.share-message');
    const what = message.replace(`Could not import ${name}: `, '').replace(/\. Nothing was changed\.$/, '');
    assert.ok(message.startsWith(`Could not import ${name}: `) && message.endsWith('. Nothing was changed.'), message);
    if (typeof expected === 'string') assert.equal(what, expected);
    else assert.match(what, expected);
    assert.doesNotMatch(message, /NaN|undefined|data_seed|\bhidden:/);
  }
  assert.deepEqual(await readouts(page), before.readouts);
  assert.equal(await hashOf(page), before.hash);
  assert.deepEqual(page.problems, []);
});

test('the charts download as one PNG: the decision map and the loss chart side by side', async () => {
  const page = await openNetwork(HASH, session.site, { width: 1280 });
  const png = await download(page, 'png');
  assert.equal(png.name, 'one-neuron-network-charts.png');
  await page.waitForSelector('.share-message:has-text("Saved one-neuron-network-charts.png")');
  const bytes = readFileSync(png.path);
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  // Two cards side by side: wider than tall, each card at least a few hundred pixels.
  assert.ok(width > 1.5 * height && height > 300, `${width} × ${height}`);
  if (process.env.KEEP_PNG) writeFileSync(process.env.KEEP_PNG, bytes);
  assert.deepEqual(page.problems, []);
});
