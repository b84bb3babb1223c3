// `one-neuron network` (bin/network.mjs) as a user runs it: the post-style log of the reference's run
// (its losses, NumPy's print of W1, b1, W2, b2, the accuracy, the predictions), --json against
// reference_network.py run live for several runs (within 1e-9 relative), one clear line with exit code
// 2 for every bad flag and every bad line of a --data file, stdin, and stdout closing early or failing.
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { numpyArray } from '../../bin/numpy-print.mjs';

const CLI = new URL('../../bin/one-neuron.mjs', import.meta.url).pathname;
const REFERENCE = new URL('../golden/reference_network.py', import.meta.url).pathname;
const TOLERANCE = 1e-9; // |a - b| <= TOLERANCE * max(1, |b|), as issue 12 asks
const dir = mkdtempSync(join(tmpdir(), 'one-neuron-network-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Twelve points: a header, a blank line, CRLF, spaces, tabs and semicolons.
const POINTS = [
  [0.1, 0.2, 1],
  [-0.3, 0.25, 1],
  [0.05, -0.4, 1],
  [1.2, 0.1, 0],
  [-1.1, 0.3, 0],
  [0.2, 1.3, 0],
  [0.4, -1.25, 0],
  [-0.2, -0.1, 1],
  [0.9, 0.9, 0],
  [-0.8, -0.95, 0],
  [0.3, 0.3, 1],
  [-1.4, 1, 0],
];
const POINTS_CSV = `x1,x2,label\r\n${POINTS.map(([a, b, c], i) => (i === 3 ? `\r\n ${a} ; ${b} ; ${c}` : i === 5 ? `${a}\t${b}\t${c}` : `${a},${b},${c}`)).join('\r\n')}\r\n`;
writeFileSync(join(dir, 'points.csv'), POINTS_CSV);
const POINTS_FLAG = POINTS.map((point) => point.join(',')).join(';'); // the reference's --data

/** The CLI (`one-neuron network …`) run in `dir`; a last argument { input } is its stdin. */
function network(...args) {
  const { input } = typeof args.at(-1) === 'object' ? args.pop() : {};
  const result = spawnSync(process.execPath, [CLI, 'network', ...args], { cwd: dir, input: input ?? '' });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

const runs = new Map(); // each run once: the default run is asked for twice

/** reference_network.py (Debian's python3 with python3-numpy) with "--flag=value" flags. */
function reference(flags) {
  const key = JSON.stringify(['reference', ...flags]);
  if (!runs.has(key)) runs.set(key, execFileSync('/usr/bin/python3', [REFERENCE, ...flags], { encoding: 'utf8' }));
  return JSON.parse(runs.get(key));
}

/** The CLI's --json for `flags`, parsed (it must succeed). */
function networkJson(flags) {
  const key = JSON.stringify(['cli', ...flags]);
  if (!runs.has(key)) {
    const { code, stdout, stderr } = network(...flags, '--json');
    assert.equal(stderr, '');
    assert.equal(code, 0);
    runs.set(key, stdout);
  }
  return JSON.parse(runs.get(key));
}

/** print() of each of `arrays` by NumPy itself, one after another. */
function numpyPrints(arrays) {
  const script = 'import json, sys, numpy as np\nfor a in json.load(sys.stdin): print(np.array(a, dtype=float))';
  return execFileSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify(arrays), encoding: 'utf8' });
}

function close(actual, expected, what) {
  assert.equal(actual.length, expected.length, `${what}: length`);
  for (let i = 0; i < expected.length; i += 1) {
    const difference = Math.abs(actual[i] - expected[i]);
    assert.ok(
      difference <= TOLERANCE * Math.max(1, Math.abs(expected[i])),
      `${what}[${i}]: ${actual[i]} vs ${expected[i]}`,
    );
  }
}

test("the default run prints the reference's losses, NumPy's print of the weights, the accuracy and predictions", () => {
  const { code, stdout, stderr } = network();
  assert.equal(stderr, '');
  assert.equal(code, 0);
  const ours = networkJson([]);
  const ref = reference([]);
  const fixed4 = (x) => x.toFixed(4);
  const epochs = [0, 300, 600, 900, 1200, 1500, 1800, 2100, 2400, 2700];
  const log = epochs.map((epoch) => `Epoch ${epoch}, Loss: ${fixed4(ref.losses[epoch])}`).join('\n');
  const [W1, b1, W2, b2] = numpyPrints([ours.W1, ours.b1, ours.W2, ours.b2])
    .trimEnd()
    .split(/\n(?=\[)/);
  const predictions = ['0.0, 0.0', '0.25, 0.25', '0.75, 0.0', '1.25, 0.0', '0.0, 1.5'].map(
    (point, i) => `${point} → probability of label 1: ${fixed4(ref.predictions[i])}`,
  );
  const expected = `${log}\n\nFinal W1:\n${W1}\nFinal b1:\n${b1}\nFinal W2:\n${W2}\nFinal b2:\n${b2}\n
Accuracy: 1.000 (200 of 200 points labelled correctly)\n\nPredictions:\n${predictions.join('\n')}\n`;
  assert.equal(stdout, expected);
  assert.match(stdout, /^Epoch 0, Loss: 0\.7150$/m, "the reference's first loss, as its README says");
});

test('with 0 hidden units the output says so and has no W1 or b1', () => {
  const { code, stdout } = network('--hidden', '0', '--epochs', '25', '--test', '1,1;-0.5,2e-5');
  assert.equal(code, 0);
  assert.deepEqual(
    stdout
      .split('\n')
      .filter((line) => line.startsWith('Epoch'))
      .map((line) => line.split(',')[0]),
    ['Epoch 0', 'Epoch 3', 'Epoch 6', 'Epoch 9', 'Epoch 12', 'Epoch 15', 'Epoch 18', 'Epoch 21', 'Epoch 24'],
  );
  assert.match(stdout, /^No hidden layer \(--hidden 0\): the output reads x1, x2 directly, as one neuron\.$/m);
  assert.doesNotMatch(stdout, /W1|b1/);
  assert.match(stdout, /^Final W2:\n\[\[-?\d\.\d+\]\n \[ ?-?\d\.\d+\]\]$/m);
  assert.match(stdout, /^-0\.5, 2e-05 → probability of label 1: 0\.\d{4}$/m);
});

test("NumPy's print of arrays: 1x1 to 16x16, tiny to huge, exact ties, zeros, as NumPy prints them", () => {
  const script = `import json, numpy as np
rng = np.random.RandomState(12)
cases = []
for k in range(400):
    shape = (int(rng.choice([1, 2, 16])), int(rng.choice([1, 2, 4, 16])))
    a = rng.randn(*shape) * 10.0 ** rng.uniform(-6, 9)
    if k % 5 == 0: a = np.round(a, int(rng.randint(0, 4)))  # short decimals, exact ties at 8 digits
    if k % 7 == 0: a.flat[0] = 0.0
    if k % 9 == 0: a = rng.randn(*shape) * 10.0 ** rng.uniform(-2, 3, size=shape)  # mixed magnitudes
    cases.append({"rows": a.tolist(), "text": str(a)})
print(json.dumps(cases))`;
  const cases = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script], { encoding: 'utf8' }));
  for (const { rows, text } of cases) assert.equal(numpyArray(rows), text, JSON.stringify(rows));
  assert.equal(numpyArray([[1.5, -2]]), '[[ 1.5 -2. ]]');
});

