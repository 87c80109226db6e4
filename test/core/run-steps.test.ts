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
    const log: string[] = [];
    await runInSlices(steps([0, 0, 0, 30, 0], log), async () => void log.push('pause'), 1000);
    assert.deepEqual(log, ['step 0', 'step 0', 'step 0', 'step 30', 'step 0']);
    const zero: string[] = [];
    await runInSlices(steps([0, 0], zero), async () => void zero.push('pause'), 0);
    assert.deepEqual(zero, ['step 0', 'pause', 'step 0']);
  });

  it('runToEnd(steps) runs them all without pausing', () => {
    const log: string[] = [];
    assert.equal(runToEnd(steps([1, 1], log)), 'done');
    assert.deepEqual(log, ['step 1', 'step 1']);
  });
});
