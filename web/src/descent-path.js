// The descent path as the landscape draws it: reads the engine's path history (the weight and bias at
// the start of each epoch, see cpp/engine/path_history.hpp) incrementally, keeps at most MAX_POINTS
// exact samples on a power-of-two epoch grid, and ends at the trainer's current weight and bias, so
// the start and the end are always exact however long the run. No drawing here.

const MAX_POINTS = 1024;

export function createDescentPath() {
  let index = 0; // engine entries already read
  let stride = 1; // epochs between engine entries when they were read
  let every = 1; // epochs between kept points, a power of two, a multiple of stride
  let kept = []; // { epoch, weight, bias }

  return {
    /** Call after trainer.reset() or with a new trainer. */
    reset() {
      index = 0;
      stride = 1;
      every = 1;
      kept = [];
    },
    /** Read what the trainer recorded since the last call. */
    read(trainer) {
      const current = trainer.pathStride();
      if (current !== stride) {
        stride = current; // the engine thinned its history: start over from its entry 0
        index = 0;
        kept = [];
      }
      every = Math.max(every, stride);
      const weights = trainer.weightHistorySince(index);
      const biases = trainer.biasHistorySince(index);
      // Coarsen the grid before keeping (the same points as keeping all, then thinning), so reading
      // 40,000 entries at once (the landscape's probe) makes MAX_POINTS objects, not 40,000.
      const lastEpoch = (index + weights.length - 1) * stride;
      const before = every;
      while (Math.floor(lastEpoch / every) + 1 > MAX_POINTS) every *= 2;
      if (every !== before) kept = kept.filter((point) => point.epoch % every === 0);
      const step = every / stride; // both are powers of two
      for (let i = (step - (index % step)) % step; i < weights.length; i += step) {
        kept.push({ epoch: (index + i) * stride, weight: weights[i], bias: biases[i] });
      }
      index += weights.length;
    },
    /** The kept points and then the trainer's current weight and bias: [{ epoch, weight, bias }]. */
    points(trainer) {
      return [...kept, { epoch: trainer.epoch(), weight: trainer.weight(), bias: trainer.bias() }];
    },
  };
}
