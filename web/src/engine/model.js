// What every model's JS wrapper shares (neuron.js, network.js): a config's fields checked by type, a
// grid of six numbers, and a trainer over the module's `<model>...` functions, each argument checked
// before it reaches WASM. The engine checks the values.
import { engineCall, fieldError, number } from './errors.js';

/** Only the given fields of `config`, each through its check: the engine fills in the rest. */
export function checked(config, fields) {
  if (config === null || typeof config !== 'object') throw fieldError('config', 'must be an object');
  const result = {};
  for (const [name, check] of Object.entries(fields)) {
    if (config[name] !== undefined) result[name] = check(name, config[name]);
  }
  return result;
}

/** A grid argument: an object of the six numbers `names`. */
export function gridOf(names) {
  return (value) => {
    if (value === null || typeof value !== 'object') {
      throw fieldError('grid', `must be an object { ${names.join(', ')} }`);
    }
    return Object.fromEntries(names.map((name) => [name, number(name, value[name])]));
  };
}

/**
 * The trainer `handle` of `model` ('neuron', 'network'): for each name of `methods` (name -> checks of
 * its arguments) the module's `model` + capitalised name, called with the handle first.
 */
export function trainerOf(module, model, methods, handle) {
  // After delete() the handle is gone: a call would reach freed memory, so it throws instead.
  const live = () => {
    if (!handle) throw new Error('trainer: already deleted');
  };
  const trainer = {
    delete() {
      live();
      module[`${model}Delete`](handle);
      handle = 0;
    },
  };
  for (const [name, checks] of Object.entries(methods)) {
    const call = module[`${model}${name[0].toUpperCase()}${name.slice(1)}`];
    trainer[name] = (...args) => {
      live();
      const values = checks.map((check, i) => check(args[i]));
      return engineCall(() => call(handle, ...values));
    };
  }
  return Object.freeze(trainer);
}
