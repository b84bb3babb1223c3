// The predictions panel: the test hours (the `test` field, which the reader can retype: one value or
// a comma list) with their pass probability to 4 decimals, as the post prints them, and a bar each.
import { formatField } from './config.js';
import { el } from './dom.js';
import { createField } from './field.js';
import { fixed, pythonFloat } from './format.js';

export const MAX_SHOWN = 50; // more test hours than this are predicted but not all listed

export function createPredictions(container, { onInput, onPostHours }) {
  const field = createField('test', {
    label: 'Hours to predict',
    help: 'One value or a comma list, e.g. 1.5, 2.5, 3.5, 6',
    onInput,
    wide: true,
  });
  const body = el('tbody');
  const more = el('p', { class: 'note', hidden: true });
  container.append(
    el(
      'div',
      { class: 'field-with-button' },
      field.element,
      el('button', { type: 'button', class: 'button small', text: "Post's test hours", onclick: onPostHours }),
    ),
    el(
      'table',
      { class: 'predictions' },
      el('caption', { class: 'sr-only', text: 'Pass probability for each number of hours studied' }),
      el(
        'thead',
        {},
        el('tr', {}, el('th', { scope: 'col', text: 'Hours' }), el('th', { scope: 'col', text: 'Pass probability' })),
      ),
      body,
    ),
    more,
  );

  let rows = [];
  function build(count) {
    body.replaceChildren();
    rows = [];
    for (let i = 0; i < count; i += 1) {
      const hours = el('th', { scope: 'row' });
      const value = el('span', { class: 'probability' });
      const bar = el('span', { class: 'bar-fill' });
      const verdict = el('span', { class: 'verdict' });
      body.append(
        el('tr', {}, hours, el('td', {}, el('span', { class: 'bar', 'aria-hidden': 'true' }, bar), value, verdict)),
      );
      rows.push({ hours, value, bar, verdict, last: '' });
    }
  }

  return {
    setText(test) {
      field.setText(formatField('test', test));
    },
    setError: (message) => field.setError(message),
    /** test: the hours; probabilities: the engine's pass probability for each (same order). */
    update(test, probabilities) {
      const count = Math.min(test.length, MAX_SHOWN);
      if (rows.length !== count) build(count);
      for (let i = 0; i < count; i += 1) {
        const p = probabilities[i];
        const text = Number.isFinite(p) ? fixed(p, 4) : '—';
        const hoursText = `${pythonFloat(test[i])} h`; // 6 -> "6.0", as the post prints it
        const row = rows[i];
        if (row.last === hoursText + text) continue; // no DOM work for rows that did not change
        row.last = hoursText + text;
        row.hours.textContent = hoursText;
        row.value.textContent = text;
        row.bar.style.width = `${Number.isFinite(p) ? (p * 100).toFixed(1) : 0}%`;
        row.verdict.textContent = p >= 0.5 ? 'pass' : 'fail';
        row.verdict.className = p >= 0.5 ? 'verdict pass' : 'verdict fail';
      }
      more.hidden = test.length <= MAX_SHOWN;
      more.textContent = `…and ${(test.length - MAX_SHOWN).toLocaleString('en-US')} more hours (the first ${MAX_SHOWN} are listed).`;
    },
  };
}
