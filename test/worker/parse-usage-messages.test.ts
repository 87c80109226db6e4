import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { UsageLoadError } from '../../src/load/usage-load-error.js';
import { UsageInputError } from '../../src/data/usage-input-error.js';
import { serializeError } from '../../src/worker/parse-usage-messages.js';
import { deserializeError } from '../../src/load/worker-error.js';
import { readUsageTable, tableTransferables } from '../../src/table/read-usage-table.js';
import { packedTransferables, packTable, unpackTable } from '../../src/worker/packed-table.js';

// What crosses the worker boundary goes through structured clone; these tests put it through the same.
const acrossBoundary = (error: unknown) => deserializeError(structuredClone(serializeError(error)));

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

describe('serializeError / deserializeError', () => {
  it('keep a UsageInputError with its code and missing columns', () => {
    const error = new UsageInputError('Missing required columns: Month, ActiveSeats', 'missing-columns', {
      missingColumns: ['Month', 'ActiveSeats'],
    });
    const back = acrossBoundary(error);
    assert.ok(back instanceof UsageInputError);
    assert.equal(back.message, 'Missing required columns: Month, ActiveSeats');
    assert.equal(back.code, 'missing-columns');
    assert.deepEqual(back.missingColumns, ['Month', 'ActiveSeats']);
  });

  it('keep a UsageLoadError with its HTTP status, or without one', () => {
    const back = acrossBoundary(new UsageLoadError('Could not load x.csv: HTTP 404 Not Found', 404));
    assert.ok(back instanceof UsageLoadError);
    assert.equal(back.status, 404);
    const noStatus = acrossBoundary(new UsageLoadError('Could not load x.csv: Failed to fetch'));
    assert.ok(noStatus instanceof UsageLoadError);
    assert.equal(noStatus.status, undefined);
  });

  it('turn anything else into a plain Error with its name and message', () => {
    const back = acrossBoundary(new TypeError('boom'));
    assert.equal(back.constructor, Error);
    assert.equal(back.name, 'TypeError');
    assert.equal(back.message, 'boom');
    assert.equal(acrossBoundary('just a string').message, 'just a string');
  });
});

describe('readUsageTable', () => {
  it('reads the hand export into 7 rows with its columns, and the table survives a transfer', async () => {
    const result = await readUsageTable(once(fixture('hand-export.csv')));
    assert.equal(result.kind, 'table');
    if (result.kind !== 'table') return;
    assert.equal(result.columns.length, 9);
    assert.equal(result.columns[0], 'SubscriptionId');
    const transfer = tableTransferables(result.table);
    // 12 text columns of ids (SubscriptionEndDate among them) and 4 seat/revenue columns, each with its own buffer.
    assert.equal(new Set(transfer).size, 16);
    const moved = structuredClone(result.table, { transfer });
    assert.equal(result.table.available.length, 0, 'transferred, not copied');
    assert.equal(moved.length, 7);
    // Available seats in file order: 10, 10, 12, 5, 5, 0, 20.
    assert.deepEqual([...moved.available], [10, 10, 12, 5, 5, 0, 20]);
    assert.deepEqual(moved.dictionaries.subscriptionId, ['S1', 'S2', 'S3']);
  });

  it('gives a report document back as it is', async () => {
    const bytes = fixture('hand-report.json');
    const result = await readUsageTable(once(bytes));
    assert.deepEqual(result, { kind: 'report', report: JSON.parse(new TextDecoder().decode(bytes)) });
  });
});

describe('packTable / unpackTable', () => {
  it('carry every dictionary value across a transfer, CJK, quotes and empty strings included', async () => {
    const result = await readUsageTable(once(fixture('../../demo/data/dynamics-usage-sample.csv')));
    assert.ok(result.kind === 'table');
    const before = structuredClone(result.table.dictionaries);
    const packed = packTable(result.table);
    const moved = structuredClone(packed, {
      transfer: [...tableTransferables(result.table), ...packedTransferables(packed)],
    });
    const back = unpackTable(moved);
    assert.deepEqual(back.dictionaries, before);
    assert.ok(
      before.customerName.some((name) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(name)),
      'has CJK names',
    );
    // An export without a column has one empty value in its dictionary: it must come back as one.
    const hand = await readUsageTable(once(fixture('hand-export.csv')));
    assert.ok(hand.kind === 'table');
    assert.deepEqual(unpackTable(structuredClone(packTable(hand.table))).dictionaries.segment, ['']);
    assert.equal(back.length, 21_427);
  });
});
