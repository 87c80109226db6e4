import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromText } from '../../src/core/report-from.js';
import type { ChangesInsight, DriverList } from '../../src/core/report.js';
import { roundToTotal } from '../../src/core/insights/round-to-total.js';
import { plantedDropCsv } from '../fixtures/insights-exports.js';

function changes(): ChangesInsight {
  const report = reportFromText(plantedDropCsv());
  const insight = report.insights?.changes;
  assert.ok(insight);
  return insight;
}

/** The drivers as [key, contribution] pairs, then other. */
function pairs(list: DriverList): [string, number][] {
  return [...list.top.map((d): [string, number] => [d.key, d.contribution]), ['other', list.other]];
}

/** The sum in hundredths, so that 0.1 + 0.2 is 30, not 30.000000000000004. */
function hundredths(list: DriverList): number {
  return pairs(list).reduce((sum, [, c]) => sum + Math.round(c * 100), 0);
}

describe('insights.changes', () => {
  it('compares the window’s last month with the one before', () => {
    const c = changes();
    assert.equal(c.from, '2026-05');
    assert.equal(c.to, '2026-06');
  });

  it('available: 180 → 190 (+10); drivers by SKU, country and customer sum to it', () => {
    // May 100+20+50+10 = 180, June 100+20+60+10 = 190.
    const { available } = changes();
    assert.deepEqual([available.from, available.to, available.change], [180, 190, 10]);
    // Sales 150 → 160 (+10), Finance 30 → 20 (−10), Service 0 → 10 (+10): ties of size 10 by name.
    assert.deepEqual(pairs(available.drivers.sku), [
      ['Finance', -10],
      ['Sales', 10],
      ['Service', 10],
      ['other', 0],
    ]);
    // NL 120 → 120 and US 60 → 60 did not move (F1 +10, F2 −10): only Germany, 0 → 10.
    assert.deepEqual(pairs(available.drivers.country), [
      ['DE', 10],
      ['other', 0],
    ]);
    assert.deepEqual(available.drivers.country.top[0], {
      key: 'DE',
      name: 'Germany',
      from: 0,
      to: 10,
      contribution: 10,
    });
    assert.deepEqual(pairs(available.drivers.customer), [
      ['tT', 10],
      ['other', 0],
    ]);
    for (const list of Object.values(available.drivers))
      assert.equal(hundredths(list) / 100, available.change);
  });

  it('assigned: 160 → 165 (+5); Sales +10, Finance −10, Service +5', () => {
    const { assigned } = changes();
    assert.deepEqual([assigned.from, assigned.to, assigned.change], [160, 165, 5]);
    assert.deepEqual(pairs(assigned.drivers.sku), [
      ['Finance', -10],
      ['Sales', 10],
      ['Service', 5],
      ['other', 0],
    ]);
    for (const list of Object.values(assigned.drivers)) assert.equal(hundredths(list) / 100, 5);
  });

  it('active: 130 → 90 (−40), the planted drop: Contoso in the Netherlands on Sales leads', () => {
    const { active } = changes();
    assert.deepEqual([active.from, active.to, active.change], [130, 90, -40]);
    // Sales 110 → 75 (−35), Finance 20 → 10 (−10), Service 0 → 5 (+5): −35 − 10 + 5 = −40.
    assert.deepEqual(pairs(active.drivers.sku), [
      ['Sales', -35],
      ['Finance', -10],
      ['Service', 5],
      ['other', 0],
    ]);
    // NL 90 → 50 (−40), US 40 → 35 (−5), DE 0 → 5 (+5): US and DE tie at size 5, by code.
    assert.deepEqual(pairs(active.drivers.country), [
      ['NL', -40],
      ['DE', 5],
      ['US', -5],
      ['other', 0],
    ]);
    assert.deepEqual(active.drivers.customer.top[0], {
      key: 'tC',
      name: 'Contoso',
      from: 90,
      to: 50,
      contribution: -40,
    });
    for (const list of Object.values(active.drivers)) assert.equal(hundredths(list) / 100, -40);
  });

  it('active %: 72.22 → 47.37 (−24.85), split into seats −24.43 and mix −0.42', () => {
    const p = changes().activePercent;
    assert.ok(p);
    // 130/180 = 72.222…% → 72.22; 90/190 = 47.368…% → 47.37; 47.37 − 72.22 = −24.85.
    assert.deepEqual([p.from, p.to, p.change], [72.22, 47.37, -24.85]);
    // Mix, Σ 100 × p̄ Δw over SKUs (w = SKU's share of available seats, p = its active rate):
    //   Sales   p̄ = (110/150 + 75/160)/2 = 577/960, Δw = 160/190 − 150/180 = 1/114:  +0.527230 points
    //   Finance p̄ = (20/30 + 10/20)/2 = 7/12,     Δw = 20/190 − 30/180 = −7/114:    −3.581871
    //   Service new: p̄ = 5/10 both months,       Δw = 10/190 − 0 = 1/19:           +2.631579
    //   mix = −0.423062; seats = exact change −24.853801 − mix = −24.430739.
    // Rounded −0.42 and −24.43; they add up to −24.85.
    assert.equal(p.mix, -0.42);
    assert.equal(p.seats, -24.43);
    assert.equal(Math.round(p.seats * 100) + Math.round(p.mix * 100), -2485);
  });

  it('active % drivers: each group’s active seats over all available seats, then and now', () => {
    const p = changes().activePercent!;
    // In hundredths of a point, 10000 × (T1g/190 − T0g/180):
    //   Sales   75/190 − 110/180 → −2163.742690
    //   Finance 10/190 −  20/180 →  −584.795322
    //   Service  5/190 −   0     →  +263.157895   (sum −2485.380117: the exact −24.853801 points)
    // Rounded −2164 − 585 + 263 + 0 = −2486, one short of the shown −2485: the residual +1 goes to the
    // largest part, Sales → −2163.
    assert.deepEqual(pairs(p.drivers.sku), [
      ['Sales', -21.63],
      ['Finance', -5.85],
      ['Service', 2.63],
      ['other', 0],
    ]);
    // Sales went from 110/150 = 73.33 % to 75/160 = 46.88 % of its own seats.
    assert.equal(p.drivers.sku.top[0]?.from, 73.33);
    assert.equal(p.drivers.sku.top[0]?.to, 46.88);
    //   NL 50/190 − 90/180 → −2368.421053; US 35/190 − 40/180 → −380.116959; DE 5/190 → +263.157895
    //   rounded −2368 − 380 + 263 = −2485: no residual.
    assert.deepEqual(pairs(p.drivers.country), [
      ['NL', -23.68],
      ['US', -3.8],
      ['DE', 2.63],
      ['other', 0],
    ]);
    // Tailspin had no seats in May: no active % then.
    assert.equal(p.drivers.customer.top[2]?.key, 'tT');
    assert.equal(p.drivers.customer.top[2]?.from, null);
    for (const list of Object.values(p.drivers)) assert.equal(hundredths(list), -2485);
  });

  it('is null with one month, and insights are null without subscriptions', () => {
    assert.equal(reportFromText(plantedDropCsv(), { from: '2026-06' }).insights?.changes, null);
    assert.equal(reportFromText(plantedDropCsv(), { subscriptions: false }).insights, null);
  });
});

