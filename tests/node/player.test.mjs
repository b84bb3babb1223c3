// The player (web/src/core/player.js) on a fake clock: an epoch and a redraw cost what each test says,
// frames come every 16.7 ms, and every task (a frame, or a training task of its own) is timed. The
// chunks adapt to the cost of an epoch, a frame trains at least one epoch (in the frame, or in a task
// of its own when that takes more than a few ms), and the budgets hold.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FRAME_BUDGET_MS, LONG_TASK_MS, createPlayer, rateFor } from '../../web/src/core/player.js';

const VSYNC = 1000 / 60;

/**
 * A player over a fake engine and clock: `cost` ms per epoch, `redrawCost` ms per onFrame, and
 * `renderCost` ms of the browser's layout and paint after each redraw, in the same task.
 */
function harness({ cost, redrawCost = 0, renderCost = 0 }) {
  const h = { t: 0, epoch: 0, cost, redrawCost, chunks: [], tasks: [], stops: [] };
  const queue = { frames: new Map(), tasks: new Map(), next: 1 };
  const add = (map) => (callback) => (map.set(queue.next, callback), queue.next++);
  h.player = createPlayer({
    train(epochs) {
      h.chunks.push(epochs);
      h.epoch += epochs;
      h.t += epochs * h.cost;
    },
    epoch: () => h.epoch,
    onFrame: () => (h.t += h.redrawCost),
    onStop: (reason) => h.stops.push(reason),
    requestFrame: add(queue.frames),
    cancelFrame: (id) => queue.frames.delete(id),
    requestTask: add(queue.tasks),
    cancelTask: (id) => queue.tasks.delete(id),
    afterRender(callback) {
      h.t += renderCost; // the rest of the frame's task: style, layout, paint
      callback();
    },
    now: () => h.t,
  });
  // Run one task: its kind, how long it took and how many epochs it trained.
  function runTask(kind, callback, argument) {
    const start = h.t;
    const before = h.epoch;
    callback(argument);
    h.tasks.push({ kind, ms: h.t - start, epochs: h.epoch - before });
  }
  /** Run frames and tasks until `ms` have passed on the clock or nothing is queued. */
  h.runFor = (ms) => {
    const end = h.t + ms;
    while (h.t < end && (queue.frames.size > 0 || queue.tasks.size > 0)) {
      const [[id, callback] = []] = queue.tasks;
      if (id) {
        queue.tasks.delete(id);
        runTask('task', callback);
        continue;
      }
      h.t = (Math.floor(h.t / VSYNC) + 1) * VSYNC;
      const frames = [...queue.frames];
      queue.frames.clear();
      for (const [, frame] of frames) runTask('frame', frame, h.t);
    }
  };
  return h;
}

test('cheap epochs in a fast run: chunks grow until a training task takes about its budget; frames only redraw', () => {
  const h = harness({ cost: 0.0001, redrawCost: 1 });
  h.player.play({ target: 1e7, rate: Infinity });
  h.runFor(2000);
  assert.equal(h.chunks[0], 1, 'the first chunk measures one epoch');
  assert.ok(h.chunks[1] > 1 && h.chunks[1] <= 8, `then it grows by at most 8x: ${h.chunks.slice(0, 4)}`);
  const [first, ...rest] = h.tasks;
  assert.ok(first.kind === 'frame' && first.epochs > 1, 'the first frame trains');
  assert.ok(first.ms - h.redrawCost <= 5, `and no longer than a few ms: ${first.ms} ms`);
  const frames = rest.filter((task) => task.kind === 'frame');
  const trained = rest.filter((task) => task.kind === 'task');
  assert.ok(frames.length > 50 && trained.length >= frames.length - 1);
  assert.ok(
    frames.slice(0, -1).every((frame) => frame.epochs === 0 && Math.abs(frame.ms - h.redrawCost) < 1e-6),
    'then frames only redraw (the last trains the few epochs left)',
  );
  for (const task of trained) assert.ok(task.ms <= FRAME_BUDGET_MS + 1e-9, `a training task of ${task.ms} ms`);
  for (const task of trained.slice(5, -1))
    assert.ok(task.epochs * h.cost >= FRAME_BUDGET_MS * 0.9, `${task.epochs} epochs`);
});

