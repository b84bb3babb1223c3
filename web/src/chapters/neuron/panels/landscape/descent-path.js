// The descent path as the landscape draws it: reads the engine's path history (the weight and bias at
// the start of each epoch, see cpp/engine/path_history.hpp) incrementally, keeps at most MAX_POINTS
// exact samples on a power-of-two epoch grid (core/thinning.js), and ends at the trainer's current
// weight and bias, so the start and the end are always exact however long the run. No drawing here.
import { createThinning } from '../../../../core/thinning.js';

const MAX_POINTS = 1024;

export function createDescentPath() {
  const thinning = createThinning(MAX_POINTS);
  let index = 0; // engine entries already read
  let stride = 1; // epochs between engine entries when they were read

  return {
    /** Call after trainer.reset() or with a new trainer. */
    reset() {
      index = 0;
      stride = 1;
      thinning.reset();
    },
    /** Read what the trainer recorded since the last call. */
    read(trainer) {
      const current = trainer.pathStride();
      if (current !== stride) {
        stride = current; // the engine thinned its history: start over from its entry 0
        index = 0;
        thinning.reset();
      }
      const weights = trainer.weightHistorySince(index);
      const biases = trainer.biasHistorySince(index);
      // Reading 40,000 entries at once (the landscape's probe) makes MAX_POINTS objects, not 40,000.
      thinning.add(index * stride, stride, weights.length, (i, epoch) => ({
        epoch,
        weight: weights[i],
        bias: biases[i],
      }));
      index += weights.length;
    },
    /** The kept points and then the trainer's current weight and bias: [{ epoch, weight, bias }]. */
    points(trainer) {
      return [...thinning.points(), { epoch: trainer.epoch(), weight: trainer.weight(), bias: trainer.bias() }];
    },
  };
}