describe('roundToTotal', () => {
  it('roundToTotal(values, total) rounds each and gives the residual to the largest', () => {
    // 1.4 + 1.4 + 1.4 = 4.2; rounded 1 + 1 + 1 = 3; a total of 4 adds 1 to the first of the largest.
    assert.deepEqual(roundToTotal([1.4, 1.4, 1.4], 4), [2, 1, 1]);
    // −2.5 rounds to −2 (towards +∞), 0.6 to 1: −1; a total of −2 takes 1 from −2.5's part.
    assert.deepEqual(roundToTotal([-2.5, 0.6], -2), [-3, 1]);
  });
});

describe('insights drivers with more than five groups', () => {
  it('lists the five largest and sums the rest in other', () => {
    // Seven customers, each gaining k seats (k = 1..7) in June: the change is 28; top 7, 6, 5, 4, 3;
    // other 2 + 1 = 3 from two customers.
    const rows = [
      'SubscriptionId,Month,CustomerName,SKU,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats',
    ];
    for (let k = 1; k <= 7; k++) {
      rows.push(`S${k},2026-05-01,Customer ${k},Sales,Germany,10,10,10`);
      rows.push(`S${k},2026-06-01,Customer ${k},Sales,Germany,${10 + k},10,10`);
    }
    const list = reportFromText(rows.join('\n')).insights!.changes!.available.drivers.customer;
    assert.deepEqual(
      list.top.map((d) => d.contribution),
      [7, 6, 5, 4, 3],
    );
    assert.equal(list.other, 3);
    assert.equal(list.otherCount, 2);
  });
});
