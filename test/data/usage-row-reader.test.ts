import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createUsageRowReader } from '../../src/data/usage-row-reader.js';
import { UsageInputError } from '../../src/data/usage-input-error.js';
import { readUsageText } from '../../src/data/read-usage.js';
import { collectSink } from './collect-sink.js';

const HEADER = [
  'SubscriptionId',
  'Month',
  'SKU',
  'CustomerName',
  'CustomerMarket',
  'AvailableSeats',
  'AssignedSeats',
  'ActiveSeats',
];
const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('createUsageRowReader: header', () => {
  it('finds columns in any case, order and spacing, and keeps extra columns in fields', () => {
    const header = [
      ' active_seats ',
      'Note',
      'MONTH',
      'sku',
      'Customer Name',
      'customermarket',
      'Available_Seats',
      'assignedSeats',
      'SUBSCRIPTIONID',
      'customer tenant id',
    ];
    const sink = collectSink();
    const reader = createUsageRowReader(header, sink);
    const fields = [
      '3',
      'kept',
      '2026-06-01',
      'D365 Sales',
      'Contoso',
      'Germany',
      '5',
      '4',
      'sub-1',
      'tenant-1',
    ];
    reader.row(fields, 2);
    assert.deepEqual(sink.header, header);
    assert.deepEqual(sink.fields, [fields]);
    assert.deepEqual(sink.records, [
      {
        subscriptionId: 'sub-1',
        month: '2026-06',
        sku: 'D365 Sales',
        customerName: 'Contoso',
        customerKey: 'tenant-1',
        customerTenantId: 'tenant-1',
        market: 'Germany',
        marketCode: 'DE',
        segment: '',
        salesModel: '',
        partnerLocation: '',
        partnerAttachType: '',
        available: 5,
        assigned: 4,
        active: 3,
        billedRevenue: null,
      },
    ]);
    assert.deepEqual(reader.stats(), { rows: 1, skippedCount: 0, emptyAvailable: 0, hasRevenue: false });
  });

  it('throws a UsageInputError naming every missing required column, in canonical order', () => {
    const sink = collectSink();
    assert.throws(
      () => createUsageRowReader(['activeseats', 'SKU', 'CustomerName', 'SubscriptionId'], sink),
      (error: unknown) => {
        assert.ok(error instanceof UsageInputError);
        assert.equal(error.code, 'missing-columns');
        assert.equal(
          error.message,
          'Missing required columns: Month, CustomerMarket, AvailableSeats, AssignedSeats',
        );
        assert.deepEqual(error.missingColumns, [
          'Month',
          'CustomerMarket',
          'AvailableSeats',
          'AssignedSeats',
        ]);
        return true;
      },
    );
    assert.equal(sink.header, null);
    assert.throws(() => createUsageRowReader(HEADER.slice(1), sink), {
      message: 'Missing required column: SubscriptionId',
    });
  });
});

