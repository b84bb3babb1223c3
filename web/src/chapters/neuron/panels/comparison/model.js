// The compared runs: for each rate of the `compare` field a real engine trainer with the run's data
// and start (hours, labels, seed, w0, b0) but that rate, kept at the main run's epoch. Design: they
// follow the main run's epoch rather than run to the target on their own, so the loss chart and the
// landscape show every rate at the same moment (the same epoch on the x axis), play, step, ×100,
// reset and replay move them all together, and a compared run costs nothing while the main one is
// paused. They train in the view's `comparison` entry (view.js), before any panel draws, so every
// panel sees them at the same epoch as the run. The panel (panel.js) owns this model and hands it to
// the view as a selection; other panels only read the snapshot follow() returns.
import { LOSS_FLOOR } from '../../../../core/chart-style.js';
import { createThinning } from '../../../../core/thinning.js';
import { createDescentPath } from '../landscape/descent-path.js';
import { createLossWatch, verdictOf } from './verdict.js';

const MAX_POINTS = 2048; // as the loss chart keeps of the main run
// Milliseconds of training for the compared runs in one frame: a big data set's (or a long instant
// run's) compared runs catch up over several frames rather than make one frame long; `behind` says
// they have not yet. The cost of an epoch is measured as they train (it depends on the data's size).
const FRAME_MS = 8;

// Line styles: each compared run differs from the others by its dash as well as its colour.
const STYLES = [
  { color: '#e8590c', dash: [6, 3] },
  { color: '#c2255c', dash: [2, 3] },
  { color: '#2f9e44', dash: [10, 3, 2, 3] },
  { color: '#7048e8', dash: [12, 4] },
  { color: '#868e96', dash: [4, 4] },
  { color: '#1098ad', dash: [1, 5] },
];

/** "lr 0.01": how the legends and the panel name a compared run. */
export const rateLabel = (rate) => `lr ${rate}`;

function createRun(engine, state, rate, style) {
  const trainer = engine.neuron.createTrainer({ ...state, lr: rate });
  const losses = createThinning(MAX_POINTS, (point) => point.x);
  const watch = createLossWatch();
  const path = createDescentPath();
  let index = 0; // loss entries read
  let stride = 1;
  function restart() {
    index = 0;
    stride = 1;
    losses.reset();
    watch.reset();
    path.reset();
  }
  // The loss entries the trainer recorded since the last read (all of them after the engine thinned).
  function read() {
    if (trainer.lossStride() !== stride) restart();
    stride = trainer.lossStride();
    const added = trainer.lossHistorySince(index);
    losses.add(index * stride, stride, added.length, (i, epoch) => ({ x: epoch, y: Math.max(added[i], LOSS_FLOOR) }));
    watch.add(index * stride, stride, added);
    index += added.length;
    path.read(trainer);
  }
  return { rate, trainer, label: rateLabel(rate), ...style, restart, read, path, losses, watch };
}

/** The snapshot of one run that panels read. */
function snapshotOf(run, target) {
  const { trainer } = run;
  const evaluation = trainer.evaluate();
  const slope = Math.abs(evaluation.weightGradient) + Math.abs(evaluation.biasGradient);
  return {
    rate: run.rate,
    label: run.label,
    color: run.color,
    dash: run.dash,
    trainer, // for reading only (the run file); never trained by a panel
    epoch: trainer.epoch(),
    weight: trainer.weight(),
    bias: trainer.bias(),
    loss: evaluation.loss,
    verdict: verdictOf(run.watch.seen(), { epoch: trainer.epoch(), target, slope }),
    lastRise: run.watch.seen().lastRise, // the last epoch whose loss went up, or -1
    points: () => run.losses.points().slice(),
    path: () => run.path.points(trainer),
  };
}

/** createComparison(engine) -> { follow(main, state), destroy() }. */
export function createComparison(engine) {
  let runs = [];
  let mainTrainer = null;
  let msPerEpoch; // an epoch's cost, measured as the runs train

  function match(main, state) {
    const rates = state.compare ?? [];
    // A new main trainer: new data, seed or start (or rate), so every compared run starts anew.
    const fresh = main !== mainTrainer;
    mainTrainer = main;
    // Until measured, a generous guess of an epoch's cost: a new data set of 1,000,000 examples first
    // trains one epoch a frame, not thousands.
    if (fresh) msPerEpoch = 1e-3 + 1e-4 * state.hours.length;
    const kept = [];
    for (const run of runs) {
      if (!fresh && rates.includes(run.rate)) kept.push(run);
      else run.trainer.delete();
    }
    runs = rates.map((rate, i) => kept.find((run) => run.rate === rate) ?? createRun(engine, state, rate, STYLES[i]));
    runs.forEach((run, i) => Object.assign(run, STYLES[i]));
  }

  return {
    /** The compared runs trained to `main`'s epoch (within this frame's budget): { runs, behind }. */
    follow(main, state) {
      match(main, state);
      const epoch = main.epoch();
      const end = performance.now() + FRAME_MS;
      let behind = false;
      let trained = false;
      for (const run of runs) {
        if (run.trainer.epoch() > epoch) {
          run.trainer.reset(); // the main run went back (reset, replay)
          run.restart();
        }
        // At least one epoch a frame, so even a run of 1,000,000 examples catches up.
        const affordable = Math.floor((end - performance.now()) / msPerEpoch);
        const wanted = Math.max(affordable, trained ? 0 : 1);
        const due = Math.min(epoch - run.trainer.epoch(), wanted, engine.limits.maxEpochs);
        if (due > 0) {
          const start = performance.now();
          run.trainer.train(due);
          const spent = performance.now() - start;
          if (spent > 0) msPerEpoch = spent / due;
          trained = true;
        }
        behind ||= run.trainer.epoch() < epoch;
        run.read();
      }
      return { runs: runs.map((run) => snapshotOf(run, state.epochs)), behind };
    },
    destroy() {
      for (const run of runs) run.trainer.delete();
      runs = [];
    },
  };
}
