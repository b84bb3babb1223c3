// Sharing and importing without a browser (issue 15, items 3, 4 and 6): readRunJson's size and type
// checks, the one-sentence messages a refused import shows (importRefusal), the share snippets'
// escaping for awkward hosting paths, which runs are too large for a link, and which embed file each
// chapter's iframe opens.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { networkFields } from '../../web/src/chapters/network/fields.js';
import { neuronFields } from '../../web/src/chapters/neuron/fields.js';
import { FieldError } from '../../web/src/core/fields.js';
import { writeHash } from '../../web/src/core/hash.js';
import { importRefusal, MAX_RUN_FILE_BYTES, readRunJson } from '../../web/src/core/run-file.js';
import {
  EMBED_HEIGHT,
  embedFile,
  escapeAttribute,
  MAX_LINK_LENGTH,
  PLACEHOLDER_URL,
  RESIZE_SCRIPT,
  shareSnippets,
  tooLongForLink,
} from '../../web/src/core/snippets.js';
import { EngineError } from '../../web/src/engine/index.js';

const TITLE = 'One Neuron: a neuron learning pass or fail from hours studied';
// Full stops that end a sentence (not the dots in "run.json" or "0.5"), and no doubled ones.
const sentenceStops = (text) => {
  assert.doesNotMatch(text, /\.\s*\./, text);
  return text.match(/\.(\s|$)/g)?.length ?? 0;
};

// The hosting paths of issue 15's item 4, as a reader's address bar would hold them.
const AWKWARD_PAGES = [
  'https://example.org/q&amp;a/',
  'https://example.org/a b/',
  'https://example.org/"quoted"/',
  'https://example.org/<x>/',
  'https://example.org/caf%C3%A9/',
  'https://example.org/?x=1&y=2',
];

test('readRunJson: the size limit counts UTF-8 bytes, as the file on disk has them', () => {
  const padded = (padding) => `{"config": {"lr": 0.3}, "note": "${padding}"}`;
  const tooLarge = /^import: the file is larger than 50 MB$/;
  // Issue 15's 63 MB file of "é": 31,457,280 characters, two bytes each.
  const e = 'é'.repeat(30 * 1024 * 1024);
  assert.throws(() => readRunJson(padded(e), neuronFields), { message: tooLarge });
  assert.throws(() => readRunJson('x'.repeat(MAX_RUN_FILE_BYTES + 1), neuronFields), { message: tooLarge });
  // Four bytes in two UTF-16 units: 12,600,000 emoji are 50,400,000 bytes.
  assert.throws(() => readRunJson(padded('😀'.repeat(12_600_000)), neuronFields), { message: tooLarge });
  // Just under: 16,000,000 "é" are 32,000,000 bytes; ASCII up to the limit's last byte.
  assert.equal(readRunJson(padded('é'.repeat(16_000_000)), neuronFields).lr, 0.3);
  const ascii = padded('');
  assert.equal(readRunJson(ascii + ' '.repeat(MAX_RUN_FILE_BYTES - ascii.length), neuronFields).lr, 0.3);
  assert.throws(() => readRunJson(ascii + ' '.repeat(MAX_RUN_FILE_BYTES - ascii.length + 1), neuronFields), {
    message: tooLarge,
  });
  // "€" is three bytes: 16,666,666 of them are 49,999,998 bytes, one more is 50,000,001.
  const euros = (n) => `{"config":{},"n":"${'€'.repeat(n)}"}`;
  const frame = euros(0).length; // 20 ASCII bytes
  const fit = Math.floor((MAX_RUN_FILE_BYTES - frame) / 3);
  assert.equal(readRunJson(euros(fit), neuronFields).lr, 0.1);
  assert.throws(() => readRunJson(euros(fit + 1), neuronFields), { message: tooLarge });
});

