// The run's settings and results as the PNG cards print them (the share panel's "Charts as PNG"):
// a module of its own, so the map and training panels need no run-file code in the chapter's chunk.
import { count, counted, shown } from '../../core/format.js';
import { percent } from './summaries.js';

/** The run's settings (under the decision map's PNG card) and results (under the loss chart's). */
export function runNotes(state, trainer) {
  const points = trainer.points().labels.length;
  const data = state.data
    ? [`your ${counted(points, 'point')}`]
    : [`${state.dataset}, ${counted(points, 'point')}`, `data seed ${state['data-seed']}`, `noise ${state.noise}`];
  const layer = state.hidden ? `${counted(state.hidden, 'hidden unit')}, ${state.activation}` : 'no hidden layer';
  return {
    settings: [data, [layer, `learning rate ${state.lr}`, `seed ${state.seed}`]], // a line each
    results: [
      `epochs ${count(trainer.epoch())} of ${count(state.epochs)}`,
      `loss ${shown(trainer.evaluate().loss, 4)}`,
      `accuracy ${percent(trainer.accuracy())}`,
    ],
  };
}
