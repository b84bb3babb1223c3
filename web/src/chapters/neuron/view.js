// The neuron's view snapshot: what every panel may read in one frame, computed from the trainer once
// per frame and only when a panel asks (lazy, then kept). Panels never call the trainer for numbers
// they could take from here, so two panels never show two different moments of a run.
import { lazy } from '../../core/lazy.js';

const CURVE_POINTS = 240;
export const MAX_CHART_EXAMPLES = 2000; // training points drawn; a bigger data set is still trained in full
export const MAX_SHOWN_TEST = 50; // test hours listed and drawn; more are predicted but not all listed
export const MAX_CYCLE_EXAMPLES = 10; // rows the training cycle's table lists (its means cover them all)

/**
 * A range of hours that holds the data and the test hours, with a margin, within ±maxHours (the
 * engine predicts nothing beyond its limit, so the curve must not either).
 */
export function hoursRange(hours, test, maxHours = Infinity) {
  let low = Infinity;
  let high = -Infinity;
  for (const list of [hours, test]) {
    for (const x of list) {
      low = Math.min(low, x);
      high = Math.max(high, x);
    }
  }
  if (!Number.isFinite(low)) return [0, 1];
  const margin = Math.max(1, (high - low) * 0.1);
  return [Math.max(low - margin, -maxHours), Math.min(high + margin, maxHours)];
}

/** The row of `hours` the principles follow: 4 hours as in the post, else the first. */
export function defaultExample(hours) {
  const four = hours.indexOf(4);
  return four >= 0 ? four : 0;
}

/**
 * frame: { trainer, state, playing, feed (core/loss-feed.js), selection ({ example? }), slow, limits }.
 * `slow` is true on frames where text that is slow to lay out may redraw; `limits` are the engine's.
 */
export function neuronView({ trainer, state, playing, feed, selection, slow, limits }) {
  const epoch = trainer.epoch();
  const example = selection.example < state.hours.length ? selection.example : defaultExample(state.hours);
  const view = lazy({
    weight: () => trainer.weight(),
    bias: () => trainer.bias(),
    evaluation: () => trainer.evaluate(), // loss, gradients and the next update at the current weights
    latestLoss: () => trainer.loss(), // the loss of the last completed epoch
    // The loss history entries added since the last frame: read exactly once per frame.
    losses: () => feed.read(trainer),
    firstLoss: () => (view.losses, feed.firstLoss()),
    shownHours: () => state.hours.slice(0, MAX_CHART_EXAMPLES),
    shownLabels: () => state.labels.slice(0, MAX_CHART_EXAMPLES),
    shownTest: () => state.test.slice(0, MAX_SHOWN_TEST),
    testProbabilities: () => trainer.predictMany(view.shownTest),
    trainingProbabilities: () => trainer.predictMany(view.shownHours),
    range: () => hoursRange(view.shownHours, view.shownTest, limits?.maxAbsHours),
    curve: () => {
      const [low, high] = view.range;
      // Clamped: low + (high - low) can round one ulp past high, and past the engine's limit.
      const at = (i) => Math.min(low + ((high - low) * i) / (CURVE_POINTS - 1), high);
      const hours = Array.from({ length: CURVE_POINTS }, (_, i) => at(i));
      const probabilities = trainer.predictMany(hours);
      return hours.map((x, i) => ({ x, y: probabilities[i] }));
    },
    exampleTerms: () => trainer.example(example),
    // The first rows' numbers, for the training cycle's table (only read while a cycle is walked).
    examples: () =>
      Array.from({ length: Math.min(state.hours.length, MAX_CYCLE_EXAMPLES) }, (_, row) => trainer.example(row)),
    // The compared learning rates trained to this epoch, or null: the rates panel's model
    // (panels/comparison/model.js), handed over as a selection; its runs are real trainers.
    comparison: () => selection.comparison?.follow(trainer, state) ?? null,
  });
  return Object.assign(view, {
    trainer, // for reading histories (the descent path); never for changing the run
    state,
    epoch,
    target: state.epochs,
    playing,
    status: playing ? 'playing' : epoch >= state.epochs ? 'done' : 'paused',
    example,
    stage: selection.stage ?? 0, // the training cycle's stage (1-4) the reader is looking at, 0 for none
    slow,
  });
}
