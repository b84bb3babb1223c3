// The three self-contained files under exactly the Content-Security-Policy the build wrote for them
// (dist/csp-headers.txt, the same policies as dist/csp.json): no violation, no console error, and the
// post's numbers on screen (chapter 2's embed: the reference's). Both embeds also run framed
// (sandbox="allow-scripts") by a blog whose own site-wide policy is strict; one-neuron.html also
// exports a PNG and opens the share dialog under it. An old chapter-2 link to embed.html goes on to
// embed-network.html, each file served under its own policy as a `_headers` file serves them.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openPage, useBrowser } from './browser.mjs';
import { predictionRows, readouts, waitDone, waitNetworkDone } from './helpers.mjs';

const session = useBrowser();
const record = JSON.parse(readFileSync('dist/csp.json', 'utf8'));
const temporary = [];
after(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** dist/csp-headers.txt (`_headers` format) -> { '/embed.html': policy, ... }. */
function headersFile() {
  const policies = {};
  let path = null;
  for (const line of readFileSync('dist/csp-headers.txt', 'utf8').split('\n')) {
    if (line.startsWith('/')) path = line.trim();
    const header = line.match(/^\s+Content-Security-Policy: (.+)$/);
    if (header) policies[path] = header[1];
  }
  return policies;
}
const policies = headersFile();
const EMBEDS = ['embed.html', 'embed-network.html'];
const FILES = [...EMBEDS, 'one-neuron.html'];

// The post: final weight and bias ("Final weight: [[4.24834391]]"), its four predictions.
const POST = { weight: '4.24834391', bias: '-10.41946338', epoch: '5,000 / 5,000' };
const POST_PROBABILITIES = ['0.0172', '0.5502', '0.9885', '1.0000'];

/** Every CSP violation in every frame, into window.violations (read per frame). */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
}

async function assertThePost(frame) {
  const shown = await readouts(frame);
  assert.deepEqual({ weight: shown.weight, bias: shown.bias, epoch: shown.epoch }, POST);
  assert.match(shown.loss, /^0\.04\d\d$/, `final loss ${shown.loss}`);
  assert.deepEqual(
    (await predictionRows(frame)).map(([, probability]) => probability),
    POST_PROBABILITIES,
  );
}

test('the build wrote one policy per self-contained file: its script hash, WASM, data: fetch', () => {
  assert.deepEqual(Object.keys(policies).sort(), FILES.map((name) => `/${name}`).sort());
  for (const name of FILES) {
    const { header, scripts, styles } = record[name];
    assert.equal(policies[`/${name}`], header, 'csp-headers.txt and csp.json agree');
    assert.equal(scripts.length, 1);
    assert.equal(styles.length, 1);
    const directives = Object.fromEntries(
      header.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1).join(' ')]),
    );
    assert.equal(directives['script-src'], `${scripts[0]} 'wasm-unsafe-eval'`, 'only the hashed script runs');
    assert.equal(directives['default-src'], "'none'", 'nothing else is loaded');
    assert.equal(directives['connect-src'], 'data:', 'the inlined WASM is fetched from a data: URL');
    assert.equal(directives['style-src'], "'unsafe-inline'");
    assert.equal(directives['require-trusted-types-for'], "'script'", 'no markup from strings');
  }
});

