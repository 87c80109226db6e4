import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { firstRanked } from '../../src/core/first-ranked.js';

describe('firstRanked(items, count, compare)', () => {
  it('gives the first ones in order, worked by hand', () => {
    assert.deepEqual(
      firstRanked([5, 1, 4, 1, 3], 3, (a, b) => a - b),
      [1, 1, 3],
    );
    assert.deepEqual(
      firstRanked([2, 1], 5, (a, b) => a - b),
      [1, 2],
    );
    assert.deepEqual(
      firstRanked([2, 1], 0, (a, b) => a - b),
      [],
    );
  });

  it('is what sorting all and keeping the first gives, for a total order (value down, then name)', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const compare = (a: [string, number], b: [string, number]) =>
      b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    for (let round = 0; round < 200; round++) {
      const items = Array.from({ length: Math.floor(random() * 60) }, (_, k): [string, number] => [
        `c${k}`,
        Math.floor(random() * 8),
      ]);
      const count = Math.floor(random() * 12);
      assert.deepEqual(firstRanked(items, count, compare), [...items].sort(compare).slice(0, count));
    }
  });
});
