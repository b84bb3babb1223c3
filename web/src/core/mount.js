// Mounts one chapter in a root element: builds its panels' sections, loads the engine, creates the
// run controller, and each frame hands every shown panel one view snapshot. Routes each field's
// message to the panel its field table names (or to the message line when that panel is not shown).
// Everything mutable lives in this call, so several explorables can share a page.
import { RunController } from './controller.js';
import { replaceHash } from './hash.js';
import { el, nextTask } from './dom.js';
import { buildLayout } from './layout.js';
import { createLinkNotice } from './link-notice.js';
import { createLossFeed } from './loss-feed.js';
import { createMessages } from './messages.js';
import { byFirstScreen, setUpLater, setUpNow } from './panel-setup.js';
import { createLoader, follow } from './sources.js';
import { readTheme } from './theme.js';

const SLOW_PANEL_MS = 200; // while playing, 'slow' panels (MathML, captions) redraw at most 5 times a second

/** Calls `method` on every panel instance that has it. */
function each(instances, method, ...args) {
  for (const instance of Object.values(instances)) instance[method]?.(...args);
}

/**
 * One snapshot per frame for every panel. Text that re-flows (MathML, captions) costs more to lay out
 * than the charts cost to draw, so 'slow' panels skip frames while playing. frame(soon): `soon`
 * redraws at the next animation frame, once however often it is asked (a run of loads), and shows
 * the new status on the root at once; any redraw before then does instead.
 */
function createFrames({ root, chapter, run, instances, shown, feed, selection, limits, waiting }) {
  const slowPanels = new Set(shown.filter((panel) => panel.cadence === 'slow').map((panel) => panel.name));
  let lastSlow = -Infinity;
  let pending = 0; // the animation frame of a redraw asked for `soon`
  const snapshot = (trainer, playing, slow) =>
    chapter.view({ trainer, state: run.state(), playing, feed, selection: selection(), slow, limits });
  function mark(view) {
    root.dataset.status = view.status;
    root.dataset.epoch = String(view.epoch);
  }
  function draw() {
    if (pending) cancelAnimationFrame(pending);
    pending = 0;
    const trainer = run.trainer();
    if (!trainer || waiting()) return; // a newer load is coming: nothing to show of this run
    const playing = run.playing();
    const slow = !playing || performance.now() - lastSlow >= SLOW_PANEL_MS;
    if (slow) lastSlow = performance.now();
    const view = snapshot(trainer, playing, slow);
    mark(view);
    for (const [name, instance] of Object.entries(instances)) {
      if (!slowPanels.has(name) || (slow && !playing)) instance.update(view);
    }
    // While playing, the slow panels redraw in a task of their own just after the frame: with the
    // frame's training and charts they would make it a long task. Their new text is laid out in that
    // task too (read back at once), not in the next frame, where a chart measuring its labels would.
    if (slow && playing) nextTask().then(() => drawOnly((name) => slowPanels.has(name), view, true));
  }
  // The `wanted` panels drawn now, from `view` while it still shows the run as it is (a frame's
  // snapshot, whose values are computed once for all its panels), else from a new snapshot.
  function drawOnly(wanted, view = null, layOut = false) {
    const trainer = run.trainer();
    if (!trainer || waiting()) return;
    const playing = run.playing();
    const current =
      view?.trainer === trainer && view.epoch === trainer.epoch() && view.playing === playing
        ? view
        : snapshot(trainer, playing, true);
    for (const [name, instance] of Object.entries(instances)) if (wanted(name)) instance.update(current);
    if (layOut) root.getBoundingClientRect();
  }
  const frame = (soon = false) => {
    if (!soon) return draw();
    const trainer = run.trainer();
    if (trainer && !waiting()) mark(snapshot(trainer, run.playing(), false)); // its lazy values are never read
    pending ||= requestAnimationFrame(draw);
  };
  // One panel drawn now, all of it: one just set up, in a task of its own rather than in the next
  // frame's, which trains and redraws the others (a chart's first draw is tens of ms).
  frame.one = (name) => drawOnly((other) => other === name);
  return frame;
}

/** The run controller's callbacks (see core/controller.js), each turned into panel calls. */
function runCallbacks({ chapter, layout, notice, instances, feed, useHash, frame, run, messages }) {
  const { fields } = chapter;
  let lastAnnounced = '';
  return {
    frame,
    stop(reason) {
      const text = reason === 'done' ? chapter.announce(run().trainer()) : lastAnnounced;
      if (text !== lastAnnounced) layout.status.textContent = text;
      lastAnnounced = text;
    },
    state(state, change) {
      // A link with problems stays in the address bar as it was opened (to see and fix) until the
      // reader changes something; the notice (shown by `loaded`, just before) says what was wrong.
      if (change.source !== 'link') notice.hide();
      if (useHash && notice.node.hidden) replaceHash(state, fields, { chapter: chapter.hashName });
      each(instances, 'setState', state, change);
    },
    newRun: (trainer, state) => each(instances, 'newRun', trainer, state),
    restart() {
      feed.reset();
      each(instances, 'restart');
    },
    loaded(source, problems) {
      if (source === 'link') notice.show(problems, location.href);
    },
    messages: messages.show,
  };
}

