// Mounts one chapter in a root element: builds its panels' sections, loads the engine, creates the
// run controller, and each frame hands every shown panel one view snapshot. Routes each field's
// message to the panel its field table names (or to the message line when that panel is not shown).
// Everything mutable lives in this call, so several explorables can share a page.
import { createRunController } from './controller.js';
import { readHash, replaceHash } from './hash.js';
import { buildLayout } from './layout.js';
import { createLossFeed } from './loss-feed.js';
import { readTheme } from './theme.js';
import { loadEngine } from '../engine/index.js';

const SLOW_PANEL_MS = 200; // while playing, 'slow' panels (MathML, captions) redraw at most 5 times a second

/** Calls `method` on every panel instance that has it. */
function each(instances, method, ...args) {
  for (const instance of Object.values(instances)) instance[method]?.(...args);
}

/**
 * Mount `chapter` (a descriptor, see docs/architecture.md) in `root`. Options: useHash (read and
 * write the URL hash; default true), panels (names; default all of the chapter's), initial
 * ({ state, errors } to start from when useHash is false, e.g. from a <one-neuron>'s attributes).
 * Resolves to { destroy(), state() }, or null when the engine cannot start.
 */
export async function mountChapter(root, chapter, { useHash = true, panels = null, initial = null } = {}) {
  const shown = chapter.panels.filter((panel) => (panels ?? chapter.panels.map((p) => p.name)).includes(panel.name));
  const layout = buildLayout(root, shown);
  let engine;
  try {
    engine = await loadEngine();
  } catch (error) {
    layout.error.hidden = false;
    layout.error.textContent = `The explorable could not start in this browser: ${error.message}`;
    return null;
  }

  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const darkMode = matchMedia('(prefers-color-scheme: dark)');
  const { fields } = chapter;
  const feed = createLossFeed();
  const instances = {};
  const messages = {}; // field -> the message shown about it
  let selection = {};
  let lastSlow = -Infinity;
  let lastAnnounced = '';

  function showMessages(byField) {
    Object.assign(messages, byField);
    for (const [name, message] of Object.entries(byField)) {
      if (fields.has(name)) instances[fields.spec(name).panel]?.showError?.(name, message);
    }
    // Messages about fields whose panel is not shown (compact embeds), and about other attributes
    // (e.g. `panels`), go above the panels so they are never lost.
    const unseen = Object.entries(messages).filter(
      ([name, message]) => message && !(fields.has(name) && instances[fields.spec(name).panel]),
    );
    layout.error.textContent = unseen.map(([, message]) => message).join(' ');
    layout.error.hidden = unseen.length === 0;
  }

  const run = createRunController({
    engine,
    chapter,
    reducedMotion,
    on: {
      frame: () => frame(),
      stop: (reason) => {
        if (reason === 'done') announce();
      },
      state(state, change) {
        if (useHash) replaceHash(state, fields);
        each(instances, 'setState', state, change);
      },
      newRun: (trainer, state) => each(instances, 'newRun', trainer, state),
      restart() {
        feed.reset();
        each(instances, 'restart');
      },
      messages: showMessages,
    },
  });

  const context = {
    run,
    engine,
    fields,
    theme: readTheme(root),
    select(key, value) {
      selection = { ...selection, [key]: value };
      frame();
    },
    selection: () => selection,
    action: (name, ...args) => chapter.actions[name](context, ...args),
    /** The shown panels' charts as PNG data URLs, in reading order (for export). */
    images: () => Object.values(instances).flatMap((instance) => instance.image?.() ?? []),
  };
  for (const panel of shown) instances[panel.name] = panel.create(layout.slots[panel.name], context);
  const slowPanels = new Set(shown.filter((panel) => panel.cadence === 'slow').map((panel) => panel.name));

  // One snapshot per frame for every panel; text that re-flows (MathML, captions) costs more to lay out
  // than the charts cost to draw, so 'slow' panels skip frames while playing.
  function frame() {
    const trainer = run.trainer();
    if (!trainer) return;
    const playing = run.playing();
    const slow = !playing || performance.now() - lastSlow >= SLOW_PANEL_MS;
    if (slow) lastSlow = performance.now();
    const view = chapter.view({ trainer, state: run.state(), playing, feed, selection: selection, slow });
    root.dataset.status = view.status;
    root.dataset.epoch = String(view.epoch);
    for (const [name, instance] of Object.entries(instances)) {
      if (slow || !slowPanels.has(name)) instance.update(view);
    }
  }

  function announce() {
    const text = chapter.announce(run.trainer());
    if (text !== lastAnnounced) layout.status.textContent = text;
    lastAnnounced = text;
  }

  function followColorScheme() {
    context.theme = readTheme(root);
    each(instances, 'setTheme', context.theme);
    frame();
  }
  darkMode.addEventListener('change', followColorScheme);

  function followHash() {
    const { state, errors } = readHash(location.hash, fields);
    selection = {};
    run.load(state, errors, 'link');
  }
  if (useHash) {
    addEventListener('hashchange', followHash);
    followHash();
  } else {
    run.load(initial?.state ?? { ...fields.defaults }, initial?.errors ?? {}, 'attributes');
  }

  return {
    /** Stop training and free the trainer, the panels and the listeners; empties `root`. */
    destroy() {
      run.pause();
      removeEventListener('hashchange', followHash);
      darkMode.removeEventListener('change', followColorScheme);
      each(instances, 'destroy');
      run.destroy();
      root.replaceChildren();
    },
    /** The current state (a copy). */
    state: () => run.state(),
  };
}
