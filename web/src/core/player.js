// Player: runs training over animation frames so the page never freezes. Each frame it trains the
// epochs that are due (rate x elapsed time, or all remaining when the rate is Infinity) in chunks,
// stops the frame's work after a time budget, and then calls onFrame once, so the UI redraws once
// per frame however many epochs ran. It knows nothing of the engine: it is given train() and epoch().

const FRAME_BUDGET_MS = 12; // leaves a 60 Hz frame some room for drawing
const LONGEST_FRAME_MS = 100; // a tab that was hidden does not catch up in one burst
const MAX_CHUNK = 1 << 20;

/** Epochs per millisecond that play `epochs` epochs in `seconds` (Infinity when seconds is 0). */
export function rateFor(epochs, seconds) {
  return seconds > 0 ? Math.max(epochs, 1) / (seconds * 1000) : Infinity;
}

/**
 * createPlayer({ train(epochs), epoch(), onFrame(), onStop(reason) }) -> { play, pause, playing }.
 * play({ target, rate }) trains up to epoch `target` at `rate` epochs per ms; onStop('done') at the
 * target, onStop('paused') after pause(). requestFrame/now can be replaced in tests.
 */
export function createPlayer({
  train,
  epoch,
  onFrame = () => {},
  onStop = () => {},
  requestFrame = (callback) => requestAnimationFrame(callback),
  cancelFrame = (handle) => cancelAnimationFrame(handle),
  now = () => performance.now(),
}) {
  let run = null; // { target, rate, owed, last } while playing
  let handle = 0;
  let chunk = 64; // epochs per train() call, adapted to how long an epoch takes on this data

  function trainFor(due, start) {
    let left = due;
    while (left > 0 && now() - start < FRAME_BUDGET_MS) {
      const epochs = Math.min(left, chunk);
      const before = now();
      train(epochs);
      const spent = now() - before;
      left -= epochs;
      // Double while a chunk is cheap, halve when it eats half the budget (huge data sets).
      if (epochs === chunk && spent < FRAME_BUDGET_MS / 4) chunk = Math.min(chunk * 2, MAX_CHUNK);
      else if (spent > FRAME_BUDGET_MS / 2) chunk = Math.max(1, Math.floor(chunk / 2));
    }
    return due - left;
  }

  function frame(time) {
    handle = 0;
    if (!run) return;
    const start = now();
    const elapsed = Math.min(Math.max(time - run.last, 0), LONGEST_FRAME_MS);
    run.last = time;
    const remaining = run.target - epoch();
    run.owed = Number.isFinite(run.rate) ? Math.min(run.owed + run.rate * elapsed, remaining) : remaining;
    const due = Math.floor(run.owed);
    if (due > 0) run.owed -= trainFor(due, start);
    const finished = epoch() >= run.target;
    if (finished) run = null;
    onFrame();
    if (finished) onStop('done');
    else handle = requestFrame(frame);
  }

  return {
    play({ target, rate }) {
      if (handle) cancelFrame(handle);
      // The first frame trains at least one epoch, so even a slow rate shows movement at once.
      run = { target, rate, owed: 1, last: now() };
      handle = requestFrame(frame);
    },
    pause() {
      if (!run) return;
      run = null;
      if (handle) cancelFrame(handle);
      handle = 0;
      onStop('paused');
    },
    playing: () => run !== null,
  };
}
