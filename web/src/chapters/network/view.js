// The network's view snapshot: what every panel of chapter 2 may read in one frame, each entry read
// from the engine at most once per frame and only when a panel asks (lazy), as chapter 1's view.
// The training points and the map's grid belong to a run (a trainer): they are read once per trainer.
import { gridFor } from '../../core/decision-map.js';
import { lazy } from '../../core/lazy.js';

const perRun = new WeakMap(); // trainer -> { points, grid, map (the last) }

// The points and the map's grid (>= 100 x 100 cells around them) of a run: fixed while it trains.
function runData(trainer) {
  let data = perRun.get(trainer);
  if (!data) {
    const points = trainer.points();
    data = { points, grid: gridFor(points) };
    perRun.set(trainer, data);
  }
  return data;
}

/** The row the point's pass follows: the selected one if the run has it, else the first. */
export function exampleRow(selection, pointCount) {
  return Number.isInteger(selection.example) && selection.example < pointCount ? selection.example : 0;
}

/**
 * frame: { trainer, state, playing, feed (core/loss-feed.js), selection ({ example?, unit? }), slow, limits }.
 */
export function networkView({ trainer, state, playing, feed, selection, slow }) {
  const epoch = trainer.epoch();
  const data = runData(trainer);
  const view = lazy({
    evaluation: () => trainer.evaluate(), // the loss and gradients at the current weights
    accuracy: () => trainer.accuracy(),
    parameters: () => trainer.parameters(),
    latestLoss: () => trainer.loss(),
    losses: () => feed.read(trainer), // the loss history entries added since the last frame
    firstLoss: () => (view.losses, feed.firstLoss()),
    // The output and each hidden unit over the grid, in WASM, into the run's last map's arrays.
    map: () => (data.map = trainer.map(data.grid, data.map)),
    line: () => trainer.line(), // the collapsed straight line of a linear layer (or none), else null
    example: () => exampleRow(selection, data.points.labels.length),
    pass: () => trainer.example(view.example), // one point's forward and backward pass
  });
  return Object.assign(view, {
    trainer, // for reading histories; never for changing the run
    state,
    epoch,
    target: state.epochs,
    playing,
    status: playing ? 'playing' : epoch >= state.epochs ? 'done' : 'paused',
    points: data.points,
    grid: data.grid,
    unit: selection.unit ?? null, // the hidden unit the reader points at (diagram or thumbnail)
    slow,
  });
}
