// linePath writes what d3-shape's line() draws: checked by hand on small cases, then against d3-shape itself
// (a devDependency kept for this) on series with gaps, lone points and long decimals.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { line } from 'd3-shape';
import { linePath } from '../../src/charts/line-path.js';
import type { LinePoint } from '../../src/charts/line-path.js';

const d3Path = (points: readonly LinePoint[]): string | null =>
  line<LinePoint>()
    .defined((p) => p.y !== null)
    .x((p) => p.x)
    .y((p) => p.y ?? 0)(points);

describe('linePath', () => {
  it('linePath(points) moves to the first point and draws to the others', () => {
    const points = [
      { x: 3, y: 10 },
      { x: 50, y: 4.5 },
      { x: 97, y: 0 },
    ];
    assert.equal(linePath(points), 'M3,10L50,4.5L97,0');
  });

  it('starts again after a gap, closes a lone point and rounds to three decimals', () => {
    const points = [
      { x: 0, y: 1 },
      { x: 1, y: null },
      { x: 2, y: 2.00049 },
      { x: 3, y: null },
      { x: 4.12345, y: 5 },
      { x: 5, y: 6 },
    ];
    assert.equal(linePath(points), 'M0,1ZM2,2ZM4.123,5L5,6');
  });

  it('is null without a point', () => {
    assert.equal(linePath([]), null);
    assert.equal(linePath([{ x: 1, y: null }]), null);
  });

  it("gives d3-shape's path on 500 random series", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let run = 0; run < 500; run++) {
      const points = Array.from({ length: Math.floor(random() * 14) }, (_, i) => ({
        x: i * 37.123456 * random(),
        y: random() < 0.25 ? null : (random() - 0.3) * 1e4,
      }));
      assert.equal(linePath(points), d3Path(points), JSON.stringify(points));
    }
  });
});
