// The notice above the panels when a link had problems: each setting by its label, what was wrong with
// its value and what runs instead, and the link as it was opened, to copy and fix, until the reader
// changes something (the address bar keeps the link until then, too).
import { button, el, uniqueId } from './dom.js';

const MAX_SHOWN_LINK = 2000; // a longer link is shown cut (it stays whole in the address bar)

/** One problem as a list item: "Learning rate: "abc" is not a number. Using the default 0.1 instead." */
function item(problem, fields) {
  const sentence = /[.?!]$/.test(problem.rule) ? problem.rule : `${problem.rule}.`;
  if (!fields.has(problem.name)) return el('li', { text: sentence });
  const used = problem.used ? ` Using ${problem.used} instead.` : '';
  return el('li', {}, el('strong', { text: fields.spec(problem.name).label }), `: ${sentence}${used}`);
}

/** -> { node, show(problems, link), hide(), shows(name) }; problems as controller.js problemsOf() gives. */
export function createLinkNotice(fields) {
  const titleId = uniqueId('link-notice');
  const list = el('ul', { class: 'link-problems' });
  const link = el('input', { type: 'text', readonly: true, class: 'link-original', spellcheck: 'false' });
  const linkId = uniqueId('link-original');
  link.id = linkId;
  const copied = el('span', { class: 'link-copied', 'aria-live': 'polite' });
  let whole = ''; // the link as opened, however long
  async function copy() {
    try {
      await navigator.clipboard.writeText(whole);
      copied.textContent = 'Copied.';
    } catch {
      // No clipboard (an iframe, an old browser): select it for the reader to copy.
      link.focus();
      link.select();
      copied.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
    }
  }
  const node = el(
    'div',
    { class: 'link-notice', role: 'region', 'aria-labelledby': titleId, hidden: true },
    el('p', { id: titleId, class: 'link-notice-title', text: 'This link had problems, so parts of it were not used:' }),
    list,
    el(
      'div',
      { class: 'link-original-row' },
      el('label', { for: linkId, text: 'The link as it was opened' }),
      link,
      button('Copy the link', { small: true, onClick: copy }),
      copied,
    ),
  );
  let shown = new Set();
  return {
    node,
    /** Whether the notice lists a problem about `name` (then no other message line needs to). */
    shows: (name) => shown.has(name),
    show(problems, href) {
      shown = new Set(problems.map((problem) => problem.name));
      whole = href;
      list.replaceChildren(...problems.map((problem) => item(problem, fields)));
      link.value = href.length > MAX_SHOWN_LINK ? `${href.slice(0, MAX_SHOWN_LINK)}…` : href;
      copied.textContent = '';
      node.hidden = problems.length === 0;
    },
    hide() {
      shown = new Set();
      node.hidden = true;
    },
  };
}
