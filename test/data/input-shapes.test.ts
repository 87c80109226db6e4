// Every shape of file people hand us is read right or refused by name (issue 14). Figures by hand: see
// test/fixtures/messy-forms.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeReport } from '../../src/core/compute-report.js';
import { cubeFromTable } from '../../src/core/cube-from-table.js';
import { exportRowCells } from '../../src/core/export-row-cells.js';
import { readUsageTable } from '../../src/table/read-usage-table.js';
import { reportFromText } from '../../src/core/report-from.js';
import type { UsageReport } from '../../src/core/report.js';
import { readUsage } from '../../src/data/read-usage.js';
import { UsageInputError } from '../../src/data/usage-input-error.js';
import { delimitedForm, gzip, messyForms, MESSY_ROWS, windows1252 } from '../fixtures/messy-forms.js';
import { collectSink } from './collect-sink.js';

async function* chunksOf<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Bytes in pieces of `size`, so every sniff and decoder sees a split. */
const pieces = (bytes: Uint8Array, size: number) =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, k) => bytes.slice(k * size, (k + 1) * size));

async function reportOf(chunks: (Uint8Array | string)[]): Promise<UsageReport> {
  const result = await readUsageTable(chunksOf(chunks));
  assert.equal(result.kind, 'table');
  if (result.kind !== 'table') throw new Error('not a table');
  return computeReport(cubeFromTable(result.table), result.stats, { from: '2026-01' });
}

const codes = (report: UsageReport) => report.input.warnings.map((w) => w.code);
const withoutWarnings = (report: UsageReport) => ({ ...report, input: { ...report.input, warnings: [] } });

const refusal = (code: string, message: RegExp) => (error: unknown) =>
  error instanceof UsageInputError && error.code === code && message.test(error.message);

describe('one export in every form gives one report', () => {
  it('CSV, TSV, semicolon with decimal commas, gzip, Windows-1252, JSON and UTF-16 without BOM agree', async () => {
    const forms = await messyForms();
    const expected = await reportOf([forms.csv as Uint8Array]);
    // By hand (messy-forms.ts): seats per month, every market matched, revenue of the two months.
    assert.deepEqual(expected.summary.available, [25, 48]);
    assert.deepEqual(expected.summary.assigned, [22, 36]);
    assert.deepEqual(expected.summary.active, [16, 29]);
    assert.deepEqual(expected.geo.unmatched, []);
    assert.deepEqual(expected.geo.countries.map((c) => c.code).sort(), ['CI', 'CW', 'DE', 'RE', 'TR']);
    const revenue = expected.topCustomers.customers.reduce((sum, c) => sum + (c.billedRevenue ?? 0), 0);
    assert.equal(Math.round(revenue * 100), 523606);
    assert.deepEqual(codes(expected), []);
    const warned: Record<string, string[]> = {
      semicolon: ['decimal-comma'],
      'windows-1252': ['encoding-windows-1252'],
      'windows-1252 semicolon gzip': ['encoding-windows-1252', 'decimal-comma'],
    };
    for (const [name, bytes] of Object.entries(forms)) {
      for (const size of [bytes.length, 7]) {
        const actual = await reportOf(pieces(bytes, size));
        assert.deepEqual(withoutWarnings(actual), expected, `${name} in pieces of ${size}`);
        assert.deepEqual(codes(actual), warned[name] ?? [], name);
      }
    }
  });

  it('the text reader (readUsage) reads the same forms to the same records', async () => {
    const forms = await messyForms();
    const read = async (bytes: Uint8Array) => {
      const sink = collectSink();
      const result = await readUsage(chunksOf(pieces(bytes, 5)), sink);
      return { sink, result };
    };
    const expected = (await read(forms.csv as Uint8Array)).sink.records;
    assert.equal(expected.length, MESSY_ROWS.length);
    for (const [name, bytes] of Object.entries(forms)) {
      const { sink, result } = await read(bytes);
      assert.deepEqual(sink.records, expected, name);
      assert.equal(result.kind, 'rows');
    }
  });
});

