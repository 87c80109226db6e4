// Figures by hand: two small parts whose dictionaries overlap, merged into the table one reader makes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRawRowsBuilder } from '../../src/data/raw-rows.js';
import type { UsageRecord } from '../../src/data/usage-record.js';
import { skipReason } from '../../src/data/skip-reason.js';
import { mergeUsageTables } from '../../src/table/merge-usage-tables.js';
import { createUsageTableBuilder } from '../../src/table/usage-table.js';
import type { UsageTable } from '../../src/table/usage-table.js';

const record = (subscriptionId: string, month: string, market: string, seats: number): UsageRecord => ({
  subscriptionId,
  month,
  sku: 'Sales',
  customerName: 'Contoso',
  customerKey: 't1',
  customerTenantId: 't1',
  market,
  marketCode: market === 'Japan' ? 'JP' : market === 'Peru' ? 'PE' : null,
  segment: 'SMB',
  available: seats,
  assigned: seats - 1,
  active: 1,
  billedRevenue: seats === 3 ? null : seats * 10,
});

/** Part 1: s1 and s2 in 2026-01, one skipped row on its line 3. Part 2: s2 and s3 in 2026-02. */
function twoParts() {
  const first = createUsageTableBuilder();
  first.add(record('s1', '2026-01', 'Japan', 5), []);
  first.add(record('s2', '2026-01', 'Peru', 3), []);
  first.skip({ line: 3, ...skipReason('stray-quote', { line: '3' }) });
  const second = createUsageTableBuilder();
  second.add(record('s3', '2026-02', 'Atlantis', 7), []);
  second.add(record('s2', '2026-02', 'Japan', 4), []);
  second.skip({ line: 2, ...skipReason('cell-empty', { column: 'SKU' }) });
  return [first.finish(), second.finish()] as const;
}

describe('mergeUsageTables(parts)', () => {
  it('keeps rows in file order with each dictionary in first-seen order', () => {
    const [a, b] = twoParts();
    const table = mergeUsageTables([{ table: a }, { table: b, lineOffset: 4 }]);
    assert.equal(table.length, 4);
    assert.deepEqual(table.dictionaries.subscriptionId, ['s1', 's2', 's3']);
    // Part 2's s3 (its id 0) and s2 (its id 1) become 2 and 1.
    assert.deepEqual([...table.ids.subscriptionId], [0, 1, 2, 1]);
    assert.deepEqual(table.dictionaries.month, ['2026-01', '2026-02']);
    assert.deepEqual([...table.ids.month], [0, 0, 1, 1]);
    assert.deepEqual(table.dictionaries.market, ['Japan', 'Peru', 'Atlantis']);
    assert.deepEqual(table.marketCodes, ['JP', 'PE', null]);
    assert.deepEqual([...table.ids.market], [0, 1, 2, 0]);
    assert.deepEqual([...table.available], [5, 3, 7, 4]);
    assert.deepEqual([...table.assigned], [4, 2, 6, 3]);
    assert.deepEqual([...table.revenue], [50, Number.NaN, 70, 40]);
  });

  it("moves skipped rows' lines by the lines before their part, a stray quote's reason too", () => {
    const [a, b] = twoParts();
    const table = mergeUsageTables([
      { table: a, lineOffset: 0 },
      { table: b, lineOffset: 4 },
    ]);
    assert.equal(table.skippedCount, 2);
    assert.deepEqual(
      table.skipped.map((row) => row.line),
      [3, 6],
    );
    const moved = mergeUsageTables([{ table: b }, { table: a, lineOffset: 10 }]).skipped[1]!;
    assert.equal(moved.line, 13);
    assert.deepEqual(moved.values, { line: '13' });
    assert.match(moved.reason, /line 13 is skipped/);
  });

  it('merges parts that share one dictionary as far as each part had seen it', () => {
    // One builder reads two parts; the second part's first-seen s9 must come after the other table's s5.
    const shared = createUsageTableBuilder();
    shared.add(record('s1', '2026-01', 'Japan', 5), []);
    const firstEnd = shared.snapshot();
    shared.add(record('s9', '2026-03', 'Japan', 5), []);
    const whole = shared.finish();
    const other = createUsageTableBuilder();
    other.add(record('s5', '2026-02', 'Japan', 5), []);
    const part = (from: number, to: number, subscriptions: number) => ({
      table: {
        ...whole,
        length: to - from,
        ids: sliceIds(whole.ids, from, to),
        ...rowsFrom(whole, from, to),
      },
      dictionaryLengths: { subscriptionId: subscriptions, month: subscriptions },
    });
    const table = mergeUsageTables([part(0, firstEnd.length, 1), { table: other.finish() }, part(1, 2, 2)]);
    assert.deepEqual(table.dictionaries.subscriptionId, ['s1', 's5', 's9']);
    assert.deepEqual([...table.ids.subscriptionId], [0, 1, 2]);
    assert.deepEqual(table.dictionaries.month, ['2026-01', '2026-02', '2026-03']);
  });

  it('concatenates kept raw rows, each part keeping its own blocks', () => {
    const keep = (text: string) => {
      const builder = createRawRowsBuilder(',', [null]);
      builder.appendCells([text]);
      return builder.finish();
    };
    const [a, b] = twoParts();
    const table = mergeUsageTables([
      { table: { ...a, rawRows: keep('x') } },
      { table: { ...b, rawRows: keep('yy') } },
    ]);
    assert.equal(table.rawRows?.length, 2);
    assert.deepEqual([...table.rawRows!.block], [0, 1]);
    assert.deepEqual([...table.rawRows!.end], [1, 2]);
  });
});

function sliceIds<T extends Record<string, Uint32Array>>(ids: T, from: number, to: number): T {
  return Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, v.subarray(from, to)])) as T;
}

function rowsFrom(table: UsageTable, from: number, to: number) {
  return {
    available: table.available.subarray(from, to),
    assigned: table.assigned.subarray(from, to),
    active: table.active.subarray(from, to),
    revenue: table.revenue.subarray(from, to),
    skipped: [],
    skippedCount: 0,
  };
}
