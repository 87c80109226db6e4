// The line chart for right-to-left readers, figures worked out by hand: the same chart as line-chart.test.ts's
// first (3 months, 0…100, 320 × 200, margins 40 left / 10 right), mirrored.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { keyedIndex, lineChartGeometry } from '../../src/charts/line-chart.js';
import { loadChartKit } from '../../src/charts/chart-kit-loader.js';

// The charts compute with d3 loaded on demand (chart-kit-loader.ts), as a section loads it on connect.
await loadChartKit();

describe('lineChartGeometry({ dir: "rtl" })', () => {
  const geometry = lineChartGeometry({
    count: 3,
    series: [{ key: 'available', values: [0, 50, 100] }],
    width: 320,
    height: 200,
    margin: { top: 10, right: 10, bottom: 30, left: 40 },
    dir: 'rtl',
  });

  it('keeps the value axis room (margin.left, 40 px) on the right: the plot runs 10…280', () => {
    assert.deepEqual(geometry.plot, { left: 10, top: 10, right: 280, bottom: 170 });
    assert.equal(geometry.dir, 'rtl');
  });

  it('runs months from the right: 270 px in 3 slots of 90, middles at 280 − 45, − 135, − 225', () => {
    assert.deepEqual(geometry.xs, [235, 145, 55]);
    assert.equal(geometry.lines[0]!.path, 'M235,170L145,90L55,10');
  });

  it('leaves y alone: ticks every 50, 80 px per 50 seats', () => {
    assert.deepEqual(
      geometry.yTicks.map((tick) => [tick.value, tick.y]),
      [
        [0, 170],
        [50, 90],
        [100, 10],
      ],
    );
  });

  it('lays out ltr by default, with the direction in the geometry', () => {
    const ltr = lineChartGeometry({
      count: 3,
      series: [],
      width: 320,
      height: 200,
      margin: { top: 10, right: 10, bottom: 30, left: 40 },
    });
    assert.equal(ltr.dir, 'ltr');
    assert.deepEqual(ltr.xs, [85, 175, 265]);
  });
});

describe('keyedIndex(…, "rtl")', () => {
  it('moves to the later month with ArrowLeft and the earlier with ArrowRight, in range', () => {
    assert.equal(keyedIndex('ArrowLeft', 2, 6, 'rtl'), 3);
    assert.equal(keyedIndex('ArrowRight', 2, 6, 'rtl'), 1);
    assert.equal(keyedIndex('ArrowRight', 0, 6, 'rtl'), 0);
    assert.equal(keyedIndex('ArrowLeft', 5, 6, 'rtl'), 5);
  });

  it('shows the latest month on the first arrow, and Home/End stay first/last', () => {
    assert.equal(keyedIndex('ArrowLeft', null, 6, 'rtl'), 5);
    assert.equal(keyedIndex('ArrowRight', null, 6, 'rtl'), 5);
    assert.equal(keyedIndex('Home', 3, 6, 'rtl'), 0);
    assert.equal(keyedIndex('End', 1, 6, 'rtl'), 5);
  });
});
