// Sharing and exporting, for any chapter: a dialog with the current run's link, iframe and
// <one-neuron> snippets (each with a copy button), buttons for the exports and the import of a run
// file. Knows nothing of the engine or a model: the chapter's share panel hands it what to do.
import { el, uniqueId } from './dom.js';
import { writeHash } from './hash.js';

// The values are numbers and the hash only "name=1,2&...", so only these could break out of a quote.
// ("&labels=" needs no escaping: a character reference inside an attribute needs a ";".)
function escapeAttribute(text) {
  return String(text).replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The three ways to share `state` (a chapter's, read with its field table `fields`) from the page at
 * `pageUrl` (the embed files sit next to the page); `title` is the iframe's accessible name.
 */
export function shareSnippets(state, fields, pageUrl, title) {
  const page = new URL(pageUrl);
  page.hash = '';
  const hash = writeHash(state, fields);
  const folder = new URL('./', page);
  const attributes = fields.names
    .filter((name) => state[name] !== undefined)
    .map((name) => `${name}="${escapeAttribute(fields.format(name, state[name]))}"`)
    .join(' ');
  return {
    link: `${page.href}${hash}`,
    iframe:
      `<iframe src="${escapeAttribute(`${folder.href}embed.html${hash}`)}" title="${escapeAttribute(title)}"` +
      ` width="100%" height="820" sandbox="allow-scripts" loading="lazy" style="border:0"></iframe>`,
    component: `<script type="module" src="${escapeAttribute(`${folder.href}one-neuron.js`)}"></script>\n<one-neuron ${attributes}></one-neuron>`,
  };
}

/** Save `blob` as `filename` through a temporary link. */
export function download(filename, blob) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** PNG data URLs (the charts) side by side on `background`, as one PNG blob. */
export async function imagesSideBySide(images, background) {
  const pictures = await Promise.all(
    images.map(
      (source) =>
        new Promise((resolve, reject) => {
          const image = new Image();
          image.onload = () => resolve(image);
          image.onerror = () => reject(new Error('the charts could not be drawn as PNG'));
          image.src = source;
        }),
    ),
  );
  const canvas = document.createElement('canvas');
  canvas.width = pictures.reduce((sum, picture) => sum + picture.width, 0);
  canvas.height = Math.max(...pictures.map((picture) => picture.height));
  const context = canvas.getContext('2d');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  let x = 0;
  for (const picture of pictures) {
    context.drawImage(picture, x, 0);
    x += picture.width;
  }
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

async function copyText(text, textarea) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard API here (an insecure origin or a sandbox): the older way, from the selection.
    textarea.select();
    if (!document.execCommand('copy')) throw new Error('copy is blocked here; select the text and copy it');
  }
}

function snippetRow(label, name) {
  const textarea = el('textarea', { readonly: true, rows: name === 'component' ? 4 : 3, 'data-snippet': name });
  const status = el('span', { class: 'copy-status', role: 'status' });
  const button = el('button', { type: 'button', class: 'button', text: 'Copy', 'data-copy': name });
  button.addEventListener('click', async () => {
    try {
      await copyText(textarea.value, textarea);
      status.textContent = 'Copied';
    } catch (error) {
      status.textContent = error.message;
    }
  });
  const id = uniqueId(`snippet-${name}`);
  textarea.id = id;
  const row = el(
    'div',
    { class: 'snippet' },
    el('label', { for: id, text: label }),
    textarea,
    el('div', { class: 'snippet-actions' }, button, status),
  );
  return { row, textarea, status };
}

/**
 * Fill `container`. Handlers: snippets() -> { link, iframe, component }, exportCsv(), exportJson(),
 * exportPng(), importFile(file); each returns the message to show (or throws one).
 */
export function createShare(container, { snippets, exportCsv, exportJson, exportPng, importFile }) {
  const rows = {
    link: snippetRow('Link to this run', 'link'),
    iframe: snippetRow('Iframe (for blogs that allow only iframes)', 'iframe'),
    component: snippetRow('Web component (for blogs that allow scripts)', 'component'),
  };
  const dialog = el(
    'dialog',
    { class: 'share-dialog', 'aria-label': 'Share and embed this run' },
    el('h2', { text: 'Share & embed this run' }),
    el('p', { class: 'panel-lede', text: 'Each reproduces the current data, rate, epochs, seed and test hours.' }),
    Object.values(rows).map((row) => row.row),
    el('form', { method: 'dialog' }, el('button', { class: 'button', text: 'Close' })),
  );
  const message = el('p', { class: 'share-message', role: 'status' });
  const fileInput = el('input', {
    type: 'file',
    accept: 'application/json,.json',
    class: 'sr-only',
    tabindex: -1,
    'aria-label': 'Import a run (JSON file)',
  });
  const action = (text, name, handler) =>
    el('button', { type: 'button', class: 'button', text, 'data-action': name, onclick: () => run(handler) });

  function show(text, isError = false) {
    message.textContent = text ?? '';
    message.classList.toggle('field-error', isError);
  }

  async function run(handler) {
    try {
      show(await handler());
    } catch (error) {
      show(error.message, true);
    }
  }

  fileInput.addEventListener('change', () => {
    const [file] = fileInput.files;
    fileInput.value = '';
    if (file) run(() => importFile(file));
  });

  container.append(
    el(
      'div',
      { class: 'share-actions' },
      action('Share & embed…', 'share', () => {
        const texts = snippets();
        for (const [name, row] of Object.entries(rows)) {
          row.textarea.value = texts[name];
          row.status.textContent = '';
        }
        dialog.showModal();
      }),
      action('Loss as CSV', 'csv', exportCsv),
      action('Run as JSON', 'json', exportJson),
      action('Charts as PNG', 'png', exportPng),
      action('Import run…', 'import', () => fileInput.click()),
    ),
    fileInput,
    message,
    dialog,
  );
  return { show };
}
