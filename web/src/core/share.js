// Sharing and exporting, for any chapter: a dialog with the current run's link, iframe and
// <one-neuron> snippets (each with a copy button), buttons for the exports and the import of a run
// file. Knows nothing of the engine or a model: the chapter's share panel hands it what to do.
import { el, uniqueId } from './dom.js';
import { count } from './format.js';
import { EMBED_HEIGHT, PLACEHOLDER_URL, tooLongForLink } from './snippets.js';
import styles from './share.css?inline';

export { escapeAttribute, MAX_LINK_LENGTH, shareSnippets, tooLongForLink } from './snippets.js';

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

function snippetRow(label, name, help = null) {
  const textarea = el('textarea', { readonly: true, rows: name === 'link' ? 3 : 4, 'data-snippet': name });
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
    help ? el('p', { class: 'note snippet-help', text: help }) : null,
    textarea,
    el('div', { class: 'snippet-actions' }, button, status),
  );
  return { row, textarea, status };
}

/** In the dialog, for a run too large for a link: why, and the run file's download in its place. */
function fileOffer(exportJson) {
  const why = el('p', { class: 'share-too-long' });
  const status = el('span', { class: 'copy-status', role: 'status' });
  const save = el('button', {
    type: 'button',
    class: 'button',
    text: 'Save the run as JSON',
    'data-action': 'json-instead',
    onclick: async () => {
      try {
        status.textContent = await exportJson();
      } catch (error) {
        status.textContent = error.message;
      }
    },
  });
  const row = el(
    'div',
    { class: 'snippet', 'data-too-long': '' },
    why,
    el('div', { class: 'snippet-actions' }, save, status),
  );
  return {
    row,
    offer(length) {
      why.textContent = tooLongForLink(length);
      status.textContent = '';
    },
  };
}

/** The dialog with the run's snippets; open(texts) fills it with shareSnippets()'s texts and shows it. */
function shareDialog(exportJson, reproduces, embedHeight) {
  const rows = {
    link: snippetRow('Link to this run', 'link'),
    iframe: snippetRow(
      'Iframe (for blogs that allow only iframes)',
      'iframe',
      `Its optional script fits the frame to its content on any screen. Without it the frame is ` +
        `${count(embedHeight)} px tall: the compact embed whole in a 700 px column; on a ` +
        `narrower screen the embed is taller and scrolls inside the frame.`,
    ),
    component: snippetRow('Web component (for blogs that allow scripts)', 'component'),
  };
  const asFile = fileOffer(exportJson);
  const placeholderNote = el('p', {
    class: 'note share-placeholder',
    hidden: true,
    text:
      `This page is opened from a file, so the snippets use ${PLACEHOLDER_URL} in place of its address: ` +
      'put the site online and replace that with the address of its folder.',
  });
  const body = el('div'); // the rows this run can use, set each time the dialog opens
  const dialog = el(
    'dialog',
    { class: 'share-dialog', 'aria-label': 'Share and embed this run' },
    el('h2', { text: 'Share & embed this run' }),
    el('p', { class: 'panel-lede', text: `Each reproduces the current ${reproduces}.` }),
    placeholderNote,
    body,
    el('form', { method: 'dialog' }, el('button', { class: 'button', text: 'Close' })),
  );
  function open(texts) {
    const shown = [];
    placeholderNote.hidden = !texts.placeholder;
    if (texts.tooLong !== null) {
      asFile.offer(texts.tooLong); // no link that would not open: the run file in its place
      shown.push(asFile.row);
    }
    for (const [name, row] of Object.entries(rows)) {
      row.textarea.value = texts[name] ?? '';
      row.status.textContent = '';
      if (texts[name] !== null) shown.push(row.row);
    }
    body.replaceChildren(...shown);
    dialog.showModal();
  }
  return { dialog, open };
}

/**
 * Fill `container`. Handlers: snippets() -> shareSnippets()'s { link, iframe, component, tooLong,
 * placeholder }, exportCsv(), exportJson(), exportPng(), importFile(file); each returns the message
 * to show (or throws one). A run too large for a link gets the JSON download in the dialog instead.
 * `reproduces`: what of the run the snippets carry, in the chapter's words; `embedHeight`: the
 * iframe's height the snippet gives (shareSnippets' `height`).
 */
export function createShare(
  container,
  {
    snippets,
    exportCsv,
    exportJson,
    exportPng,
    importFile,
    reproduces = 'data, rate, epochs, seed and test hours',
    embedHeight = EMBED_HEIGHT,
  },
) {
  const share = shareDialog(exportJson, reproduces, embedHeight);
  const message = el('p', { class: 'share-message', role: 'status' });
  const fileInput = el('input', {
    type: 'file',
    accept: 'application/json,.json',
    hidden: true, // the "Import run…" button opens it; assistive tech sees only the button
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
    el('style', { text: styles }),
    el(
      'div',
      { class: 'share-actions' },
      action('Share & embed…', 'share', () => share.open(snippets())),
      action('Loss as CSV', 'csv', exportCsv),
      action('Run as JSON', 'json', exportJson),
      action('Charts as PNG', 'png', exportPng),
      action('Import run…', 'import', () => fileInput.click()),
    ),
    fileInput,
    message,
    share.dialog,
  );
  return { show };
}
