// The built output and the page's source never evaluate strings as code and never parse text as
// HTML: what makes them run under a CSP without 'unsafe-eval' and keeps hostile input inert.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const FORBIDDEN = [
  /\beval\s*\(/,
  /new\s+Function\b/,
  /\bFunction\s*\(\s*['"`]/,
  /\.innerHTML\b/,
  /\.outerHTML\s*=/,
  /insertAdjacentHTML/,
  /document\.write/,
];

function files(dir, pattern) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' && dir === 'web/src' ? [] : files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

function offences(paths) {
  return paths.flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return FORBIDDEN.filter((pattern) => pattern.test(text)).map((pattern) => `${path}: ${pattern}`);
  });
}

test('the built page, component and single files contain no eval, new Function or innerHTML', () => {
  assert.ok(existsSync('dist/index.html'), 'run npm run build first');
  const built = files('dist', /\.(js|html)$/);
  assert.ok(built.length >= 4, built.join(', '));
  assert.deepEqual(offences(built), []);
});

test('the WASM glue is built without dynamic execution', () => {
  assert.deepEqual(offences(files('web/src/generated', /\.js$/)), []);
});

test("the page's source and the CLI contain none either", () => {
  const source = [...files('web/src', /\.js$/), ...files('bin', /\.mjs$/)];
  assert.deepEqual(offences(source), []);
});
