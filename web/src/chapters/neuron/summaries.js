// The charts' text alternatives and the run's spoken summary: plain sentences built from the same
// numbers the charts draw, shown under each chart so every reader gets them.
import { count, counted, hoursText, shown } from '../../core/format.js';

const four = (x) => shown(x, 4);
const MAX_LISTED = 12;

/** firstLoss: epoch 0's loss; latestLoss: the last epoch's; epoch: epochs done; currentLoss: at the current weights. */
export function lossSummary({ epoch, firstLoss, latestLoss, currentLoss }) {
  if (epoch === 0) return `No epochs trained yet. The loss at the starting weight and bias is ${four(currentLoss)}.`;
  const last = epoch - 1;
  const direction = latestLoss < firstLoss ? 'fell' : latestLoss > firstLoss ? 'rose' : 'stayed';
  const to = direction === 'stayed' ? `at ${four(latestLoss)}` : `from ${four(firstLoss)} to ${four(latestLoss)}`;
  const span = last === 0 ? 'epoch 0' : `epoch 0 to epoch ${count(last)}`;
  return `Over ${counted(epoch, 'epoch')} the loss ${direction} ${to} (${span}).`;
}

/**
 * Where the curve crosses 0.5 within the hours shown ([low, high]), or that it does not: a boundary
 * far outside them (a nearly flat curve) is no crossing a reader could see or use.
 */
function curveShape({ weight, bias, range: [low, high], curve }) {
  const boundary = -bias / weight;
  if (weight !== 0 && Number.isFinite(boundary) && boundary >= low && boundary <= high) {
    const side = weight > 0 ? 'more hours predict a pass, fewer a fail' : 'more hours predict a fail, fewer a pass';
    const at = hoursText(boundary);
    return `The curve crosses 0.5 at ${at} ${at === '1' ? 'hour' : 'hours'}, the decision boundary: ${side}.`;
  }
  const [first, last] = [curve[0].y, curve[curve.length - 1].y];
  const span = `${hoursText(low)} to ${hoursText(high)} hours`;
  const flat = four(first) === four(last);
  if (flat && four(first) === '0.5000') {
    return `The curve is flat at 0.5 for all hours shown (${span}): no number of hours is predicted either way.`;
  }
  const above = first >= 0.5;
  const shape = flat
    ? `flat at ${four(first)}`
    : `${last > first ? 'rising' : 'falling'} from ${four(first)} to ${four(last)}`;
  const verdict = above ? 'a pass' : 'a fail';
  return `The curve stays ${above ? 'above' : 'below'} 0.5 for all hours shown (${span}), ${shape}: every number of hours here is predicted ${verdict}.`;
}

/**
 * The curve's story: where it crosses 0.5 and which examples it gets right. range: the hours shown;
 * curve: the sigmoid drawn over them ([{ x, y }]).
 */
export function predictionSummary({ weight, bias, range, curve, hours, labels, probabilities }) {
  const shape = curveShape({ weight, bias, range, curve });
  let right = 0;
  for (let i = 0; i < probabilities.length; i += 1) if ((probabilities[i] >= 0.5 ? 1 : 0) === labels[i]) right += 1;
  const listed = hours
    .slice(0, MAX_LISTED)
    .map((x, i) => `${x} h ${labels[i] === 1 ? 'pass' : 'fail'} (p = ${four(probabilities[i])})`)
    .join(', ');
  const more = hours.length > MAX_LISTED ? `, and ${count(hours.length - MAX_LISTED)} more` : '';
  const examples = `${count(right)} of ${counted(probabilities.length, 'training example')}`;
  return `${shape} It classifies ${examples} correctly: ${listed}${more}.`;
}

/**
 * The run's parameters and result as two groups of short notes, for an exported chart:
 * ["learning rate 0.1", "epochs 5,000 of 5,000", …], ["final loss 0.0466", "weight 4.24834391", …].
 */
export function runNotes(state, trainer) {
  const n = state.hours.length;
  const eight = (x) => String(Number(shown(x, 8))); // 8 decimals at most, as the post prints w and b: 0, 4.24834391
  const settings = [
    `learning rate ${state.lr}`,
    `epochs ${count(trainer.epoch())} of ${count(state.epochs)}`,
    `seed ${state.seed}`,
    `initial weight w0 ${eight(trainer.initialWeight())}`,
    `initial bias b0 ${eight(trainer.initialBias())}`,
    counted(n, 'example'),
  ];
  const result = [
    `final loss ${four(trainer.evaluate().loss)}`,
    `weight ${eight(trainer.weight())}`,
    `bias ${eight(trainer.bias())}`,
  ];
  return [settings, result];
}

/** What a screen reader hears when a run ends. */
export function runAnnouncement({ epoch, weight, bias, loss }) {
  return `Trained to epoch ${count(epoch)}: weight ${four(weight)}, bias ${four(bias)}, loss ${four(loss)}.`;
}
