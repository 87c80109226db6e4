import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromText } from '../../src/core/report-from.js';
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
    // |change − 2|: 1 1 2 1 50 1 0; sorted 0 1 1 1 1 2 50: MAD 1, scale 1.4826.
    // June: 50 / 1.4826 = 33.72 > 3.5, and 50 ≥ 5 seats (2 % of the median level 101.5 is 2.03).
    // Expected: 109 + 2 ± 3.5 × 1.4826 = 111 ± 5.1891 → 105.81 … 116.19.
    // The total is Sales + 20 (Finance never moves): the same changes, expected 129 + 2 ± 5.1891.
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
        [null, 'available', '2026-06', 129, 81, 125.81, 136.19, 33.72],
        [null, 'assigned', '2026-06', 129, 81, 125.81, 136.19, 33.72],
        ['Sales', 'available', '2026-06', 109, 61, 105.81, 116.19, 33.72],
        ['Sales', 'assigned', '2026-06', 109, 61, 105.81, 116.19, 33.72],
      ],
    );
  });

  it('flags the jump in active % that the same drop makes (active seats did not move)', () => {
    // Sales, in hundredths: 50/100 … = 5000 4854 4808 4630 4587 8197 7813 7576.
    //   Changes −146 −46 −178 −43 +3610 −384 −237: median −146; deviations 0 100 32 103 3756 238 91: MAD 100.
    //   June: 3756 / 148.26 = 25.33; expected 4587 − 146 ± 518.91 → 39.22 … 49.60 (in points).
    // Total, 60 active over 120 123 124 128 129 81 84 86: 5000 4878 4839 4688 4651 7407 7143 6977.
    //   Changes −122 −39 −151 −37 +2756 −264 −166: median −122; deviations 0 83 29 85 2878 142 44: MAD 83.
    //   June: 2878 / (1.4826 × 83 = 123.0558) = 23.39; expected 4651 − 122 ± 430.6953 → 40.98 … 49.60.
    const percent = anomalies().filter((a) => a.metric === 'activePercent');
    assert.deepEqual(percent, [
      {
        sku: 'Sales',
        metric: 'activePercent',
        month: '2026-06',
        value: 81.97,
        previous: 45.87,
        expectedLow: 39.22,
        expectedHigh: 49.6,
        score: 25.33,
      },
      {
        sku: null,
        metric: 'activePercent',
        month: '2026-06',
        value: 74.07,
        previous: 46.51,
        expectedLow: 40.98,
        expectedHigh: 49.6,
        score: 23.39,
      },
    ]);
  });

  it('is ordered by score, and flags nothing else (active seats and Finance never move)', () => {
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
});

describe('madOutlier(values, unit)', () => {
  it('uses the mean absolute deviation when most changes are equal', () => {
    // Changes +2 +2 +2 +2 −48 +2 +2: median 2, MAD 0; mean |d − 2| = 50/7, scale 1.2533 × 50/7 = 8.9521.
    // The drop: 50 / 8.9521 = 5.585 > 3.5.
    const [found, ...rest] = madOutlier([100, 102, 104, 106, 108, 60, 62, 64], 'seats');
    assert.deepEqual(rest, []);
    assert.equal(found?.index, 5);
    assert.equal(Math.round(found!.score * 1000) / 1000, 5.585);
  });

  it('does not flag a change under the minimum size', () => {
    // Changes +1 +1 +1 +1 −3 +1 +1: a score of 4 / (1.2533 × 4/7) = 5.59, but 4 seats < 5.
    assert.deepEqual(madOutlier([10, 11, 12, 13, 14, 11, 12, 13], 'seats'), []);
    // A constant series has no scale.
    assert.deepEqual(madOutlier([5, 5, 5, 5, 5, 5, 5], 'seats'), []);
  });
});
