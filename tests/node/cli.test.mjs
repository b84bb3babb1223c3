// The CLI (bin/one-neuron.mjs) as a user runs it: the post's output byte for byte, --json against
// NumPy for several runs, one clear line with exit code 2 for every bad input, --data files of up to
// 1,000,000 rows, and stdout closing early (exit 0, nothing said) or failing (one line, exit 1).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import {
  expectedCliOutput,
  loadTestEngine,
  maxRelativeError,
  numpyReference,
  seedCase,
  withTrainer,
} from './golden.mjs';

const CLI = new URL('../../bin/one-neuron.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'one-neuron-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
// The post's data as a CSV: a header, CRLF line ends, blank lines and spaces, numbers spelled variously.
const POST_CSV = 'hours,label\r\n1,0\r\n2,0\r\n\r\n3,1\r\n 4 , 1\r\n5e0,1.0\r\n\r\n';
writeFileSync(join(dir, 'post.csv'), POST_CSV);

/** The CLI run in `dir` (so --data reads names as given); a last argument { input } is its stdin. */
function cli(...args) {
  const { input } = typeof args.at(-1) === 'object' ? args.pop() : {};
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: dir,
    input: input === undefined ? undefined : Buffer.from(input),
    maxBuffer: 256 * 1024 * 1024,
  });
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
  [['--data', 'missing.csv'], '--data: cannot read missing.csv: no such file'],
  [['--data', '.'], '--data: cannot read .: is a directory'],
  [
    ['--data', 'post.csv', '--hours', '1,2'],
    '--data: cannot be combined with --hours (the file gives the hours and labels)',
  ],
  [
    ['--labels', '0,1', '--data', 'post.csv'],
    '--data: cannot be combined with --labels (the file gives the hours and labels)',
  ],
  [['--data'], '--data: needs a value, e.g. --data=data.csv'],
  [['--data='], '--data: needs a file name, or - for stdin'],
  [['--data', 'post.csv', '--lr', '0'], '--lr: must be a number greater than 0 and at most 100, got 0'],
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
  for (const flag of ['--hours', '--labels', '--lr', '--epochs', '--seed', '--test', '--data', '--json', '--help']) {
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

// --data: a CSV of hours,label rows instead of --hours and --labels.
test("--data from a file (header, blank lines, CRLF) and from stdin gives the post's output", () => {
  for (const run of [
    cli('--data', 'post.csv'),
    cli('--data', '-', { input: POST_CSV }),
    cli('--data=-', { input: '1,0\n2,0\n3,1\n4,1\n5,1' }),
    // The page's parser (core/csv.js): tabs and semicolons, results as the page shows them.
    cli('--data=-', { input: 'hours;result\n1;fail\n2\t0\n3,pass\n4,1\n5,1' }),
  ]) {
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
    assert.ok(run.stdout.equals(expectedCliOutput));
  }
});

test('--data takes 1,000,000 rows and trains as the engine does', { timeout: 30_000 }, async () => {
  const hours = Array.from({ length: 1_000_000 }, (_, i) => ((i * 7919) % 2001) / 100 - 5);
  const labels = hours.map((h, i) => (h + ((i * 31) % 7) - 3 > 4 ? 1 : 0));
  const rows = hours.map((h, i) => `${h},${labels[i]}`).join('\n');
  writeFileSync(join(dir, 'million.csv'), `hours,label\n${rows}\n`);
  const args = ['--epochs', '3', '--seed', '7', '--test', '-5,0,4.5,15'];
  const { code, stdout, stderr } = cli('--data', 'million.csv', ...args, '--json');
  assert.equal(stderr, '');
  assert.equal(code, 0);
  const run = JSON.parse(stdout);
  assert.equal(run.config.hours.length, 1_000_000);
  assert.deepEqual(run.config.hours, hours);
  assert.deepEqual(run.config.labels, labels);
  const engine = await loadTestEngine();
  const config = { hours, labels, epochs: 3, seed: 7, lr: 0.1, test: [-5, 0, 4.5, 15] };
  withTrainer(engine, config, (trainer) => {
    trainer.train(config.epochs);
    assert.equal(run.weight, trainer.weight());
    assert.equal(run.bias, trainer.bias());
    assert.deepEqual(run.losses, Array.from(trainer.lossHistory()));
    assert.deepEqual(run.predictions, Array.from(trainer.predictMany(config.test)));
  });
  const more = cli('--data', '-', '--epochs', '0', { input: `${rows}\n1,0\n` });
  assert.equal(more.code, 2);
  assert.equal(more.stderr, 'one-neuron: --data: stdin: hours: must have at most 1000000 values, got 1000001\n');
});

const badData = [
  ['hours,label\n1,0\nabc,1\n', 'data.csv line 3: "abc" is not a number'],
  ['hours,label\n1,0\n2,0\n3,1\n\n5,1\n6,2\n', 'data.csv line 7: label must be 0 or 1, got 2'],
  ['1,0\n1,0,1\n', 'data.csv line 2: expected hours,label'],
  ['1,0\n2\n', 'data.csv line 2: expected hours,label'],
  ['1,\n', 'data.csv line 1: expected hours,label'],
  ['abc,1\n', 'data.csv line 1: "abc" is not a number'],
  ['1,0\n1e309,1\n', 'data.csv line 2: "1e309" is too large'],
  ['1,0\n0x10,1\n', 'data.csv line 2: "0x10" is not a number'],
  ['1,0\n2,0.5\n', 'data.csv line 2: label must be 0 or 1, got 0.5'],
  ['hours,label\n1,0\n\n2e6,1\n', 'data.csv line 4: hours is 2e+06; each must be a finite number from -1e6 to 1e6'],
  ['hours,label\n\n', 'data.csv: no rows; expected lines of hours,label'],
  ['', 'data.csv: no rows; expected lines of hours,label'],
];

for (const [text, message] of badData) {
  test(`bad --data ${JSON.stringify(text)} -> exit 2 and one line naming the line`, () => {
    writeFileSync(join(dir, 'data.csv'), text);
    const { code, stdout, stderr } = cli('--data', 'data.csv');
    assert.equal(code, 2);
    assert.equal(stdout.length, 0, 'nothing on stdout');
    assert.equal(stderr, `one-neuron: --data: ${message}\n`);
  });
}

// stdout closing early or failing: never a stack trace.

/** Runs the CLI with stdout piped, destroys the pipe after the first chunk; -> { code, stderr }. */
function closeAfterFirstChunk(...args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

for (const args of [
  ['--json', '--epochs', '10000000'],
  ['--epochs', '10000000'],
]) {
  test(`stdout closed early (${args.join(' ')}): exit 0, nothing on stderr`, { timeout: 20_000 }, async () => {
    const { code, signal, stderr } = await closeAfterFirstChunk(...args);
    assert.equal(stderr, '');
    assert.equal(signal, null);
    assert.equal(code, 0);
  });
}

test('`one-neuron --json --epochs 10000000 | head -c 10` exits 0 and says nothing', { timeout: 20_000 }, () => {
  const script = `set -o pipefail; "${process.execPath}" "${CLI}" --json --epochs 10000000 | head -c 10`;
  const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  assert.equal(result.stderr, '');
  assert.equal(result.status, 0);
  assert.equal(result.stdout, '{"format":');
});

for (const args of [[], ['--json'], ['--json', '--epochs', '2000000'], ['--help']]) {
  test(
    `stdout on a full device (${args.join(' ') || 'no flags'}): one line, exit 1`,
    { skip: !existsSync('/dev/full') },
    async () => {
      const full = openSync('/dev/full', 'w');
      try {
        const result = spawnSync(process.execPath, [CLI, ...args], {
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
        });
        assert.equal(result.stderr, 'one-neuron: stdout: no space left on device\n');
        assert.equal(result.status, 1);
      } finally {
        closeSync(full);
      }
    },
  );
}