describe('encodings', () => {
  it('Windows-1252: markets match and the warning names the first line that is not UTF-8', async () => {
    const report = await reportOf([windows1252(delimitedForm(','))]);
    assert.deepEqual(report.geo.unmatched, []);
    assert.deepEqual(report.input.warnings, [
      {
        code: 'encoding-windows-1252',
        message:
          'The file is not UTF-8 (line 2 is the first with a byte that is not): read as Windows-1252, as Excel saves "CSV" on Windows',
        lines: [2],
        values: { line: '2' },
      },
    ]);
    const names = report.topCustomers.customers.map((c) => c.customerName).sort();
    assert.deepEqual(names, ['Café Olè', 'Café Olé', 'Contoso, Ltd.', 'Curaçao Trading', 'Ivoire Énergie']);
  });

  it('Windows-1252: a kept column (for the raw-data download) reads as the UTF-8 file does', async () => {
    const text = [
      'SubscriptionId,Month,SKU,CustomerName,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats,PartnerName',
      's1,2026-01-01,Sales,Café,Réunion,1,1,1,Société Générale',
    ].join('\r\n');
    const kept = async (bytes: Uint8Array) => {
      const result = await readUsageTable(chunksOf([bytes]), { keepRows: true });
      assert.ok(result.kind === 'table');
      return exportRowCells(result.table, 0);
    };
    const cells = await kept(windows1252(text));
    assert.equal(cells?.[8], 'Société Générale');
    assert.deepEqual(cells, await kept(utf8(text)));
  });

  it('a UTF-8 file with stray Windows-1252 bytes: never two customers merged, the lines named', async () => {
    const header =
      'SubscriptionId,Month,SKU,CustomerName,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats';
    const head = utf8(
      `${header}\r\ns1,2026-01-01,Sales,Türkiye Ltd,Türkiye,1,1,1\r\ns2,2026-01-01,Sales,Caf`,
    );
    // Line 3 ends in "Café" (0xE9) and line 4 in "Cafè" (0xE8): U+FFFD would make them one customer.
    const rest = utf8(',Germany,2,2,2\r\ns3,2026-01-01,Sales,Caf');
    const last = utf8(',Germany,4,4,4\r\n');
    const bytes = [head, Uint8Array.of(0xe9), rest, Uint8Array.of(0xe8), last];
    const report = await reportOf(bytes);
    const names = report.topCustomers.customers.map((c) => [c.customerName, c.availableSeats]);
    assert.deepEqual(names, [
      ['Cafè', 4],
      ['Café', 2],
      ['Türkiye Ltd', 1],
    ]);
    assert.deepEqual(report.input.warnings[0]?.code, 'encoding-invalid-utf8');
    assert.deepEqual(report.input.warnings[0]?.lines, [3, 4]);
    assert.match(report.input.warnings[0]?.message ?? '', /lines 3, 4/);
    // The text reader too, on the same bytes.
    const sink = collectSink();
    const result = await readUsage(chunksOf(bytes), sink);
    assert.deepEqual(
      sink.records.map((r) => r.customerName),
      ['Türkiye Ltd', 'Café', 'Cafè'],
    );
    assert.ok(result.kind === 'rows');
    assert.deepEqual(result.stats.warnings?.[0]?.lines, [3, 4]);
  });
});

describe('semicolon CSV with decimal commas', () => {
  const header =
    'SubscriptionId;Month;SKU;CustomerName;CustomerMarket;AvailableSeats;AssignedSeats;ActiveSeats;BilledRevenueUSD';
  const text = [
    header,
    's1;2026-01-01;Sales;Contoso, Ltd.;Germany;12,0;10;8;1234,56',
    's2;2026-01-01;Sales;Fabrikam;Germany;3;2;1;1.234,56',
    's3;2026-01-01;Sales;Northwind;Germany;1.000;2;1;5',
    's4;2026-01-01;Sales;Adatum;Germany;4;4;4;-0,5',
  ].join('\n');

  for (const [name, input] of [
    ['bytes', [utf8(text)]],
    ['text', [text]],
  ] as const) {
    it(`reads 1234,56 and 12,0; refuses thousands separators naming column and line (${name})`, async () => {
      const result = await readUsageTable(chunksOf([...input]), { keepRows: false });
      assert.ok(result.kind === 'table');
      assert.equal(result.table.length, 2);
      assert.deepEqual([...result.table.available], [12, 4]);
      assert.deepEqual([...result.table.revenue], [1234.56, -0.5]);
      assert.deepEqual(result.table.skipped, [
        {
          line: 3,
          reason: 'BilledRevenueUSD "1.234,56" has a thousands separator',
          code: 'thousands-separator',
          values: { column: 'BilledRevenueUSD', value: '"1.234,56"' },
        },
        {
          line: 4,
          reason: 'AvailableSeats "1.000" has a thousands separator',
          code: 'thousands-separator',
          values: { column: 'AvailableSeats', value: '"1.000"' },
        },
      ]);
      assert.deepEqual(
        result.stats.warnings?.map((w) => w.code),
        ['decimal-comma'],
      );
    });
  }

  it('a comma CSV keeps refusing "1,234" as a thousands separator', () => {
    const csv =
      'SubscriptionId,Month,SKU,CustomerName,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats\ns1,2026-01-01,S,C,Germany,"1,234",1,1';
    const report = reportFromText(csv);
    assert.deepEqual(report.input.skipped, [
      {
        line: 2,
        reason: 'AvailableSeats "1,234" has a thousands separator',
        code: 'thousands-separator',
        values: { column: 'AvailableSeats', value: '"1,234"' },
      },
    ]);
  });
});

