// An export cut into blocks and read as parts on several "workers" gives what one reader gives: the same
// table, stats, skipped rows (lines in the file), kept rows and report document. Block sizes are swept so
// that block ends fall everywhere, inside quoted names with line breaks too.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeReport } from '../../src/core/compute-report.js';
import { cubeFromTable } from '../../src/core/cube-from-table.js';
import { rawRowCells } from '../../src/data/raw-rows.js';
import { readUsageTable } from '../../src/table/read-usage-table.js';
import type { UsageTableResult } from '../../src/table/read-usage-table.js';
import { PartsDisagree } from '../../src/table/merge-read-stats.js';
import { windows1252 } from '../fixtures/messy-forms.js';
import { readSplit } from './split-read.js';

const HEADER =
  'SubscriptionId,Month,SKU,CustomerName,CustomerTenantId,CustomerSegment,CustomerMarket,SalesModel,AvailableSeats,AssignedSeats,ActiveSeats,BilledRevenueUSD';
const MARKETS = ['United States', 'Japan', 'Peru', 'Atlantis'];

interface Form {
  lineEnd?: string;
  bom?: boolean;
  delimiter?: string;
  month?: (m: number) => string;
}

/** 240 rows of 40 subscriptions over 6 months; names with line breaks, commas and quotes; bad rows. */
function exportText({ lineEnd = '\n', bom = false, delimiter = ',', month }: Form = {}): string {
  const decimal = delimiter === ';' ? ',' : '.';
  const lines = [HEADER.replaceAll(',', delimiter)];
  for (let i = 0; i < 240; i++) {
    const s = i % 40;
    const m = Math.floor(i / 40) + 1;
    const name =
      s % 3 === 0
        ? `"Contoso ${s}\nAccounts"`
        : s % 5 === 0
          ? `"Fabrikam${delimiter} ""Q"" ${s}"`
          : s % 7 === 0
            ? `"Crédit\r\nAgricole ${s}"`
            : `Northwind ${s}`;
    const seats = i % 31 === 0 ? 'x' : i % 29 === 0 ? '' : String(10 + (i % 9));
    const cells = [
      `s${s}`,
      month ? month(m) : `2026-0${m}-01`,
      s % 2 ? 'Sales' : 'Field Service',
      name,
      s % 4 ? `t${s}` : '',
      'SMB',
      MARKETS[s % 4]!,
      'Direct',
      seats,
      String(5 + (i % 4)),
      String(i % 5),
      i % 6 ? `${i}${decimal}5` : '',
    ];
    lines.push(cells.join(delimiter));
  }
  return `${bom ? '\ufeff' : ''}${lines.join(lineEnd)}${lineEnd}`;
}

async function oneReader(bytes: Uint8Array, keepRows = false): Promise<UsageTableResult> {
  return readUsageTable(
    (async function* () {
      yield bytes;
    })(),
    { keepRows },
  );
}

function assertSame(actual: UsageTableResult, expected: UsageTableResult): void {
  assert.ok(actual.kind === 'table' && expected.kind === 'table');
  assert.deepEqual(actual.columns, expected.columns);
  assert.deepEqual(actual.stats, expected.stats);
  const { rawRows: actualRaw, ...actualTable } = actual.table;
  const { rawRows: expectedRaw, ...expectedTable } = expected.table;
  assert.deepEqual(actualTable, expectedTable);
  if (expectedRaw) {
    assert.equal(actualRaw?.length, expectedRaw.length);
    for (let row = 0; row < expectedRaw.length; row++)
      assert.deepEqual(rawRowCells(actualRaw!, row), rawRowCells(expectedRaw, row));
  }
  const report = (r: typeof actual) => computeReport(cubeFromTable(r.table), r.stats, { from: '2026-01' });
  assert.deepEqual(report(actual), report(expected));
}

/**
 * Reads `bytes` split with every block size in `sizes` on three workers, each time against one reader.
 * Rows are 60–100 bytes, so most blocks hold a row boundary and start a part: at least `share` of them.
 */
async function assertSplitsAgree(bytes: Uint8Array, sizes: readonly number[], keepRows = false, share = 0.6) {
  const expected = await oneReader(bytes, keepRows);
  let most = 0;
  for (const blockBytes of sizes) {
    const { result, parts } = readSplit(bytes, { workers: 3, blockBytes, partBytes: 1, keepRows });
    assertSame(result, expected);
    assert.ok(parts >= (share * bytes.length) / blockBytes, `${parts} parts of blocks of ${blockBytes}`);
    most = Math.max(most, parts);
  }
  return { expected, most };
}

const SIZES = Array.from({ length: 24 }, (_, i) => 97 + i);

