// The CLI (bin/one-neuron.mjs) as a user runs it: the post's output byte for byte, --json against
// NumPy for several runs, and one clear line with exit code 2 for every bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { expectedCliOutput, maxRelativeError, numpyReference, seedCase } from './golden.mjs';

const CLI = new URL('../../bin/one-neuron.mjs', import.meta.url).pathname;

function cli(...args) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'buffer' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

test("prints the post's output byte for byte", () => {
  const { code, stdout, stderr } = cli();
  assert.equal(stderr, '');
  assert.equal(code, 0);
  assert.equal(stdout.toString('utf8'), expectedCliOutput.toString('utf8'));
  assert.ok(stdout.equals(expectedCliOutput));
});

test('the default flags spelled out give the same output', () => {
  const args = ['--hours', '1,2,3,4,5', '--labels', '0,0,1,1,1', '--lr', '0.1', '--epochs', '5000', '--seed', '42'];
  assert.ok(cli(...args, '--test', '1.5,2.5,3.5,6.0').stdout.equals(expectedCliOutput));
});

function assertMatchesNumpy(actual, expected) {
  assert.equal(actual.initial_weight, expected.initial_weight);
  assert.equal(actual.losses.length, expected.losses.length);
  assert.ok(maxRelativeError(actual.losses, expected.losses) <= 1e-12, 'losses');
  assert.ok(maxRelativeError([actual.weight, actual.bias], [expected.weight, expected.bias]) <= 1e-12, 'weight, bias');
  assert.deepEqual(actual.test_hours, expected.test_hours);
  assert.ok(maxRelativeError(actual.predictions, expected.predictions) <= 1e-12, 'predictions');
}

test('--json matches the golden file for the post run', () => {
  const { code, stdout } = cli('--json');
  assert.equal(code, 0);
  const result = JSON.parse(stdout);
  assertMatchesNumpy(result, seedCase);
  assert.equal(result.loss_every, 1);
  assert.equal(result.epochs, 5000);
});

// Other data sets, rates, epochs and seeds, each checked against reference_numpy.py itself.
const hundredRows = Array.from({ length: 300 }, (_, i) => ((i * 37) % 101) / 10 - 2);
const runs = [
  ['--hours', '0.5,1,1.5,2,8', '--labels', '0,1,0,1,1', '--lr', '0.5', '--epochs', '777', '--seed', '7'],
  [
    '--hours',
    '-3,-1,0,2',
    '--labels',
    '1,1,0,0',
    '--lr',
    '2',
    '--epochs',
    '3000',
    '--seed',
    '0',
    '--test',
    '-2,0.25,10',
  ],
  ['--epochs', '0', '--seed', '4294967295'],
  ['--lr', '0.01', '--epochs', '20000', '--seed', '123456'],
  // 300 rows: NumPy's pairwise summation recurses; the engine must follow it.
  [
    '--hours',
    hundredRows.join(','),
    '--labels',
    hundredRows.map((h) => (h > 2.5 ? 1 : 0)).join(','),
    '--epochs',
    '500',
  ],
];

for (const args of runs) {
  test(`--json matches NumPy for ${args.join(' ').slice(0, 80)}`, () => {
    const { code, stdout, stderr } = cli(...args, '--json');
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assertMatchesNumpy(JSON.parse(stdout), numpyReference(args));
  });
}

test('the text output follows NumPy formatting for another run', () => {
  const { stdout } = cli('--hours', '1,2', '--labels', '0,1', '--epochs', '1001', '--test', '0.0001,20');
  const lines = stdout.toString('utf8').split('\n');
  assert.deepEqual(
    lines.filter((line) => line.startsWith('Epoch')).map((line) => line.split(',')[0]),
    ['Epoch 0', 'Epoch 500', 'Epoch 1000'],
  );
  assert.match(stdout.toString('utf8'), /^Final weight: \[\[-?\d+\.\d{1,8}\]\]$/m);
  assert.match(stdout.toString('utf8'), /^0\.0001 study hours → pass probability: 0\.\d{4}$/m);
  assert.match(stdout.toString('utf8'), /^20\.0 study hours → pass probability: 1\.0000$/m);
});

const badInputs = [
  [['--lr', '0'], '--lr: must be a number greater than 0 and at most 100, got 0'],
  [['--lr', 'fast'], '--lr: "fast" is not a number'],
  [['--lr', 'NaN'], '--lr: "NaN" is not a number'],
  [['--lr', '1e309'], '--lr: "1e309" is too large'],
  [['--lr'], '--lr: needs a value, e.g. --lr=0.5'],
  [['--epochs', '2.5'], '--epochs: must be a whole number from 0 to 10000000, got 2.5'],
  [['--epochs', '-1'], '--epochs: must be a whole number from 0 to 10000000, got -1'],
  [['--seed', '4294967296'], '--seed: must be a whole number from 0 to 4294967295, got 4294967296'],
  [['--hours', '1,2,x'], '--hours: value 3 "x" is not a number'],
  [['--hours', ''], '--hours: is empty; expected numbers separated by commas'],
  [['--hours', '1,2', '--labels', '0,1,1'], '--labels: must have one label per hours value (2), got 3'],
  [['--labels', '0,0,1,1,2'], '--labels: value 5 is 2; each must be 0 (fail) or 1 (pass)'],
  [['--test', '1,2e6'], '--test: value 2 is 2e+06; each must be a finite number from -1e6 to 1e6'],
  [['--w0', 'abc'], '--w0: "abc" is not a number'],
  [['--speed', '3'], '--speed: unknown option (see --help)'],
  [['extra'], 'extra: unexpected argument; options start with -- (see --help)'],
  [['--json=yes'], '--json: takes no value'],
  [['--lr', '0.1', '--lr=0.2'], '--lr: given more than once'],
];

for (const [args, message] of badInputs) {
  test(`bad input ${args.join(' ')} -> exit 2 and one line`, () => {
    const { code, stdout, stderr } = cli(...args);
    assert.equal(code, 2);
    assert.equal(stdout.length, 0, 'nothing on stdout');
    assert.equal(stderr, `one-neuron: ${message}\n`);
  });
}

test('--help explains every flag and exits 0', () => {
  const { code, stdout } = cli('--help');
  assert.equal(code, 0);
  for (const flag of ['--hours', '--labels', '--lr', '--epochs', '--seed', '--test', '--json', '--help']) {
    assert.ok(stdout.toString('utf8').includes(flag), flag);
  }
});

test('a negative value may follow its flag with a space', () => {
  const { code, stdout } = cli('--w0', '-0.5', '--b0', '-1', '--epochs', '0', '--json');
  assert.equal(code, 0);
  const result = JSON.parse(stdout);
  assert.equal(result.initial_weight, -0.5);
  assert.equal(result.initial_bias, -1);
});
