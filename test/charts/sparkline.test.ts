// Figures worked out by hand: x = 3 + i · (width − 6) / (n − 1); y maps [min, max] onto [height − 3, 3].
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nearestIndex, sparklineGeometry } from '../../src/charts/sparkline.js';

describe('sparklineGeometry', () => {
  it('sparklineGeometry([1, 3, 2], 100, 20) spreads x over 3…97 and fits y to the values’ own range', () => {
    const { points, path } = sparklineGeometry([1, 3, 2], 100, 20);
    assert.deepEqual(points, [
      { x: 3, y: 17 },
      { x: 50, y: 3 },
      { x: 97, y: 10 },
    ]);
    assert.equal(path, 'M3,17L50,3L97,10');
  });

  it('sparklineGeometry([1, 3, null, 3, 1], 44, 20) leaves a gap where a value is null', () => {
    const { points, path } = sparklineGeometry([1, 3, null, 3, 1], 44, 20);
    // x steps of (44 − 6) / 4 = 9.5.
    assert.deepEqual(points, [
      { x: 3, y: 17 },
      { x: 12.5, y: 3 },
      { x: 22, y: null },
      { x: 31.5, y: 3 },
      { x: 41, y: 17 },
    ]);
    assert.equal(path, 'M3,17L12.5,3M31.5,3L41,17');
  });

  it('sparklineGeometry([5, 5, 5], 50, 10) puts a flat series in the middle, not on the floor', () => {
    // The domain widens to [4, 6] on [7, 3]: 5 sits at 5.
    const { points, path } = sparklineGeometry([5, 5, 5], 50, 10);
    assert.deepEqual(
      points.map((p) => p.y),
      [5, 5, 5],
    );
    assert.equal(path, 'M3,5L25,5L47,5');
  });

  it('sparklineGeometry([7], 30, 10) places one month at the left padding', () => {
    const { points } = sparklineGeometry([7], 30, 10);
    assert.deepEqual(points, [{ x: 3, y: 5 }]);
  });
});

describe('nearestIndex', () => {
  const points = [{ x: 3 }, { x: 50 }, { x: 97 }];

  it('nearestIndex(points, 30) is the point 20 px away rather than 27', () => {
    assert.equal(nearestIndex(points, 30), 1);
  });

  it('nearestIndex(points, 26.5) keeps the first of two equally near points', () => {
    assert.equal(nearestIndex(points, 26.5), 0);
  });

  it('nearestIndex(points, 500) is the last point', () => {
    assert.equal(nearestIndex(points, 500), 2);
  });
});
