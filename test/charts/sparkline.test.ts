// Figures worked out by hand: x = 3 + i · (width − 6) / (n − 1); y maps [min, max] onto [height − 3, 3].
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { kpiMinSpan, nearestIndex, sparklineGeometry } from '../../src/charts/sparkline.js';
import { loadChartKit } from '../../src/charts/chart-kit-loader.js';

// The charts compute with d3 loaded on demand (chart-kit-loader.ts), as a section loads it on connect.
await loadChartKit();

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

describe('sparklineGeometry with a least span (minSpan)', () => {
  // height 40: y maps the domain onto [37, 3], 34 px.
  it('sparklineGeometry([50, 52], 100, 40, false, 10) draws 2 points of change on a 10-point domain, 46…56', () => {
    // Middle 51, domain [46, 56]: y(50) = 37 − 34 · 4/10 = 23.4, y(52) = 37 − 34 · 6/10 = 16.6 (6.8 px apart,
    // where the values' own range would put them 34 px apart).
    const { points } = sparklineGeometry([50, 52], 100, 40, false, 10);
    assert.deepEqual(
      points.map((p) => [p.x, Number(p.y?.toFixed(6))]),
      [
        [3, 23.4],
        [97, 16.6],
      ],
    );
  });

  it('sparklineGeometry([2, 4], 100, 40, false, 10) keeps the domain at 0…10 rather than −2…8', () => {
    // y(2) = 37 − 34 · 0.2 = 30.2, y(4) = 37 − 34 · 0.4 = 23.4.
    const { points } = sparklineGeometry([2, 4], 100, 40, false, 10);
    assert.deepEqual(
      points.map((p) => Number(p.y?.toFixed(6))),
      [30.2, 23.4],
    );
  });

  it('sparklineGeometry([40, 60], 100, 40, false, 10) keeps a range wider than minSpan as it is', () => {
    const { points } = sparklineGeometry([40, 60], 100, 40, false, 10);
    assert.deepEqual(
      points.map((p) => p.y),
      [37, 3],
    );
  });

  it('sparklineGeometry([51, 51], 100, 40, false, 10) puts a flat series in the middle of 46…56', () => {
    const { points } = sparklineGeometry([51, 51], 100, 40, false, 10);
    assert.deepEqual(
      points.map((p) => p.y),
      [20, 20],
    );
  });
});

describe('kpiMinSpan', () => {
  it('kpiMinSpan(values, "percent") is 10 points, whatever the values', () => {
    assert.equal(kpiMinSpan([50, 52.7], 'percent'), 10);
    assert.equal(kpiMinSpan([], 'percent'), 10);
  });

  it('kpiMinSpan([1000, null, 3000], "seats") is a tenth of the largest value, 300', () => {
    assert.equal(kpiMinSpan([1000, null, 3000], 'seats'), 300);
  });

  it('an active-% series between 50.0 and 52.7 spans 9.18 of a 40 px tile chart’s 34 px', () => {
    // Middle 51.35, domain [46.35, 56.35]: y(50) = 37 − 34 · 3.65/10 = 24.59, y(52.7) = 37 − 34 · 6.35/10 = 15.41,
    // y(51) = 37 − 34 · 4.65/10 = 21.19.
    const values = [50, 52.7, 51];
    const { points } = sparklineGeometry(values, 200, 40, false, kpiMinSpan(values, 'percent'));
    assert.deepEqual(
      points.map((p) => Number(p.y?.toFixed(6))),
      [24.59, 15.41, 21.19],
    );
  });
});
