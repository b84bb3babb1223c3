// Chapter 2's sentences: the loss chart's text alternative and what a screen reader hears at the end.
import { count, counted, shown } from '../../core/format.js';

const four = (x) => shown(x, 4);

/** An accuracy (a share, 0..1) as the page writes it: "62%", "62.5%", "100%". */
export const percent = (share) => `${Number(shown(share * 100, 1))}%`;

/** firstLoss: epoch 0's loss; latestLoss: the last epoch's; epoch: epochs done; currentLoss: at the current weights. */
export function lossSummary({ epoch, firstLoss, latestLoss, currentLoss }) {
  if (epoch === 0) return `No epochs trained yet. The loss at the starting weights is ${four(currentLoss)}.`;
  const last = epoch - 1;
  const direction = latestLoss < firstLoss ? 'fell' : latestLoss > firstLoss ? 'rose' : 'stayed';
  const to = direction === 'stayed' ? `at ${four(latestLoss)}` : `from ${four(firstLoss)} to ${four(latestLoss)}`;
  const span = last === 0 ? 'epoch 0' : `epoch 0 to epoch ${count(last)}`;
  return `Over ${counted(epoch, 'epoch')} the loss ${direction} ${to} (${span}).`;
}

/** What a screen reader hears when a run ends. */
export function runAnnouncement({ epoch, loss, accuracy }) {
  return `Trained to epoch ${count(epoch)}: loss ${four(loss)}, accuracy ${percent(accuracy)}.`;
}
