// The package a blogger installs: `npm pack` of the built repo holds exactly the element, the engine's
// JS API, their types, the WASM and the CLI (with what they import), nothing else. The tarball goes into
// a fresh Vite project in a temporary folder, offline (`npm install --offline <tarball>`, Vite taken
// from this repo's node_modules), and `vite build` makes a page whose <one-neuron panels="compact">
// shows the post's numbers in Chromium; in Node, `one-neuron/engine` trains the post's run (as NumPy to
// 1e-12, as the repo's engine bit for bit), the installed CLI prints the post's output, and the types
// check. No network. Needs the build (`npm run build`).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, serve } from '../browser/browser.mjs';
import { expectedCliOutput, loadTestEngine, maxRelativeError, seedCase, withTrainer } from './golden.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'one-neuron-package-'));
const project = join(dir, 'blog');
const installed = join(project, 'node_modules/one-neuron');
let packed; // npm pack --json's record of the tarball
after(() => rmSync(dir, { recursive: true, force: true }));

const run = (command, args, cwd) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_cache: join(dir, 'npm-cache'), npm_config_update_notifier: 'false' },
    timeout: 60_000,
  });

/** The files `entry` (a repo path) imports by relative path, itself included, transitively. */
function importClosure(entry, found = new Set()) {
  if (found.has(entry)) return found;
  found.add(entry);
  const source = readFileSync(join(ROOT, entry), 'utf8');
  const imports = /\bfrom\s+'(\.[^']+)'|\bimport\(\s*'(\.[^']+)'\s*\)|^import\s+'(\.[^']+)'/gm;
  for (const [, a, b, c] of source.matchAll(imports)) {
    importClosure(normalize(join(dirname(entry), a ?? b ?? c)), found);
  }
  return found;
}

before(() => {
  assert.ok(existsSync(join(ROOT, 'dist/one-neuron.js')), 'dist/one-neuron.js is missing: run `npm run build` first');
  // --ignore-scripts: prepack would build again; the tests run on the build there is.
  [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT));
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'blog', private: true, type: 'module' }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, packed.filename)], project);
  symlinkSync(realpathSync(join(ROOT, 'node_modules/vite')), join(project, 'node_modules/vite'));
});

test('the tarball holds what a blogger needs and nothing else', (t) => {
  const files = packed.files.map((file) => file.path).sort();
  const wasm = files.filter((path) => /^dist\/assets\/one_neuron(_network)?-[\w-]+\.wasm$/.test(path));
  assert.equal(wasm.length, 2, "the element's two .wasm files (chapter 1's, chapter 2's), next to it in assets/");
  const needed = new Set([
    'package.json',
    'README.md',
    'LICENSE',
    'dist/one-neuron.js',
    ...wasm,
    'web/src/component.d.ts',
    'web/src/engine/index.d.ts',
    'web/src/generated/one_neuron.wasm',
    ...importClosure('web/src/engine/index.js'),
    'web/src/engine/network-engine.d.ts', // the network: a module of its own (one-neuron/network)
    'web/src/generated/one_neuron_network.wasm',
    ...importClosure('web/src/engine/network-engine.js'),
    ...importClosure('bin/one-neuron.mjs'), // a file missing here: add it to package.json's "files"
  ]);
  assert.deepEqual(files, [...needed].sort());
  t.diagnostic(
    `${packed.filename}: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked, ${files.length} files`,
  );
});

