// A small static file server for dist/ on 127.0.0.1: `npm start` uses it, and so do the browser
// tests (which also set extra headers, e.g. a Content-Security-Policy). Sends application/wasm
// for .wasm and no CORS headers.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serve `root` on 127.0.0.1:`port` (0 = any free port). Resolves to { server, url }. `headers`: extra
 * headers for every file, or a function of the path ('/embed.html') giving each file's, as a `_headers`
 * file does.
 */
export function serveDirectory(root, { port = 0, headers = {} } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) return send(response, 403, 'forbidden');
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const { size, mtimeMs } = statSync(file);
      // no-cache: the browser asks again every time, and a file it already has costs a 304 with no body,
      // as on any static host (Chromium asks for the favicon again after the page's first replaceState).
      const etag = `W/"${size}-${Math.trunc(mtimeMs)}"`;
      const common = {
        'Cache-Control': 'no-cache',
        ETag: etag,
        ...(typeof headers === 'function' ? headers(path) : headers),
      };
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, common);
        return response.end();
      }
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': size,
        ...common,
      });
      createReadStream(file).pipe(response);
    } catch {
      send(response, 404, 'not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolvePromise({ server, url: `http://127.0.0.1:${server.address().port}/` });
    });
  });
}

function send(response, status, text) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