describe('createUsageRowReader: rows', () => {
  const read = (rows: string[][], header = HEADER) => {
    const sink = collectSink();
    const reader = createUsageRowReader(header, sink);
    rows.forEach((fields, i) => reader.row(fields, i + 2));
    return { sink, stats: reader.stats() };
  };

  it('trims cells, keys customers by tenant id else name, and looks up the market code', () => {
    const header = [...HEADER, 'CustomerTenantId', 'CustomerSegment'];
    const { sink } = read(
      [
        [' s1 ', ' 2026-06-01 ', ' D365 ', ' Contoso ', ' Türkiye ', '1', '1', '1', '  ', ' SMB '],
        ['s2', '2026-06-01', 'D365', 'Fabrikam', 'Atlantis', '1', '1', '1', 'T-9', ''],
      ],
      header,
    );
    const pick = sink.records.map(
      ({ subscriptionId, sku, customerName, customerKey, market, marketCode, segment }) => ({
        subscriptionId,
        sku,
        customerName,
        customerKey,
        market,
        marketCode,
        segment,
      }),
    );
    assert.deepEqual(pick, [
      {
        subscriptionId: 's1',
        sku: 'D365',
        customerName: 'Contoso',
        customerKey: 'Contoso',
        market: 'Türkiye',
        marketCode: 'TR',
        segment: 'SMB',
      },
      {
        subscriptionId: 's2',
        sku: 'D365',
        customerName: 'Fabrikam',
        customerKey: 'T-9',
        market: 'Atlantis',
        marketCode: null,
        segment: '',
      },
    ]);
  });

  it('reads empty seat cells as 0, counting only empty AvailableSeats', () => {
    const { sink, stats } = read([
      ['s1', '2026-06', 'D365', 'C', 'Germany', '', '', ''],
      ['s2', '2026-06', 'D365', 'C', 'Germany', '7', '', '2'],
    ]);
    assert.deepEqual(
      sink.records.map((r) => [r.available, r.assigned, r.active]),
      [
        [0, 0, 0],
        [7, 0, 2],
      ],
    );
    assert.deepEqual(stats, { rows: 2, skippedCount: 0, emptyAvailable: 1, hasRevenue: false });
  });

  it('reads BilledRevenueUSD when present and skips a row whose revenue is not a number', () => {
    const header = [...HEADER, 'billed_revenue_usd'];
    const { sink, stats } = read(
      [
        ['s1', '2026-06', 'D365', 'C', 'Germany', '1', '1', '1', '12.5'],
        ['s2', '2026-06', 'D365', 'C', 'Germany', '1', '1', '1', ''],
        ['s3', '2026-06', 'D365', 'C', 'Germany', '1', '1', '1', '$12'],
      ],
      header,
    );
    assert.deepEqual(
      sink.records.map((r) => r.billedRevenue),
      [12.5, null],
    );
    assert.deepEqual(sink.skipped, [
      {
        line: 4,
        reason: 'BilledRevenueUSD "$12" is not a number',
        code: 'not-a-number',
        values: { column: 'BilledRevenueUSD', value: '"$12"' },
      },
    ]);
    assert.deepEqual(stats, { rows: 2, skippedCount: 1, emptyAvailable: 0, hasRevenue: true });
  });

  it('skips rows without a SKU or a customer, and ignores rows whose cells are all blank', () => {
    const { sink, stats } = read([
      ['s1', '2026-06', '', 'C', 'Germany', '1', '1', '1'],
      ['s2', '2026-06', 'D365', ' ', 'Germany', '1', '1', '1'],
      [' ', '', '', '', '', '', '', ''],
      ['', ''],
    ]);
    assert.deepEqual(sink.skipped, [
      { line: 2, reason: 'SKU is empty', code: 'cell-empty', values: { column: 'SKU' } },
      { line: 3, reason: 'CustomerName is empty', code: 'cell-empty', values: { column: 'CustomerName' } },
    ]);
    assert.equal(stats.skippedCount, 2);
  });

  it('quotes the offending text in a reason, JSON-escaped and cut to 40 characters', () => {
    const { sink } = read([
      ['s1', 'x'.repeat(50), 'D365', 'C', 'Germany', '1', '1', '1'],
      ['s2', '', 'D365', 'C', 'Germany', '1', '1', '1'],
      ['s3', '2026-06', 'D365', 'C', 'Germany', '"1"', '1', '1'],
    ]);
    assert.deepEqual(sink.skipped, [
      {
        line: 2,
        reason: `Month "${'x'.repeat(39)}…" is not a month`,
        code: 'not-a-month',
        values: { column: 'Month', value: `"${'x'.repeat(39)}…"` },
      },
      { line: 3, reason: 'Month is empty', code: 'cell-empty', values: { column: 'Month' } },
      {
        line: 4,
        reason: 'AvailableSeats "\\"1\\"" is not a non-negative whole number',
        code: 'not-a-whole-number',
        values: { column: 'AvailableSeats', value: '"\\"1\\""' },
      },
    ]);
  });

  it('skips the bad rows of bad-rows.csv on the lines worked out by hand', () => {
    const sink = collectSink();
    const result = readUsageText(fixture('bad-rows.csv'), sink);
    assert.deepEqual(sink.skipped, [
      {
        line: 3,
        reason: 'Month "not-a-month" is not a month',
        code: 'not-a-month',
        values: { column: 'Month', value: '"not-a-month"' },
      },
      {
        line: 4,
        reason: 'AvailableSeats "-3" is not a non-negative whole number',
        code: 'not-a-whole-number',
        values: { column: 'AvailableSeats', value: '"-3"' },
      },
      {
        line: 5,
        reason: 'AssignedSeats "ten" is not a non-negative whole number',
        code: 'not-a-whole-number',
        values: { column: 'AssignedSeats', value: '"ten"' },
      },
      {
        line: 6,
        reason: 'row has 3 fields, header has 8',
        code: 'field-count',
        values: { fields: 3, width: 8 },
      },
      {
        line: 8,
        reason: 'SubscriptionId is empty',
        code: 'cell-empty',
        values: { column: 'SubscriptionId' },
      },
      {
        line: 9,
        reason: 'row has 9 fields, header has 8',
        code: 'field-count',
        values: { fields: 9, width: 8 },
      },
      {
        line: 11,
        reason: 'ActiveSeats "2.5" is not a non-negative whole number',
        code: 'not-a-whole-number',
        values: { column: 'ActiveSeats', value: '"2.5"' },
      },
    ]);
    assert.deepEqual(
      sink.records.map((r) => [r.subscriptionId, r.month, r.available, r.assigned, r.active]),
      [
        ['sub-1', '2026-06', 10, 8, 6],
        ['sub-6', '2026-06', 12, 8, 6],
        ['sub-11', '2026-05', 1, 1, 1],
      ],
    );
    assert.deepEqual(result, {
      kind: 'rows',
      stats: { format: 'csv', rows: 3, skippedCount: 7, emptyAvailable: 0, hasRevenue: false },
    });
  });
});
