// Where a mounted chapter's runs come from: the URL hash (a long one read in slices, a task each),
// an element's attributes (a load at once, later ones held until the page is idle), and the colour scheme to follow.
import { LONG_HASH, readHash, readHashInSlices } from './hash.js';
import { afterNextFrame, nextTask, whenIdle } from './dom.js';
import { readTheme } from './theme.js';

const HOLD_MS = 100; // the longest a later attribute load waits for the page to be idle

/**
 * Loads from the element's attributes: the first at once; any that come while it is being drawn wait
 * together (the latest wins) until that frame is drawn and the page is idle, at most HOLD_MS later. A
 * script changing attributes in a loop then costs a run per pause, not one per change: holding them
 * for one frame only gave a run per change as soon as a run's first frame took longer than the screen's
 * refresh (every panel set up: 40-60 ms here), since the browser then ran one task between frames.
 * Meanwhile the superseded run pauses and the root says data-status="loading".
 */
export function createLoader({ root, run, context }) {
  let waiting = null; // the latest { state, errors } held for later
  let cancelHold = null; // set while later loads are held
  function loadNow(state, errors) {
    context.forgetSelection();
    run.load(state, errors, 'attributes');
    cancelHold = afterNextFrame(() => {
      cancelHold = whenIdle(release, HOLD_MS);
    });
  }
  function release() {
    cancelHold = null;
    const next = waiting;
    waiting = null;
    if (next) loadNow(next.state, next.errors);
  }
  return {
    waiting: () => waiting !== null,
    load(state, errors = {}) {
      if (!cancelHold) return loadNow(state, errors);
      const first = waiting === null;
      waiting = { state, errors };
      if (!first) return;
      run.pause(); // draws nothing while a load waits
      root.dataset.status = 'loading';
    },
    cancel() {
      cancelHold?.();
      cancelHold = null;
      waiting = null;
    },
  };
}

/**
 * Start the run from the URL hash (and follow it) or from `initial`, and follow the colour scheme.
 * Returns a function that stops following.
 */
export function follow({ root, run, fields, context, frame, useHash, initial, setTheme }) {
  const darkMode = matchMedia('(prefers-color-scheme: dark)');
  function followColorScheme() {
    context.theme = readTheme(root);
    setTheme(context.theme);
    frame();
  }
  let reading = 0; // the latest hash being read: an older one that finishes later is dropped
  async function followHash() {
    const hash = location.hash;
    const id = (reading += 1);
    let read;
    if (hash.length <= LONG_HASH) {
      read = readHash(hash, fields);
    } else {
      // Megabytes of link: parsed a slice per task; meanwhile the old run (if any) waits, paused.
      run.pause();
      root.dataset.status = 'loading';
      read = await readHashInSlices(hash, fields, nextTask);
      if (id !== reading) return;
    }
    context.forgetSelection();
    run.load(read.state, read.errors, 'link');
  }
  darkMode.addEventListener('change', followColorScheme);
  if (useHash) {
    addEventListener('hashchange', followHash);
    followHash();
  } else {
    run.load(initial?.state ?? { ...fields.defaults }, initial?.errors ?? {}, 'attributes');
  }
  return () => {
    reading += 1; // a hash still being read is never loaded
    removeEventListener('hashchange', followHash);
    darkMode.removeEventListener('change', followColorScheme);
  };
}
