// What the reader says carries a stable code and the values of its sentence (issue 17), so that an element can
// say it in its reader's language while the CLI keeps the English. Expected codes and values are worked out by
// hand from the inputs; the last suite checks that English's `input` messages, filled with the values, say
// word for word what the data's own English says.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { InputWarning } from '../../src/data/input-warning.js';
import { readUsage } from '../../src/data/read-usage.js';
import type { SkippedRow } from '../../src/data/usage-record.js';
import { UsageInputError } from '../../src/data/usage-input-error.js';
import { formatMessage } from '../../src/i18n/format-message.js';
import { en } from '../../src/i18n/locales/en/index.js';
import type { Message } from '../../src/i18n/message.js';
import { fetchUsageBytes } from '../../src/load/fetch-usage-bytes.js';
import { toLoadError, UsageLoadError } from '../../src/load/usage-load-error.js';
import { deserializeError } from '../../src/load/worker-error.js';
import { readUsageTable } from '../../src/table/read-usage-table.js';
import { serializeError } from '../../src/worker/parse-usage-messages.js';
import { collectSink } from './collect-sink.js';

async function* chunksOf<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}
const HEADER =
  'SubscriptionId,Month,SKU,CustomerName,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats';
const csv = (...rows: string[]) => [HEADER, ...rows, ''].join('\n');
const bytes = (text: string) => new TextEncoder().encode(text);

/** Skipped rows and warnings of the text path (strings) and of the byte path (UTF-8 bytes). */
async function readBoth(text: string): Promise<{ skipped: SkippedRow[]; warnings: InputWarning[] }[]> {
  const sink = collectSink();
  const viaText = await readUsage(chunksOf([text]), sink);
  assert.ok(viaText.kind === 'rows');
  const viaBytes = await readUsageTable(chunksOf([bytes(text)]));
  assert.ok(viaBytes.kind === 'table');
  return [
    { skipped: sink.skipped, warnings: viaText.stats.warnings ?? [] },
    { skipped: viaBytes.table.skipped, warnings: viaBytes.stats.warnings ?? [] },
  ];
}

async function refusal(input: string | Uint8Array): Promise<UsageInputError> {
  try {
    await readUsage(chunksOf([input]), collectSink());
  } catch (error) {
    assert.ok(error instanceof UsageInputError, String(error));
    return error;
  }
  throw new Error('read without an error');
}

/** Everything the suites below saw, for the English check at the end. */
const seen: { key: string; values: Record<string, string | number>; english: string }[] = [];
const keyOf = (kind: string, code: string, variant?: string) =>
  `input.${kind}.${code}${variant ? `.${variant}` : ''}`;
const seeSkipped = (rows: SkippedRow[]) =>
  rows.forEach((row) =>
    seen.push({ key: keyOf('skip', row.code!), values: row.values ?? {}, english: row.reason }),
  );
const seeWarnings = (warnings: InputWarning[]) =>
  warnings.forEach((w) =>
    seen.push({ key: keyOf('warning', w.code, w.variant), values: w.values ?? {}, english: w.message }),
  );
const seeError = (e: UsageInputError | UsageLoadError) =>
  seen.push({ key: keyOf('error', e.code!, e.variant), values: e.values, english: e.message });

