import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runInSlices, runToEnd } from '../../src/core/run-steps.js';

/** A step that takes at least `ms` of wall-clock time. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** Steps of at least the given durations, logging each one and each pause between them. */
function* steps(durations: number[], log: string[]): Generator<void, string> {
  for (const [k, ms] of durations.entries()) {
    if (k > 0) yield;
    busy(ms);
    log.push(`step ${ms}`);
  }
  return 'done';
}

describe('runInSlices(steps, pause, budgetMs)', () => {
  it('pauses before a step that would pass the budget if it took as long as the one before', async () => {
    const log: string[] = [];
    // 6 + 6 > 10: every slice is one step, not two (12 ms) as a check after each step would make it.
    const value = await runInSlices(steps([6, 6, 6], log), async () => void log.push('pause'), 10);
    assert.equal(value, 'done');
    assert.deepEqual(log, ['step 6', 'pause', 'step 6', 'pause', 'step 6']);
  });

  it('runs short steps in one slice, and the first step of a slice whatever its length', async () => {
    // A fresh slice: a run right after the test before would go on with that test's slice.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const log: string[] = [];
    await runInSlices(steps([0, 0, 0, 30, 0], log), async () => void log.push('pause'), 1000);
    assert.deepEqual(log, ['step 0', 'step 0', 'step 0', 'step 30', 'step 0']);
    const zero: string[] = [];
    await new Promise((resolve) => setTimeout(resolve, 5));
    await runInSlices(steps([0, 0], zero), async () => void zero.push('pause'), 0);
    assert.deepEqual(zero, ['step 0', 'pause', 'step 0']);
  });

  it('a run chained right after another in one task goes on with its slice, pausing first once it is used up', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const log: string[] = [];
    const pause = async () => void log.push('pause');
    // The first run's second step ends its 12 ms slice; the run chained after it pauses before its first step.
    await runInSlices(steps([6, 6], log), pause, 100);
    log.push('next run');
    await runInSlices(steps([1], log), pause, 10);
    assert.deepEqual(log, ['step 6', 'step 6', 'next run', 'pause', 'step 1']);
    // After a gap, a run is a fresh slice: its first step runs at once.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const fresh: string[] = [];
    await runInSlices(steps([1], fresh), async () => void fresh.push('pause'), 0);
    assert.deepEqual(fresh, ['step 1']);
  });

  it('runToEnd(steps) runs them all without pausing', () => {
    const log: string[] = [];
    assert.equal(runToEnd(steps([1, 1], log)), 'done');
    assert.deepEqual(log, ['step 1', 'step 1']);
  });
});
