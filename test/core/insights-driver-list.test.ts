import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { driverList } from '../../src/core/insights/driver-list.js';
import type { ChangeDriver } from '../../src/core/insights/insights-report.js';

const driver = (key: string, contribution: number): ChangeDriver => ({
  key,
  name: key,
  from: 0,
  to: contribution,
  contribution,
});

describe('driverList', () => {
  it('lists the largest absolute contributions first, ties by key, and sums the rest (worked by hand)', () => {
    const list = driverList(
      [driver('d', 3), driver('a', -7), driver('e', 0), driver('c', 3), driver('b', 7), driver('f', 1)],
      3,
    );
    // |−7| and |7| tie: by key a before b; then the 3s by key: c before d; d and f are the rest.
    assert.deepEqual(
      list.top.map((d) => d.key),
      ['a', 'b', 'c'],
    );
    assert.equal(list.other, 3 + 1);
    assert.equal(list.otherCount, 2);
  });

  it('picks the same drivers as a full sort would, on shuffled whole-number contributions with ties', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const drivers = Array.from({ length: 1 + Math.floor(random() * 40) }, (_, k) =>
        driver(`k${Math.floor(random() * 1000)}-${k}`, Math.round((random() - 0.5) * 10)),
      );
      const top = Math.floor(random() * 7);
      const ranked = drivers
        .filter((d) => d.contribution !== 0)
        .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || (a.key < b.key ? -1 : 1));
      const list = driverList(drivers, top);
      assert.deepEqual(list.top, ranked.slice(0, top));
      assert.equal(
        list.other,
        ranked.slice(top).reduce((sum, d) => sum + d.contribution, 0),
      );
      assert.equal(list.otherCount, Math.max(0, ranked.length - top));
    }
  });
});