test('an animated run of cheap epochs trains in its frames: one task per frame', () => {
  const h = harness({ cost: 0.001, redrawCost: 1 });
  h.player.play({ target: 1e4, rate: rateFor(1e4, 5) }); // 2 epochs per ms: 0.03 ms of training a frame
  h.runFor(1000);
  assert.ok(h.tasks.length > 50);
  assert.ok(h.tasks.every((task) => task.kind === 'frame' && task.epochs > 0));
});

test('a costlier data set (a new play) starts again from one epoch: no chunk sized for the old one', () => {
  const h = harness({ cost: 0.0001 });
  h.player.play({ target: 1e7, rate: Infinity });
  h.runFor(200);
  h.cost = 13;
  const chunks = h.chunks.length;
  h.player.play({ target: h.epoch + 100, rate: Infinity });
  h.runFor(500);
  assert.equal(h.chunks[chunks], 1);
  assert.ok(
    h.tasks.slice(-20).every((task) => task.ms < LONG_TASK_MS),
    'no long task after the first chunk',
  );
});

test('an epoch over the budget: one epoch per task of its own, every task under 50 ms', () => {
  const h = harness({ cost: 13, redrawCost: 20 });
  h.player.play({ target: 1000, rate: Infinity });
  h.runFor(3000);
  const trained = h.tasks.filter((task) => task.epochs > 0);
  assert.ok(trained.length > 50);
  for (const task of h.tasks) assert.ok(task.ms < LONG_TASK_MS, `${task.kind} of ${task.ms} ms`);
  for (const task of trained.slice(1)) assert.ok(task.kind === 'task' && task.epochs === 1, `${task.epochs} epochs`);
});

test('an epoch and a redraw too long together: each in a task of its own, one epoch per frame', () => {
  const h = harness({ cost: 13, redrawCost: 35 });
  h.player.play({ target: 1000, rate: Infinity });
  h.runFor(3000);
  const [first, ...rest] = h.tasks;
  assert.equal(first.epochs, 1, 'the first frame measures an epoch and the redraw');
  for (const task of rest) assert.ok(task.ms < LONG_TASK_MS, `${task.kind} of ${task.ms} ms`);
  const frames = rest.filter((task) => task.kind === 'frame');
  assert.ok(
    frames.every((frame) => frame.epochs === 0 && Math.abs(frame.ms - h.redrawCost) < 1e-6),
    'frames only redraw',
  );
  const trained = rest.filter((task) => task.kind === 'task');
  assert.ok(trained.length >= frames.length - 1 && trained.every((task) => task.epochs === 1));
});

test('a slow rate trains what is due each frame; the target ends the run exactly, once', () => {
  const h = harness({ cost: 0.01, redrawCost: 1 });
  const rate = rateFor(5000, 2); // 2.5 epochs per ms
  h.player.play({ target: 5000, rate });
  h.runFor(1000);
  const frames = h.tasks.filter((task) => task.kind === 'frame');
  for (const frame of frames.slice(1)) assert.ok(Math.abs(frame.epochs - rate * VSYNC) <= 1, `${frame.epochs}`);
  assert.ok(h.player.playing());
  h.runFor(5000);
  assert.equal(h.epoch, 5000);
  assert.deepEqual(h.stops, ['done']);
  assert.equal(h.player.playing(), false);
});

test('a pause between a redraw and its training task trains nothing more', () => {
  const h = harness({ cost: 30, redrawCost: 30 });
  h.player.play({ target: 1000, rate: Infinity });
  h.runFor(200);
  const epoch = h.epoch;
  h.player.pause();
  h.runFor(500);
  assert.equal(h.epoch, epoch);
  assert.deepEqual(h.stops, ['paused']);
});

test("the browser's layout and paint count too: an epoch goes to a task of its own when they would pass 50 ms", () => {
  // 20 + 10 ms fit the budget as JS alone; with 25 ms of layout and paint the frame would be 55 ms.
  const h = harness({ cost: 20, redrawCost: 10, renderCost: 25 });
  h.player.play({ target: 1e6, rate: Infinity });
  h.runFor(3000);
  const later = h.tasks.slice(4);
  assert.ok(later.length > 20);
  for (const task of later) assert.ok(task.ms <= LONG_TASK_MS, `${task.kind} of ${task.ms} ms`);
  assert.ok(
    later.every((task) => task.kind === 'task' || task.epochs === 0),
    'frames only redraw',
  );
});