test('readRunJson: a file that is not a run file says so, naming the file, not a field', () => {
  const cases = [
    ['not json at all', 'the file is not JSON, so not a run file'],
    ['', 'the file is not JSON, so not a run file'],
    ['{"config": "lr=0.3"}', 'the file has no "config", so it is not a run file'],
    ['[{"config": {}}]', 'the file has no "config", so it is not a run file'],
  ];
  for (const [text, what] of cases) {
    assert.throws(
      () => readRunJson(text, neuronFields),
      (error) =>
        error instanceof FieldError &&
        error.field === 'import' &&
        error.message === `import: ${what}; choose a run exported here or by \`one-neuron --json\``,
      text,
    );
  }
  assert.throws(() => readRunJson('{"config": {"test": [1, null]}}', neuronFields), {
    message: /^test: must be a list of numbers/,
  });
  assert.deepEqual(readRunJson('{"config": {"hours": [1, 2], "labels": [0, 1]}}', neuronFields).hours, [1, 2]);
});

test('importRefusal: too large, unreadable, not a run file or a bad value, in one sentence', () => {
  const cases = [
    // [size, error, what the reader reads between "Could not import run.json: " and ". Nothing was changed."]
    [62_914_560, null, 'it is 63 MB; a run file is at most 50 MB'],
    [600 * 1024 * 1024, null, 'it is 629 MB; a run file is at most 50 MB'],
    [2 ** 31, null, 'it is 2.1 GB; a run file is at most 50 MB'],
    [MAX_RUN_FILE_BYTES + 1, null, 'it is 50,000,001 bytes; a run file is at most 50 MB'],
    [50_499_999, null, 'it is 50,499,999 bytes; a run file is at most 50 MB'],
    [50_500_000, null, 'it is 51 MB; a run file is at most 50 MB'],
    // Too large wins over whatever reading would have said.
    [3e9, new DOMException('x', 'NotReadableError'), 'it is 3.0 GB; a run file is at most 50 MB'],
    [
      1234,
      new DOMException(
        'The requested file could not be read, typically due to permission problems that have occurred after a reference to a file was acquired.',
        'NotReadableError',
      ),
      'the browser could not read it; it may have been moved, changed or deleted since it was chosen',
    ],
    [10, new DOMException('A requested file or directory could not be found.', 'NotFoundError'), null],
    [
      MAX_RUN_FILE_BYTES,
      new FieldError('import', 'the file is not JSON, so not a run file; choose one'),
      'the file is not JSON, so not a run file; choose one',
    ],
    [99, new FieldError('lr', 'must be a number in the file'), 'lr: must be a number in the file'],
    [99, new EngineError('lr: must be a number greater than 0, got 0'), 'lr: must be a number greater than 0, got 0'],
    [99, new EngineError('test: value 1 is 1000000.5, above 1e6.'), 'test: value 1 is 1000000.5, above 1e6'],
  ];
  for (const [size, error, what] of cases) {
    const message = importRefusal('run.json', size, error);
    assert.equal(sentenceStops(message), 2, message); // what happened, then "Nothing was changed."
    assert.ok(message.endsWith('. Nothing was changed.'), message);
    if (what === null) assert.match(message, /^Could not import run\.json: the browser could not read it;/);
    else assert.equal(message, `Could not import run.json: ${what}. Nothing was changed.`);
  }
  // A long name is cut to 80 characters; a name is text, never markup (the panel sets textContent).
  const long = `${'<b>'.repeat(40)}.json`;
  assert.equal(
    importRefusal(long, 1e9, null),
    `Could not import ${long.slice(0, 80)}: it is 1.0 GB; a run file is at most 50 MB. Nothing was changed.`,
  );
});

/** The attribute values each snippet should carry for the run `state` shared from `pageUrl`. */
function intendedSnippets(state, pageUrl) {
  const page = new URL(pageUrl);
  page.hash = '';
  const hash = writeHash(state, neuronFields);
  const folder = new URL('./', page).href;
  return {
    link: `${page.href}${hash}`,
    iframe: { src: `${folder}embed.html${hash}`, title: TITLE },
    script: `${folder}one-neuron.js`,
    component: Object.fromEntries(
      neuronFields.names
        .filter((name) => state[name] !== undefined)
        .map((name) => [name, neuronFields.format(name, state[name])]),
    ),
  };
}

