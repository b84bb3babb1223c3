// Helpers for the page tests: open the built page, wait for a run to finish, read what the reader sees.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage } from './browser.mjs';
import { neuronFields } from '../../web/src/chapters/neuron/fields.js';

/**
 * Open `hash` on the site; waits until the run has finished (reduced motion trains at once) and the
 * panels built once the page is idle are there.
 */
export async function openRun(browser, site, hash = '', options = {}) {
  const page = await openPage(browser, { reducedMotion: 'reduce', ...options });
  await page.goto(`${site.url}${hash}`);
  await waitDone(page);
  await waitIdlePanels(page);
  return page;
}

/**
 * The principles and the landscape's first picture come once the page is idle, after the first frames;
 * the landscape says data-landscape="ready" when its axes and surface are drawn, none pending.
 */
export async function waitIdlePanels(page) {
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-one-neuron]');
    const landscape = root.querySelector('[data-landscape]');
    return root.querySelector('.principle-list') && (!landscape || landscape.dataset.landscape === 'ready');
  });
}

export async function waitDone(page, timeout = 10_000) {
  await page.waitForSelector('[data-one-neuron][data-status="done"][data-panels="ready"]', { timeout });
}

/** Chapter 2's run finished (reduced motion trains at once). */
export async function waitNetworkDone(page, timeout = 20_000) {
  await page.waitForSelector('[data-one-neuron][data-chapter="network"][data-status="done"][data-panels="ready"]', {
    timeout,
  });
}

/** The read-outs as shown: { epoch, weight, bias, loss, weightGradient, biasGradient }. */
export async function readouts(page) {
  return page.$$eval('[data-readout]', (nodes) =>
    Object.fromEntries(nodes.map((n) => [n.dataset.readout, n.textContent])),
  );
}

/** The predictions table as [hours text, probability text] pairs. */
export async function predictionRows(page) {
  return page.$$eval('table.predictions tbody tr', (rows) =>
    rows.map((row) => [row.querySelector('th').textContent, row.querySelector('.probability').textContent]),
  );
}

export const field = (page, name) => page.locator(`[data-field="${name}"] input`);
export const fieldError = (page, name) => page.locator(`[data-field="${name}"] .field-error`);
export const hashOf = (page) => page.evaluate(() => decodeURIComponent(location.hash));
export const bodyText = (page) => page.evaluate(() => document.body.innerText);

/** The engine itself, in Node, as an independent check of what the page shows. */
export async function nodeEngine() {
  const { loadEngine } = await import('../../web/src/engine/index.js');
  const wasmBinary = readFileSync(new URL('../../web/src/generated/one_neuron.wasm', import.meta.url));
  return loadEngine({ wasmBinary });
}

/** A blog's files: the component under /static/widgets/ (with its .wasm), `body` in /posts/post.html. */
export function blogWithComponent(body) {
  const blog = mkdtempSync(join(tmpdir(), 'one-neuron-blog-'));
  mkdirSync(join(blog, 'static/widgets/assets'), { recursive: true });
  mkdirSync(join(blog, 'posts'));
  cpSync('dist/one-neuron.js', join(blog, 'static/widgets/one-neuron.js'));
  for (const file of readdirSync('dist/assets').filter((name) => name.endsWith('.wasm'))) {
    cpSync(join('dist/assets', file), join(blog, 'static/widgets/assets', file));
  }
  writeFileSync(
    join(blog, 'posts/post.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>A blog post</title><link rel="icon" href="data:,">
<style>p { color: rgb(255, 0, 0); } .panel { padding: 0; border-radius: 0; }</style>
<script type="module" src="../static/widgets/one-neuron.js"></script></head><body>${body}</body></html>`,
  );
  return blog;
}

/** Start recording the gaps between animation frames (window.frameGaps) until the run is done. */
export function recordFrameGaps(page) {
  return page.evaluate(() => {
    window.frameGaps = [];
    let last = performance.now();
    const tick = (now) => {
      window.frameGaps.push(now - last);
      last = now;
      if (document.querySelector('[data-one-neuron]').dataset.status !== 'done') requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Where the prediction chart draws its training points of one result ('pass' or 'fail'), read from
 * the canvas's pixels in that result's colour: [{ x, y }] in CSS pixels, left to right.
 */
export function drawnPoints(page, result) {
  return page.locator('.prediction-chart canvas').evaluate((canvas, name) => {
    const probe = document.createElement('span');
    probe.style.color = getComputedStyle(canvas).getPropertyValue(`--${name}`);
    canvas.parentElement.append(probe);
    const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g).map(Number);
    probe.remove();
    const scale = canvas.width / canvas.clientWidth;
    const { data, width, height } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    const columns = new Map(); // x -> [y, ...] of the pixels in that colour
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const o = (y * width + x) * 4;
        if (data[o] === r && data[o + 1] === g && data[o + 2] === b) columns.set(x, [...(columns.get(x) ?? []), y]);
      }
    }
    // Neighbouring columns with pixels in the colour form one point's shape.
    const points = [];
    let run = null;
    for (const x of [...columns.keys()].sort((a, c) => a - c)) {
      if (run && x - run.last <= 2) {
        run.last = x;
        run.ys.push(...columns.get(x));
      } else {
        run = { first: x, last: x, ys: [...columns.get(x)] };
        points.push(run);
      }
    }
    return points
      .filter((p) => p.ys.length >= 5) // a point's shape (the curve may cross it), not a stray pixel
      .map((p) => ({
        x: (p.first + p.last) / 2 / scale,
        y: p.ys.reduce((sum, y) => sum + y, 0) / p.ys.length / scale,
      }));
  }, result);
}

/** A field's visible label: "Learning rate" for lr. */
export const labelOf = (name) => neuronFields.spec(name).label;

/**
 * A message pattern about `name` as the engine writes it (/^lr: …/), as a field on the page shows it:
 * naming the field's label (/^Learning rate: …/). With `either`, naming it either way (for the lines
 * whose text comes from elsewhere: the data editor, the message line of a compact embed).
 */
export function labelled(pattern, name, { either = false } = {}) {
  const label = either ? `(?:${name}|${labelOf(name)})` : labelOf(name);
  return new RegExp(pattern.source.replace(new RegExp(`^\\^${name}: `), `^${label}: `), pattern.flags);
}
