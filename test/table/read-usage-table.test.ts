// The byte reader against the text reader: two independent implementations (a byte scan with interned
// cells vs. the string tokenizer and row reader) must give the same table, report, skipped rows and
// kept cells for the same input, however the bytes are split into chunks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { computeReport, computeReportInSlices } from '../../src/core/compute-report.js';
import { cubeFromTable } from '../../src/core/cube-from-table.js';
import { readUsageTable } from '../../src/table/read-usage-table.js';
import type { UsageTableResult } from '../../src/table/read-usage-table.js';
import { TEXT_COLUMNS } from '../../src/table/usage-table.js';
import type { UsageTable } from '../../src/table/usage-table.js';
import { exportRowCells } from '../../src/core/export-row-cells.js';
import { UsageInputError } from '../../src/data/usage-input-error.js';
import { seededRandom } from '../data/collect-sink.js';
import { windows1252 } from '../fixtures/messy-forms.js';

const encoder = new TextEncoder();
const HEADER =
  'SubscriptionId,Month,SKU,CustomerName,CustomerTenantId,CustomerSegment,CustomerMarket,SalesModel,AvailableSeats,AssignedSeats,ActiveSeats,BilledRevenueUSD';

/** Every kind of row the reader must get right, with the text reader as the judge. */
const HOSTILE_ROWS = [
  's1,2026-01-01,Sales Enterprise,Contoso,t1,SMB,United States,Direct,10,8,5,100.25',
  's1,2026-02-01T00:00:00Z,Sales Enterprise,"Contoso, Ltd.",t1,SMB,United States,Direct,12,9,6,-0.10',
  's2,2026-02-01,"Customer ""Service""",Fabrikam,,Enterprise,Türkiye,Indirect,5,5,5,',
  's3,2/1/2026,Field Service,"Multi\r\nline\nname\rhere",t3,SMB,Korea,Direct,7,7,1,12.',
  's4,2026-02-01,  Padded SKU  ,  Padded  ,  ,SMB, Czechia ,Direct,3,2,1,.5',
  '',
  ',,,,,,,,,,,',
  's5,2026-02-01,Sales,Northwind,t5,SMB,Atlantis,Direct,12.0,3,1,1e3',
  's6,2026-02-01,Sales,Northwind,t5,SMB,Hong Kong SAR,Direct,,3,1,+5',
  's7,2026-02-01,Sales,Northwind,t5,SMB,Japan,Direct,-1,3,1,5',
  's8,2026-13-01,Sales,Northwind,t5,SMB,Japan,Direct,1,1,1,5',
  's9,2026-02-01,,Northwind,t5,SMB,Japan,Direct,1,1,1,5',
  ',2026-02-01,Sales,Northwind,t5,SMB,Japan,Direct,1,1,1,5',
  's10,2026-02-01,Sales,,,SMB,Japan,Direct,1,1,1,5',
  's11,2026-02-01,Sales,Northwind,t5,SMB,Japan,Direct,1,1',
  's12,2026-02-01,Sales,Northwind,t5,SMB,Japan,Direct,1,1,1,abc',
  's13,2026-02-01,Sales,"quoted"after,t13,SMB,Japan,Direct, 4 ,1,1,1234567890.1234567',
  's14,2026-01-01,Sales,=HYPERLINK("x"),t14,SMB,Côte d\'Ivoire,Direct,"9",1,1,1',
  's1,2026-03-01,Sales Premium,Contoso Renamed,t1,Corporate,United States,Direct,15,10,7,1.5',
  's15,2026-03-01,Sales,日本の顧客,t15,SMB,Japan,Direct,2,2,2,2',
  // A subscription's next rows: the reader skips the scan of a span of cells it has seen (SKU to SalesModel).
  's3,2026-03-01,Field Service,"Multi\r\nline\nname\rhere",t3,SMB,Korea,Direct,8,7,1,12',
  's3,2026-13-01,Field Service,"Multi\r\nline\nname\rhere",t3,SMB,Korea,Direct,8,7,1,12',
  's1,2026-04-01,Sales Premium,Contoso Renamed,t1,Corporate,United States,Direct,15,10',
  's15,2026-04-01,Sales,日本の顧客,t15,SMB,Japan,Directly,2,2,2,2',
  's15,2026-05-01,Sales,日本の顧客,t15,SMB,Japan,Direct',
  's15,2026-06-01,Sales,日本の顧客,t15,SMB,Japan,Direct,3,3,3,3',
  's4,2026-03-01,  Padded SKU  ,  Padded  ,  ,SMB, Czechia ,Direct,3,2,1,.5',
  // Its span is known, but `4.0` takes the careful path, which decodes every cell of the row.
  's15,2026-07-01,Sales,日本の顧客,t15,SMB,Japan,Direct,4.0,4,4,4',
  // Stray quotes: the next line looks like a row (re-read from it), or a later quote closes the cell and
  // the row ends with the wrong count (re-read from the line after the stray quote's).
  's17,2026-03-01,Sales,"Stray quote,t17,SMB,Japan,Direct,2,2,2,2',
  's18,2026-03-01,Sales,Plain,t18,SMB,Japan,Direct,3,3,3,3',
  's19,2026-03-01,Sales,"Stray again,t19,SMB,Japan,Direct,2,2,2,2',
  's20,2026-03-01,Sales,"Fabrikam, Inc.",t20,SMB,Japan,Direct,4,4,4,4',
  's21,2026-03-01,"Two\nlines",Odd,t21,SMB,Japan,Direct,4,4,4',
  's22,2026-03-01,Sales,Plain,t22,SMB,Japan,Direct,5,5,5,5',
  's16,2026-03-01,Sales,"unterminated,t16,SMB,Japan,Direct,2,2,2,2',
];

