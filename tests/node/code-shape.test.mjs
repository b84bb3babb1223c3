// The page's code stays legible (issue 11): no file in web/src over 250 lines and no function over 80,
// unless a comment on the line above it says why ("long on purpose: …"). Parsed with acorn, so a
// function is what the language says it is, arrow functions and methods included.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import * as acorn from 'acorn';

const ROOT = new URL('../../web/src/', import.meta.url).pathname;
const MAX_FILE_LINES = 250;
const MAX_FUNCTION_LINES = 80;
const REASON = /long on purpose:/;

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

function functions(node, found = []) {
  if (!node || typeof node.type !== 'string') return found;
  if (/Function/.test(node.type)) found.push(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => functions(child, found));
    else if (value && typeof value === 'object') functions(value, found);
  }
  return found;
}

test(`web/src: files of at most ${MAX_FILE_LINES} lines, functions of at most ${MAX_FUNCTION_LINES}`, () => {
  const problems = [];
  const files = sources(ROOT);
  assert.ok(files.length > 20, `${files.length} source files found`);
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    const name = relative(ROOT, path);
    if (lines.length > MAX_FILE_LINES && !REASON.test(lines.slice(0, 5).join('\n'))) {
      problems.push(`${name}: ${lines.length} lines`);
    }
    const ast = acorn.parse(text, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
    for (const fn of functions(ast)) {
      const length = fn.loc.end.line - fn.loc.start.line + 1;
      const above = lines[fn.loc.start.line - 2] ?? '';
      if (length > MAX_FUNCTION_LINES && !REASON.test(above)) {
        problems.push(`${name}:${fn.loc.start.line}: a function of ${length} lines`);
      }
    }
  }
  assert.deepEqual(problems, []);
});
