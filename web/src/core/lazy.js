// The view snapshots' laziness (chapters/*/view.js): a frame computes only what its panels read.

/** An object whose getters run once, on first read. */
export function lazy(getters) {
  const view = {};
  for (const [key, get] of Object.entries(getters)) {
    Object.defineProperty(view, key, {
      enumerable: true,
      configurable: true, // the first read replaces the getter with its value
      get() {
        const value = get();
        Object.defineProperty(view, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return view;
}