describe('skipped rows: a code and the values of the reason', () => {
  it('two stray quotes (lines 3 and 5): stray-quote with the line, on both paths, and rows-recovered "more"', async () => {
    const text = csv(
      's1,2026-01-01,Sales,A,Netherlands,1,1,1',
      's2,2026-01-01,Sales,"B,Netherlands,1,1,1',
      's3,2026-01-01,Sales,C,Netherlands,1,1,1',
      's4,2026-01-01,Sales,"D,Netherlands,1,1,1',
      's5,2026-01-01,Sales,E,Netherlands,1,1,1',
    );
    for (const { skipped, warnings } of await readBoth(text)) {
      assert.deepEqual(
        skipped.map(({ line, code, values }) => ({ line, code, values })),
        [
          { line: 3, code: 'stray-quote', values: { line: '3' } },
          { line: 5, code: 'stray-quote', values: { line: '5' } },
        ],
      );
      const recovered = warnings.find((w) => w.code === 'rows-recovered');
      assert.equal(recovered?.variant, 'more');
      assert.deepEqual(recovered?.values, { line: '3', count: 1 });
      seeSkipped(skipped);
      seeWarnings(warnings);
    }
  });

  it('one stray quote: rows-recovered without a variant, naming its line', async () => {
    const text = csv('s1,2026-01-01,Sales,"A,Netherlands,1,1,1', 's2,2026-01-01,Sales,B,Netherlands,1,1,1');
    for (const { warnings } of await readBoth(text)) {
      const recovered = warnings.find((w) => w.code === 'rows-recovered');
      assert.equal(recovered?.variant, undefined);
      assert.deepEqual(recovered?.values, { line: '2' });
      seeWarnings(warnings);
    }
  });

  it('each cell problem on both paths: column and JSON-quoted cell as they are, counts as numbers', async () => {
    const text = csv(
      's1,2026-01-01,Sales,A,Netherlands,1,1',
      's2,,Sales,A,Netherlands,1,1,1',
      's3,June,Sales,A,Netherlands,1,1,1',
      's4,2026-01-01,Sales,A,Netherlands,"1,234",1,1',
      's5,2026-01-01,Sales,A,Netherlands,1,9007199254740993,1',
      's6,2026-01-01,Sales,A,Netherlands,1,1,2.5',
    );
    for (const { skipped } of await readBoth(text)) {
      assert.deepEqual(
        skipped.map(({ line, code, values }) => ({ line, code, values })),
        [
          { line: 2, code: 'field-count', values: { fields: 7, width: 8 } },
          { line: 3, code: 'cell-empty', values: { column: 'Month' } },
          { line: 4, code: 'not-a-month', values: { column: 'Month', value: '"June"' } },
          { line: 5, code: 'thousands-separator', values: { column: 'AvailableSeats', value: '"1,234"' } },
          {
            line: 6,
            code: 'number-too-large',
            values: { column: 'AssignedSeats', value: '"9007199254740993"' },
          },
          { line: 7, code: 'not-a-whole-number', values: { column: 'ActiveSeats', value: '"2.5"' } },
        ],
      );
      seeSkipped(skipped);
    }
  });

  it('a JSON item that is not an object (item 1, line 3): not-an-object, no values', async () => {
    const row = {
      SubscriptionId: 's1',
      Month: '2026-01-01',
      SKU: 'Sales',
      CustomerName: 'A',
      CustomerMarket: 'Japan',
    };
    const full = { ...row, AvailableSeats: 1, AssignedSeats: 1, ActiveSeats: 1 };
    const sink = collectSink();
    await readUsage(chunksOf([JSON.stringify([full, 5])]), sink);
    assert.deepEqual(sink.skipped, [
      { line: 3, reason: 'row is not an object', code: 'not-an-object', values: {} },
    ]);
    seeSkipped(sink.skipped);
  });
});

describe('warnings: values, and a variant where the sentence has several wordings', () => {
  it('day-first dates: the cell, its line and the month it was read as', async () => {
    // Month is always the 1st: the part that is 1 is the day, so 01/06/2026 is June.
    const text = csv('s1,01/06/2026,Sales,A,Netherlands,1,1,1');
    for (const { warnings } of await readBoth(text)) {
      const dayFirst = warnings.find((w) => w.code === 'date-day-first');
      assert.deepEqual(dayFirst?.values, { value: '"01/06/2026"', line: '2', month: '2026-06' });
      seeWarnings(warnings);
    }
  });

  it('a semicolon CSV: decimal-comma, a sentence without values', async () => {
    const text = csv('s1;2026-01-01;Sales;A;Netherlands;1;1;1').replaceAll(',', ';');
    const [viaText] = await readBoth(text);
    const warning = viaText!.warnings.find((w) => w.code === 'decimal-comma');
    assert.ok(warning);
    assert.equal(warning.values, undefined);
    seeWarnings(viaText!.warnings);
  });
});

