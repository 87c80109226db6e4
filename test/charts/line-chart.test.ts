// Figures worked out by hand from d3's rules: a point scale with padding 0.5 puts n months at the middles
// of n equal slots; the y scale is niced to the tick step d3 picks for the tick count (1, 2 or 5 × 10^k).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { keyedIndex, labelledIndexes, lineChartGeometry } from '../../src/charts/line-chart.js';
import { loadChartKit } from '../../src/charts/chart-kit-loader.js';

// The charts compute with d3 loaded on demand (chart-kit-loader.ts), as a section loads it on connect.
await loadChartKit();

describe('lineChartGeometry', () => {
  it('lineChartGeometry(3 months, 0…100, 320 × 200) puts months at slot middles and ticks every 50', () => {
    const geometry = lineChartGeometry({
      count: 3,
      series: [{ key: 'available', values: [0, 50, 100] }],
      width: 320,
      height: 200,
      margin: { top: 10, right: 10, bottom: 30, left: 40 },
    });
    assert.deepEqual(geometry.plot, { left: 40, top: 10, right: 310, bottom: 170 });
    // 270 px in 3 slots of 90: middles at 40 + 45, + 90, + 180.
    assert.deepEqual(geometry.xs, [85, 175, 265]);
    // floor(160 / 44) = 3 ticks asked: 100 / 3 ≈ 33 rounds to a step of 50; 80 px per 50 seats.
    assert.deepEqual(geometry.yTicks, [
      { value: 0, y: 170 },
      { value: 50, y: 90 },
      { value: 100, y: 10 },
    ]);
    assert.equal(geometry.lines.length, 1);
    assert.equal(geometry.lines[0]!.key, 'available');
    assert.deepEqual(geometry.lines[0]!.points, [
      { x: 85, y: 170 },
      { x: 175, y: 90 },
      { x: 265, y: 10 },
    ]);
    assert.equal(geometry.lines[0]!.path, 'M85,170L175,90L265,10');
  });

  it('lineChartGeometry with yMax 12 and a value of −3 holds 0, both values and the shared maximum', () => {
    const geometry = lineChartGeometry({
      count: 2,
      series: [{ key: 'active', values: [-3, 7] }],
      width: 100,
      height: 100,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      tickCount: 4,
      yMax: 12,
    });
    // Two slots of 50: middles at 25 and 75.
    assert.deepEqual(geometry.xs, [25, 75]);
    // [−3, 12] in 4 ticks: 15 / 4 = 3.75 rounds to a step of 5, so the domain is niced to [−5, 15]:
    // 5 px per seat, y = 100 − (v + 5) · 5.
    assert.deepEqual(geometry.yTicks, [
      { value: -5, y: 100 },
      { value: 0, y: 75 },
      { value: 5, y: 50 },
      { value: 10, y: 25 },
      { value: 15, y: 0 },
    ]);
    assert.deepEqual(geometry.lines[0]!.points, [
      { x: 25, y: 90 },
      { x: 75, y: 40 },
    ]);
    assert.equal(geometry.lines[0]!.path, 'M25,90L75,40');
  });

  it('lineChartGeometry keeps only whole-number ticks (seats): 0…2 gives 0, 1, 2 and no halves', () => {
    const geometry = lineChartGeometry({
      count: 1,
      series: [{ key: 'assigned', values: [2] }],
      width: 100,
      height: 110,
      margin: { top: 10, right: 0, bottom: 0, left: 0 },
      tickCount: 4,
    });
    // 2 / 4 = 0.5 is d3's step, so it would tick 0, 0.5, 1, 1.5, 2; halves are dropped. 50 px per seat.
    assert.deepEqual(geometry.yTicks, [
      { value: 0, y: 110 },
      { value: 1, y: 60 },
      { value: 2, y: 10 },
    ]);
    assert.deepEqual(geometry.xs, [50]);
  });
});

describe('labelledIndexes', () => {
  it('labelledIndexes(12, 600, 120) labels every third month, counted back from the last', () => {
    // Slots of 50 px; a 120 px label needs ceil(120 / 50) = 3 of them.
    assert.deepEqual(labelledIndexes(12, 600, 120), [2, 5, 8, 11]);
  });

  it('labelledIndexes(5, 500, 40) labels every month when a label fits its slot', () => {
    assert.deepEqual(labelledIndexes(5, 500, 40), [0, 1, 2, 3, 4]);
  });

  it('labelledIndexes(0, 500, 40) is empty', () => {
    assert.deepEqual(labelledIndexes(0, 500, 40), []);
  });
});

describe('keyedIndex', () => {
  it('keyedIndex("ArrowLeft", null, 6) shows the latest month first', () => {
    assert.equal(keyedIndex('ArrowLeft', null, 6), 5);
    assert.equal(keyedIndex('ArrowRight', null, 6), 5);
  });

  it('keyedIndex moves one month with the arrows and stays in range', () => {
    assert.equal(keyedIndex('ArrowRight', 2, 6), 3);
    assert.equal(keyedIndex('ArrowLeft', 2, 6), 1);
    assert.equal(keyedIndex('ArrowLeft', 0, 6), 0);
    assert.equal(keyedIndex('ArrowRight', 5, 6), 5);
  });

  it('keyedIndex("Home" | "End") goes to the first or last month', () => {
    assert.equal(keyedIndex('Home', 3, 6), 0);
    assert.equal(keyedIndex('End', null, 6), 5);
  });

  it('keyedIndex is null for another key or no months', () => {
    assert.equal(keyedIndex('Enter', 2, 6), null);
    assert.equal(keyedIndex('ArrowLeft', null, 0), null);
  });
});
