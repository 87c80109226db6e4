import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readUsage, readUsageRecords, readUsageText } from '../../src/data/read-usage.js';
import { UsageInputError } from '../../src/data/usage-input-error.js';
import type { UsageRecord } from '../../src/data/usage-record.js';
import { collectSink, seededRandom } from './collect-sink.js';

const bytesOf = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

async function* chunked<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

function splitBytes(bytes: Uint8Array, sizes: () => number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length;) {
    const size = sizes();
    chunks.push(bytes.subarray(i, i + size));
    i += size;
  }
  return chunks;
}

async function read(chunks: readonly (Uint8Array | string)[]) {
  const sink = collectSink();
  const result = await readUsage(chunked(chunks), sink);
  return { result, header: sink.header, records: sink.records, skipped: sink.skipped, fields: sink.fields };
}

const record = (r: Partial<UsageRecord>): UsageRecord => ({
  subscriptionId: '',
  month: '',
  sku: '',
  customerName: '',
  customerKey: '',
  customerTenantId: '',
  market: '',
  marketCode: null,
  segment: 'SMB',
  salesModel: '',
  partnerLocation: '',
  partnerAttachType: '',
  available: 0,
  assigned: 0,
  active: 0,
  billedRevenue: null,
  ...r,
});

// export-bom-crlf.csv, worked out by hand: sub-003's name holds a CRLF (lines 4–5), line 7 is empty.
// Every row of export-bom-crlf.csv has the same page-filter columns and end date.
const exportRecord = (r: Partial<UsageRecord>): UsageRecord =>
  record({
    salesModel: 'CSP',
    partnerLocation: 'Netherlands',
    partnerAttachType: 'Transact',
    subscriptionEndDate: '2027-01-01',
    ...r,
  });

const EXPORT_RECORDS: UsageRecord[] = [
  exportRecord({
    subscriptionId: 'sub-001',
    month: '2026-05',
    sku: 'Dynamics 365 Sales Enterprise',
    customerName: 'Contoso, Ltd.',
    customerKey: 't-contoso',
    customerTenantId: 't-contoso',
    market: 'United States',
    marketCode: 'US',
    segment: 'Enterprise',
    available: 100,
    assigned: 80,
    active: 60,
  }),
  exportRecord({
    subscriptionId: 'sub-002',
    month: '2026-06',
    sku: 'Dynamics 365 Customer Service Enterprise',
    customerName: 'Fabrikam "Global" & Sons',
    customerKey: 'Fabrikam "Global" & Sons',
    market: 'Türkiye',
    marketCode: 'TR',
    available: 50,
    assigned: 50,
    active: 70,
  }),
  exportRecord({
    subscriptionId: 'sub-003',
    month: '2026-06',
    sku: 'Dynamics 365 Sales Enterprise',
    customerName: '<script>alert(1)</script>\r\nNorth',
    customerKey: 't-north',
    customerTenantId: 't-north',
    market: 'Korea',
    marketCode: 'KR',
    available: 0,
    assigned: 5,
    active: 2,
  }),
  exportRecord({
    subscriptionId: 'sub-004',
    month: '2026-06',
    sku: 'Dynamics 365 Field Service',
    customerName: '株式会社テスト',
    customerKey: 't-jp',
    customerTenantId: 't-jp',
    market: 'Japan',
    marketCode: 'JP',
    available: 10,
    assigned: 9,
    active: 8,
  }),
  exportRecord({
    subscriptionId: 'sub-005',
    month: '2026-06',
    sku: 'Dynamics 365 Sales Enterprise',
    customerName: '=HYPERLINK("http://x")',
    customerKey: '=HYPERLINK("http://x")',
    market: 'Atlantis',
    available: 3,
    assigned: 2,
    active: 1,
  }),
];
const EXPORT_SKIPPED = [
  {
    line: 9,
    reason: 'Month "June 2026" is not a month',
    code: 'not-a-month',
    values: { column: 'Month', value: '"June 2026"' },
  },
];
const EXPORT_STATS = {
  format: 'csv',
  rows: 5,
  skippedCount: 1,
  emptyAvailable: 1,
  hasRevenue: false,
} as const;

