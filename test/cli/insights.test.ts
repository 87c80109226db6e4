import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { UsageReport } from '../../src/core/report.js';
import {
  idleCustomerCsv,
  plantedAnomalyCsv,
  plantedDropCsv,
  plantedRenewalCsv,
} from '../fixtures/insights-exports.js';

const CLI = ['--import', 'tsx', 'src/cli/dyn-usage.ts'];

/** `dyn-usage report - …` on `input`; the figures are worked out in test/core/insights-*.test.ts. */
function report(input: string, args: string[] = []): UsageReport {
  const result = spawnSync(process.execPath, [...CLI, 'report', '-', ...args], { encoding: 'utf8', input });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as UsageReport;
}

describe('dyn-usage report: insights', () => {
  it('prints what changed and its drivers (the planted drop)', () => {
    const changes = report(plantedDropCsv()).insights?.changes;
    assert.ok(changes);
    // Active seats 130 → 90: Contoso −40, Fabrikam −5, Tailspin +5.
    assert.deepEqual([changes.active.from, changes.active.to, changes.active.change], [130, 90, -40]);
    assert.deepEqual(
      changes.active.drivers.customer.top.map((d) => [d.name, d.contribution]),
      [
        ['Contoso', -40],
        ['Fabrikam', -5],
        ['Tailspin', 5],
      ],
    );
    // Active % 72.22 → 47.37: seats −24.43 + mix −0.42 = −24.85.
    assert.deepEqual(
      [changes.activePercent?.change, changes.activePercent?.seats, changes.activePercent?.mix],
      [-24.85, -24.43, -0.42],
    );
  });

  it('prints the opportunities (the planted idle customer)', () => {
    const { opportunities } = report(idleCustomerCsv()).insights!;
    // Idle Co: 60 assigned, 15 active → 45 inactive (I1); active % 83.33 → 25 since March.
    assert.deepEqual(opportunities.inactive[0]?.subscriptionIds, ['I1']);
    assert.equal(opportunities.inactive[0]?.value, 45);
    assert.deepEqual(
      opportunities.falling.map((c) => [c.customerName, c.value]),
      [
        ['Idle Co', 58.33],
        ['Dipping GmbH', 10],
      ],
    );
  });

  it('prints the renewals at risk (the planted renewal), and says when there are no end dates', () => {
    const renewals = report(plantedRenewalCsv()).insights!.renewals;
    assert.ok(renewals.available);
    assert.deepEqual(
      renewals.subscriptions.map((s) => [s.subscriptionId, s.endDate, s.available]),
      [
        ['R1', '2026-08-15', 100],
        ['R2', '2026-09-28', 40],
        ['R5', '2026-07-01', 20],
      ],
    );
    assert.equal(report(plantedDropCsv()).insights!.renewals.available, false);
  });

  it('--renewal-days and --renewal-active-below widen the renewals (the planted renewal, worked by hand)', () => {
    // The last month is 2026-06. R3 (20/60 = 33 %) ends on 2026-09-29, 91 days after June 30; R6 (15/30 = 50 %)
    // ends on 2026-08-01. With 91 days and below 51 %, both join R1, R2 and R5; most available seats first.
    const renewals = report(plantedRenewalCsv(), ['--renewal-days', '91', '--renewal-active-below', '51'])
      .insights!.renewals;
    assert.ok(renewals.available);
    assert.deepEqual(
      renewals.subscriptions.map((s) => [s.subscriptionId, s.available]),
      [
        ['R1', 100],
        ['R3', 60],
        ['R2', 40],
        ['R6', 30],
        ['R5', 20],
      ],
    );
    const bad = spawnSync(process.execPath, [...CLI, 'report', '-', '--renewal-days', '0'], {
      encoding: 'utf8',
      input: plantedRenewalCsv(),
    });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /invalid --renewal-days: "0"/);
  });

  it('prints the unusual months (the planted June drop)', () => {
    const anomalies = report(plantedAnomalyCsv()).insights!.anomalies;
    // Total available 129 → 81 in June, expected 131 ± 5 × 1.4826 → 123.59 … 138.41, score 33.72.
    assert.deepEqual(anomalies[0], {
      sku: null,
      metric: 'available',
      month: '2026-06',
      value: 81,
      previous: 129,
      expectedLow: 123.59,
      expectedHigh: 138.41,
      score: 33.72,
    });
    assert.equal(anomalies.length, 6);
  });
});
