// core/thinning.js, which keeps long series drawable (the loss chart, the descent path): at most
// maxPoints exact samples on a power-of-two epoch grid, the same whether entries come at once or in
// frames, and never more objects made in one call than it may keep.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createThinning } from '../../web/src/core/thinning.js';

const point = (i, epoch) => ({ epoch, value: epoch * 2 });

test('a million epochs in frames keep at most maxPoints, evenly spaced from epoch 0', () => {
  const thinning = createThinning(2048);
  let most = 0; // the most points one frame's add() made
  for (let first = 0; first < 1_000_000; first += 30_000) {
    let made = 0;
    thinning.add(first, 1, Math.min(30_000, 1_000_000 - first), (i, epoch) => ((made += 1), point(i, epoch)));
    most = Math.max(most, made);
  }
  const kept = thinning.points();
  assert.ok(kept.length <= 2048 && kept.length > 1024, `${kept.length} points`);
  assert.equal(thinning.every(), 512);
  assert.deepEqual(
    kept.map((p) => p.epoch),
    Array.from({ length: kept.length }, (_, i) => i * 512),
  );
  assert.ok(
    kept.every((p) => p.value === p.epoch * 2),
    'each point is the entry of its epoch',
  );
  assert.ok(most <= 2048, `one add() of 30,000 entries made ${most} points`);
});

test('the same points whether the entries come at once or one by one, at the engine’s stride', () => {
  const atOnce = createThinning(100);
  atOnce.add(0, 4, 5000, point);
  const oneByOne = createThinning(100);
  for (let i = 0; i < 5000; i += 1) oneByOne.add(i * 4, 4, 1, point);
  assert.deepEqual(oneByOne.points(), atOnce.points());
  assert.ok(atOnce.points().length <= 100);
  assert.equal(atOnce.points()[1].epoch, atOnce.every());
});

test('reset forgets every point', () => {
  const thinning = createThinning(8);
  thinning.add(0, 1, 100, point);
  thinning.reset();
  assert.deepEqual(thinning.points(), []);
  assert.equal(thinning.every(), 1);
  thinning.add(0, 1, 3, point);
  assert.deepEqual(
    thinning.points().map((p) => p.epoch),
    [0, 1, 2],
  );
});
