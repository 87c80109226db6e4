import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { anomalyCell, anomalyNote, seriesAnomalies } from '../../src/view/series-anomalies.js';
import { createLocalizer } from '../../src/i18n/localizer.js';
import { loadLanguage } from '../../src/i18n/registry.js';
import { usageFormatters } from '../../src/view/formatters.js';
import type { Anomaly, InsightsSection } from '../../src/core/report.js';

const anomaly = (sku: string | null, metric: Anomaly['metric'], month: string, value = 0): Anomaly => ({
  sku,
  metric,
  month,
  value,
  previous: 0,
  expectedLow: 0,
  expectedHigh: 0,
  score: 9,
});

// Ordered by score as the core writes them, not by month.
const insights = {
  anomalies: [
    anomaly(null, 'available', '2026-06'),
    anomaly('Sales', 'available', '2026-06'),
    anomaly(null, 'available', '2026-03'),
    anomaly(null, 'active', '2026-04'),
    anomaly(null, 'available', '2025-01'),
  ],
} as unknown as InsightsSection;
const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];

describe('seriesAnomalies(insights, months, sku, metric)', () => {
  it("picks one series' months, oldest first, at their place in the chart's months", () => {
    // Totals' available: March (index 2) and June (index 5); January 2025 is not a month of the chart.
    const marks = seriesAnomalies(insights, months, null, 'available');
    assert.deepEqual(
      marks.map((m) => [m.index, m.anomaly.month]),
      [
        [2, '2026-03'],
        [5, '2026-06'],
      ],
    );
  });

  it("keeps a SKU's and the totals' apart, and each metric's", () => {
    assert.deepEqual(
      seriesAnomalies(insights, months, 'Sales', 'available').map((m) => m.index),
      [5],
    );
    assert.deepEqual(
      seriesAnomalies(insights, months, null, 'active').map((m) => m.index),
      [3],
    );
    assert.deepEqual(seriesAnomalies(insights, months, 'Sales', 'active'), []);
  });

  it('gives nothing without insights', () => {
    assert.deepEqual(seriesAnomalies(null, months, null, 'available'), []);
    assert.deepEqual(seriesAnomalies(undefined, months, null, 'available'), []);
  });
});

describe('anomalyNote and anomalyCell', () => {
  const drop: Anomaly = {
    sku: null,
    metric: 'available',
    month: '2026-06',
    value: 1081,
    previous: 1129,
    expectedLow: 1123.59,
    expectedHigh: 1138.41,
    score: 33.72,
  };
  const percent: Anomaly = {
    ...drop,
    metric: 'activePercent',
    value: 74.07,
    expectedLow: 39.14,
    expectedHigh: 51.44,
  };

  it('says the month, the value and the expected range, seats whole and percentages with one decimal', () => {
    const en = createLocalizer('en-US', null);
    const f = usageFormatters('en-US');
    assert.equal(
      anomalyNote(drop, en, f),
      'Available seats in June 2026 is unusual: 1,081, expected 1,124 to 1,138.',
    );
    assert.equal(anomalyCell(drop, en, f), '1,081 (unusual, expected 1,124 to 1,138)');
    assert.equal(anomalyCell(percent, en, f), '74.1% (unusual, expected 39.1% to 51.4%)');
  });

  it("in the reader's language", async () => {
    await loadLanguage('nl');
    const nl = createLocalizer('nl', null);
    assert.equal(
      anomalyNote(drop, nl, usageFormatters('nl')),
      'Beschikbare seats in juni 2026 is ongewoon: 1.081, verwacht 1.124 tot 1.138.',
    );
  });
});
