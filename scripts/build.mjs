// Builds the WASM engine (emcmake + CMake) and, with Vite, everything in dist/:
//   index.html + assets/   the page
//   one-neuron.js          the <one-neuron> web component (finds its .wasm in assets/ next to it)
//   embed.html             chapter 1's compact page for iframes, one self-contained file
//   embed-network.html     chapter 2's, the same way (embed.html#chapter=network goes on to it)
//   one-neuron.html        the whole page (both chapters) as one self-contained file, for file://
//   csp.json, csp-headers.txt   the Content-Security-Policy of those three files (their inline hashes)
//   node scripts/build.mjs            WASM module + dist/
//   node scripts/build.mjs --native   also the native engine and its GoogleTest suite (build/native)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { minified } from '../vite.config.js';
import { cspRecord, headersFile } from './csp.mjs';

const jobs = '2';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`build: ${command} ${args.join(' ')} failed`);
    process.exit(1);
  }
}

// Debian's Emscripten needs Debian's node modules (acorn) for its optimizer.
const emscriptenEnv = { NODE_PATH: '/usr/share/nodejs' };
if (!existsSync('build/wasm/CMakeCache.txt')) {
  run('emcmake', ['cmake', '-S', '.', '-B', 'build/wasm', '-DCMAKE_BUILD_TYPE=Release'], emscriptenEnv);
}
run('cmake', ['--build', 'build/wasm', '-j', jobs], emscriptenEnv);

if (process.argv.includes('--native')) {
  if (!existsSync('build/native/CMakeCache.txt')) {
    run('cmake', ['-S', '.', '-B', 'build/native', '-DCMAKE_BUILD_TYPE=Release']);
  }
  run('cmake', ['--build', 'build/native', '-j', jobs]);
}

// The page.
await build({ configFile: 'vite.config.js', logLevel: 'warn' });

// The web component: one ES module plus the .wasm it loads by a URL relative to itself.
await build({
  configFile: false,
  root: 'web',
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: '../dist',
    emptyOutDir: false,
    modulePreload: false,
    ...minified({
      input: resolve('web/src/component.js'),
      // One file a blogger copies (the page's later panels are chunks; here they are inlined).
      output: {
        format: 'es',
        entryFileNames: 'one-neuron.js',
        assetFileNames: 'assets/[name]-[hash][extname]',
        codeSplitting: false,
      },
    }),
  },
});

// Self-contained files: the engine's SINGLE_FILE build (WASM inlined) instead of the .js/.wasm pair,
// every script and style inlined, the favicon as a data URL. No request leaves the file. Each embed
// carries its own chapter only; one-neuron.html, the offline copy of the page, carries both.
const singleFiles = {};
const favicon = `data:image/svg+xml,${encodeURIComponent(readFileSync('web/public/favicon.svg', 'utf8').trim())}`;
for (const [page, target] of [
  ['index.html', 'one-neuron.html'],
  ['embed.html', 'embed.html'],
  ['embed-network.html', 'embed-network.html'],
]) {
  const outDir = resolve('build/single', page.replace('.html', ''));
  await build({
    configFile: false,
    root: 'web',
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins: [viteSingleFile()],
    resolve: {
      alias: [
        { find: /^\.\.?\/generated\/one_neuron\.js$/, replacement: resolve('web/src/generated/one_neuron_inline.js') },
        {
          find: /^\.\.?\/(network\/)?engine-start\.js$/,
          replacement: resolve('web/src/chapters/network/engine-start-inline.js'),
        },
      ],
    },
    build: {
      outDir,
      emptyOutDir: true,
      modulePreload: { polyfill: false },
      ...minified({ input: resolve('web', page) }),
    },
  });
  const html = readFileSync(resolve(outDir, page), 'utf8').replace('href="./favicon.svg"', `href="${favicon}"`);
  writeFileSync(resolve('dist', target), html);
  singleFiles[target] = html;
}
const csp = cspRecord(singleFiles);
writeFileSync('dist/csp.json', `${JSON.stringify(csp, null, 2)}\n`);
writeFileSync('dist/csp-headers.txt', headersFile(csp));
console.log('build: dist/ is ready');