describe('gzip', () => {
  it('an abort mid-way rejects with the signal’s reason and closes the source', async () => {
    const packed = await gzip(utf8(thousandRows(20000)));
    let closed = false;
    let pulled = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        for (const piece of pieces(packed, 1024)) {
          pulled++;
          yield piece;
        }
      } finally {
        closed = true;
      }
    }
    const controller = new AbortController();
    const reading = readUsageTable(source(), {
      signal: controller.signal,
      onProgress: (read) => read > 4096 && controller.abort(),
    });
    await assert.rejects(reading, { name: 'AbortError' });
    assert.ok(closed, 'the source is closed');
    assert.ok(pulled < pieces(packed, 1024).length, `${pulled} pieces pulled`);
  });

  it('broken gzip data is refused by name', async () => {
    const packed = await gzip(utf8(delimitedForm(',')));
    await assert.rejects(
      readUsageTable(chunksOf([packed.slice(0, packed.length - 12)])),
      refusal('unreadable', /gzip data is broken/),
    );
  });
});

describe('refusals by name', () => {
  const cases: [string, Uint8Array, string, RegExp][] = [
    [
      'an Excel workbook',
      Uint8Array.of(0x50, 0x4b, 3, 4, 20, 0, 6, 0, 8, 0),
      'workbook',
      /Excel workbook \(\.xlsx\)/,
    ],
    [
      'an .xls workbook',
      Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
      'workbook',
      /\.xls\)/,
    ],
    [
      'a sign-in page',
      utf8('\r\n  <!DOCTYPE html>\n<html><body>Sign in</body></html>'),
      'html-page',
      /web page \(HTML\)/,
    ],
    ['a bare <html>', utf8('<html lang="en">\n<head>'), 'html-page', /web page/],
    [
      'an expired storage link’s XML error',
      utf8('<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code></Error>'),
      'html-page',
      /markup \(XML or HTML\)/,
    ],
    ['the number 42', utf8('42\n'), 'json-scalar', /single JSON value \(42\)/],
    ['a JSON string', utf8(' "x"'), 'json-scalar', /\("x"\)/],
    ['null', utf8('null'), 'json-scalar', /\(null\)/],
    ['true', utf8('\ufefftrue\n'), 'json-scalar', /\(true\)/],
    ['00 bytes in no pattern', Uint8Array.of(0x41, 0, 0, 0x42, 0x43, 0x44, 0, 0x45), 'not-text', /00 bytes/],
  ];
  for (const [name, bytes, code, message] of cases) {
    it(`${name}: ${code}, not "Missing required columns"`, async () => {
      await assert.rejects(readUsageTable(chunksOf(pieces(bytes, 1))), refusal(code, message));
      await assert.rejects(readUsage(chunksOf([bytes]), collectSink()), refusal(code, message));
    });
  }

  it('text in memory (reportFromText) is refused the same way', () => {
    assert.throws(() => reportFromText('<!doctype html><p>'), refusal('html-page', /web page/));
    assert.throws(() => reportFromText('true'), refusal('json-scalar', /\(true\)/));
  });
});

