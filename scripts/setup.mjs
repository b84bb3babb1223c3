// Set-up that `npm start` and `npm test` do by themselves on a fresh Debian 12 machine:
// Debian packages through apt-get (when run as root), then the npm dependencies (npm ci).
// Where a tool is missing and cannot be installed, one clear message names it and exits 1.
//   node scripts/setup.mjs          what building and serving need
//   node scripts/setup.mjs --test   also what the tests need (GoogleTest, Chromium, NumPy, clang-format)
//   node scripts/setup.mjs --fuzz   also clang and libFuzzer (npm run fuzz, npm run test:sanitize)
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const forTests = process.argv.includes('--test');
const forFuzzing = process.argv.includes('--fuzz');

// [what is checked, Debian package that provides it]
const needs = [
  ['/usr/bin/emcc', 'emscripten'],
  ['/usr/bin/cmake', 'cmake'],
  ['/usr/bin/g++', 'g++'],
  ['/usr/bin/make', 'make'],
];
if (forTests) {
  needs.push(
    ['/usr/include/gtest/gtest.h', 'libgtest-dev'],
    ['/usr/bin/chromium', 'chromium'],
    ['/usr/bin/clang-format', 'clang-format'],
    ['/usr/lib/python3/dist-packages/numpy', 'python3-numpy'],
  );
}
if (forFuzzing) {
  needs.push(
    ['/usr/bin/clang++', 'clang'],
    ['/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a', 'libclang-rt-14-dev'],
  );
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

const missing = needs.filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg);
if (missing.length > 0) {
  const isRoot = process.getuid?.() === 0;
  console.log(`setup: installing Debian packages: ${missing.join(' ')}`);
  const installed = isRoot && run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', ...missing]);
  const still = needs.filter(([path]) => !existsSync(path));
  if (!installed || still.length > 0) {
    const names = still.map(([path, pkg]) => `${pkg} (${path})`).join(', ');
    console.error(
      `setup: missing ${names}. Install with: sudo apt-get install ${still.map(([, pkg]) => pkg).join(' ')}`,
    );
    process.exit(1);
  }
}

// npm dependencies: install when node_modules is absent or older than the lock file.
const lock = 'package-lock.json';
const installedLock = 'node_modules/.package-lock.json';
if (!existsSync(installedLock) || statSync(installedLock).mtimeMs < statSync(lock).mtimeMs) {
  console.log('setup: installing npm dependencies (npm ci)');
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) {
    console.error('setup: npm ci failed; see the messages above');
    process.exit(1);
  }
}

// Node 20 or newer (import.meta, node --test, util.parseArgs).
const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  console.error(`setup: Node ${process.versions.node} is too old; One Neuron needs Node 20 or newer`);
  process.exit(1);
}