// Each run's flags, given to the CLI and to the reference alike (the reference takes the points inline).
const configurations = [
  [],
  ['--hidden=0'],
  ['--activation=linear'],
  // 500 epochs: from about epoch 565 on, this run's steps overshoot back and forth and every
  // difference in the last bit (BLAS's order of sums) grows twentyfold each 4 epochs, to 1e-5 by 1000.
  ['--dataset=xor', '--noise=0.2', '--hidden=3', '--activation=tanh', '--epochs=500'],
  [
    '--dataset=clusters',
    '--points=51',
    '--data-seed=7',
    '--hidden=16',
    '--activation=relu',
    '--epochs=400',
    '--lr=0.3',
  ],
  ['--data=points.csv', '--hidden=2', '--epochs=500', '--seed=3', '--test=0,0;-1.5,0.25;2,2'],
];

for (const flags of configurations) {
  test(`--json matches reference_network.py run live: ${flags.join(' ') || 'the default run'}`, () => {
    const ours = networkJson(flags);
    const ref = reference(flags.map((flag) => (flag === '--data=points.csv' ? `--data=${POINTS_FLAG}` : flag)));
    assert.deepEqual(Object.keys(ours), [...Object.keys(ref).slice(0, 7), 'loss_every', ...Object.keys(ref).slice(7)]);
    assert.deepEqual(ours.config, ref.config);
    assert.equal(ours.loss_every, 1);
    for (const key of ['W1', 'b1']) {
      if (ref[key] === null) assert.equal(ours[key], null, key);
      else close(ours[key].flat(), ref[key].flat(), key);
    }
    assert.equal(ours.initial.W1 === null, ref.initial.W1 === null);
    close((ours.initial.W1 ?? []).flat(), (ref.initial.W1 ?? []).flat(), 'initial W1');
    close(ours.initial.W2.flat(), ref.initial.W2.flat(), 'initial W2');
    for (const key of ['W2', 'b2']) close(ours[key].flat(), ref[key].flat(), key);
    for (const key of ['W1', 'b1', 'W2', 'b2']) {
      assert.deepEqual(
        ours[key]?.map((row) => row.length),
        ref[key]?.map((row) => row.length),
        `${key}'s shape`,
      );
    }
    close(ours.losses, ref.losses, 'losses');
    assert.equal(ours.accuracy, ref.accuracy);
    assert.deepEqual(ours.test_points, ref.test_points);
    close(ours.predictions, ref.predictions, 'predictions');
  });
}

