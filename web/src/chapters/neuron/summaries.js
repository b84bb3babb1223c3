// The charts' text alternatives and the run's spoken summary: plain sentences built from the same
// numbers the charts draw, shown under each chart so every reader gets them.
import { count, fixed, shown } from '../../core/format.js';

const four = (x) => shown(x, 4);
const MAX_LISTED = 12;

/** firstLoss: epoch 0's loss; latestLoss: the last epoch's; epoch: epochs done; currentLoss: at the current weights. */
export function lossSummary({ epoch, firstLoss, latestLoss, currentLoss }) {
  if (epoch === 0) return `No epochs trained yet. The loss at the starting weight and bias is ${four(currentLoss)}.`;
  const last = epoch - 1;
  const direction = latestLoss < firstLoss ? 'fell' : latestLoss > firstLoss ? 'rose' : 'stayed';
  const to = direction === 'stayed' ? `at ${four(latestLoss)}` : `from ${four(firstLoss)} to ${four(latestLoss)}`;
  return `Over ${count(epoch)} epochs the loss ${direction} ${to} (epoch 0 to epoch ${count(last)}).`;
}

/** The curve's story: where it crosses 0.5 and which examples it gets right. */
export function predictionSummary({ weight, bias, hours, labels, probabilities }) {
  let shape;
  const boundary = -bias / weight;
  if (weight === 0 || !Number.isFinite(boundary)) {
    shape = `The curve is flat: every number of hours gets the same pass probability, ${four(probabilities[0])}.`;
  } else {
    const side = weight > 0 ? 'more hours predict a pass, fewer a fail' : 'more hours predict a fail, fewer a pass';
    shape = `The curve crosses 0.5 at ${fixed(boundary, 2)} hours, the decision boundary: ${side}.`;
  }
  let right = 0;
  for (let i = 0; i < probabilities.length; i += 1) if ((probabilities[i] >= 0.5 ? 1 : 0) === labels[i]) right += 1;
  const listed = hours
    .slice(0, MAX_LISTED)
    .map((x, i) => `${x} h ${labels[i] === 1 ? 'pass' : 'fail'} (p = ${four(probabilities[i])})`)
    .join(', ');
  const more = hours.length > MAX_LISTED ? `, and ${count(hours.length - MAX_LISTED)} more` : '';
  return `${shape} It classifies ${count(right)} of ${count(probabilities.length)} training examples correctly: ${listed}${more}.`;
}

/** What a screen reader hears when a run ends. */
export function runAnnouncement({ epoch, weight, bias, loss }) {
  return `Trained to epoch ${count(epoch)}: weight ${four(weight)}, bias ${four(bias)}, loss ${four(loss)}.`;
}