describe('refused inputs: UsageInputError values and variant', () => {
  it('missing columns: how many (a number, for the plural) and their names', async () => {
    const error = await refusal(
      'SubscriptionId,SKU,CustomerName,CustomerMarket,AvailableSeats,AssignedSeats\ns1,Sales,A,Japan,1,1\n',
    );
    assert.equal(error.code, 'missing-columns');
    assert.deepEqual(error.values, { count: 2, columns: 'Month, ActiveSeats' });
    seeError(error);
  });

  it('an .xls workbook: workbook, variant xls', async () => {
    const error = await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    assert.deepEqual([error.code, error.variant], ['workbook', 'xls']);
    seeError(error);
  });

  it('mixed date orders: day-first first (line 2), month-first second (line 3)', async () => {
    const error = await refusal(
      csv('s1,01/06/2026,Sales,A,Netherlands,1,1,1', 's2,06/01/2026,Sales,A,Netherlands,1,1,1'),
    );
    assert.deepEqual([error.code, error.variant], ['date-order-mixed', 'day-first']);
    assert.deepEqual(error.values, {
      first: '"01/06/2026"',
      firstLine: '2',
      second: '"06/01/2026"',
      secondLine: '3',
    });
    seeError(error);
  });

  it('a JSON key given twice in one object: duplicate-columns, variant keys', async () => {
    const row = {
      SubscriptionId: 's1',
      Month: '2026-01-01',
      SKU: 'Sales',
      CustomerName: 'A',
      CustomerMarket: 'Japan',
    };
    const twice = { ...row, AvailableSeats: 1, AssignedSeats: 1, ActiveSeats: 1, availableSeats: 2 };
    const error = await refusal(JSON.stringify([twice]));
    assert.deepEqual([error.code, error.variant], ['duplicate-columns', 'keys']);
    assert.deepEqual(error.values, {
      column: 'AvailableSeats',
      first: '"AvailableSeats"',
      second: '"availableSeats"',
      line: '2',
    });
    seeError(error);
  });

  it('crosses the worker boundary and becomes a load error with its code, variant and values', async () => {
    const error = await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const across = deserializeError(structuredClone(serializeError(error)));
    assert.ok(across instanceof UsageInputError);
    assert.deepEqual([across.code, across.variant, across.values], ['workbook', 'xls', {}]);
    const loadError = toLoadError(across);
    assert.deepEqual(
      [loadError.code, loadError.variant, loadError.message],
      ['workbook', 'xls', error.message],
    );
  });
});

describe('load errors: UsageLoadError code and values', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });
  const fetchError = async (url: string): Promise<UsageLoadError> => {
    try {
      await fetchUsageBytes(url, new AbortController().signal, () => {}).next();
    } catch (error) {
      assert.ok(error instanceof UsageLoadError, String(error));
      return error;
    }
    throw new Error('fetched without an error');
  };

  it('HTTP 404: http-status with the URL and the status as text (no digits of another script)', async () => {
    globalThis.fetch = async () => new Response('gone', { status: 404, statusText: 'Not Found' });
    const error = await fetchError('https://example.test/usage.csv');
    assert.equal(error.message, 'Could not load https://example.test/usage.csv: HTTP 404 Not Found');
    assert.deepEqual([error.code, error.status], ['http-status', 404]);
    assert.deepEqual(error.values, { url: 'https://example.test/usage.csv', status: '404 Not Found' });
    seeError(error);
  });

  it('a failed fetch: network with the URL and the browser’s words', async () => {
    globalThis.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await fetchError('https://example.test/usage.csv');
    assert.equal(error.code, 'network');
    assert.deepEqual(error.values, { url: 'https://example.test/usage.csv', detail: 'Failed to fetch' });
    seeError(error);
  });
});

describe("English's input messages say what the data says", () => {
  it('each message seen above, filled with its values, is the data’s English word for word', () => {
    assert.ok(seen.length >= 20, `only ${seen.length} messages seen`);
    for (const { key, values, english } of seen) {
      const message = (en as Record<string, Message | undefined>)[key];
      assert.ok(message, `no English message ${key}`);
      assert.equal(formatMessage(message, values, 'en'), english, key);
    }
  });
});
