// What a compared run's loss history says about its learning rate, in the post's words ("too big and
// you overshoot, too small and learning crawls"). The watch reads the engine's history as it grows
// (no second pass over it); verdictOf turns what it saw into one sentence. No DOM: Node tests it.
import { count, counted, shown } from '../../../../core/format.js';

// A rise smaller than this share of the loss is rounding (a converged run's loss wobbles by 1e-16),
// not a step past the minimum.
const RISE = 1e-9;
// The slope |dw| + |db| below which a run sits at its minimum, however high its loss (data that no
// line separates has a minimum well above 0).
const FLAT = 1e-2;

/** Reads loss history entries in order: { add(firstEpoch, stride, losses), reset(), seen() }. */
export function createLossWatch() {
  let seen;
  const reset = () => {
    seen = { first: NaN, latest: NaN, rises: 0, lastRise: -1, halvedAt: -1 };
  };
  reset();
  return {
    reset,
    add(firstEpoch, stride, losses) {
      for (let i = 0; i < losses.length; i += 1) {
        const loss = losses[i];
        const epoch = firstEpoch + i * stride;
        if (epoch === 0) seen.first = loss;
        else if (loss > seen.latest + RISE * Math.abs(seen.latest)) {
          seen.rises += 1;
          seen.lastRise = epoch;
        }
        if (seen.halvedAt < 0 && loss <= seen.first / 2) seen.halvedAt = epoch;
        seen.latest = loss;
      }
    },
    seen: () => seen,
  };
}

/** The epoch from which a run is judged: a tenth of the target, at least 10 epochs. */
export const judgedFrom = (target) => Math.max(10, Math.ceil(target / 10));

/**
 * { kind: 'untrained' | 'learning' | 'overshoots' | 'crawls' | 'converges', text } for a run at
 * `epoch` of `target` whose history the watch has `seen`; `slope` is |dw| + |db| where it stands.
 * A run whose loss went up overshoots; one whose loss has not halved in its first tenth of the
 * target (and is not at a flat minimum) crawls; the rest converge.
 */
export function verdictOf(seen, { epoch, target, slope }) {
  const { first, latest, rises, lastRise, halvedAt } = seen;
  const from = `from ${shown(first, 4)} to ${shown(latest, 4)}`;
  if (epoch === 0 || !Number.isFinite(first)) return { kind: 'untrained', text: 'Not trained yet.' };
  if (rises > 0) {
    const settles = lastRise < epoch * 0.9 && latest < first ? ` Then it settles, at ${shown(latest, 4)}.` : '';
    return {
      kind: 'overshoots',
      text:
        `Overshoots: the loss went up ${counted(rises, 'time')}, last at epoch ${count(lastRise)}. ` +
        `The step is too big: it overshoots the minimum and lands on the other side.${settles}`,
    };
  }
  const judged = judgedFrom(target);
  if (epoch < judged) return { kind: 'learning', text: `Learning: the loss went ${from} so far.` };
  if ((halvedAt < 0 || halvedAt > judged) && slope >= FLAT) {
    const halved = halvedAt < 0 ? 'has not halved yet' : `took ${counted(halvedAt, 'epoch')} to halve`;
    return {
      kind: 'crawls',
      text: `Crawls: the loss ${halved}; it went ${from}. The step is too small, so learning crawls.`,
    };
  }
  const flat = slope < FLAT && (halvedAt < 0 || halvedAt > judged) ? ', to where the slope is flat' : '';
  return { kind: 'converges', text: `Converges: the loss fell steadily, ${from}${flat}.` };
}