describe('readUsage: formats', () => {
  it('reads a CSV with BOM, CRLF, quoted commas, doubled quotes, a quoted line break and hostile names', async () => {
    const { result, header, records, skipped, fields } = await read([bytesOf('export-bom-crlf.csv')]);
    assert.deepEqual(result, { kind: 'rows', stats: EXPORT_STATS });
    assert.deepEqual(records, EXPORT_RECORDS);
    assert.deepEqual(skipped, EXPORT_SKIPPED);
    assert.equal(header?.length, 26);
    assert.equal(header?.[0], 'SubscriptionId');
    assert.deepEqual(
      fields.map((f) => f.length),
      [26, 26, 26, 26, 26],
    );
    assert.equal(fields[3]?.[13], '  t-jp  ', 'fields keep cells as written');
  });

  it('reads a TSV with columns in another order and a revenue column', async () => {
    const { result, records } = await read([bytesOf('export.tsv')]);
    assert.deepEqual(result, {
      kind: 'rows',
      stats: { format: 'tsv', rows: 3, skippedCount: 0, emptyAvailable: 0, hasRevenue: true },
    });
    assert.deepEqual(records, [
      record({
        subscriptionId: 'sub-a',
        month: '2026-06',
        sku: 'Dynamics 365 Sales Enterprise',
        customerName: 'Contoso, Ltd.',
        customerKey: 'Contoso, Ltd.',
        market: 'Netherlands',
        marketCode: 'NL',
        available: 6,
        assigned: 5,
        active: 4,
        billedRevenue: 1200.5,
      }),
      record({
        subscriptionId: 'sub-b',
        month: '2026-06',
        sku: 'Dynamics 365 Business Central',
        customerName: 'Adatum "Praha"',
        customerKey: 'Adatum "Praha"',
        market: 'Czechia',
        marketCode: 'CZ',
        segment: 'Enterprise',
        salesModel: '',
        partnerLocation: '',
        partnerAttachType: '',
        available: 2,
        assigned: 1,
        active: 0,
      }),
      record({
        subscriptionId: 'sub-c',
        month: '2026-05',
        sku: 'Dynamics 365 Business Central',
        customerName: 'Wing Tai',
        customerKey: 'Wing Tai',
        market: 'Hong Kong SAR',
        marketCode: 'HK',
        segment: '',
        salesModel: '',
        partnerLocation: '',
        partnerAttachType: '',
        available: 7,
        assigned: 7,
        active: 7,
        billedRevenue: -15.25,
      }),
    ]);
  });

  it('reads OData JSON with PascalCase keys, numbers and nulls; the first object is line 2', async () => {
    const { result, records, skipped } = await read([bytesOf('odata-pascal.json')]);
    assert.deepEqual(result, {
      kind: 'rows',
      stats: { format: 'json', rows: 2, skippedCount: 1, emptyAvailable: 1, hasRevenue: false },
    });
    assert.deepEqual(records, [
      record({
        subscriptionId: 'sub-10',
        month: '2026-06',
        sku: 'Dynamics 365 Sales Enterprise',
        customerName: 'Contoso',
        customerKey: 't-1',
        customerTenantId: 't-1',
        market: 'Germany',
        marketCode: 'DE',
        segment: 'Enterprise',
        salesModel: '',
        partnerLocation: '',
        partnerAttachType: '',
        available: 20,
        assigned: 15,
        active: 12,
      }),
      record({
        subscriptionId: 'sub-11',
        month: '2026-06',
        sku: 'Dynamics 365 Sales Enterprise',
        customerName: 'Adatum',
        customerKey: 'Adatum',
        market: 'France',
        marketCode: 'FR',
        available: 0,
        assigned: 3,
        active: 1,
      }),
    ]);
    assert.deepEqual(skipped, [
      {
        line: 4,
        reason: 'Month "2026-13-01T00:00:00Z" is not a month',
        code: 'not-a-month',
        values: { column: 'Month', value: '"2026-13-01T00:00:00Z"' },
      },
    ]);
  });

  it('reads a camelCase JSON array, with the union of keys as header and extra keys kept', async () => {
    const { result, header, records, fields } = await read([bytesOf('camel-case.json')]);
    assert.deepEqual(result, {
      kind: 'rows',
      stats: { format: 'json', rows: 2, skippedCount: 0, emptyAvailable: 0, hasRevenue: true },
    });
    assert.deepEqual(header, [
      'subscriptionId',
      'month',
      'sku',
      'customerName',
      'customerTenantId',
      'customerMarket',
      'availableSeats',
      'assignedSeats',
      'activeSeats',
      'billedRevenueUSD',
      'extraNote',
    ]);
    assert.deepEqual(fields[1], [
      'sub-21',
      '2026-04-01',
      'Dynamics 365 Finance',
      'Tailspin',
      '',
      'Brazil',
      '4',
      '4',
      '0',
      '',
      'kept',
    ]);
    assert.deepEqual(records, [
      record({
        subscriptionId: 'sub-20',
        month: '2026-04',
        sku: 'Dynamics 365 Finance',
        customerName: 'Northwind',
        customerKey: 't-nw',
        customerTenantId: 't-nw',
        market: 'United Kingdom',
        marketCode: 'GB',
        segment: '',
        salesModel: '',
        partnerLocation: '',
        partnerAttachType: '',
        available: 12,
        assigned: 10,
        active: 9,
        billedRevenue: 99.5,
      }),
      record({
        subscriptionId: 'sub-21',
        month: '2026-04',
        sku: 'Dynamics 365 Finance',
        customerName: 'Tailspin',
        customerKey: 'Tailspin',
        market: 'Brazil',
        marketCode: 'BR',
        segment: '',
        salesModel: '',
        partnerLocation: '',
        partnerAttachType: '',
        available: 4,
        assigned: 4,
        active: 0,
      }),
    ]);
  });

  it('reads Excel US dates', async () => {
    const { records, skipped } = await read([bytesOf('excel-us-dates.csv')]);
    assert.deepEqual(
      records.map((r) => [r.subscriptionId, r.month]),
      [
        ['sub-1', '2026-06'],
        ['sub-2', '2026-06'],
        ['sub-3', '2026-06'],
        ['sub-4', '2026-05'],
        ['sub-5', '2025-12'],
      ],
    );
    assert.deepEqual(skipped, [
      {
        line: 7,
        reason: 'Month "13/1/2026" is not a month',
        code: 'not-a-month',
        values: { column: 'Month', value: '"13/1/2026"' },
      },
    ]);
  });

  it('reads UTF-16 LE text that starts with a byte order mark (Excel "Unicode text")', async () => {
    const text =
      '\uFEFFSubscriptionId\tMonth\tSKU\tCustomerName\tCustomerMarket\tAvailableSeats\tAssignedSeats\tActiveSeats\r\ns1\t2026-06-01\tD365\tÖzdemir\tTürkiye\t3\t2\t1\r\n';
    const { result, records } = await read(splitBytes(new Uint8Array(Buffer.from(text, 'utf16le')), () => 1));
    assert.equal(result.kind === 'rows' && result.stats.format, 'tsv');
    assert.deepEqual(records, [
      record({
        subscriptionId: 's1',
        month: '2026-06',
        sku: 'D365',
        customerName: 'Özdemir',
        customerKey: 'Özdemir',
        market: 'Türkiye',
        marketCode: 'TR',
        segment: '',
        salesModel: '',
        partnerLocation: '',
        partnerAttachType: '',
        available: 3,
        assigned: 2,
        active: 1,
      }),
    ]);
  });
});

