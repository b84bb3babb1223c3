// Which panels an embed shows (core/panels.js): the presets, a list, and a value naming no panel,
// which shows the compact set (not the whole page) with a message naming the attribute.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { neuronChapter } from '../../web/src/chapters/neuron/index.js';
import { readPanels } from '../../web/src/core/panels.js';

const FULL = ['training', 'prediction', 'rates', 'landscape', 'data', 'settings', 'neuron', 'cycle', 'principles'];

test('readPanels: compact, full, a list, and what no value means', () => {
  assert.deepEqual(readPanels('compact', neuronChapter), { panels: ['training', 'prediction'] });
  assert.deepEqual(readPanels(' full ', neuronChapter), { panels: FULL });
  assert.deepEqual(readPanels(null, neuronChapter), { panels: FULL });
  assert.deepEqual(readPanels('', neuronChapter, 'compact'), { panels: ['training', 'prediction'] });
  assert.deepEqual(readPanels('training, principles', neuronChapter), { panels: ['training', 'principles'] });
  assert.deepEqual(readPanels('neuron,cycle', neuronChapter), { panels: ['neuron', 'cycle'] });
});

test('readPanels: a bad value shows the compact set (or the panels it did name) and says why', () => {
  const bad = readPanels('charts', neuronChapter);
  assert.deepEqual(bad.panels, ['training', 'prediction']);
  assert.match(
    bad.error,
    /^panels: "charts" is not a panel, so this shows the compact panels; use compact, full or a list of training, /,
  );
  const some = readPanels('training,gradient', neuronChapter);
  assert.deepEqual(some.panels, ['training']);
  assert.match(some.error, /^panels: "gradient" is not a panel, so this shows training;/);
  assert.equal(readPanels('x'.repeat(500), neuronChapter).error.match(/"(x*)"/)[1].length, 40);
});
