// The Content-Security-Policy for the self-contained files (embed.html, embed-network.html,
// one-neuron.html): their inline <script> and <style> elements pinned by sha256 hash. scripts/build.mjs
// writes it beside them (dist/csp.json and dist/csp-headers.txt); tests/browser/csp.test.mjs serves
// each under it.
import { createHash } from 'node:crypto';

/** The sha256 CSP sources ('sha256-…') of every inline <script> and <style> element in `html`. */
export function inlineHashes(html) {
  const hashes = { scripts: [], styles: [] };
  for (const [, tag, attributes, body] of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)) {
    if (/\ssrc=/i.test(attributes)) throw new Error(`csp: a <script src> in a self-contained file: ${attributes}`);
    const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
    hashes[tag.toLowerCase() === 'script' ? 'scripts' : 'styles'].push(hash);
  }
  return hashes;
}

/**
 * The whole policy for one file. WebAssembly needs 'wasm-unsafe-eval'; the inlined WASM is first fetched
 * from a data: URL (connect-src); the favicon and the PNG export's images are data: URLs (img-src).
 * style-src stays 'unsafe-inline' because the panels carry a style attribute (their --order), which a
 * hash cannot allow; a hash would do for the <style> element alone. Nothing else is loaded, so the rest
 * is 'none'. Trusted Types: nothing turns a string into markup or script. No frame-ancestors: the
 * embeds are meant to be framed by any blog.
 */
export function cspHeader({ scripts }) {
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')} 'wasm-unsafe-eval'`,
    "style-src 'unsafe-inline'",
    'connect-src data:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

/** csp.json's content: per file, its hashes and its header. */
export function cspRecord(files) {
  return Object.fromEntries(
    Object.entries(files).map(([name, html]) => {
      const hashes = inlineHashes(html);
      return [name, { ...hashes, header: cspHeader(hashes) }];
    }),
  );
}

/** The same as a `_headers` file (the format of Netlify and Cloudflare Pages), one block per file. */
export function headersFile(record) {
  const blocks = Object.entries(record).map(([name, { header }]) => `/${name}\n  Content-Security-Policy: ${header}\n`);
  return (
    '# Content-Security-Policy for the self-contained files, written by scripts/build.mjs.\n' +
    '# Serve each file under its own policy instead of (not in addition to) a site-wide one.\n' +
    blocks.join('\n')
  );
}