test('shareSnippets: every attribute escapes & " < > for awkward hosting paths', () => {
  assert.equal(escapeAttribute('/q&amp;a/?x=1&y=2 "<x>"'), '/q&amp;amp;a/?x=1&amp;y=2 &quot;&lt;x&gt;&quot;');
  const state = { ...neuronFields.defaults, seed: 5, epochs: 100, w0: -0.5 };
  for (const pageUrl of AWKWARD_PAGES) {
    const snippets = shareSnippets(state, neuronFields, `${pageUrl}#lr=9`, TITLE);
    const want = intendedSnippets(state, pageUrl);
    assert.equal(snippets.link, want.link, pageUrl);
    assert.equal(snippets.tooLong, null);
    const iframe = `<iframe src="${escapeAttribute(want.iframe.src)}" title="${TITLE}"`;
    assert.ok(snippets.iframe.startsWith(iframe), `${pageUrl}: ${snippets.iframe}`);
    const [script, component] = snippets.component.split('\n');
    assert.equal(script, `<script type="module" src="${escapeAttribute(want.script)}"></script>`, pageUrl);
    assert.equal(
      component,
      '<one-neuron hours="1,2,3,4,5" labels="0,0,1,1,1" lr="0.1" epochs="100" seed="5" test="1.5,2.5,3.5,6" w0="-0.5"></one-neuron>',
    );
    // Outside the escapes, no "&" (a blog would decode it), and no quote or bracket inside a value.
    for (const text of [snippets.iframe, snippets.component]) {
      for (const [, value] of text.matchAll(/="([^"]*)"/g)) {
        assert.doesNotMatch(value, /&(?!(amp|quot|lt|gt);)|[<>]/, `${pageUrl}: ${value}`);
      }
    }
  }
  // The case of the issue, spelled out: the blog decodes "&amp;amp;" back to the page's "&amp;".
  const { iframe } = shareSnippets(neuronFields.defaults, neuronFields, 'https://example.org/q&amp;a/', TITLE);
  assert.ok(
    iframe.startsWith(
      '<iframe src="https://example.org/q&amp;amp;a/embed.html#hours=1,2,3,4,5&amp;labels=0,0,1,1,1&amp;lr=0.1&amp;epochs=5000&amp;seed=42&amp;test=1.5,2.5,3.5,6"',
    ),
    iframe,
  );
});

/** A state whose iframe src (the longer of the two URLs from `pageUrl`) is exactly `length` characters. */
function stateWithSrcLength(pageUrl, length) {
  const srcOf = (state) => `${new URL('./', pageUrl).href}embed.html${writeHash(state, neuronFields)}`;
  const rows = (n, first = 1) => ({
    ...neuronFields.defaults,
    hours: [first, ...Array(n - 1).fill(1)],
    labels: Array(n).fill(1),
  });
  const base = srcOf(rows(1)).length;
  const n = 1 + Math.floor((length - base) / 4); // each row adds "1," to hours and "1," to labels
  const state = rows(n, Number('1'.repeat(1 + length - srcOf(rows(n)).length)));
  assert.equal(srcOf(state).length, length);
  return state;
}

