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
      for (let i = 0; i < weights.length; i += 1) {
        const epoch = (index + i) * stride;
        if (epoch % every === 0) kept.push({ epoch, weight: weights[i], bias: biases[i] });
      }
      index += weights.length;
      while (kept.length > MAX_POINTS) {
        every *= 2;
        kept = kept.filter((point) => point.epoch % every === 0);
      }
    },
    /** The kept points and then the trainer's current weight and bias: [{ epoch, weight, bias }]. */
    points(trainer) {
      return [...kept, { epoch: trainer.epoch(), weight: trainer.weight(), bias: trainer.bias() }];
    },
  };
}
