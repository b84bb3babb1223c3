// Builds the WASM engine (emcmake + CMake) and the page (Vite, web/ -> dist/).
//   node scripts/build.mjs            WASM module + dist/
//   node scripts/build.mjs --native   also the native engine and its GoogleTest suite (build/native)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { build } from 'vite';

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

await build({ configFile: 'vite.config.js', logLevel: 'warn' });
console.log('build: dist/ is ready');
