// Reads the engine's loss history incrementally: each read() copies only the entries added since the
// last one (lossHistorySince), so a live chart does no per-epoch work. When the engine thins its
// history (the stride doubles past 1,048,576 entries) the next read starts over from entry 0.

export function createLossFeed() {
  let index = 0; // entries already read
  let stride = 1; // epochs between entries when they were read
  let firstLoss = NaN; // the loss of epoch 0

  return {
    /** Call after trainer.reset() or with a new trainer. */
    reset() {
      index = 0;
      stride = 1;
      firstLoss = NaN;
    },
    /** -> { restart, firstEpoch, stride, losses }: losses[i] is the loss of epoch firstEpoch + i * stride. */
    read(trainer) {
      const current = trainer.lossStride();
      const restart = current !== stride;
      if (restart) {
        stride = current;
        index = 0;
      }
      const losses = trainer.lossHistorySince(index);
      const firstEpoch = index * stride;
      if (index === 0 && losses.length > 0) firstLoss = losses[0];
      index += losses.length;
      return { restart, firstEpoch, stride, losses };
    },
    firstLoss: () => firstLoss,
  };
}