function hostileCsv(lineEnd: string, bom: boolean): string {
  return `${bom ? '\uFEFF' : ''}${[HEADER, ...HOSTILE_ROWS].join(lineEnd)}`;
}

async function* chunksOf<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

function split(bytes: Uint8Array, at: readonly number[]): Uint8Array[] {
  const cuts = [0, ...at, bytes.length];
  return cuts.slice(1).map((end, i) => bytes.slice(cuts[i], end));
}

/** The text reader's result (a string chunk always takes the text path). */
const byText = (text: string) => readUsageTable(chunksOf([text]), { keepRows: true });
const byBytes = (chunks: Uint8Array[]) => readUsageTable(chunksOf(chunks), { keepRows: true });

/** A table as plain values: each row's texts and figures (ids differ between readers, values must not). */
function rowsOf(table: UsageTable) {
  const rows = [];
  for (let row = 0; row < table.length; row++) {
    const texts = TEXT_COLUMNS.map((c) => table.dictionaries[c][table.ids[c][row] ?? 0]);
    const market = table.ids.market[row] ?? 0;
    rows.push({
      texts,
      code: table.marketCodes[market],
      figures: [table.available[row], table.assigned[row], table.active[row], table.revenue[row]],
      cells: exportRowCells(table, row),
    });
  }
  return rows;
}

function assertSame(actual: UsageTableResult, expected: UsageTableResult): void {
  assert.equal(actual.kind, 'table');
  assert.equal(expected.kind, 'table');
  if (actual.kind !== 'table' || expected.kind !== 'table') return;
  assert.deepEqual(actual.columns, expected.columns);
  assert.deepEqual(actual.stats, expected.stats);
  assert.deepEqual(actual.table.skipped, expected.table.skipped);
  assert.equal(actual.table.skippedCount, expected.table.skippedCount);
  assert.deepEqual(rowsOf(actual.table), rowsOf(expected.table));
  const report = (r: typeof actual) => computeReport(cubeFromTable(r.table), r.stats, { from: '2026-01' });
  assert.deepEqual(report(actual), report(expected));
}

