// The three embeds as a blog author uses them, each checked against the engine run in Node:
// <one-neuron> components on a blog page under a strict CSP, embed.html in a sandboxed cross-origin
// iframe on a host without CORS headers, and one-neuron.html opened from disk; then export/import
// and the share dialog.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { before, test } from 'node:test';
import { fixed } from '../../web/src/core/format.js';
import { RESIZE_SCRIPT } from '../../web/src/core/snippets.js';
import { openPage, screenshot, useBrowser } from './browser.mjs';
import { blogWithComponent, hashOf, nodeEngine, openRun, predictionRows, readouts, waitDone } from './helpers.mjs';

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:";

const session = useBrowser();
let engine;
before(async () => {
  engine = await nodeEngine();
});

/** What the engine says for `config`: the probabilities to 4 decimals, as the page shows them. */
function expected(config, epochs) {
  const trainer = engine.neuron.createTrainer(config);
  try {
    trainer.train(epochs);
    return {
      weight: fixed(trainer.weight(), 8),
      probabilities: Array.from(trainer.predictMany(config.test), (p) => fixed(p, 4)),
    };
  } finally {
    trainer.delete();
  }
}

/** Records CSP violations in the page (and its frames) into window.violations. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

// What a component shows, read from its shadow root.
function componentView(page, id) {
  return page.evaluate((which) => {
    const root = document.getElementById(which).shadowRoot;
    const text = (selector) => root.querySelector(selector)?.textContent ?? null;
    return {
      weight: text('[data-readout="weight"]'),
      probabilities: [...root.querySelectorAll('table.predictions .probability')].map((node) => node.textContent),
      panels: [...root.querySelectorAll('section.panel')].map((node) => node.classList[1]),
      paragraphColor: getComputedStyle(root.querySelector('p')).color,
    };
  }, id);
}

const waitComponentsDone = (page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('one-neuron')].every((node) =>
      node.shadowRoot?.querySelector('[data-one-neuron][data-status="done"][data-panels="ready"]'),
    ),
  );

test('two <one-neuron> components on a blog page under a strict CSP run independently', async () => {
  const blog =
    blogWithComponent(`<p>Some words of the post.</p><div class="panel" id="host-panel">The blog's .panel</div>
<one-neuron id="a"></one-neuron>
<one-neuron id="b" hours="1,2,3,4,5,6" labels="0,0,0,1,1,1" lr="0.5" epochs="300" seed="7" test="2,3.5" panels="compact"></one-neuron>`);
  const site = await session.serve(blog, { 'Content-Security-Policy': CSP });
  const page = await openPage(session.browser, { reducedMotion: 'reduce' });
  await recordViolations(page);
  await page.goto(`${site.url}posts/post.html`);
  await waitComponentsDone(page);

  const a = await componentView(page, 'a');
  const b = await componentView(page, 'b');
  assert.equal(a.weight, '4.24834391');
  assert.deepEqual(a.probabilities, ['0.0172', '0.5502', '0.9885', '1.0000']);
  const configB = { hours: [1, 2, 3, 4, 5, 6], labels: [0, 0, 0, 1, 1, 1], lr: 0.5, seed: 7, test: [2, 3.5] };
  assert.deepEqual(b.probabilities, expected(configB, 300).probabilities);
  assert.deepEqual(b.panels, ['training', 'prediction'], 'compact shows the loss chart and the predictions');
  assert.ok(a.panels.includes('principles') && !a.panels.includes('share'));
  const shownText = await page.evaluate(() =>
    [...document.querySelectorAll('one-neuron')].map((node) => node.shadowRoot.querySelector('.one-neuron').innerText),
  );
  for (const text of shownText) assert.doesNotMatch(text, /null|undefined|NaN|Infinity/);

  // Neither page's CSS crosses the shadow boundary.
  assert.notEqual(a.paragraphColor, 'rgb(255, 0, 0)');
  const hostPanel = await page.$eval('#host-panel', (node) => getComputedStyle(node).paddingTop);
  assert.equal(hostPanel, '0px');

  // Changing an attribute re-runs that component only.
  await page.evaluate(() => document.getElementById('b').setAttribute('lr', '2'));
  await page.waitForFunction(
    () => document.getElementById('b').shadowRoot.querySelector('[data-status="done"]') !== null,
  );
  await waitComponentsDone(page);
  const rerun = await componentView(page, 'b');
  assert.deepEqual(rerun.probabilities, expected({ ...configB, lr: 2 }, 300).probabilities);
  assert.notDeepEqual(rerun.probabilities, b.probabilities);
  assert.equal((await componentView(page, 'a')).weight, '4.24834391');

  await screenshot(page, 'blog-components-1280');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.problems, []);
});

test('a bad attribute shows a message naming it and the component still runs', async () => {
  const blog = blogWithComponent(
    '<one-neuron id="c" lr="fast" seed="&lt;img src=x onerror=alert(1)&gt;" panels="compact,charts"></one-neuron>',
  );
  const site = await session.serve(blog, { 'Content-Security-Policy': CSP });
  const page = await openPage(session.browser, { reducedMotion: 'reduce' });
  await page.goto(`${site.url}posts/post.html`);
  await waitComponentsDone(page);
  const text = await page.evaluate(() => document.getElementById('c').shadowRoot.textContent);
  // By the field's label beside the field, or by its name on the message line when no field is shown.
  assert.match(text, /(lr|Learning rate): "fast" is not a number/);
  assert.match(text, /(seed|Seed): "<img src=x o…" is not a number/);
  assert.match(text, /panels: "compact,charts" is not a panel, so this shows the compact panels/);
  assert.equal(await page.evaluate(() => document.getElementById('c').shadowRoot.querySelectorAll('img').length), 0);
  const view = await componentView(page, 'c');
  assert.deepEqual(view.probabilities, ['0.0172', '0.5502', '0.9885', '1.0000'], 'the defaults run instead');
  assert.deepEqual(view.panels, ['training', 'prediction'], 'a bad panels value shows the compact set, not the page');
  assert.deepEqual(page.problems, []);
});

test('embed.html runs in a sandboxed iframe (no allow-same-origin) from a host without CORS', async () => {
  const site = await session.serve('dist'); // a plain static host: no CORS headers
  const blog = mkdtempSync(join(tmpdir(), 'one-neuron-iframe-'));
  const hash = '#hours=1,2,3,4&labels=0,1,0,1&lr=0.2&epochs=700&seed=3&test=1.5,4';
  writeFileSync(
    join(blog, 'post.html'),
    `<!doctype html><meta charset="utf-8"><title>Post</title><link rel="icon" href="data:,">
<iframe src="${site.url}embed.html${hash}" sandbox="allow-scripts" width="100%" height="820" style="border:0"></iframe>`,
  );
  const host = await session.serve(blog);
  const page = await openPage(session.browser, { reducedMotion: 'reduce' });
  await page.goto(`${host.url}post.html`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('[data-one-neuron][data-status="done"]');
  assert.equal(await frame.evaluate(() => origin), 'null', 'the frame is sandboxed into an opaque origin');
  const shown = await predictionRows(frame);
  const want = expected({ hours: [1, 2, 3, 4], labels: [0, 1, 0, 1], lr: 0.2, seed: 3, test: [1.5, 4] }, 700);
  assert.deepEqual(
    shown.map(([, probability]) => probability),
    want.probabilities,
  );
  assert.equal((await readouts(frame)).weight, want.weight);
  await screenshot(page, 'iframe-embed-1280');
  assert.deepEqual(page.problems, []);
});

test('one-neuron.html works opened from disk with no server and no network', async () => {
  const page = await openPage(session.browser, { reducedMotion: 'reduce' });
  const requests = [];
  page.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) requests.push(request.url());
  });
  await page.context().route(/^https?:/, (route) => route.abort());
  await page.goto(`file://${resolve('dist/one-neuron.html')}#seed=7&epochs=1000&test=2,3`);
  await waitDone(page);
  const want = expected({ seed: 7, test: [2, 3] }, 1000);
  assert.deepEqual(
    (await predictionRows(page)).map(([, probability]) => probability),
    want.probabilities,
  );
  assert.equal((await readouts(page)).weight, want.weight);
  assert.deepEqual(requests, []);
  assert.deepEqual(page.problems, []);
});

test('export the run as JSON, CSV and PNG, then import the JSON to restore it', async () => {
  const site = await session.serve('dist');
  const page = await openRun(session.browser, site, '#lr=0.3&epochs=800&seed=11&test=2,3');
  const before = await readouts(page);
  const save = async (action) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-action="${action}"]`)]);
    return { name: file.suggestedFilename(), path: await file.path() };
  };

  const json = await save('json');
  assert.equal(json.name, 'one-neuron-run.json');
  const run = JSON.parse(readFileSync(json.path, 'utf8'));
  assert.deepEqual(run.config, {
    hours: [1, 2, 3, 4, 5],
    labels: [0, 0, 1, 1, 1],
    lr: 0.3,
    epochs: 800,
    seed: 11,
    test: [2, 3],
  });
  assert.equal(fixed(run.weight, 8), before.weight);
  assert.equal(run.epochs, 800);

  const csv = readFileSync((await save('csv')).path, 'utf8')
    .trim()
    .split('\n');
  assert.equal(csv[0], 'epoch,loss');
  assert.equal(csv.length, 801);
  const trainer = engine.neuron.createTrainer({ lr: 0.3, seed: 11 });
  trainer.train(800);
  assert.equal(csv[800], `799,${trainer.lossHistory()[799]}`);
  trainer.delete();

  const png = readFileSync((await save('png')).path);
  assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);

  // A fresh page with the post's run, then the file: the run comes back, number for number.
  const other = await openRun(session.browser, site);
  await other.setInputFiles('.share-slot input[type="file"]', json.path);
  await other.waitForFunction(() => document.querySelector('[data-one-neuron]').dataset.epoch === '800');
  await waitDone(other);
  assert.deepEqual(await readouts(other), before);
  assert.equal(await hashOf(other), '#hours=1,2,3,4,5&labels=0,0,1,1,1&lr=0.3&epochs=800&seed=11&test=2,3');

  // A file that is not a run, and one with a bad value: a message naming the problem, nothing changed.
  const dir = mkdtempSync(join(tmpdir(), 'one-neuron-import-'));
  writeFileSync(join(dir, 'notes.json'), 'not json at all');
  writeFileSync(join(dir, 'bad-rate.json'), JSON.stringify({ config: { lr: 0 } }));
  await other.setInputFiles('.share-slot input[type="file"]', join(dir, 'notes.json'));
  await other.waitForSelector('.share-message:has-text("not JSON")');
  await other.setInputFiles('.share-slot input[type="file"]', join(dir, 'bad-rate.json'));
  await other.waitForSelector('.share-message:has-text("Learning rate: must be a number greater than 0")');
  assert.deepEqual(await readouts(other), before);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(other.problems, []);
});

test('the share dialog gives the link, iframe and component snippets of the current run', async () => {
  const site = await session.serve('dist');
  const page = await openRun(session.browser, site, '#seed=5&epochs=100');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('[data-action="share"]');
  const snippet = (name) => page.inputValue(`[data-snippet="${name}"]`);
  const hash = '#hours=1,2,3,4,5&labels=0,0,1,1,1&lr=0.1&epochs=100&seed=5&test=1.5,2.5,3.5,6';
  assert.equal(await snippet('link'), `${site.url}${hash}`);
  assert.equal(
    await snippet('iframe'),
    // In HTML the hash's & is written &amp; (a blog decodes it back to &).
    `<iframe src="${site.url}embed.html${hash.replaceAll('&', '&amp;')}" title="One Neuron: a neuron learning pass or fail from hours studied"` +
      ' width="100%" height="1640" sandbox="allow-scripts" loading="lazy" style="border:0" data-one-neuron-embed></iframe>' +
      `\n<!-- Optional: fits the frame to its content on any screen -->\n${RESIZE_SCRIPT}`,
  );
  assert.match(
    await snippet('component'),
    new RegExp(`^<script type="module" src="${site.url}one-neuron.js"></script>`),
  );
  assert.match(
    await snippet('component'),
    /<one-neuron hours="1,2,3,4,5" labels="0,0,1,1,1" lr="0.1" epochs="100" seed="5" test="1.5,2.5,3.5,6"><\/one-neuron>$/,
  );
  await page.click('[data-copy="iframe"]');
  await page.waitForSelector('.copy-status:has-text("Copied")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippet('iframe'));
  await screenshot(page, 'share-dialog-1280');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('dialog.share-dialog').evaluate((node) => node.open), false);
  assert.deepEqual(page.problems, []);
});
