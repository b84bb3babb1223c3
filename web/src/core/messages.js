// Where each field's message is shown: on the panel its field table names, or on the message line
// above the panels (compact embeds, names that are no field).
import { labelled } from './format.js';

/**
 * Shows messages by field: each on the panel its field table names, or, when that panel is not shown
 * (compact embeds) or the name is no field (e.g. `panels`), on the message line above the panels.
 * `show(byField, { replace })`; `replay(name)` gives a panel set up late the messages it missed.
 */
export function createMessages(fields, instances, line, notice) {
  const messages = {};
  const panelOf = (name) => (fields.has(name) ? instances[fields.spec(name).panel] : undefined);
  function show(byField, { replace = false } = {}) {
    if (replace) for (const name of Object.keys(messages)) if (!fields.has(name)) delete messages[name];
    Object.assign(messages, byField);
    for (const [name, message] of Object.entries(byField)) panelOf(name)?.showError?.(name, message);
    const elsewhere = (name) => panelOf(name) || notice.shows(name);
    const unseen = Object.entries(messages).filter(([name, message]) => message && !elsewhere(name));
    const shown = ([name, message]) => (fields.has(name) ? labelled(message, name, fields.spec(name).label) : message);
    line.textContent = unseen.map(shown).join(' ');
    line.hidden = unseen.length === 0;
  }
  function replay(panel) {
    const own = Object.entries(messages).filter(([name]) => fields.has(name) && fields.spec(name).panel === panel);
    show(Object.fromEntries(own));
  }
  return { show, replay };
}