test('one-neuron.html under its policy: the post, a PNG export and the share dialog, no violation', async () => {
  const site = await session.serve('dist', { 'Content-Security-Policy': policies['/one-neuron.html'] });
  const page = await openPage(session.browser, { reducedMotion: 'reduce' });
  await recordViolations(page);
  await page.goto(`${site.url}one-neuron.html`);
  await waitDone(page);
  await assertThePost(page);
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="png"]')]);
  assert.deepEqual([...readFileSync(await png.path()).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  await page.click('[data-action="share"]');
  assert.match(await page.inputValue('[data-snippet="iframe"]'), /embed\.html#/);
  await page.click('dialog.share-dialog form button');
  assert.equal(await page.locator('dialog.share-dialog').evaluate((node) => node.open), false);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.problems, []);
});

/** The reference's default network run on screen: ring, 4 sigmoid units, 3000 epochs. */
async function assertTheReference(frame) {
  const shown = await readouts(frame);
  assert.equal(shown.loss, '0.0072');
  assert.equal(shown.accuracy, '100%');
}

const chapterOf = {
  'embed.html': { done: waitDone, numbers: assertThePost },
  'embed-network.html': { done: waitNetworkDone, numbers: assertTheReference },
};

/** A blog post framing `src` sandboxed, served under a strict site-wide policy that allows `frames`. */
async function blogFraming(src, frames) {
  const blog = mkdtempSync(join(tmpdir(), 'one-neuron-csp-blog-'));
  temporary.push(blog);
  writeFileSync(
    join(blog, 'post.html'),
    `<!doctype html><meta charset="utf-8"><title>Post</title><link rel="icon" href="data:,">
<iframe src="${src}" title="One Neuron" sandbox="allow-scripts" width="100%" height="820"></iframe>`,
  );
  return session.serve(blog, {
    'Content-Security-Policy': `default-src 'self'; img-src 'self' data:; frame-src ${frames}`,
  });
}

for (const name of EMBEDS) {
  test(`${name} under its policy, alone and framed by a blog with a strict site-wide policy`, async () => {
    const { done, numbers } = chapterOf[name];
    const embeds = await session.serve('dist', { 'Content-Security-Policy': policies[`/${name}`] });
    const page = await openPage(session.browser, { reducedMotion: 'reduce' });
    await recordViolations(page);
    await page.goto(`${embeds.url}${name}`);
    await done(page);
    await numbers(page);
    assert.deepEqual(await page.evaluate(() => window.violations), []);

    const host = await blogFraming(`${embeds.url}${name}`, embeds.url);
    await page.goto(`${host.url}post.html`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await done(frame);
    assert.equal(await frame.evaluate(() => origin), 'null', 'sandboxed');
    await numbers(frame);
    assert.deepEqual(await frame.evaluate(() => window.violations), []);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(page.problems, []);
  });
}

test('embed.html#chapter=network (a link shared before) goes on to embed-network.html, framed, each under its policy', async () => {
  // Each file under its own policy, as dist/csp-headers.txt gives them to a static host.
  const embeds = await session.serve('dist', (path) =>
    policies[path] ? { 'Content-Security-Policy': policies[path] } : {},
  );
  const hash = '#chapter=network&activation=linear&hidden=4';
  const host = await blogFraming(`${embeds.url}embed.html?panels=network,training${hash}`, embeds.url);
  const page = await openPage(session.browser, { reducedMotion: 'reduce', width: 700 });
  await recordViolations(page);
  await page.goto(`${host.url}post.html`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await waitNetworkDone(frame);
  const url = new URL(frame.url());
  assert.equal(url.pathname, '/embed-network.html');
  assert.equal(url.search, '?panels=network,training', 'the query kept');
  assert.match(decodeURIComponent(url.hash), /^#chapter=network&.*&hidden=4&activation=linear&/, 'the hash kept');
  assert.equal((await readouts(frame)).loss, '0.6806', 'the run the link names: four units with no bend');
  assert.deepEqual((await frame.$$eval('section.panel', (nodes) => nodes.map((node) => node.classList[1]))).sort(), [
    'network',
    'training',
  ]);
  assert.deepEqual(await frame.evaluate(() => window.violations), []);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.problems, []);
});

test('embed-network.html#chapter=neuron goes on to embed.html, and a chapter no embed has stays', async () => {
  const embeds = await session.serve('dist', (path) =>
    policies[path] ? { 'Content-Security-Policy': policies[path] } : {},
  );
  const page = await openPage(session.browser, { reducedMotion: 'reduce' });
  await recordViolations(page);
  await page.goto(`${embeds.url}embed-network.html#chapter=neuron`);
  await waitDone(page);
  assert.equal(new URL(page.url()).pathname, '/embed.html');
  await assertThePost(page);
  await page.goto(`${embeds.url}embed-network.html#chapter=nope&hidden=3`);
  await waitNetworkDone(page);
  assert.equal(new URL(page.url()).pathname, '/embed-network.html');
  assert.equal((await readouts(page)).accuracy, '100%');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.problems, []);
});