describe('readUsage: chunks', () => {
  const bytes = bytesOf('export-bom-crlf.csv');
  const expectExport = async (chunks: readonly Uint8Array[], label: string) => {
    const { result, records, skipped } = await read(chunks);
    assert.deepEqual(result, { kind: 'rows', stats: EXPORT_STATS }, label);
    assert.deepEqual(records, EXPORT_RECORDS, label);
    assert.deepEqual(skipped, EXPORT_SKIPPED, label);
  };

  it('gives the same result for the bytes split at every position', async () => {
    for (let i = 0; i <= bytes.length; i++)
      await expectExport([bytes.subarray(0, i), bytes.subarray(i)], `split at ${i}`);
  });

  it('gives the same result for one-byte chunks, splitting every multi-byte character', async () => {
    await expectExport(
      splitBytes(bytes, () => 1),
      'one-byte chunks',
    );
  });

  it('gives the same result for random chunkings', async () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 100; trial++) {
      await expectExport(
        splitBytes(bytes, () => 1 + Math.floor(random() * 64)),
        `trial ${trial}`,
      );
    }
  });

  it('reads JSON split into one-byte chunks', async () => {
    const { records } = await read(splitBytes(bytesOf('odata-pascal.json'), () => 1));
    assert.deepEqual(
      records.map((r) => r.subscriptionId),
      ['sub-10', 'sub-11'],
    );
  });

  it('reports progress in bytes after each chunk', async () => {
    const seen: number[] = [];
    const chunks = splitBytes(bytes, () => 1000);
    await readUsage(chunked(chunks), collectSink(), { onProgress: (n) => seen.push(n) });
    assert.deepEqual(seen, [1000, bytes.length]);
  });
});

