// The data panel's CSV import (panels/data-paste.js) with files as the browser hands them over: a
// file over the limit is refused from its size, before it is read; an unreadable one, a bad line and a
// good file each get their sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importFile } from '../../web/src/chapters/neuron/panels/data-paste.js';
import { DataLineError, MAX_DATA_FILE_BYTES } from '../../web/src/core/csv.js';

const unread = (name, size) => ({
  name,
  size,
  text: () => assert.fail('a file over the limit must not be read'),
});
const using = (rows) => (parsed) => {
  rows.push(parsed);
  return parsed.hours.length;
};

test('a file over 50 MB is refused from its size, never read, and nothing is used', async () => {
  const used = [];
  for (const [size, shown] of [
    [MAX_DATA_FILE_BYTES + 1, '50,000,001 bytes'],
    [63_200_000, '63 MB'],
    [2_500_000_000, '2.5 GB'],
  ]) {
    await assert.rejects(importFile(unread('big.csv', size), using(used)), {
      message: `Could not import big.csv: it is ${shown}; a data file is at most 50 MB. Nothing was changed.`,
    });
  }
  assert.deepEqual(used, []);
});

test('an unreadable file, a bad line and the engine refusing each say so; a good file is used', async () => {
  const used = [];
  const file = (name, text) => new File([text], name, { type: 'text/csv' });
  const gone = { name: 'gone.csv', size: 10, text: () => Promise.reject(new Error('NotReadableError')) };
  await assert.rejects(importFile(gone, using(used)), {
    message: /^Could not import gone\.csv: the browser could not read it/,
  });
  await assert.rejects(importFile(file('bad.csv', '1,0\n2,x\n'), using(used)), {
    message: 'Could not import bad.csv: line 2: "x" is not a number. Nothing was changed.',
  });
  const engine = () => {
    throw new DataLineError(3, 'hours is 2e+06; each must be a finite number from -1e6 to 1e6');
  };
  await assert.rejects(importFile(file('far.csv', '1,0\n2,0\n2e6,1\n'), engine), {
    message:
      'Could not import far.csv: line 3: hours is 2e+06; each must be a finite number from -1e6 to 1e6. Nothing was changed.',
  });
  assert.deepEqual(used, []);
  assert.equal(await importFile(file('ok.csv', 'hours,label\n1,0\n2,1\n'), using(used)), 'Imported ok.csv: 2 rows.');
  assert.deepEqual(used, [{ hours: [1, 2], labels: [0, 1], lines: [2, 3] }]);
});
