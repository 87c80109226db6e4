// Right to left, a sparkline's months run from the right edge: figures worked out by hand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nearestIndex, sparklineGeometry } from '../../src/charts/sparkline.js';
import { loadChartKit } from '../../src/charts/chart-kit-loader.js';

// The charts compute with d3 loaded on demand (chart-kit-loader.ts), as a section loads it on connect.
await loadChartKit();

describe('sparklineGeometry, right to left', () => {
  it('sparklineGeometry([1, 2, 3], 106, 40, rtl) puts the first month at 103 and the last at 3', () => {
    // 3 px of padding: x from 106 − 3 = 103 down to 3, 50 px a month; y from 37 (the minimum) up to 3.
    const { points, path } = sparklineGeometry([1, 2, 3], 106, 40, true);
    assert.deepEqual(points, [
      { x: 103, y: 37 },
      { x: 53, y: 20 },
      { x: 3, y: 3 },
    ]);
    assert.equal(path, 'M103,37L53,20L3,3');
  });

  it('nearestIndex finds the first month near the right edge', () => {
    const { points } = sparklineGeometry([1, 2, 3], 106, 40, true);
    assert.equal(nearestIndex(points, 100), 0);
    assert.equal(nearestIndex(points, 10), 2);
  });
});
