// Formatting is automatic (npm run format) and checked here: clang-format for C++, Prettier for JS.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const cppDirs = ['cpp/bindings', 'cpp/bench', 'tests/cpp', 'tests/fuzz'];
for (const folder of readdirSync('cpp/engine')) cppDirs.push(`cpp/engine/${folder}`); // numeric, common, a folder per model
const cppFiles = cppDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.(cpp|hpp)$/.test(name))
    .map((name) => `${dir}/${name}`),
);
const clang = spawnSync('clang-format', ['--dry-run', '--Werror', ...cppFiles], { stdio: 'inherit' });
const prettier = spawnSync('node_modules/.bin/prettier', ['--check', '--log-level', 'warn', '.'], { stdio: 'inherit' });
if (clang.status !== 0 || prettier.status !== 0) {
  console.error('format: run `npm run format` to fix the files above');
  process.exit(1);
}
console.log('format: C++ and JS are formatted');
