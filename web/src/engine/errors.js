// The engine's one error type. Its API is documented in index.d.ts.

export class EngineError extends Error {
  constructor(message, field = /^(\w+): /.exec(message)?.[1] ?? null) {
    super(message);
    this.name = 'EngineError';
    this.field = field;
  }
}

/** An EngineError about `field`: "field: rule". */
export const fieldError = (field, rule) => new EngineError(`${field}: ${rule}`, field);

/** Runs `body`; the module's Errors (the engine's messages, naming a field) become EngineErrors. */
export function engineCall(body) {
  try {
    return body();
  } catch (error) {
    // The bindings throw plain Errors; anything else (a RuntimeError, out of memory) stays as it is.
    if (error?.constructor === Error) throw new EngineError(error.message);
    throw error;
  }
}

/** `value` if it is a number (NaN and infinities included: the engine names what is wrong with them). */
export function number(field, value) {
  if (typeof value !== 'number') throw fieldError(field, 'must be a number');
  return value;
}

/** `value` if it is an array or typed array of numbers. */
export function numberList(field, value) {
  const list = Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
  if (!list) throw fieldError(field, 'must be a list of numbers');
  for (let i = 0; i < value.length; i += 1) {
    if (typeof value[i] !== 'number') throw fieldError(field, 'must be a list of numbers');
  }
  return value;
}

/** `value` if it is a whole number from 0 on, or Infinity (past any end). */
export function start(field, value) {
  if (typeof value !== 'number' || !(value >= 0) || !(Number.isInteger(value) || value === Infinity)) {
    throw fieldError(field, 'must be a whole number from 0 on');
  }
  return value;
}
