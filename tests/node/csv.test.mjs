// core/csv.js, the one parser of hours,label text (the CLI's --data, the page's "Paste data" and CSV
// import) and of the network's x1,x2,label points: what it accepts, the line each message names, and
// the engine's messages moved to a line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DataLineError, dataCsv, lineOfEngineError, parseDataText, parsePointsText } from '../../web/src/core/csv.js';

test('hours,label lines: a header, blank lines, CRLF, a BOM, spaces, tabs, semicolons, fail/pass', () => {
  const text = '\uFEFFhours,label\r\n1,0\r\n\r\n 2 , 0 \r\n3\t1\r\n4;pass\r\n5,FAIL\r\n6.5e0,1';
  assert.deepEqual(parseDataText(text), {
    hours: [1, 2, 3, 4, 5, 6.5],
    labels: [0, 0, 1, 1, 0, 1],
    lines: [2, 4, 5, 6, 7, 8],
  });
  assert.deepEqual(parseDataText('Hours;Result\n1;1').hours, [1], 'any header of two words');
  assert.deepEqual(parseDataText('-1.5,0\n1e3,1').hours, [-1.5, 1000]);
});

test('each bad line is named by its number, with what is wrong', () => {
  for (const [text, line, rule] of [
    ['hours,label\n1,0\nabc,1\n', 3, '"abc" is not a number'],
    ['1,0\n\n2,2\n', 3, 'label must be 0 or 1, got 2'],
    ['1,0\n2,0.5\n', 2, 'label must be 0 or 1, got 0.5'],
    ['1,0\n2,yes\n', 2, '"yes" is not a number'],
    ['1,0\n1,0,1\n', 2, 'expected hours,label'],
    ['1,0\n2\n', 2, 'expected hours,label'],
    ['1,\n', 1, 'expected hours,label'],
    ['1,0\n1e309,1\n', 2, '"1e309" is too large'],
    ['1,0\n0x10,1\n', 2, '"0x10" is not a number'],
    ['hours,label\n', null, 'no rows; expected lines of hours,label'],
    ['', null, 'no rows; expected lines of hours,label'],
  ]) {
    assert.throws(
      () => parseDataText(text),
      (error) => error instanceof DataLineError && error.line === line && error.rule === rule,
      JSON.stringify(text),
    );
  }
  const error = new DataLineError(4, '"x" is not a number');
  assert.equal(error.message, 'line 4: "x" is not a number');
});

test('hoursOnly: a column of hours has no labels; rows of two still have theirs; a mix is an error', () => {
  assert.deepEqual(parseDataText('1\n\n2.5\n', { hoursOnly: true }), { hours: [1, 2.5], labels: null, lines: [1, 3] });
  assert.deepEqual(parseDataText('1\t0\n2\t1', { hoursOnly: true }).labels, [0, 1]);
  assert.throws(() => parseDataText('1\n2,1', { hoursOnly: true }), { line: 2, rule: 'expected one number of hours' });
  assert.throws(() => parseDataText('1\n2'), { line: 1, rule: 'expected hours,label' }, 'only when asked');
});

test("the engine's message about one value moves to that row's line", () => {
  const lines = [2, 4, 7];
  const moved = lineOfEngineError('hours: value 3 is 2e+06; each must be a finite number', (row) => lines[row]);
  assert.equal(moved.line, 7);
  assert.equal(moved.rule, 'hours is 2e+06; each must be a finite number');
  assert.equal(
    lineOfEngineError('hours: must have at most 1000000 values, got 1000001', (row) => lines[row]),
    null,
  );
  assert.equal(
    lineOfEngineError('hours: value 9 is 2e+06', (row) => lines[row]),
    null,
    'a row it does not know',
  );
});

test('dataCsv writes what parseDataText reads back', () => {
  const data = { hours: [1, 2.5, -3], labels: [0, 1, 1] };
  const text = dataCsv(data.hours, data.labels);
  assert.equal(text, 'hours,label\n1,0\n2.5,1\n-3,1\n');
  const back = parseDataText(text);
  assert.deepEqual({ hours: back.hours, labels: back.labels }, data);
});

test('x1,x2,label points: a header, blank lines, CRLF, a BOM, spaces, tabs, semicolons', () => {
  const text = '\uFEFFx1,x2,label\r\n0.5,-1,1\r\n\r\n 2 , 3e0 , 0 \r\n-0.25\t4\t1\r\n1;1;0';
  assert.deepEqual(parsePointsText(text), { data: [0.5, -1, 1, 2, 3, 0, -0.25, 4, 1, 1, 1, 0], lines: [2, 4, 5, 6] });
  assert.deepEqual(parsePointsText('a;b;c\n1;2;1').data, [1, 2, 1], 'any header of three words');
  assert.deepEqual(parsePointsText('1,2,1\n3,4,0').lines, [1, 2], 'no header');
});

test('each bad line of points is named by its number, with what is wrong', () => {
  for (const [text, line, rule] of [
    ['x1,x2,label\n0,0,1\nabc,1,0\n', 3, '"abc" is not a number'],
    ['x,2,1\n', 1, '"x" is not a number'],
    ['0,0,1\n\n1,1,2\n', 3, 'label must be 0 or 1, got 2'],
    ['0,0,1\n1,1\n', 2, 'expected x1,x2,label'],
    ['0,0,1\n1,1,0,1\n', 2, 'expected x1,x2,label'],
    ['0,,1\n', 1, 'expected x1,x2,label'],
    ['hours,label\n1,0\n', 1, 'expected x1,x2,label'],
    ['0,0,1\nx1,x2,label\n', 2, '"x1" is not a number'],
    ['0,0,1\n1e309,0,1\n', 2, '"1e309" is too large'],
    ['x1,x2,label\n\n', null, 'no rows; expected lines of x1,x2,label'],
    ['', null, 'no rows; expected lines of x1,x2,label'],
  ]) {
    assert.throws(
      () => parsePointsText(text),
      (error) => error instanceof DataLineError && error.line === line && error.rule === rule,
      JSON.stringify(text),
    );
  }
});
