// The static server behind `npm start` and the browser tests: a file the browser already has costs a
// 304 with no body (as on any static host), and nothing outside the served folder is reachable.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serveDirectory } from '../../scripts/static-server.mjs';

let site;
before(async () => {
  const root = mkdtempSync(join(tmpdir(), 'one-neuron-serve-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  site = await serveDirectory(root);
});
after(() => {
  site.server.closeAllConnections();
  site.server.close();
});

test('a file asked for again with its ETag is a 304 with no body', async () => {
  const first = await fetch(new URL('favicon.svg', site.url));
  assert.equal(first.status, 200);
  assert.equal(first.headers.get('content-type'), 'image/svg+xml');
  assert.equal(first.headers.get('cache-control'), 'no-cache');
  assert.equal(await first.text(), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const etag = first.headers.get('etag');
  assert.match(etag, /^W\/"\d+-\d+"$/);

  const again = await fetch(new URL('favicon.svg', site.url), { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');

  const other = await fetch(new URL('favicon.svg', site.url), { headers: { 'If-None-Match': 'W/"1-1"' } });
  assert.equal(other.status, 200);
});

test('the folder serves its index.html, and a missing file is a 404', async () => {
  const index = await fetch(site.url);
  assert.equal(index.status, 200);
  assert.match(await index.text(), /<title>t<\/title>/);
  assert.equal((await fetch(new URL('missing.js', site.url))).status, 404);
});

test('a path climbing out of the folder is refused', async () => {
  // Sent as it is (fetch would resolve the dots first): the server decodes the slashes, then must refuse.
  const status = await new Promise((resolve, reject) => {
    const url = new URL(site.url);
    get({ host: url.hostname, port: url.port, path: '/..%2f..%2f..%2fetc%2fpasswd' }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject);
  });
  assert.equal(status, 403);
});
