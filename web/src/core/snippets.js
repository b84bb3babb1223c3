// The share dialog's texts for a run: its link, the iframe snippet (with an optional script that fits
// the frame to the embed's height) and the <one-neuron> snippet. Pure strings, tested in Node.
import { count } from './format.js';
import { MAX_LINK_LENGTH, writeHash } from './hash.js';

export { MAX_LINK_LENGTH };

// The iframe's height without the script: the compact embed whole in a 700 px column (1,601 px
// measured there with the two chart tables collapsed; taller on narrower screens: the script sizes it).
export const EMBED_HEIGHT = 1640;
// Chapter 2's: its compact embed (embed-network.html; map and training) whole in a 700 px column,
// measured 1,870 px there.
export const NETWORK_EMBED_HEIGHT = 1900;

// Each chapter's iframe embed, a self-contained file of its own (by the chapter's name): chapter 1's
// iframe carries no chapter 2. embed.html#chapter=network, shared before, goes on to embed-network.html.
export const EMBED_FILES = Object.freeze({ neuron: 'embed.html', network: 'embed-network.html' });

/** The embed file of the chapter called `name` (default: chapter 1), or null for no chapter. */
export function embedFile(name = 'neuron') {
  return Object.hasOwn(EMBED_FILES, name) ? EMBED_FILES[name] : null;
}

// Under file:// the page's address means nothing to anyone else: the snippets name this instead.
export const PLACEHOLDER_URL = 'https://your-site.example/one-neuron/';

// Sizes each iframe marked data-one-neuron-embed to the height its embed.html reports. A sandboxed
// frame's origin is "null", so the message is known by its source window, never by its origin.
export const RESIZE_SCRIPT =
  '<script>addEventListener("message",function(e){var d=e.data;' +
  'if(!d||d.type!=="one-neuron:height"||!(d.height>0&&d.height<1e5))return;' +
  'document.querySelectorAll("iframe[data-one-neuron-embed]").forEach(function(f){' +
  'if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})})</script>';

// Every character that means something inside a double-quoted attribute: "&" first (a page under
// /q&amp;a/ must stay "&amp;" once the blog has decoded the attribute), then the quote and the angle
// brackets, so that a snippet reads back as the same URL with any HTML parser.
export function escapeAttribute(text) {
  return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The three ways to share `state` (a chapter's, read with its field table `fields`) from the page at
 * `pageUrl` (the embed files sit next to the page); `title` is the iframe's accessible name. When the
 * link or the iframe's src would be longer than MAX_LINK_LENGTH, `tooLong` is its length and `link`
 * and `iframe` are null (the component's attributes have no such limit); otherwise `tooLong` is null.
 * A page opened from file:// shares PLACEHOLDER_URL's address instead, and says so: `placeholder`.
 * Options for a chapter other than the first: `chapter`, its name (its `hashName`), written into the
 * link, the iframe's src (which opens its embedFile()) and the element's `chapter` attribute; `height`,
 * its compact embed's iframe height in a 700 px column.
 */
export function shareSnippets(state, fields, pageUrl, title, { chapter = undefined, height = EMBED_HEIGHT } = {}) {
  const placeholder = new URL(pageUrl).protocol === 'file:';
  const page = new URL(placeholder ? PLACEHOLDER_URL : pageUrl);
  page.hash = '';
  const hash = writeHash(state, fields, chapter);
  const folder = new URL('./', page);
  const attributes = [
    chapter ? `chapter="${escapeAttribute(chapter)}"` : null,
    ...fields.names
      .filter((name) => state[name] !== undefined)
      .map((name) => `${name}="${escapeAttribute(fields.format(name, state[name]))}"`),
  ]
    .filter(Boolean)
    .join(' ');
  const link = `${page.href}${hash}`;
  const src = `${folder.href}${embedFile(chapter) ?? EMBED_FILES.neuron}${hash}`;
  const longest = Math.max(link.length, src.length);
  const tooLong = longest > MAX_LINK_LENGTH ? longest : null;
  return {
    link: tooLong === null ? link : null,
    iframe:
      tooLong !== null
        ? null
        : `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%"` +
          ` height="${height}" sandbox="allow-scripts" loading="lazy" style="border:0" data-one-neuron-embed></iframe>` +
          `\n<!-- Optional: fits the frame to its content on any screen -->\n${RESIZE_SCRIPT}`,
    component: `<script type="module" src="${escapeAttribute(`${folder.href}one-neuron.js`)}"></script>\n<one-neuron ${attributes}></one-neuron>`,
    tooLong,
    placeholder,
  };
}

/** Why a run whose link would be `length` characters is shared as a file instead. */
export function tooLongForLink(length) {
  return (
    `This run's data is too large for a link (${count(length)} characters; ` +
    `some browsers open links of at most ${count(MAX_LINK_LENGTH)}): share it as a run file instead.`
  );
}