test('--data - reads the points from stdin', () => {
  const fromFile = network('--data', 'points.csv', '--epochs', '50', '--json');
  const fromStdin = network('--data', '-', '--epochs', '50', '--json', { input: POINTS_CSV });
  assert.equal(fromStdin.stderr, '');
  assert.equal(fromStdin.code, 0);
  assert.equal(fromStdin.stdout, fromFile.stdout);
  assert.equal(JSON.parse(fromStdin.stdout).config.data, POINTS_FLAG);
  const text = network('--data=-', '--epochs', '50', { input: '0,0,1\n1.5,0,0\n' });
  assert.match(text.stdout, /^Accuracy: \d\.\d{3} \(\d of 2 points labelled correctly\)$/m);
});

const badInputs = [
  [['--hidden', '17'], '--hidden: must be a whole number from 0 to 16, got 17'],
  [['--hidden', '1.5'], '--hidden: must be a whole number from 0 to 16, got 1.5'],
  [['--hidden'], '--hidden: needs a value, e.g. --hidden=4'],
  [['--dataset', 'moons'], '--dataset: must be ring, xor or clusters'],
  [['--dataset='], '--dataset: is empty; expected a word'],
  [['--activation', 'step'], '--activation: must be sigmoid, linear, tanh or relu'],
  [['--points', '0'], '--points: must be a whole number from 1 to 100000, got 0'],
  [['--points', 'many'], '--points: "many" is not a number'],
  [['--data-seed', '-1'], '--data-seed: must be a whole number from 0 to 4294967295, got -1'],
  [['--noise', '1.5'], '--noise: must be a number from 0 to 1, got 1.5'],
  [['--lr', '0'], '--lr: must be a number greater than 0 and at most 100, got 0'],
  [['--lr', '1e309'], '--lr: "1e309" is too large'],
  [['--epochs', '-1'], '--epochs: must be a whole number from 0 to 10000000, got -1'],
  [['--seed', '4294967296'], '--seed: must be a whole number from 0 to 4294967295, got 4294967296'],
  [['--test', '1,2,3'], '--test: must list x1, x2 for each point (1 or more groups of 2 numbers), got 3 numbers'],
  [['--test', '0,0;x,1'], '--test: value 3 "x" is not a number'],
  [
    ['--test', '0,0;1,2e7'],
    "--test: point 2's x2 is 20000000; each coordinate must be a finite number from -1e6 to 1e6",
  ],
  [['--test'], '--test: needs a value, e.g. --test="0,0;1.25,0"'],
  [['--speed', '3'], '--speed: unknown option (see --help)'],
  [['extra'], 'extra: unexpected argument; options start with -- (see --help)'],
  [['--json=yes'], '--json: takes no value'],
  [['--hidden', '2', '--hidden=3'], '--hidden: given more than once'],
  [['--data'], '--data: needs a value, e.g. --data=points.csv'],
  [['--data='], '--data: needs a file name, or - for stdin'],
  [['--data', 'missing.csv'], '--data: cannot read missing.csv: no such file'],
  [['--data', '.'], '--data: cannot read .: is a directory'],
  [['--data', 'points.csv', '--points', '9'], '--data: cannot be combined with --points (the file gives the points)'],
  [
    ['--dataset', 'xor', '--data', 'points.csv'],
    '--data: cannot be combined with --dataset (the file gives the points)',
  ],
  [['--data', 'points.csv', '--lr', '-1'], '--lr: must be a number greater than 0 and at most 100, got -1'],
];

for (const [args, message] of badInputs) {
  test(`bad input ${args.join(' ')} -> exit 2 and one line`, () => {
    const { code, stdout, stderr } = network(...args);
    assert.equal(code, 2);
    assert.equal(stdout, '', 'nothing on stdout');
    assert.equal(stderr, `one-neuron network: ${message}\n`);
  });
}

