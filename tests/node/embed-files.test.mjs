// Each chapter's iframe embed is a self-contained file of its own: chapter 1's embed.html carries none
// of chapter 2 (a blog's chapter-1 iframe downloads about 133 KB gzipped, not the 205 both chapters
// weigh), embed-network.html carries chapter 2, and one-neuron.html, the offline copy of the whole
// page, carries both. Reads the built dist/ (npm run build first).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

// Strings only each chapter's code holds: its share panel's file names.
const CHAPTER_1 = 'one-neuron-run.json';
const CHAPTER_2 = 'one-neuron-network-run.json';

const built = (name) => {
  assert.ok(existsSync(`dist/${name}`), `dist/${name}: run npm run build first`);
  return readFileSync(`dist/${name}`);
};
const gzipped = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

test('embed.html is chapter 1 only; embed-network.html is chapter 2; one-neuron.html has both', () => {
  const text = (name) => built(name).toString('utf8');
  assert.ok(text('embed.html').includes(CHAPTER_1));
  assert.ok(!text('embed.html').includes(CHAPTER_2), 'embed.html carries chapter 2');
  assert.ok(text('embed-network.html').includes(CHAPTER_2));
  assert.ok(!text('embed-network.html').includes(CHAPTER_1), 'embed-network.html carries chapter 1');
  assert.ok(text('one-neuron.html').includes(CHAPTER_1) && text('one-neuron.html').includes(CHAPTER_2));
});

test("a chapter-1 iframe downloads chapter 1's bytes, not both chapters'", () => {
  const one = gzipped(built('embed.html'));
  const two = gzipped(built('embed-network.html'));
  const both = gzipped(built('one-neuron.html'));
  // Chapter 2 (its code and its own WASM module) is some 70 KB gzipped; each embed has only its own WASM.
  assert.ok(one < 140_000, `embed.html is ${kb(one)} gzipped`);
  assert.ok(both - one > 50_000, `one-neuron.html ${kb(both)}, embed.html ${kb(one)}`);
  assert.ok(two < both, `embed-network.html ${kb(two)}, one-neuron.html ${kb(both)}`);
});
