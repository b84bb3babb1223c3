// Reading a link: a long hash parsed in slices (a task each) reads exactly as readHash reads it at once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { neuronFields } from '../../web/src/chapters/neuron/fields.js';
import { readHash, readHashInSlices, replaceHash, TOO_LARGE_KEY, writeHash } from '../../web/src/core/hash.js';

const million = Array.from({ length: 1_000_000 }, (_, i) => (i % 9) + 1);
const ones = (count) => Array.from({ length: count }, () => 1).join(',');

async function sliced(hash) {
  let pauses = 0;
  const read = await readHashInSlices(hash, neuronFields, async () => {
    pauses += 1;
  });
  return { read, pauses };
}

test('readHashInSlices reads every link as readHash does, messages and duplicates included', async () => {
  const long = ones(30_000);
  const hashes = [
    '#lr=abc&epochs=5000',
    `#hours=${long}&labels=${long}`,
    `#hours=${long},x&labels=${long}`, // the bad value is the last of 30,001
    `#hours=${long}&hours=1,2&labels=${long}`, // given twice: the first is used
    `#hours=1,2,3,4,5&test=${ones(50_000)},`, // a trailing comma: value 50,001 is empty
    `#hours=${long}%ZZ&labels=1`, // not valid URL text
    `#w0=&b0=&test=${long}`, // optional fields left empty
    `#hours=${ones(20_000)}&labels=${ones(20_000).replace(/1/g, '0')}&Lr=0.5`,
  ];
  for (const hash of hashes) {
    const { read } = await sliced(hash);
    assert.deepEqual(read, readHash(hash, neuronFields), hash.slice(0, 40));
  }
});

test('escaped text is decoded, text with no escape read as it is', () => {
  const { state, errors } = readHash('#hours=1%2C2%2C3,4,5&labels=0,0%2c1,1,1&lr=%30.5', neuronFields);
  assert.deepEqual(state.hours, [1, 2, 3, 4, 5]);
  assert.deepEqual(state.labels, [0, 0, 1, 1, 1]);
  assert.equal(state.lr, 0.5);
  assert.deepEqual(errors, {});
  assert.match(readHash('#lr=0.5%', neuronFields).errors.lr, /not valid URL text/);
});

test('a link of 1,000,000 hours is parsed in slices of at most 20,000 values', async () => {
  const hash = `#hours=${million.join(',')}&labels=${million.map((h) => (h > 4 ? 1 : 0)).join(',')}`;
  const { read, pauses } = await sliced(hash);
  assert.equal(read.state.hours.length, 1_000_000);
  assert.equal(read.state.hours[999_999], million[999_999]);
  assert.deepEqual(read.errors, {});
  assert.ok(pauses >= (2 * 1_000_000) / 20_000, `${pauses} pauses`);
});

test('a run too large for a link: the address bar says so instead of keeping another run', () => {
  const written = [];
  const place = { history: { state: null, replaceState: (s, t, url) => written.push(url) } };
  const at = (hash) => ({ ...place, location: { pathname: '/p/', search: '', hash } });
  const big = { ...neuronFields.defaults, hours: million, labels: million.map((h) => (h > 4 ? 1 : 0)) };
  replaceHash(big, neuronFields, at('#lr=0.2'));
  assert.deepEqual(written, [`/p/#${TOO_LARGE_KEY}`]);
  const fits = { ...neuronFields.defaults, hours: million.slice(0, 1000), labels: big.labels.slice(0, 1000) };
  replaceHash(fits, neuronFields, at(`#${TOO_LARGE_KEY}`));
  assert.equal(written[1], `/p/${writeHash(fits, neuronFields)}`);
  // Opened, that link runs the post's run and its notice says what happened.
  const { state, errors } = readHash(`#${TOO_LARGE_KEY}`, neuronFields);
  assert.deepEqual(state, neuronFields.defaults);
  assert.match(errors[TOO_LARGE_KEY], /too large for a link, so it holds no run: ask for its run file/);
});
