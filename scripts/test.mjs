// `npm test` after set-up and build: formatting, the engine's GoogleTest suite (CTest), the JS API's
// declarations against their use (tsc), then the WASM module, CLI and browser tests (node --test).
// Runs every layer, fails if any failed.
import { spawnSync } from 'node:child_process';

const layers = [
  ['formatting', 'node', ['scripts/format-check.mjs']],
  ['engine (C++, GoogleTest via CTest)', 'ctest', ['--test-dir', 'build/native', '--output-on-failure']],
  ['types (tsc --noEmit)', 'node_modules/.bin/tsc', ['-p', 'tests/types']],
  ['WASM module, CLI and browser (node --test)', process.execPath, ['--test', 'tests/node/', 'tests/browser/']],
];

const failed = [];
for (const [name, command, args] of layers) {
  console.log(`\n== ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nFAILED: ${failed.join('; ')}`);
  process.exit(1);
}