/** Header and `count` rows; row k (line k + 1) has `k` seats in every seat column. */
function thousandRows(count: number, edit: (k: number, line: string) => string = (_, line) => line): string {
  const lines = [
    'SubscriptionId,Month,SKU,CustomerName,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats',
  ];
  for (let k = 1; k <= count; k++)
    lines.push(edit(k, `s${k},2026-01-01,Sales,Customer ${k},Germany,${k},${k},${k}`));
  return `${lines.join('\r\n')}\r\n`;
}

describe('a stray quote', () => {
  // Line 6 (row 5) opens a quote it never closes: "Customer 5 → "Customer 5 (as a hand-typed name).
  const stray = thousandRows(1000, (k, line) => (k === 5 ? line.replace('Customer 5', '"Customer 5') : line));
  const all = (1000 * 1001) / 2;

  for (const [name, chunks] of [
    ['bytes', [utf8(stray)]],
    ['bytes in pieces', pieces(utf8(stray), 100)],
    ['text', [stray]],
  ] as const) {
    it(`skips only its row and reads the 999 after it, with a warning naming the line (${name})`, async () => {
      const result = await readUsageTable(chunksOf([...chunks]));
      assert.ok(result.kind === 'table');
      assert.equal(result.stats.rows, 999);
      assert.equal(result.table.skippedCount, 1);
      assert.equal(result.table.skipped[0]?.line, 6);
      assert.match(
        result.table.skipped[0]?.reason ?? '',
        /^a quote in line 6 makes a cell run over the lines after it \(a stray quote\?\): line 6 is skipped/,
      );
      assert.equal(
        [...result.table.available].reduce((a, b) => a + b, 0),
        all - 5,
      );
      assert.deepEqual(
        result.stats.warnings?.map((w) => [w.code, w.lines]),
        [['rows-recovered', [6]]],
      );
    });
  }

  it('when a later quote closes it, the row ends with the wrong count and is read again from the next line', async () => {
    const text = thousandRows(6, (k, line) =>
      k === 2
        ? line.replace('Customer 2', '"Customer 2')
        : k === 3
          ? line.replace('Customer 3', '"Customer, 3"')
          : line,
    );
    for (const input of [[utf8(text)], [text]] as (Uint8Array | string)[][]) {
      const result = await readUsageTable(chunksOf(input));
      assert.ok(result.kind === 'table');
      // Line 3 skipped; line 4, whose first quote closed the stray one, is read again as its own row.
      assert.deepEqual([...result.table.available], [1, 3, 4, 5, 6]);
      assert.deepEqual(
        result.table.skipped.map((s) => s.line),
        [3],
      );
    }
  });
});

describe('numbers past 2^53', () => {
  const header =
    'SubscriptionId,Month,SKU,CustomerName,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats,BilledRevenueUSD';
  const text = [
    header,
    's1,2026-01-01,S,C,Germany,9007199254740993,1,1,1',
    's2,2026-01-01,S,C,Germany,1,1,1,1e300',
    's3,2026-01-01,S,C,Germany,1,1,1,-9007199254740992',
    's4,2026-01-01,S,C,Germany,2,2,2,9007199254740991',
  ].join('\n');
  for (const [name, input] of [
    ['bytes', [utf8(text)]],
    ['text', [text]],
  ] as const) {
    it(`refuses the row, naming the column (${name})`, async () => {
      const result = await readUsageTable(chunksOf([...input]));
      assert.ok(result.kind === 'table');
      assert.deepEqual(result.table.skipped, [
        {
          line: 2,
          reason: 'AvailableSeats "9007199254740993" is too large (2^53 or more)',
          code: 'number-too-large',
          values: { column: 'AvailableSeats', value: '"9007199254740993"' },
        },
        {
          line: 3,
          reason: 'BilledRevenueUSD "1e300" is too large (2^53 or more)',
          code: 'number-too-large',
          values: { column: 'BilledRevenueUSD', value: '"1e300"' },
        },
        {
          line: 4,
          reason: 'BilledRevenueUSD "-9007199254740992" is too large (2^53 or more)',
          code: 'number-too-large',
          values: { column: 'BilledRevenueUSD', value: '"-9007199254740992"' },
        },
      ]);
      assert.deepEqual([...result.table.revenue], [2 ** 53 - 1]);
    });
  }
});