describe('readSplit: N workers give what one reader gives', () => {
  it('LF, names with line breaks at block ends, skipped rows with their lines in the file', async () => {
    const bytes = new TextEncoder().encode(exportText());
    const { expected, most } = await assertSplitsAgree(bytes, SIZES);
    assert.ok(most > 100, `cut into ${most} parts`);
    assert.ok(expected.kind === 'table');
    // Row i is on line 2 + i + (breaks in the names of the rows before): the first bad row is i = 0.
    assert.equal(expected.table.skipped[0]?.line, 2);
    assert.ok(expected.table.skippedCount >= 8);
  });

  it('one worker reading the whole file as one part (a compressed response too small to split)', async () => {
    const bytes = new TextEncoder().encode(exportText({ lineEnd: '\r\n', bom: true }));
    const { result, parts } = readSplit(bytes, { workers: 1, blockBytes: 100, partBytes: 1, keepRows: true });
    assert.equal(parts, 1);
    assertSame(result, await oneReader(bytes, true));
  });

  it('CRLF with a byte order mark, rows kept for the raw-data download', async () => {
    const bytes = new TextEncoder().encode(exportText({ lineEnd: '\r\n', bom: true }));
    await assertSplitsAgree(bytes, SIZES.slice(0, 8), true);
  });

  it('TSV, where commas are text', async () => {
    const bytes = new TextEncoder().encode(exportText({ delimiter: '\t' }));
    await assertSplitsAgree(bytes, SIZES.slice(0, 4));
  });

  it('CR line ends (no line feed to cut at): one part', async () => {
    const bytes = new TextEncoder().encode(exportText({ lineEnd: '\r' }));
    const { result, parts } = readSplit(bytes, { workers: 3, blockBytes: 100, partBytes: 1 });
    assert.equal(parts, 1);
    assertSame(result, await oneReader(bytes));
  });

  it('a Windows-1252 file (its warning names the first line that is not UTF-8)', async () => {
    const bytes = windows1252(exportText());
    const { expected } = await assertSplitsAgree(bytes, SIZES.slice(0, 8));
    assert.ok(expected.kind === 'table');
    assert.equal(expected.stats.warnings?.[0]?.code, 'encoding-windows-1252');
  });

  it('semicolons and decimal commas, day-first dates', async () => {
    const text = exportText({ delimiter: ';', month: (m) => `01/0${m + 1}/2026` });
    const { expected } = await assertSplitsAgree(new TextEncoder().encode(text), SIZES.slice(0, 8));
    assert.ok(expected.kind === 'table');
    assert.deepEqual(
      expected.stats.warnings?.map((w) => w.code),
      ['decimal-comma', 'date-day-first'],
    );
  });

  it('a stray quote: parts stop there, and the rest is read as one reader reads it', async () => {
    const text = exportText().replace('Northwind 1,', 'North"wind 1,').replace('Northwind 2,', '"Stray 2,');
    const bytes = new TextEncoder().encode(text);
    // The stray quotes are in rows 1 and 2: the rest of the file is one part.
    const { expected, most } = await assertSplitsAgree(bytes, SIZES.slice(0, 8), false, 0);
    assert.ok(most <= 5, `${most} parts`);
    assert.ok(expected.kind === 'table');
    assert.ok(expected.stats.warnings?.some((w) => w.code === 'rows-recovered'));
  });

  it('a quoted name whose middle line looks like a row (one reader takes it for a stray quote)', async () => {
    // Its two line breaks fall on either side of a block end for some block sizes (see BlockSplitter).
    const text = exportText().replace('Northwind 11,', '"Multi\n,,,,,,,,,,,\nline",');
    const bytes = new TextEncoder().encode(text);
    const { expected } = await assertSplitsAgree(bytes, SIZES, false, 0);
    assert.ok(expected.kind === 'table');
    assert.ok(expected.stats.warnings?.some((w) => w.code === 'rows-recovered'));
  });

  it('a stray quote late in the file: the parts before it stand', async () => {
    const lines = exportText().split('\n');
    const at = lines.findIndex((line, i) => i > 150 && line.includes(',Sales,Northwind'));
    lines[at] = lines[at]!.replace(',Sales,', ',Sa"les,');
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const { most } = await assertSplitsAgree(bytes, SIZES.slice(0, 8), false, 0.3);
    assert.ok(most < (0.8 * bytes.length) / SIZES[0]!, `${most} parts`);
  });

  it('a date read month first in a later part of a day-first file: PartsDisagree (read again by one)', () => {
    const text = exportText({ month: (m) => (m === 6 ? '3/5/2026' : `01/0${m + 1}/2026`) });
    const bytes = new TextEncoder().encode(text);
    // A worker that has read a day-first date reads 3/5/2026 day first, as one reader does...
    const { result } = readSplit(bytes, { workers: 3, blockBytes: 100, partBytes: 1 });
    const { table } = result;
    assert.equal(table.dictionaries.month[table.ids.month[table.length - 1]!], '2026-05');
    // ...but one whose first part it is reads it month first: the merge refuses.
    assert.throws(() => readSplit(bytes, { workers: 400, blockBytes: 100, partBytes: 1 }), PartsDisagree);
  });
});
