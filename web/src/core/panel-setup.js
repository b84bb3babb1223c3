// When each panel is set up. The lead (chapter 1's loss chart's, chapter 2's map) before the run
// starts, so its chart moves as soon as it can; the rest of the reader's first
// screen just after the run's first frame is drawn; the others once the page is idle. Each one set up
// after the run started is caught up with it (their space is reserved by core/layout.js, so nothing
// shifts).
import { afterNextFrame, el, nextTask, whenIdle } from './dom.js';

const SETUP_TIMEOUT_MS = 300; // a panel off the first screen is set up at the latest this long after the last

/**
 * [the lead panel, the rest of those whose top is on the reader's first screen, the others]. The lead
 * is the chapter's `lead` when shown (chapter 2's decision map), else the first in reading order. The
 * first screen is the window's, or, for an explorable further down a page (an embed), the screen that
 * starts with it.
 */
export function byFirstScreen(shown, layout, root, lead = null) {
  const first = shown.find((panel) => panel.name === lead) ?? shown[0];
  const top = root.getBoundingClientRect().top;
  const bottom = top < innerHeight ? innerHeight : top + innerHeight;
  const rest = shown.filter((panel) => panel !== first);
  const onScreen = rest.filter((panel) => layout.slots[panel.name].getBoundingClientRect().top < bottom);
  return [[first], onScreen, rest.filter((panel) => !onScreen.includes(panel))];
}

/**
 * A panel's create(slot, context): its own, or that of its code's chunk (a descriptor with `load`,
 * e.g. chapters/neuron/panels/later.js). Resolves to null, with a line in the panel's place saying
 * so, when the chunk cannot be loaded (the network went away since the page came).
 */
async function creatorOf(panel, slot) {
  if (panel.create) return panel.create;
  try {
    return (await panel.load()).create;
  } catch (error) {
    slot.append(el('p', { class: 'engine-error', text: `This part could not be loaded: ${error.message}` }));
    return null;
  }
}

/**
 * Set up `soon` just after the next frames are drawn, a frame each, then `later` once the page is
 * idle, one per idle task; each caught up with the run so far. Then `root` says data-panels="ready"
 * (every panel is there: what tests and scripts wait for). Returns a function that sets up no more.
 */
export function setUpLater(soon, later, { root, instances, layout, context, run, fields, messages, frame }) {
  const panels = [...soon, ...later];
  let stopped = false;
  let cancel = () => {};
  const when = (i, callback) => (i < soon.length ? afterNextFrame(callback) : whenIdle(callback, SETUP_TIMEOUT_MS));
  // A panel joins the frames once it has drawn. While the run plays, its set-up, its chart made
  // (prepare) once the page has laid it out, and its first draw are each a task of their own, not
  // part of a frame's, which trains and redraws the others; otherwise it draws at once. False when
  // set-up stopped meanwhile.
  const ready = async (instance, panel) => {
    if (run.playing()) {
      if (instance.prepare) await new Promise((resolve) => afterNextFrame(resolve));
      if (!stopped && run.playing()) {
        instance.prepare?.();
        await nextTask();
      }
    }
    if (stopped) {
      instance.destroy?.();
      return false;
    }
    instances[panel.name] = instance;
    instance.setState?.(run.state(), { changed: fields.names, typed: [], source: 'setup' });
    if (run.trainer()) instance.newRun?.(run.trainer(), run.state());
    messages.replay(panel.name);
    frame.one(panel.name);
    return true;
  };
  const next = (i) => {
    if (stopped) return;
    if (i === panels.length) {
      root.dataset.panels = 'ready';
      return;
    }
    cancel = when(i, async () => {
      const panel = panels[i];
      const slot = layout.slots[panel.name];
      const create = await creatorOf(panel, slot);
      if (stopped) return;
      if (create && !(await ready(create(slot, context), panel))) return;
      next(i + 1);
    });
  };
  next(0);
  return () => {
    stopped = true;
    cancel();
  };
}

/**
 * Set up `panels` (before the run starts), a task each, and let the browser lay out and draw the page
 * once before the run's first frame: its charts then draw on a page already laid out, in a task of
 * their own, so the page's start is no one long task.
 */
export async function setUpNow(panels, { instances, layout, context }) {
  for (const panel of panels) {
    const slot = layout.slots[panel.name];
    const create = await creatorOf(panel, slot);
    if (create) instances[panel.name] = create(slot, context);
    await nextTask();
  }
  await new Promise((resolve) => afterNextFrame(resolve));
}
