// The two self-contained files under exactly the Content-Security-Policy the build wrote for them
// (dist/csp-headers.txt, the same policies as dist/csp.json): no violation, no console error, and the
// post's numbers on screen. embed.html also runs framed (sandbox="allow-scripts") by a blog whose own
// site-wide policy is strict; one-neuron.html also exports a PNG and opens the share dialog under it.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openPage, useBrowser } from './browser.mjs';
import { predictionRows, readouts, waitDone } from './helpers.mjs';

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
  assert.deepEqual(Object.keys(policies).sort(), ['/embed.html', '/one-neuron.html']);
  for (const name of ['embed.html', 'one-neuron.html']) {
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

test('embed.html under its policy, alone and framed by a blog with a strict site-wide policy', async () => {
  const embeds = await session.serve('dist', { 'Content-Security-Policy': policies['/embed.html'] });
  const page = await openPage(session.browser, { reducedMotion: 'reduce' });
  await recordViolations(page);
  await page.goto(`${embeds.url}embed.html`);
  await waitDone(page);
  await assertThePost(page);
  assert.deepEqual(await page.evaluate(() => window.violations), []);

  const blog = mkdtempSync(join(tmpdir(), 'one-neuron-csp-blog-'));
  temporary.push(blog);
  writeFileSync(
    join(blog, 'post.html'),
    `<!doctype html><meta charset="utf-8"><title>Post</title><link rel="icon" href="data:,">
<iframe src="${embeds.url}embed.html" title="One Neuron" sandbox="allow-scripts" width="100%" height="820"></iframe>`,
  );
  const blogPolicy = `default-src 'self'; img-src 'self' data:; frame-src ${embeds.url}`;
  const host = await session.serve(blog, { 'Content-Security-Policy': blogPolicy });
  await page.goto(`${host.url}post.html`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await waitDone(frame);
  assert.equal(await frame.evaluate(() => origin), 'null', 'sandboxed');
  await assertThePost(frame);
  assert.deepEqual(await frame.evaluate(() => window.violations), []);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.problems, []);
});