test('a fresh Vite project: <one-neuron panels="compact"> shows the post\'s numbers, its engine trains', async () => {
  writeFileSync(
    join(project, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="data:,">
<script type="module" src="./main.js"></script></head>
<body><main style="max-width: 700px; margin: auto"><p>The post.</p><one-neuron panels="compact"></one-neuron></main></body></html>`,
  );
  writeFileSync(join(project, 'main.js'), "import 'one-neuron';\n");
  // A second page for the engine's API in the browser: loadEngine() finds its .wasm by itself.
  writeFileSync(
    join(project, 'engine.html'),
    '<!doctype html><meta charset="utf-8"><title>Engine</title><link rel="icon" href="data:,"><script type="module" src="./engine.js"></script>',
  );
  writeFileSync(
    join(project, 'engine.js'),
    `import { loadEngine } from 'one-neuron/engine';
const trainer = (await loadEngine()).neuron.createTrainer({ lr: 0.1, seed: 42 });
trainer.train(5000);
document.body.dataset.weight = String(trainer.weight());
`,
  );
  writeFileSync(
    join(project, 'vite.config.js'),
    "export default { build: { rollupOptions: { input: ['index.html', 'engine.html'] } } };\n",
  );
  run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], project);

  const browser = await launchBrowser();
  const site = await serve(join(project, 'dist'));
  try {
    const page = await openPage(browser, { width: 1280, reducedMotion: 'reduce' });
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(site.url);
    await page.waitForFunction(() =>
      document.querySelector('one-neuron')?.shadowRoot?.querySelector('[data-one-neuron][data-status="done"]'),
    );
    const shown = await page.evaluate(() => {
      const root = document.querySelector('one-neuron').shadowRoot;
      const readout = (name) => root.querySelector(`[data-readout="${name}"]`)?.textContent;
      return {
        weight: readout('weight'),
        loss: readout('loss'),
        probabilities: [...root.querySelectorAll('table.predictions .probability')].map((node) => node.textContent),
      };
    });
    const finalLoss = seedCase.losses.at(-1).toFixed(4);
    assert.deepEqual(shown, {
      weight: '4.24834391',
      loss: finalLoss,
      probabilities: ['0.0172', '0.5502', '0.9885', '1.0000'],
    });
    assert.ok(
      requests.some((url) => url.startsWith(site.url) && url.endsWith('.wasm')),
      'the .wasm came with the build',
    );
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('data:')),
      [],
    );
    assert.deepEqual(page.problems, []);

    await page.goto(`${site.url}engine.html`);
    await page.waitForSelector('body[data-weight]', { state: 'attached' });
    assert.equal(await page.getAttribute('body', 'data-weight'), String(seedCase.weight));
    assert.deepEqual(page.problems, []);
  } finally {
    await browser.close();
    await site.close();
  }
});

test("`one-neuron/engine` in Node trains the post's run", async () => {
  writeFileSync(
    join(project, 'train.mjs'),
    `import { readFileSync } from 'node:fs';
import { loadEngine } from 'one-neuron/engine';
const engine = await loadEngine({ wasmBinary: readFileSync(new URL(import.meta.resolve('one-neuron/engine.wasm'))) });
const trainer = engine.neuron.createTrainer({ hours: [1, 2, 3, 4, 5], labels: [0, 0, 1, 1, 1], lr: 0.1, seed: 42 });
trainer.train(5000);
const run = { weight: trainer.weight(), bias: trainer.bias(), losses: [...trainer.lossHistory()],
  predictions: [...trainer.predictMany([1.5, 2.5, 3.5, 6])] };
trainer.delete();
console.log(JSON.stringify(run));
`,
  );
  const shipped = JSON.parse(run(process.execPath, ['train.mjs'], project));
  // Against the post's NumPy run (to 1e-12 relative, as tests/node/engine.test.mjs) ...
  assert.ok(maxRelativeError([shipped.weight, shipped.bias], [seedCase.weight, seedCase.bias]) <= 1e-12);
  assert.ok(maxRelativeError(shipped.losses, seedCase.losses) <= 1e-12);
  assert.ok(maxRelativeError(shipped.predictions, seedCase.predictions) <= 1e-12);
  assert.equal(shipped.weight.toFixed(8), '4.24834391'); // Final weight: [[4.24834391]]
  // ... and bit for bit the repo's own engine.
  const engine = await loadTestEngine();
  withTrainer(engine, {}, (trainer) => {
    trainer.train(5000);
    assert.deepEqual(shipped.losses, [...trainer.lossHistory()]);
    assert.deepEqual([shipped.weight, shipped.bias], [trainer.weight(), trainer.bias()]);
  });
});

test("the installed CLI prints the post's output byte for byte", () => {
  assert.equal(run(join(project, 'node_modules/.bin/one-neuron'), [], project), expectedCliOutput.toString('utf8'));
});

test("the package's types: the element's and the engine's, as a TypeScript blog imports them", () => {
  writeFileSync(
    join(project, 'check.ts'),
    `import 'one-neuron';
import type { OneNeuronAttributes } from 'one-neuron';
import { loadEngine, type Engine } from 'one-neuron/engine';
export const attributes: OneNeuronAttributes = { panels: 'compact', lr: '0.1' };
export const engine: Promise<Engine> = loadEngine({ wasmBinary: new Uint8Array(0) });
export const rate: number | undefined = document.querySelector('one-neuron')?.explorable?.state().lr;
// @ts-expect-error the engine's config takes numbers, not text
loadEngine().then((e) => e.neuron.createTrainer({ lr: 'fast' }));
`,
  );
  const compilerOptions = {
    noEmit: true,
    strict: true,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
  };
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { ...compilerOptions, lib: ['ES2022', 'DOM'], types: [] }, files: ['check.ts'] }),
  );
  run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], project);
});