/** What the mount's caller holds: { destroy(), state(), load(state, errors) }. */
function handleOf({ root, run, instances, loader, stopFollowing, stopSetUp }) {
  return {
    /** Stop training and free the trainer, the panels and the listeners; empties `root`. */
    destroy() {
      stopSetUp();
      loader.cancel();
      run.pause();
      stopFollowing();
      each(instances, 'destroy');
      run.destroy();
      root.replaceChildren();
    },
    /** The current state (a copy). */
    state: () => run.state(),
    /** A new state from the element's attributes (`errors`: from reading them): the run starts over. */
    load: (state, errors = {}) => loader.load(state, errors),
  };
}

/**
 * The chapter's engine (`chapter.loadEngine()`), or null with a message on the page. Its start
 * (instantiating the WASM, registering its functions) ends a task of its own, before the panels'.
 */
async function startEngine(chapter, layout) {
  let engine;
  try {
    engine = await chapter.loadEngine();
  } catch (error) {
    layout.error.hidden = false;
    layout.error.textContent = `The explorable could not start in this browser: ${error.message}`;
    return null;
  }
  await nextTask();
  return engine;
}

/**
 * Mount `chapter` (a descriptor, see docs/architecture.md) in `root`. Options: useHash (read and
 * write the URL hash; default true), panels (names; default all of the chapter's), initial
 * ({ state, errors } to start from when useHash is false, e.g. from a <one-neuron>'s attributes).
 * Resolves to { destroy(), state(), load(state, errors) }, or null when the engine cannot start.
 */
export async function mountChapter(root, chapter, { useHash = true, panels = null, initial = null } = {}) {
  const names = panels ?? chapter.panels.map((panel) => panel.name);
  const shown = chapter.panels.filter((panel) => names.includes(panel.name));
  // A chapter's own CSS goes inside its root, so it reaches into a <one-neuron>'s shadow DOM too.
  if (chapter.styles) root.append(el('style', { text: chapter.styles }));
  root.dataset.chapter = chapter.name;
  const layout = buildLayout(root, shown);
  const engine = await startEngine(chapter, layout);
  if (!engine) return null;
  const { fields } = chapter;
  const notice = createLinkNotice(fields);
  layout.error.before(notice.node);
  const feed = createLossFeed();
  const instances = {};
  let selection = {}; // what the reader is looking at (e.g. the example the principles follow)
  const messages = createMessages(fields, instances, layout.error, notice);
  const run = new RunController({
    engine,
    chapter,
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)'),
    on: runCallbacks({
      chapter,
      layout,
      notice,
      instances,
      feed,
      useHash,
      frame: (soon) => frame(soon),
      run: () => run,
      messages,
    }),
  });
  const context = {
    run,
    engine,
    fields,
    theme: readTheme(root),
    /** The reader looks at something else: `key` (e.g. 'example') is now `value`. */
    select(key, value) {
      selection = { ...selection, [key]: value };
      frame();
    },
    /** A new link: forget what the reader chose to look at (the load that follows redraws). */
    forgetSelection() {
      selection = {};
    },
    selection: () => selection,
    action: (name, ...args) => chapter.actions[name](context, ...args),
    /** Resolves to the shown panels' charts as PNG data URLs, in reading order (for export). */
    images: async () =>
      (await Promise.all(Object.values(instances).map((instance) => instance.image?.()))).filter(Boolean),
  };
  const loader = createLoader({ root, run, context });
  const frame = createFrames({
    root,
    chapter,
    run,
    instances,
    shown,
    feed,
    selection: () => selection,
    limits: engine.limits,
    waiting: loader.waiting,
  });

  // The lead panel, then the run, then the rest of the first screen, then the others (panel-setup.js).
  const [first, soon, later] = byFirstScreen(shown, layout, root, chapter.lead);
  await setUpNow(first, { instances, layout, context });
  const setTheme = (theme) => each(instances, 'setTheme', theme);
  const stopFollowing = follow({ root, run, fields, context, frame, useHash, initial, setTheme });
  const stopSetUp = setUpLater(soon, later, { root, instances, layout, context, run, fields, messages, frame });
  return handleOf({ root, run, instances, loader, stopFollowing, stopSetUp });
}
