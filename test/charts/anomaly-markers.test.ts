// Figures worked out by hand from the chart geometry's own rules (see sparkline.test.ts, line-chart.test.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { anomalyMarkers } from '../../src/charts/anomaly-markers.js';
import { lineChartGeometry } from '../../src/charts/line-chart.js';
import { sparklineGeometry } from '../../src/charts/sparkline.js';
import { loadChartKit } from '../../src/charts/chart-kit-loader.js';

// The charts compute with d3 loaded on demand (chart-kit-loader.ts), as a section loads it on connect.
await loadChartKit();

describe('anomalyMarkers(points, indexes, radius)', () => {
  it('anomalyMarkers on a sparkline: a diamond around the unusual month', () => {
    // sparklineGeometry([1, 3, null, 3, 1], 44, 20): x steps of 9.5 from 3; y maps [1, 3] onto [17, 3].
    // Index 1 is (12.5, 3); a radius of 4 gives top 3 − 4 = −1, right 16.5, bottom 7, left 8.5.
    const { points } = sparklineGeometry([1, 3, null, 3, 1], 44, 20);
    assert.deepEqual(anomalyMarkers(points, [1, 4], 4), [
      { index: 1, x: 12.5, y: 3, path: 'M12.5 -1L16.5 3L12.5 7L8.5 3Z' },
      // Index 4 is (41, 17).
      { index: 4, x: 41, y: 17, path: 'M41 13L45 17L41 21L37 17Z' },
    ]);
  });

  it('anomalyMarkers leaves out a month without a value and one outside the series', () => {
    const { points } = sparklineGeometry([1, 3, null, 3, 1], 44, 20);
    assert.deepEqual(anomalyMarkers(points, [2, 7, -1], 4), []);
  });

  it('anomalyMarkers on a line chart, right to left', () => {
    // lineChartGeometry: 4 months on a point scale with padding 0.5 over 0…200, right to left: step 50,
    // x = 175, 125, 75, 25. y: [0, 20] onto [100, 0] (nice keeps it), so 10 → 50 and 20 → 0.
    const geometry = lineChartGeometry({
      count: 4,
      series: [{ key: 'available', values: [0, 10, 20, 10] }],
      width: 200,
      height: 100,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      tickCount: 2,
      dir: 'rtl',
    });
    const points = geometry.lines[0]!.points;
    assert.deepEqual(anomalyMarkers(points, [1, 2], 5.5), [
      { index: 1, x: 125, y: 50, path: 'M125 44.5L130.5 50L125 55.5L119.5 50Z' },
      { index: 2, x: 75, y: 0, path: 'M75 -5.5L80.5 0L75 5.5L69.5 0Z' },
    ]);
  });

  it('anomalyMarkers rounds to hundredths', () => {
    // A third of 100 is 33.333…: 33.33, and 33.33 ± 2.5.
    assert.deepEqual(anomalyMarkers([{ x: 100 / 3, y: 100 / 3 }], [0], 2.5), [
      { index: 0, x: 33.33, y: 33.33, path: 'M33.33 30.83L35.83 33.33L33.33 35.83L30.83 33.33Z' },
    ]);
  });
});
