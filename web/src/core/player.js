// Player: runs training over animation frames so the page never freezes. Each frame it trains the
// epochs that are due (rate x elapsed time, or all remaining when the rate is Infinity), as many as
// the measured cost of an epoch fits in a time budget, and then calls onFrame once, so the UI redraws
// once per frame however many epochs ran. A frame trains at least one epoch when one is due, however
// long it takes. When the epochs due take more than a few ms (a fast run, or an epoch of a huge data
// set), the frame only redraws and they train in a task of its own before the next frame: two short
// tasks rather than one long one, and the reader's clicks are handled between them. The redraw's
// measured cost shrinks a frame's own budget. It knows nothing of the engine: it is given train()
// and epoch().
import { nextTask } from './dom.js';

export const FRAME_BUDGET_MS = 12; // leaves a 60 Hz frame some room for drawing
export const LONG_TASK_MS = 50; // what the browser reports as a long task
const SAFETY_MS = 8; // timer jitter, layout and paint after the frame callback
const IN_FRAME_MS = 4; // training up to this long stays in the frame (an animated run's few epochs)
const LONGEST_FRAME_MS = 100; // a tab that was hidden does not catch up in one burst
const MAX_CHUNK = 1 << 20; // epochs per train() call at most
const GROWTH = 8; // a chunk is at most this many times the last measured one (coarse timers read 0 ms)

/** Epochs per millisecond that play `epochs` epochs in `seconds` (Infinity when seconds is 0). */
export function rateFor(epochs, seconds) {
  return seconds > 0 ? Math.max(epochs, 1) / (seconds * 1000) : Infinity;
}

/**
 * What an epoch and a redraw cost, measured as they run, on the clock `now`: sizes each train() call
 * from what is left of a budget. forget() when the data may have changed (a new play()): the next
 * chunk is one epoch again.
 */
export function createPacer(now) {
  let perEpoch = 0; // ms per epoch, from the last measured chunk
  let measured = 0; // epochs in that chunk (0: nothing measured yet)
  let redraw = 0; // ms the last redraw took
  let render = 0; // ms the browser took after it to lay out and paint (in the same task)

  // Epochs to train with `left` ms of budget (`first`: the frame's first chunk, at least 1).
  function plan(left, first) {
    if (measured === 0) return 1;
    if (left <= 0) return first ? 1 : 0;
    const fits = perEpoch > 0 ? Math.floor(left / perEpoch) : Infinity;
    const epochs = Math.min(fits, measured * GROWTH, MAX_CHUNK);
    return first ? Math.max(1, epochs) : Math.max(0, epochs);
  }

  return {
    /** The frame's training budget in ms: the frame budget, less what the redraw needs beyond it. */
    budget: () => Math.max(0, Math.min(FRAME_BUDGET_MS, LONG_TASK_MS - SAFETY_MS - redraw - render)),
    /**
     * Whether `due` epochs train in a task of their own, after the frame's redraw: when they take
     * longer than IN_FRAME_MS, or one epoch and the redraw are too long for one task.
     */
    split: (due) =>
      measured > 0 && (perEpoch * due > IN_FRAME_MS || perEpoch + redraw + render > LONG_TASK_MS - SAFETY_MS),
    /** train(epochs) up to `due` epochs within `budget` ms from `start`; returns how many it trained. */
    trainFor(train, due, start, budget) {
      let left = due;
      while (left > 0) {
        const epochs = Math.min(left, plan(budget - (now() - start), left === due));
        if (epochs === 0) break;
        const before = now();
        train(epochs);
        perEpoch = (now() - before) / epochs;
        measured = epochs;
        left -= epochs;
      }
      return due - left;
    },
    /** Calls `draw` and keeps how long it took. */
    redraw(draw) {
      const before = now();
      draw();
      redraw = now() - before;
    },
    /** What laying out and painting the last redraw took (a page of many panels: tens of ms). */
    rendered(ms) {
      render = Math.max(0, ms);
    },
    forget() {
      perEpoch = 0;
      measured = 0;
    },
  };
}

/** Epochs due at frame `time` for `run` at `epoch` (rate x elapsed time, or all remaining). */
function owe(run, time, epoch) {
  const elapsed = Math.min(Math.max(time - run.last, 0), LONGEST_FRAME_MS);
  run.last = time;
  const remaining = run.target - epoch;
  run.owed = Number.isFinite(run.rate) ? Math.min(run.owed + run.rate * elapsed, remaining) : remaining;
  return Math.floor(run.owed);
}

/**
 * createPlayer({ train(epochs), epoch(), onFrame(), onStop(reason) }) -> { play, pause, playing }.
 * play({ target, rate }) trains up to epoch `target` at `rate` epochs per ms; onStop('done') at the
 * target, onStop('paused') after pause(). requestFrame, requestTask and now can be replaced in tests.
 */
export function createPlayer({
  train,
  epoch,
  onFrame = () => {},
  onStop = () => {},
  requestFrame = (callback) => requestAnimationFrame(callback),
  cancelFrame = (handle) => cancelAnimationFrame(handle),
  requestTask = (callback) => setTimeout(callback, 0),
  cancelTask = (handle) => clearTimeout(handle),
  afterRender = (callback) => nextTask().then(callback), // after the frame's layout and paint
  now = () => performance.now(),
}) {
  let run = null; // { target, rate, owed, last } while playing
  let handle = 0;
  let task = 0;
  const pacer = createPacer(now);

  // Training too long to share the frame's task: this frame redraws what the last task trained, and
  // the epochs due train in a task of their own (at most the frame budget), before the next frame.
  // Style, layout and paint run after the frame callback, in the same task: a message posted now
  // arrives once they are done, so the pacer counts them with the redraw.
  function measureRender() {
    const end = now();
    afterRender(() => pacer.rendered(now() - end));
  }

  function trainAfter(due) {
    pacer.redraw(onFrame);
    measureRender();
    const current = run;
    task = requestTask(() => {
      task = 0;
      if (run !== current) return;
      run.owed -= pacer.trainFor(train, due, now(), FRAME_BUDGET_MS);
      handle = requestFrame(frame);
    });
  }

  function frame(time) {
    handle = 0;
    if (!run) return;
    const start = now();
    const due = owe(run, time, epoch());
    if (due > 0 && pacer.split(due)) return trainAfter(due);
    // Any training in the frame stays within IN_FRAME_MS (the first frame, unmeasured, would not).
    if (due > 0) run.owed -= pacer.trainFor(train, due, start, Math.min(pacer.budget(), IN_FRAME_MS));
    const finished = epoch() >= run.target;
    if (finished) run = null;
    pacer.redraw(onFrame);
    measureRender();
    if (finished) onStop('done');
    else handle = requestFrame(frame);
  }

  function stop() {
    if (handle) cancelFrame(handle);
    if (task) cancelTask(task);
    handle = 0;
    task = 0;
  }

  return {
    play({ target, rate }) {
      stop();
      pacer.forget(); // a new run may have other data: its first chunk measures an epoch again
      // The first frame trains two epochs when the target allows (one when an epoch is slow), so even
      // a slow rate shows movement at once and the loss chart's first frame has a line, not a point.
      run = { target, rate, owed: Math.min(2, target - epoch()), last: now() };
      handle = requestFrame(frame);
    },
    /** Stop; onStop('paused') unless `quiet` (the caller redraws). */
    pause({ quiet = false } = {}) {
      if (!run) return;
      run = null;
      stop();
      if (!quiet) onStop('paused');
    },
    playing: () => run !== null,
  };
}
