// Thinning a long series to at most `maxPoints` exact samples on a power-of-two epoch grid: the loss
// chart and the landscape's descent path both keep epochs 0, every, 2·every, … and double `every`
// when the series outgrows them. Entries arrive in order from epoch 0 (the engine's histories).

/** epochOf(point) -> the point's epoch. */
export function createThinning(maxPoints, epochOf = (point) => point.epoch) {
  let every = 1; // epochs between kept points, a power of two
  let kept = [];
  return {
    reset() {
      every = 1;
      kept = [];
    },
    /**
     * Entries i = 0..count-1 of epochs firstEpoch + i * stride (stride a power of two, the engine's);
     * makePoint(i, epoch) builds the ones kept. The grid is coarsened before adding (the same points
     * as adding all, then thinning), so adding 100,000 entries makes at most maxPoints objects.
     */
    add(firstEpoch, stride, count, makePoint) {
      if (count === 0) return;
      every = Math.max(every, stride);
      const lastEpoch = firstEpoch + (count - 1) * stride;
      const before = every;
      while (Math.floor(lastEpoch / every) + 1 > maxPoints) every *= 2;
      if (every !== before) kept = kept.filter((point) => epochOf(point) % every === 0);
      const step = every / stride; // both are powers of two
      const offset = ((every - (firstEpoch % every)) % every) / stride;
      for (let i = offset; i < count; i += step) kept.push(makePoint(i, firstEpoch + i * stride));
    },
    /** The kept points (the array itself: copy it before handing it to Chart.js). */
    points: () => kept,
    every: () => every,
  };
}
