// linearScale, niceDomain and pointPositions give d3-scale's figures: by hand on small cases, then against
// d3-scale itself (a devDependency kept for this) on random domains, ranges and tick counts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scaleLinear, scalePoint } from 'd3-scale';
import { linearScale, niceDomain } from '../../src/charts/linear-scale.js';
import { pointPositions } from '../../src/charts/point-positions.js';

let seed = 11;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;

describe('linearScale', () => {
  it('linearScale([0, 10], [100, 0]) maps 2.5 to 75 and a flat domain to the middle', () => {
    assert.equal(linearScale([0, 10], [100, 0])(2.5), 75);
    assert.equal(linearScale([4, 4], [0, 60])(4), 30);
    assert.deepEqual(linearScale([0, 10], [0, 1]).ticks(5), [0, 2, 4, 6, 8, 10]);
  });

  it("gives d3-scale's values and ticks on 500 random domains and ranges", () => {
    for (let run = 0; run < 500; run++) {
      const domain: [number, number] = [(random() - 0.5) * 1e5, (random() - 0.2) * 1e6];
      const range: [number, number] = [random() * 400, random() * 400];
      const ours = linearScale(domain, range);
      const d3 = scaleLinear().domain(domain).range(range);
      for (const value of [domain[0], domain[1], random() * 1e6, -random() * 1e3])
        assert.equal(ours(value), d3(value), `${JSON.stringify({ domain, range })} ${value}`);
      const count = 2 + Math.floor(random() * 10);
      assert.deepEqual(ours.ticks(count), d3.ticks(count));
    }
  });
});

describe('niceDomain', () => {
  it('niceDomain([0, 308412], 5) rounds the end up to 350,000', () => {
    assert.deepEqual(niceDomain([0, 308412], 5), [0, 350000]);
    assert.deepEqual(niceDomain([-3, 97], 10), [-10, 100]);
  });

  it("gives d3-scale's nice domain on 500 random domains, reversed ones too", () => {
    for (let run = 0; run < 500; run++) {
      const domain: [number, number] = [(random() - 0.5) * 10 ** (1 + random() * 6), random() * 1e6];
      if (run % 5 === 0) domain.reverse();
      const count = 1 + Math.floor(random() * 12);
      assert.deepEqual(niceDomain(domain, count), scaleLinear().domain(domain).nice(count).domain());
    }
  });
});

describe('pointPositions', () => {
  it('pointPositions(4, [0, 100], 0.5) centres four points a quarter apart', () => {
    assert.deepEqual(pointPositions(4, [0, 100], 0.5), [12.5, 37.5, 62.5, 87.5]);
    assert.deepEqual(pointPositions(1, [0, 100], 0.5), [50]);
    assert.deepEqual(pointPositions(2, [100, 0], 0.5), [75, 25]);
  });

  it("gives d3-scale's scalePoint positions on 200 random ranges", () => {
    for (let run = 0; run < 200; run++) {
      const count = Math.floor(random() * 14);
      const range: [number, number] = [random() * 900, random() * 900];
      const d3 = scalePoint<number>()
        .domain(Array.from({ length: count }, (_, i) => i))
        .range(range)
        .padding(0.5);
      assert.deepEqual(
        pointPositions(count, range, 0.5),
        Array.from({ length: count }, (_, i) => d3(i)),
      );
    }
  });
});
