import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromRecords, reportFromText } from '../../src/core/report-from.js';
import type { Anomaly } from '../../src/core/report.js';
import { madOutlier } from '../../src/core/insights/mad-outlier.js';
import { plantedAnomalyCsv } from '../fixtures/insights-exports.js';

function anomalies(options = {}): Anomaly[] {
  const insights = reportFromText(plantedAnomalyCsv(), options).insights;
  assert.ok(insights);
  return insights.anomalies;
}

describe('insights.anomalies', () => {
  it('flags the planted June drop in available and assigned seats, total and Sales', () => {
    // The default window is Sept 2025 – Aug 2026; the months before January have no rows and are left out.
    // Sales available: changes +3 +1 +4 +1 −48 +3 +2; sorted −48 1 1 2 3 3 4: median 2.
    // |change − 2|: 1 1 2 1 50 1 0; sorted 0 1 1 1 1 2 50: MAD 1, 1.4826 × MAD = 1.4826; the floor, 1 % of
    // the median level (61 64 66 100 | 103 104 108 109: 101.5), is 1.015, so the scale is 1.4826.
    // June: 50 / 1.4826 = 33.72 > 5. Expected: 109 + 2 ± 5 × 1.4826 = 111 ± 7.413 → 103.59 … 118.41.
    // The total is Sales + 20 (Finance never moves): the same changes, expected 129 + 2 ± 7.413.
    const june = anomalies().filter((a) => a.metric === 'available' || a.metric === 'assigned');
    assert.deepEqual(
      june.map((a) => [
        a.sku,
        a.metric,
        a.month,
        a.previous,
        a.value,
        a.expectedLow,
        a.expectedHigh,
        a.score,
      ]),
      [
        [null, 'available', '2026-06', 129, 81, 123.59, 138.41, 33.72],
        [null, 'assigned', '2026-06', 129, 81, 123.59, 138.41, 33.72],
        ['Sales', 'available', '2026-06', 109, 61, 103.59, 118.41, 33.72],
        ['Sales', 'assigned', '2026-06', 109, 61, 103.59, 118.41, 33.72],
      ],
    );
  });

  it('flags the jump in active % that the same drop makes (active seats did not move)', () => {
    // Sales, in hundredths: 50/100 … = 5000 4854 4808 4630 4587 8197 7813 7576.
    //   Changes −146 −46 −178 −43 +3610 −384 −237: median −146; deviations 0 100 32 103 3756 238 91: MAD 100.
    //   Scale 148.26 (over the 1-point floor). June: 3756 / 148.26 = 25.33;
    //   expected 4587 − 146 ± 5 × 148.26 = 4441 ± 741.3 → 37.00 … 51.82 (in points).
    // Total, 60 active over 120 123 124 128 129 81 84 86: 5000 4878 4839 4688 4651 7407 7143 6977.
    //   Changes −122 −39 −151 −37 +2756 −264 −166: median −122; deviations 0 83 29 85 2878 142 44: MAD 83.
    //   June: 2878 / (1.4826 × 83 = 123.0558) = 23.39; expected 4651 − 122 ± 615.279 → 39.14 … 51.44.
    const percent = anomalies().filter((a) => a.metric === 'activePercent');
    assert.deepEqual(percent, [
      {
        sku: 'Sales',
        metric: 'activePercent',
        month: '2026-06',
        value: 81.97,
        previous: 45.87,
        expectedLow: 37,
        expectedHigh: 51.82,
        score: 25.33,
      },
      {
        sku: null,
        metric: 'activePercent',
        month: '2026-06',
        value: 74.07,
        previous: 46.51,
        expectedLow: 39.14,
        expectedHigh: 51.44,
        score: 23.39,
      },
    ]);
  });

  it('is ordered by score, and flags nothing else (active seats never move; Finance has 20 seats)', () => {
    assert.deepEqual(
      anomalies().map((a) => [a.sku, a.metric, a.score]),
      [
        [null, 'available', 33.72],
        [null, 'assigned', 33.72],
        ['Sales', 'available', 33.72],
        ['Sales', 'assigned', 33.72],
        ['Sales', 'activePercent', 25.33],
        [null, 'activePercent', 23.39],
      ],
    );
  });

  it('needs five changes: a window of five months judges nothing', () => {
    // April → August: four changes.
    assert.deepEqual(anomalies({ from: '2026-04' }), []);
  });

  it('judges neither a SKU under 100 seats nor the first change of a SKU that starts late', () => {
    // Every row has available = assigned = active, so active % is 100 throughout.
    //   Sales  Jan–Aug 200 202 204 206 208 210 212 214
    //   Guides Feb–Aug 10 150 151 152 153 154 155: starts after the totals' January, so 10 → 150 (its first
    //     subscription, then the rest) is left out; +1 × 5 is all that is judged.
    //   Voice  Jan–Aug 30 30 30 30 30 10 30 30: median 30 seats, under 100: not judged.
    // Total: 230 242 384 387 390 373 396 399; changes +12 +142 +3 +3 −17 +23 +3: median 3.
    //   Deviations 9 139 0 0 20 20 0: MAD 9, scale 1.4826 × 9 = 13.3434 (floor 1 % of 385.5 = 3.855).
    //   March: 139 / 13.3434 = 10.42; expected 242 + 3 ± 66.717 → 178.28 … 311.72. June: 20 / 13.34 = 1.5.
    const sales = [200, 202, 204, 206, 208, 210, 212, 214];
    const guides = [null, 10, 150, 151, 152, 153, 154, 155];
    const voice = [30, 30, 30, 30, 30, 10, 30, 30];
    const records = [sales, guides, voice].flatMap((seats, s) =>
      seats.flatMap((n, m) =>
        n === null
          ? []
          : [
              {
                SubscriptionId: `S${s}`,
                Month: `2026-0${m + 1}-01`,
                CustomerTenantId: 't',
                CustomerName: 'Contoso',
                SKU: ['Sales', 'Guides', 'Voice'][s],
                CustomerMarket: 'Netherlands',
                AvailableSeats: n,
                AssignedSeats: n,
                ActiveSeats: n,
              },
            ],
      ),
    );
    const found = reportFromRecords(records).insights?.anomalies ?? [];
    assert.deepEqual(
      found.map((a) => [a.sku, a.metric, a.month, a.expectedLow, a.expectedHigh, a.score]),
      [
        [null, 'available', '2026-03', 178.28, 311.72, 10.42],
        [null, 'assigned', '2026-03', 178.28, 311.72, 10.42],
        [null, 'active', '2026-03', 178.28, 311.72, 10.42],
      ],
    );
  });
});

