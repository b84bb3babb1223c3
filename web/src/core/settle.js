// What a load becomes, as pure functions: the state the engine accepts (each rejected field back to its
// default), the messages that say so, and the problems a link notice lists.

const MAX_FALLBACK_TEXT = 60; // the longest value echoed back in a "using …" note

/**
 * Replace each field of `state` that `check` rejects by its default until it passes; one message per
 * replaced field. A field rejected although it has its default goes back with its group
 * (`fallback(field)` -> { changes, messages } or null: labels that do not fit custom hours take the
 * post's data back). -> { state, errors }
 */
export function settle(state, { fields, check, fallback = () => null }) {
  const current = { ...state };
  const errors = {};
  for (let attempt = 0; attempt <= fields.names.length + 1; attempt += 1) {
    try {
      check(current);
      return { state: current, errors };
    } catch (error) {
      const field = error.field;
      if (!field || !fields.has(field)) throw error;
      errors[field] ??= error.message;
      if (!fields.isDefault(field, current[field])) {
        current[field] = fields.defaults[field];
        continue;
      }
      const group = fallback(field);
      if (!group) break;
      Object.assign(current, group.changes);
      for (const [name, message] of Object.entries(group.messages)) errors[name] ??= message;
    }
  }
  return { state: { ...fields.defaults }, errors };
}

/** What runs instead of a field's rejected value: "the default 0.1", or the value in use. */
function usedInstead(name, state, fields) {
  const value = state[name] === undefined ? '' : fields.format(name, state[name]);
  const used = fields.isDefault(name, state[name]) ? `the default ${value}`.trim() : value;
  return used.length > MAX_FALLBACK_TEXT ? `${used.slice(0, MAX_FALLBACK_TEXT)}…` : used;
}

/**
 * Every field's message after a load (null when fine), each saying where it came from and what is
 * used instead: "lr: … (from the link; using the default 0.1)". Messages about other names (e.g. an
 * element's `panels`) are kept as they are.
 */
export function explain(raw, state, fields, source) {
  const explained = {};
  for (const name of fields.names) {
    explained[name] = raw[name] ? `${raw[name]} (from the ${source}; using ${usedInstead(name, state, fields)})` : null;
  }
  for (const [name, message] of Object.entries(raw)) explained[name] ??= message;
  return explained;
}

/**
 * A load's problems for the reader, fields first in the table's order: [{ name, rule, used }], `rule`
 * the message without its "name: " and `used` what runs instead (undefined for a name that is no field).
 */
export function problemsOf(raw, state, fields) {
  const names = [...fields.names, ...Object.keys(raw).filter((name) => !fields.has(name))];
  return names
    .filter((name) => raw[name])
    .map((name) => ({
      name,
      rule: raw[name].startsWith(`${name}: `) ? raw[name].slice(name.length + 2) : raw[name],
      used: fields.has(name) ? usedInstead(name, state, fields) : undefined,
    }));
}
