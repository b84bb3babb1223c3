// When each panel is set up: those on the reader's first screen before the run starts, so the loss
// chart moves as soon as it can; the others once the page is idle, a task each, each caught up with
// the run so far (their space is reserved by core/layout.js, so nothing shifts).
import { el, nextTask, whenIdle } from './dom.js';

const SETUP_TIMEOUT_MS = 300; // a panel off the first screen is set up at the latest this long after the last

/**
 * [panels whose top is on the reader's first screen (at least one), the others]. The first screen is
 * the window's, or, for an explorable further down a page (an embed), the screen that starts with it.
 */
export function byFirstScreen(shown, layout, root) {
  const top = root.getBoundingClientRect().top;
  const bottom = top < innerHeight ? innerHeight : top + innerHeight;
  const now = shown.filter((panel, i) => i === 0 || layout.slots[panel.name].getBoundingClientRect().top < bottom);
  return [now, shown.filter((panel) => !now.includes(panel))];
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
 * Set up `panels` once the page is idle, one per idle task, each caught up with the run so far.
 * Returns a function that sets up no more.
 */
export function setUpLater(panels, { instances, layout, context, run, fields, messages, frame }) {
  let stopped = false;
  let cancel = () => {};
  const next = (i) => {
    if (i === panels.length || stopped) return;
    cancel = whenIdle(async () => {
      const panel = panels[i];
      const slot = layout.slots[panel.name];
      const create = await creatorOf(panel, slot);
      if (stopped) return;
      if (create) {
        const instance = create(slot, context);
        instances[panel.name] = instance;
        instance.setState?.(run.state(), { changed: fields.names, typed: [], source: 'setup' });
        if (run.trainer()) instance.newRun?.(run.trainer(), run.state());
        messages.replay(panel.name);
        frame(true);
      }
      next(i + 1);
    }, SETUP_TIMEOUT_MS);
  };
  next(0);
  return () => {
    stopped = true;
    cancel();
  };
}

/** Set up `panels` (the first screen's), a task each, so the page's start is no one long task. */
export async function setUpNow(panels, { instances, layout, context }) {
  for (const panel of panels) {
    const slot = layout.slots[panel.name];
    const create = await creatorOf(panel, slot);
    if (create) instances[panel.name] = create(slot, context);
    await nextTask();
  }
}