describe('madOutlier(values, unit)', () => {
  it('takes the floor as the scale when most changes are equal (MAD 0)', () => {
    // Changes +2 +2 +2 +2 −48 +2 +2: median 2, MAD 0. Median level (60 62 64 100 | 102 104 106 108) 101:
    // scale 1 % of it = 1.01. The drop: 50 / 1.01 = 49.50.
    const [found, ...rest] = madOutlier([100, 102, 104, 106, 108, 60, 62, 64], 'seats');
    assert.deepEqual(rest, []);
    assert.equal(found?.index, 5);
    assert.equal(Math.round(found!.score * 100) / 100, 49.5);
  });

  it('does not flag a steady series with a 1-seat wobble, nor one step of 2.5 %', () => {
    // Changes 0 0 +1 −1 0 0 0: median 0, MAD 0; scale 1 % of 100 = 1: the wobble scores 1.
    assert.deepEqual(madOutlier([100, 100, 100, 101, 100, 100, 100, 100], 'seats'), []);
    // Changes 0 0 0 +25 0 0 0: MAD 0; scale 1 % of 1012.5 = 10.125: 25 scores 2.47.
    // (The mean absolute deviation that stood in for a MAD of 0 before scored it 5.59.)
    assert.deepEqual(madOutlier([1000, 1000, 1000, 1000, 1025, 1025, 1025, 1025], 'seats'), []);
    // A constant series: nothing moves.
    assert.deepEqual(madOutlier([5, 5, 5, 5, 5, 5, 5], 'seats'), []);
  });

  it('flags a dip once, not its recovery', () => {
    // Changes +2 +2 +2 +2 −48 +50 +2: median 2, MAD 0; scale 1 % of the median level 105 = 1.05.
    // The dip: 50 / 1.05 = 47.62. The recovery scores 48 / 1.05 = 45.71, but from 108, two months at
    // +2 expect 112: 110 is 2 off, 2 / 1.05 = 1.90, back in range.
    const found = madOutlier([100, 102, 104, 106, 108, 60, 110, 112], 'seats');
    assert.deepEqual(
      found.map((o) => [o.index, Math.round(o.score * 100) / 100]),
      [[5, 47.62]],
    );
  });

  it('takes a change out of 0 as a start, not a change', () => {
    // Left out: 0 → 0 twice and 0 → 50; judged: +2 six times, nothing unusual.
    assert.deepEqual(madOutlier([0, 0, 0, 50, 52, 54, 56, 58, 60, 62], 'seats'), []);
  });

  it('points: the floor is 1 point (100 hundredths)', () => {
    // Changes 0 0 0 −450 0 0 0 in hundredths: MAD 0, scale 100; −4.5 points scores 4.5, under 5.
    assert.deepEqual(madOutlier([5000, 5000, 5000, 5000, 4550, 4550, 4550, 4550], 'points'), []);
    // −5.5 points scores 5.5: unusual; expected 5000 + 0 ± 500.
    const [found] = madOutlier([5000, 5000, 5000, 5000, 4450, 4450, 4450, 4450], 'points');
    assert.deepEqual(
      [found?.index, found?.expectedLow, found?.expectedHigh, found?.score],
      [4, 4500, 5500, 5.5],
    );
  });
});

describe("ReportOptions.insights: 'anomalies' (what the summary and SKU trends ask for)", () => {
  it('finds the same unusual months without subscriptions, and leaves the other insights empty', () => {
    const full = reportFromText(plantedAnomalyCsv()).insights;
    const cheap = reportFromText(plantedAnomalyCsv(), { subscriptions: false, insights: 'anomalies' });
    assert.ok(full && cheap.insights);
    assert.deepEqual(cheap.insights.anomalies, full.anomalies);
    assert.ok(cheap.insights.anomalies.length > 0, 'the planted June drop is there to find');
    assert.equal(cheap.insights.changes, null);
    assert.deepEqual(cheap.insights.opportunities, {
      month: '2026-08',
      unassigned: [],
      inactive: [],
      falling: [],
    });
    assert.equal(cheap.insights.renewals.available, false);
    assert.equal(cheap.insights.renewals.available === false && cheap.insights.renewals.code, 'not-computed');
    assert.deepEqual(cheap.subscriptions.rows, []);
  });

  it('is ignored with subscriptions (every insight is made) and nothing is made without it', () => {
    assert.deepEqual(
      reportFromText(plantedAnomalyCsv(), { insights: 'anomalies' }).insights,
      reportFromText(plantedAnomalyCsv()).insights,
    );
    assert.equal(reportFromText(plantedAnomalyCsv(), { subscriptions: false }).insights, null);
  });
});