const many = Array.from({ length: 100_001 }, (_, i) => `${(i % 7) / 7},${(i % 3) / 3},${i % 2}`).join('\n');
const badData = [
  ['x1,x2,label\n0,0,1\nabc,1,0\n', 'data.csv line 3: "abc" is not a number'],
  ['0,0,1\n\n1,1,2\n', 'data.csv line 3: label must be 0 or 1, got 2'],
  ['0,0,1\n1,1\n', 'data.csv line 2: expected x1,x2,label'],
  ['0,0,1\n1,1,0,1\n', 'data.csv line 2: expected x1,x2,label'],
  ['0,,1\n', 'data.csv line 1: expected x1,x2,label'],
  ['hours,label\n1,0\n', 'data.csv line 1: expected x1,x2,label'],
  ['0,0,1\n1e309,0,1\n', 'data.csv line 2: "1e309" is too large'],
  [
    'x1,x2,label\n0,0,1\n\n1,2e7,0\n',
    'data.csv line 4: x2 is 20000000; each coordinate must be a finite number from -1e6 to 1e6',
  ],
  ['x1,x2,label\n\n', 'data.csv: no rows; expected lines of x1,x2,label'],
  ['', 'data.csv: no rows; expected lines of x1,x2,label'],
  [many, 'data.csv: must have at most 100000 points, got 100001'],
];

for (const [text, message] of badData) {
  test(`bad --data ${JSON.stringify(text.slice(0, 40))} -> exit 2 and one line naming the line`, () => {
    writeFileSync(join(dir, 'data.csv'), text);
    const { code, stdout, stderr } = network('--data', 'data.csv');
    assert.equal(code, 2);
    assert.equal(stdout, '', 'nothing on stdout');
    assert.equal(stderr, `one-neuron network: --data: ${message}\n`);
  });
}

test("--help explains every flag with its range and default, and exits 0; the neuron's help names it", () => {
  const { code, stdout } = network('--help');
  assert.equal(code, 0);
  for (const flag of ['dataset', 'points', 'data-seed', 'noise', 'hidden', 'activation', 'lr', 'epochs', 'seed']) {
    assert.match(stdout, new RegExp(`^  --${flag} .+\\(default [\\w.]+\\)$`, 'm'), flag);
  }
  assert.match(stdout, /--hidden +hidden units, a whole number 0\.\.16 .*\(default 4\)/);
  assert.match(stdout, /--test .*\n +\(default 0,0;0\.25,0\.25;0\.75,0;1\.25,0;0,1\.5\)/, 'a line of its own');
  for (const flag of ['--data FILE', '--json', '--help']) assert.ok(stdout.includes(flag), flag);
  const neuron = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
  assert.match(neuron.stdout, /one-neuron network \[options\]/);
});

// stdout closing early or failing: never a stack trace. A small network's epochs are quick, so a long
// run writes its log lines well after the reader has gone.
const LONG = ['--points', '10', '--hidden', '1', '--epochs', '1000000'];

test('stdout closed after the first line of a long run: exit 0, nothing on stderr', { timeout: 30_000 }, async () => {
  const { code, signal, stderr } = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'network', ...LONG], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stderr.on('data', (chunk) => (text += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal, stderr: text }));
  });
  assert.equal(stderr, '');
  assert.equal(signal, null);
  assert.equal(code, 0);
});

for (const [args, start] of [
  [LONG, 'Epoch 0, L'],
  [['--json', '--epochs', '20000'], '{"config":'], // 430 kB: more than the pipe holds
]) {
  test(`\`one-neuron network ${args.join(' ')} | head -c 10\` exits 0 and says nothing`, { timeout: 30_000 }, () => {
    const script = `set -o pipefail; "${process.execPath}" "${CLI}" network ${args.join(' ')} | head -c 10`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    assert.equal(result.stderr, '');
    assert.equal(result.status, 0);
    assert.equal(result.stdout, start);
  });
}

for (const args of [['--epochs', '10'], ['--json', '--epochs', '10'], ['--help']]) {
  test(
    `stdout on a full device (network ${args.join(' ')}): one line, exit 1`,
    { skip: !existsSync('/dev/full') },
    () => {
      const full = openSync('/dev/full', 'w');
      try {
        const result = spawnSync(process.execPath, [CLI, 'network', ...args], { stdio: ['ignore', full, 'pipe'] });
        assert.equal(result.stderr.toString('utf8'), 'one-neuron network: stdout: no space left on device\n');
        assert.equal(result.status, 1);
      } finally {
        closeSync(full);
      }
    },
  );
}
