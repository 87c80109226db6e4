// ticks, tickIncrement, extent and max give d3-array's figures: by hand on small cases, then against d3-array
// itself (still installed: d3-scale's dependency) on random inputs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as d3 from 'd3-array';
import { extent, max } from '../../src/charts/extent.js';
import { tickIncrement, ticks } from '../../src/charts/ticks.js';

let seed = 5;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;

describe('ticks', () => {
  it('ticks(0, 1, 5) steps by 0.2; ticks(10, 0, 2) runs down by 5; tickIncrement(0, 100, 10) is 10', () => {
    assert.deepEqual(ticks(0, 1, 5), [0, 0.2, 0.4, 0.6, 0.8, 1]);
    assert.deepEqual(ticks(10, 0, 2), [10, 5, 0]);
    assert.equal(tickIncrement(0, 100, 10), 10);
    assert.equal(tickIncrement(0, 1, 10), -10);
  });

  it("gives d3-array's ticks and increments on 500 random domains", () => {
    for (let run = 0; run < 500; run++) {
      const start = (random() - 0.5) * 10 ** (random() * 7);
      const stop = (random() - 0.3) * 10 ** (random() * 7);
      const count = random() * 14;
      assert.deepEqual(ticks(start, stop, count), d3.ticks(start, stop, count));
      assert.equal(tickIncrement(start, stop, count), d3.tickIncrement(start, stop, count));
    }
  });
});

describe('extent and max', () => {
  it('extent([3, NaN, -1, 7]) is [-1, 7] and max of it 7; none gives undefined', () => {
    assert.deepEqual(extent([3, NaN, -1, 7]), [-1, 7]);
    assert.equal(max([3, NaN, -1, 7]), 7);
    assert.deepEqual(extent([]), [undefined, undefined]);
    assert.equal(max([NaN]), undefined);
  });

  it("gives d3-array's extent and max on 200 random lists", () => {
    for (let run = 0; run < 200; run++) {
      const values = Array.from({ length: Math.floor(random() * 8) }, () =>
        random() < 0.1 ? NaN : (random() - 0.5) * 1e4,
      );
      assert.deepEqual(extent(values), d3.extent(values));
      assert.equal(max(values), d3.max(values));
    }
  });
});