test(`shareSnippets: a link or iframe src over ${MAX_LINK_LENGTH.toLocaleString('en')} characters is not offered`, () => {
  const page = 'https://example.org/posts/one-neuron/';
  const fits = shareSnippets(stateWithSrcLength(page, MAX_LINK_LENGTH), neuronFields, page, TITLE);
  assert.equal(fits.tooLong, null);
  assert.ok(fits.link.length < MAX_LINK_LENGTH); // the page's link is shorter than its embed.html
  const src = /src="([^"]*)"/.exec(fits.iframe)[1].replaceAll('&amp;', '&');
  assert.equal(src.length, MAX_LINK_LENGTH);

  const over = shareSnippets(stateWithSrcLength(page, MAX_LINK_LENGTH + 1), neuronFields, page, TITLE);
  assert.equal(over.tooLong, MAX_LINK_LENGTH + 1);
  assert.equal(over.link, null);
  assert.equal(over.iframe, null);
  assert.match(
    over.component,
    /^<script type="module" src="https:\/\/example\.org\/posts\/one-neuron\/one-neuron\.js"><\/script>\n<one-neuron hours="/,
  );

  // The documented maximum: 1,000,000 rows (about 4 MB of hash).
  const million = { ...neuronFields.defaults, hours: Array(1e6).fill(2.5), labels: Array(1e6).fill(1) };
  const { tooLong } = shareSnippets(million, neuronFields, page, TITLE);
  assert.ok(tooLong > 5_000_000, String(tooLong));
  const why = tooLongForLink(tooLong);
  assert.equal(
    why,
    `This run's data is too large for a link (${tooLong.toLocaleString('en-US')} characters; some browsers open links of at most 1,000,000): share it as a run file instead.`,
  );
  assert.equal(sentenceStops(why), 1);
});

test('shareSnippets: under file:// the snippets name a placeholder site and say so', () => {
  const local = shareSnippets(neuronFields.defaults, neuronFields, 'file:///home/me/one-neuron/index.html#lr=9', TITLE);
  assert.equal(local.placeholder, true);
  const hash = writeHash(neuronFields.defaults, neuronFields);
  assert.equal(local.link, `${PLACEHOLDER_URL}${hash}`);
  assert.ok(local.iframe.startsWith(`<iframe src="${PLACEHOLDER_URL}embed.html${hash.replaceAll('&', '&amp;')}"`));
  assert.ok(local.component.startsWith(`<script type="module" src="${PLACEHOLDER_URL}one-neuron.js"></script>`));
  for (const text of [local.link, local.iframe, local.component]) assert.doesNotMatch(text, /file:|\/home\/me/);
  const served = shareSnippets(neuronFields.defaults, neuronFields, 'https://example.org/one-neuron/', TITLE);
  assert.equal(served.placeholder, false);
  assert.doesNotMatch(served.iframe, /your-site\.example/);
});

test('shareSnippets: the iframe is tall enough for the compact embed at 700 px, with the optional resize script', () => {
  const { iframe } = shareSnippets(neuronFields.defaults, neuronFields, 'https://example.org/', TITLE);
  const [frame, comment, script] = iframe.split('\n');
  assert.match(
    frame,
    new RegExp(` height="${EMBED_HEIGHT}" sandbox="allow-scripts" .*data-one-neuron-embed></iframe>$`),
  );
  assert.match(comment, /^<!-- Optional: .* -->$/);
  assert.equal(script, RESIZE_SCRIPT);
  assert.match(script, /e\.source/, 'the message is known by the frame it comes from (a sandbox has no origin)');
});

test("shareSnippets: each chapter's iframe opens that chapter's own embed file", () => {
  const pageUrl = 'https://example.org/one-neuron/index.html';
  const one = shareSnippets(neuronFields.defaults, neuronFields, pageUrl, TITLE);
  assert.ok(one.iframe.startsWith('<iframe src="https://example.org/one-neuron/embed.html#hours='), one.iframe);
  const two = shareSnippets(networkFields.defaults, networkFields, pageUrl, 'Chapter 2', { chapter: 'network' });
  assert.ok(
    two.iframe.startsWith('<iframe src="https://example.org/one-neuron/embed-network.html#chapter=network&amp;'),
    two.iframe,
  );
  assert.ok(two.link.startsWith('https://example.org/one-neuron/index.html#chapter=network&'));
  assert.equal(embedFile(), 'embed.html');
  assert.equal(embedFile('network'), 'embed-network.html');
  for (const name of ['constructor', 'toString', 'nope']) assert.equal(embedFile(name), null);
});
