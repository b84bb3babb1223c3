// Embeds in a blog's 700 px column (issue 14, item 1): <one-neuron panels="compact"> is laid out by its
// own width, not the window's, and no read-out wraps inside a number; embed.html in a sandboxed iframe
// tells the page its height and the snippet's script fits the frame to it (no scrollbar inside);
// without the script the snippet's height still shows the compact embed whole at 700 px; a bad
// `panels` value shows a message and the compact set. The same for chapter 2's embed-network.html.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { networkFields } from '../../web/src/chapters/network/fields.js';
import { neuronFields } from '../../web/src/chapters/neuron/fields.js';
import { EMBED_HEIGHT, NETWORK_EMBED_HEIGHT, shareSnippets } from '../../web/src/core/snippets.js';
import { openPage, screenshot, useBrowser } from './browser.mjs';
import { blogWithComponent } from './helpers.mjs';

const session = useBrowser();
const COLUMN = 'max-width: 700px; margin: 0 auto; padding: 0 16px; box-sizing: border-box';

test('<one-neuron panels="compact"> in a 700 px column on a 1280 px screen: one column, numbers whole', async () => {
  const blog = blogWithComponent(`<div style="${COLUMN}"><one-neuron id="c" panels="compact"></one-neuron></div>`);
  const site = await session.serve(blog);
  const page = await openPage(session.browser, { width: 1280, reducedMotion: 'reduce' });
  await page.goto(`${site.url}posts/post.html`);
  await page.waitForFunction(() => document.getElementById('c').shadowRoot?.querySelector('[data-status="done"]'));
  const view = await page.evaluate(() => {
    const root = document.getElementById('c').shadowRoot;
    const box = (selector) => root.querySelector(selector).getBoundingClientRect().toJSON();
    // Each number's line boxes: 1 when it did not wrap.
    const readouts = [...root.querySelectorAll('[data-readout]')].map((node) => [
      node.textContent,
      node.getClientRects().length,
    ]);
    return { training: box('.panel.training'), prediction: box('.panel.prediction'), readouts };
  });
  assert.ok(view.training.width <= 700 - 32 + 0.5, `training panel ${view.training.width} px wide`);
  assert.equal(view.prediction.x, view.training.x, 'the prediction panel is below the training panel, not beside it');
  assert.ok(view.prediction.y >= view.training.y + view.training.height);
  assert.equal(view.readouts.length, 6);
  for (const [text, lines] of view.readouts) assert.equal(lines, 1, `"${text}" is on one line`);
  assert.deepEqual(page.problems, []);
});

// Each chapter's iframe snippet, as its share panel writes it.
const CHAPTERS = {
  neuron: { fields: neuronFields, options: {}, height: EMBED_HEIGHT, file: 'embed.html' },
  network: {
    fields: networkFields,
    options: { chapter: 'network', height: NETWORK_EMBED_HEIGHT },
    height: NETWORK_EMBED_HEIGHT,
    file: 'embed-network.html',
  },
};

/** A blog post with a chapter's iframe snippet (its script kept or not) in a 700 px column, served. */
async function blogWithIframe(withScript, chapter = 'neuron') {
  const embedSite = await session.serve('dist'); // another origin than the blog, as on a real blog
  const { fields, options, file } = CHAPTERS[chapter];
  const { iframe } = shareSnippets(fields.defaults, fields, embedSite.url, 'One Neuron', options);
  if (!iframe.includes(`src="${embedSite.url}${file}#`)) throw new Error(`not ${file}: ${iframe}`);
  const snippet = withScript ? iframe : iframe.split('\n')[0];
  const blog = mkdtempSync(join(tmpdir(), 'one-neuron-resize-'));
  writeFileSync(
    join(blog, 'post.html'),
    `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Post</title><link rel="icon" href="data:,"><body style="margin:0"><div style="${COLUMN}"><p>Words.</p>${snippet}<p>More words.</p></div>`,
  );
  return session.serve(blog);
}

/** Open the post and wait for its frame's run; returns { page, frame, frameBox, inner }. */
async function openIframePost(site, width) {
  const page = await openPage(session.browser, { width, height: 740, reducedMotion: 'reduce' });
  await page.goto(`${site.url}post.html`);
  const handle = await page.waitForSelector('iframe');
  await handle.scrollIntoViewIfNeeded(); // loading="lazy"
  const frame = await handle.contentFrame();
  await frame.waitForSelector('[data-one-neuron][data-status="done"]', { state: 'attached' });
  await page.waitForTimeout(300); // a last height message
  const inner = await frame.evaluate(() => ({
    origin,
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight,
  }));
  return { page, frame, handle, inner, sandbox: await handle.getAttribute('sandbox') };
}

for (const [chapter, { height, file }] of Object.entries(CHAPTERS)) {
  for (const width of [1280, 360]) {
    test(`${file}: the iframe snippet with its script grows to the embed's height at ${width} px (no inner scrollbar)`, async () => {
      const site = await blogWithIframe(true, chapter);
      const { page, handle, inner, sandbox } = await openIframePost(site, width);
      assert.equal(sandbox, 'allow-scripts');
      assert.equal(inner.origin, 'null', 'sandboxed into an opaque origin');
      const frameHeight = (await handle.boundingBox()).height;
      assert.equal(inner.scrollHeight, inner.innerHeight, 'nothing to scroll inside the frame');
      assert.ok(
        Math.abs(frameHeight - inner.scrollHeight) <= 1,
        `frame ${frameHeight} px, content ${inner.scrollHeight} px`,
      );
      if (width === 360) assert.ok(frameHeight > height, 'taller than the default on a phone');
      // A message from another window (the page itself) does not resize the frame.
      await page.evaluate(() => window.postMessage({ type: 'one-neuron:height', height: 50 }, '*'));
      await page.waitForTimeout(100);
      assert.equal((await handle.boundingBox()).height, frameHeight);
      await screenshot(page, `iframe-${chapter}-${width}`);
      assert.deepEqual(page.problems, []);
    });
  }

  test(`${file}: without its script the snippet's ${height} px show the compact embed whole in a 700 px column`, async () => {
    const site = await blogWithIframe(false, chapter);
    const { page, handle, inner } = await openIframePost(site, 1280);
    assert.equal((await handle.boundingBox()).height, height);
    assert.ok(
      inner.scrollHeight <= inner.innerHeight,
      `content ${inner.scrollHeight} px in a ${inner.innerHeight} px frame`,
    );
    assert.deepEqual(page.problems, []);
  });
}

for (const query of ['?panels=charts', '?panels=charts#lr=0.2']) {
  test(`embed.html${query}: a message naming panels, and the compact panels`, async () => {
    const page = await openPage(session.browser, { width: 700, reducedMotion: 'reduce' });
    await page.goto(`${session.site.url}embed.html${query}`);
    await page.waitForSelector('[data-one-neuron][data-status="done"]');
    const message = page.locator('[data-panels-error]');
    assert.ok(await message.isVisible());
    assert.match(await message.textContent(), /^panels: "charts" is not a panel, so this shows the compact panels; /);
    const panels = await page.$$eval('section.panel', (nodes) => nodes.map((node) => node.classList[1]));
    assert.deepEqual(panels, ['training', 'prediction']);
    await screenshot(page, 'embed-bad-panels-700');
    assert.deepEqual(page.problems, []);
  });
}
