// The link's chapter key: chapter 2's links start with chapter=network, chapter 1's carry none, and the
// key is never taken for a misspelt field.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { networkFields } from '../../web/src/chapters/network/fields.js';
import { neuronFields } from '../../web/src/chapters/neuron/fields.js';
import { chapterInHash, readHash, replaceHash, TOO_LARGE_KEY, writeHash } from '../../web/src/core/hash.js';

test('writeHash names a chapter first; chapter 1 writes no chapter key', () => {
  assert.equal(
    writeHash({ ...networkFields.defaults, hidden: 0 }, networkFields, 'network'),
    '#chapter=network&dataset=ring&points=200&data-seed=1&noise=0&hidden=0&activation=sigmoid&lr=1&epochs=3000&seed=42&test=0,0,0.25,0.25,0.75,0,1.25,0,0,1.5',
  );
  assert.equal(
    writeHash(neuronFields.defaults, neuronFields),
    '#hours=1,2,3,4,5&labels=0,0,1,1,1&lr=0.1&epochs=5000&seed=42&test=1.5,2.5,3.5,6',
  );
});

test('chapterInHash reads the chapter a link names, or null', () => {
  assert.equal(chapterInHash('#chapter=network&hidden=4'), 'network');
  assert.equal(chapterInHash('#hidden=4&chapter=network'), 'network');
  assert.equal(chapterInHash('#lr=0.1'), null);
  assert.equal(chapterInHash(''), null);
  assert.equal(chapterInHash('#chapter=%E0%A4%A'), ''); // not valid URL text: names no chapter
});

test('readHash takes the chapter key for no field and reports nothing about it', () => {
  const read = readHash('#chapter=network&hidden=2&activation=tanh&data-seed=7', networkFields);
  assert.deepEqual(read.errors, {});
  assert.equal(read.state.hidden, 2);
  assert.equal(read.state.activation, 'tanh');
  assert.equal(read.state['data-seed'], 7);
  assert.deepEqual(readHash('#chapter=neuron&lr=0.5', neuronFields).errors, {});
});

test('replaceHash keeps the chapter, also for a run too large for a link', () => {
  const written = [];
  const history = { state: null, replaceState: (state, title, url) => written.push(url) };
  const location = { pathname: '/', search: '', hash: '' };
  replaceHash(networkFields.defaults, networkFields, { chapter: 'network', history, location });
  assert.match(written[0], /^\/#chapter=network&dataset=ring&/);
  const huge = { ...networkFields.defaults, data: new Array(1_200_000).fill(1) };
  replaceHash(huge, networkFields, { chapter: 'network', history, location });
  assert.equal(written[1], `/#chapter=network&${TOO_LARGE_KEY}`);
});