describe('readUsage: inputs that are not rows', () => {
  const rejects = (chunks: readonly (Uint8Array | string)[], code: string, message: string | RegExp) =>
    assert.rejects(readUsage(chunked(chunks), collectSink()), (error: unknown) => {
      assert.ok(error instanceof UsageInputError);
      assert.equal(error.code, code);
      if (typeof message === 'string') assert.equal(error.message, message);
      else assert.match(error.message, message);
      return true;
    });

  it('rejects an empty file, also one of only line breaks and spaces', async () => {
    await rejects([], 'empty', 'The file is empty');
    await rejects([new Uint8Array(0)], 'empty', 'The file is empty');
    await rejects(['\uFEFF', ' \r\n\t\n'], 'empty', 'The file is empty');
  });

  it('reads a header without rows as zero rows', async () => {
    const { result } = await read([
      'SubscriptionId,Month,SKU,CustomerName,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats\r\n',
    ]);
    assert.deepEqual(result, {
      kind: 'rows',
      stats: { format: 'csv', rows: 0, skippedCount: 0, emptyAvailable: 0, hasRevenue: false },
    });
  });

  it('rejects a header missing required columns, naming them', async () => {
    await rejects(
      [bytesOf('missing-columns.csv')],
      'missing-columns',
      'Missing required columns: Month, ActiveSeats',
    );
  });

  it('rejects invalid JSON with the parser message, and JSON of another shape', async () => {
    await rejects(['[{"SubscriptionId": "s1",'], 'unreadable', /^The file is not valid JSON: .+/);
    await rejects(['{"rows": []}'], 'unreadable', /^The JSON is not usage rows/);
    await rejects(['[1, 2]'], 'unreadable', 'The JSON array holds no row objects');
  });

  it('reads an empty JSON array as zero rows', async () => {
    const { result } = await read([' \n[]']);
    assert.deepEqual(result, {
      kind: 'rows',
      stats: { format: 'json', rows: 0, skippedCount: 0, emptyAvailable: 0, hasRevenue: false },
    });
  });

  it('returns a report document as a report, without touching the sink', async () => {
    const report = { version: 1, months: ['2026-06'], month: '2026-06', summary: { available: [1] } };
    const { result, header, records } = await read(['\uFEFF', JSON.stringify(report)]);
    assert.deepEqual(result, { kind: 'report', report });
    assert.equal(header, null);
    assert.deepEqual(records, []);
  });
});

describe('readUsage: abort', () => {
  it('stops between chunks with the signal’s reason and closes the source', async () => {
    const controller = new AbortController();
    let closed = false;
    let pulled = 0;
    async function* source(): AsyncGenerator<string> {
      try {
        yield 'SubscriptionId,Month,SKU,CustomerName,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats\n';
        for (;;) {
          pulled++;
          yield 's1,2026-06-01,D365,C,Germany,1,1,1\n';
        }
      } finally {
        closed = true;
      }
    }
    const sink = collectSink();
    const reading = readUsage(source(), sink, {
      signal: controller.signal,
      onProgress: () => sink.records.length === 3 && controller.abort(),
    });
    await assert.rejects(reading, { name: 'AbortError' });
    assert.equal(sink.records.length, 3);
    assert.equal(pulled, 4, 'the chunk after the abort is pulled but not read');
    assert.ok(closed);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const reason = new Error('gone');
    await assert.rejects(
      readUsage(chunked(['a']), collectSink(), { signal: AbortSignal.abort(reason) }),
      reason,
    );
  });
});

describe('readUsageText and readUsageRecords', () => {
  it('readUsageText reads text in memory like readUsage', () => {
    const sink = collectSink();
    const result = readUsageText(
      readFileSync(new URL('../fixtures/export-bom-crlf.csv', import.meta.url), 'utf8'),
      sink,
    );
    assert.deepEqual(result, { kind: 'rows', stats: EXPORT_STATS });
    assert.deepEqual(sink.records, EXPORT_RECORDS);
    assert.deepEqual(sink.skipped, EXPORT_SKIPPED);
  });

  it('readUsageRecords normalises objects as JSON input does', () => {
    const sink = collectSink();
    const stats = readUsageRecords(
      [
        {
          SUBSCRIPTIONID: 's1',
          month: '2026-06-01',
          Sku: 'D365',
          customer_name: 'C',
          CustomerMarket: 'Germany',
          availableSeats: 2,
          AssignedSeats: '1',
          activeSeats: null,
        },
        {
          SubscriptionId: 's2',
          Month: 'soon',
          SKU: 'D365',
          CustomerName: 'C',
          CustomerMarket: 'Germany',
          AvailableSeats: 1,
          AssignedSeats: 1,
          ActiveSeats: 1,
        },
      ],
      sink,
    );
    assert.deepEqual(stats, {
      format: 'json',
      rows: 1,
      skippedCount: 1,
      emptyAvailable: 0,
      hasRevenue: false,
    });
    assert.deepEqual(sink.records, [
      record({
        subscriptionId: 's1',
        month: '2026-06',
        sku: 'D365',
        customerName: 'C',
        customerKey: 'C',
        market: 'Germany',
        marketCode: 'DE',
        segment: '',
        salesModel: '',
        partnerLocation: '',
        partnerAttachType: '',
        available: 2,
        assigned: 1,
        active: 0,
      }),
    ]);
    assert.deepEqual(sink.skipped, [
      {
        line: 3,
        reason: 'Month "soon" is not a month',
        code: 'not-a-month',
        values: { column: 'Month', value: '"soon"' },
      },
    ]);
  });
});