describe('readUsageTable(chunks): the byte reader agrees with the text reader', () => {
  for (const [name, lineEnd, bom] of [
    ['CRLF with a BOM', '\r\n', true],
    ['LF', '\n', false],
    ['CR', '\r', false],
  ] as const) {
    it(`on hostile rows, ${name}, split at every byte`, async () => {
      const text = hostileCsv(lineEnd, bom);
      const expected = await byText(text);
      assert.ok(expected.kind === 'table' && expected.table.skippedCount >= 8, 'the fixture skips rows');
      const recovered = expected.stats.warnings?.find((w) => w.code === 'rows-recovered');
      assert.ok(recovered && recovered.lines && recovered.lines.length === 3, 'the fixture recovers rows');
      const bytes = encoder.encode(text);
      for (let at = 1; at < bytes.length; at++) assertSame(await byBytes(split(bytes, [at])), expected);
      assertSame(
        await byBytes(
          split(
            bytes,
            Array.from({ length: bytes.length - 1 }, (_, i) => i + 1),
          ),
        ),
        expected,
      );
    });
  }

  it('on hostile rows as TSV (commas in cells are text)', async () => {
    const tsv = hostileCsv('\n', false)
      .split('\n')
      .map((line) => line.replaceAll(',', '\t').replaceAll('Contoso\t Ltd.', 'Contoso, Ltd.'))
      .join('\n');
    const expected = await byText(tsv);
    assert.ok(expected.kind === 'table' && expected.stats.format === 'tsv');
    const bytes = encoder.encode(tsv);
    for (let at = 1; at < bytes.length; at += 7) assertSame(await byBytes(split(bytes, [at])), expected);
  });

  it('on hostile rows separated by semicolons (decimal commas)', async () => {
    const semicolons = hostileCsv('\r\n', true)
      .split('\r\n')
      .map((line) => line.replaceAll(',', ';').replace(/(\d)\.(\d)/g, '$1,$2'))
      .join('\r\n');
    const expected = await byText(semicolons);
    assert.ok(expected.kind === 'table' && expected.stats.warnings?.[0]?.code === 'decimal-comma');
    const bytes = encoder.encode(semicolons);
    for (let at = 1; at < bytes.length; at += 5) assertSame(await byBytes(split(bytes, [at])), expected);
  });

  it('on hostile rows in Windows-1252 (the byte reader decodes them; the text reader gets the text)', async () => {
    // Rows with characters Windows-1252 lacks (日本の顧客) left out; Türkiye, Côte d'Ivoire stay.
    const text = hostileCsv('\r\n', false)
      .split('\r\n')
      .filter((line) => !/[^\u0000-\u00ff]/.test(line))
      .join('\r\n');
    const expected = await byText(text);
    const bytes = windows1252(text);
    for (let at = 1; at < bytes.length; at += 3) {
      const actual = await byBytes(split(bytes, [at]));
      assert.ok(actual.kind === 'table');
      const [encoding, ...others] = actual.stats.warnings ?? [];
      assert.equal(encoding?.code, 'encoding-windows-1252');
      assertSame({ ...actual, stats: { ...actual.stats, warnings: others } }, expected);
    }
  });

  it('with the columns in other orders (a subscription id, a month or an end date among the attributes)', async () => {
    const rows = [
      {
        SubscriptionId: 's1',
        SubscriptionEndDate: '2027-01-31',
        Month: '2026-01-01',
        SKU: 'Sales',
        CustomerName: 'Contoso, Ltd.',
        CustomerMarket: 'Japan',
        Seats: '3',
      },
      {
        SubscriptionId: 's1',
        SubscriptionEndDate: '2027-01-31',
        Month: '2026-02-01',
        SKU: 'Sales',
        CustomerName: 'Contoso, Ltd.',
        CustomerMarket: 'Japan',
        Seats: '4',
      },
      {
        SubscriptionId: 's2',
        SubscriptionEndDate: '',
        Month: '2026-02-01',
        SKU: 'Sales',
        CustomerName: 'Contoso, Ltd.',
        CustomerMarket: 'Japan',
        Seats: '5',
      },
      {
        SubscriptionId: 's1',
        SubscriptionEndDate: ' 2028-01-31 ',
        Month: '2026-03-01',
        SKU: 'Premium',
        CustomerName: 'Contoso',
        CustomerMarket: 'Korea',
        Seats: '6',
      },
      {
        SubscriptionId: 's1',
        SubscriptionEndDate: '2028-01-31',
        Month: '2026-13-01',
        SKU: 'Premium',
        CustomerName: 'Contoso',
        CustomerMarket: 'Korea',
        Seats: '6',
      },
      {
        SubscriptionId: 's1',
        SubscriptionEndDate: '31/01/2028',
        Month: '2026-04-01',
        SKU: 'Premium',
        CustomerName: 'Contoso',
        CustomerMarket: 'Korea',
        Seats: '7',
      },
    ];
    const orders = [
      ['SKU', 'SubscriptionId', 'CustomerName', 'CustomerMarket', 'Month', 'Seats'],
      ['SubscriptionId', 'SKU', 'Month', 'CustomerName', 'CustomerMarket', 'Seats'],
      ['SubscriptionId', 'Month', 'SKU', 'Seats', 'CustomerName', 'CustomerMarket'],
      ['CustomerName', 'Seats', 'SKU', 'CustomerMarket', 'Month', 'SubscriptionId'],
      ['SubscriptionId', 'Month', 'CustomerMarket', 'SKU', 'CustomerName', 'Seats'],
      // The end date is read per row, like the month: before Month (Partner Center's order), among the
      // attributes (no span is remembered then), and last.
      ['SubscriptionId', 'SubscriptionEndDate', 'Month', 'SKU', 'CustomerName', 'CustomerMarket', 'Seats'],
      ['SubscriptionId', 'Month', 'SKU', 'SubscriptionEndDate', 'CustomerName', 'CustomerMarket', 'Seats'],
      ['SubscriptionId', 'Month', 'SKU', 'CustomerName', 'CustomerMarket', 'Seats', 'SubscriptionEndDate'],
    ] as const;
    for (const order of orders) {
      const header = order.map((name) =>
        name === 'Seats' ? 'AvailableSeats,AssignedSeats,ActiveSeats' : name,
      );
      const cell = (value: string) => (value.includes(',') ? `"${value}"` : value);
      const lines = rows.map((row) =>
        order.map((name) => (name === 'Seats' ? `${row.Seats},1,1` : cell(row[name]))).join(','),
      );
      const text = [header.join(','), ...lines].join('\r\n');
      const expected = await byText(text);
      assert.ok(expected.kind === 'table' && expected.table.length === 5, order.join());
      assertSame(await byBytes([encoder.encode(text)]), expected);
    }
  });

  it('on the bundled sample, in random chunks', async () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../../demo/data/dynamics-usage-sample.csv', import.meta.url)),
    );
    const expected = await byText(new TextDecoder().decode(bytes));
    const random = seededRandom(8);
    const cuts: number[] = [];
    for (let at = 0; at < bytes.length; at += 1 + Math.floor(random() * 70_000)) if (at > 0) cuts.push(at);
    const actual = await byBytes(split(bytes, cuts));
    assertSame(actual, expected);
    assert.ok(actual.kind === 'table' && actual.table.length === 21_427);
  });

  it('names the missing columns, and calls an empty file empty', async () => {
    await assert.rejects(
      byBytes([encoder.encode('SubscriptionId,Month\ns1,2026-01-01\n')]),
      (error: unknown) =>
        error instanceof UsageInputError &&
        error.code === 'missing-columns' &&
        /SKU, CustomerName/.test(error.message),
    );
    await assert.rejects(
      byBytes([encoder.encode('\r\n\r\n')]),
      (error: unknown) => error instanceof UsageInputError && error.code === 'empty',
    );
    await assert.rejects(
      byBytes([]),
      (error: unknown) => error instanceof UsageInputError && error.code === 'empty',
    );
  });

  it('hands JSON and UTF-16 text to the text reader', async () => {
    const json = encoder.encode(
      ' [{"SubscriptionId":"s1","Month":"2026-01-01","SKU":"Sales","CustomerName":"C","CustomerMarket":"Japan","AvailableSeats":3,"AssignedSeats":2,"ActiveSeats":1}]',
    );
    const fromJson = await byBytes(split(json, [1, 2]));
    assert.equal(fromJson.kind === 'table' && fromJson.stats.format, 'json');
    const text = hostileCsv('\r\n', false);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++)
      new DataView(utf16.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    assertSame(await byBytes(split(utf16, [1, 3, 100])), await byText(text));
  });
});

describe('computeReportInSlices(cube, counts, options, pause)', () => {
  it('gives the report computeReport gives, pausing between slices', async () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../../demo/data/dynamics-usage-sample.csv', import.meta.url)),
    );
    const result = await byBytes([bytes]);
    assert.ok(result.kind === 'table');
    const cube = cubeFromTable(result.table);
    let pauses = 0;
    const sliced = await computeReportInSlices(cube, result.stats, {}, async () => void pauses++, 0);
    assert.deepEqual(sliced, computeReport(cube, result.stats, {}));
    // 2,200 subscriptions in steps of 2,048, then top customers and the rest: at least 3 pauses.
    assert.ok(pauses >= 3, `${pauses} pauses`);
  });
});
