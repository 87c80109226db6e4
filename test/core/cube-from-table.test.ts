import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { computeReport } from '../../src/core/compute-report.js';
import { cubeFromTable, cubeFromTableInSlices } from '../../src/core/cube-from-table.js';
import { computeSummary } from '../../src/core/summary.js';
import { createUsageCube } from '../../src/core/usage-cube.js';
import { filterKey, filterWithout, isEmptyFilter } from '../../src/core/usage-filter.js';
import { createUsageTableBuilder } from '../../src/table/usage-table.js';
import { readUsageText } from '../../src/data/read-usage.js';
import { handRecords } from './hand-fixture.js';

const Q1 = ['2026-01', '2026-02', '2026-03'];

function handTable() {
  const builder = createUsageTableBuilder();
  for (const record of handRecords()) builder.add(record, []);
  return builder.finish();
}

describe('usage table', () => {
  it('createUsageTableBuilder() interns text and keeps seats per row', () => {
    const table = handTable();
    assert.equal(table.length, 7);
    assert.deepEqual(table.dictionaries.subscriptionId, ['S1', 'S2', 'S3']);
    assert.deepEqual(table.dictionaries.market, ['United States', 'Netherlands', 'Atlantis']);
    assert.deepEqual(table.marketCodes, ['US', 'NL', null]);
    assert.deepEqual([...table.available], [10, 10, 12, 5, 5, 0, 20]);
    assert.ok(Number.isNaN(table.revenue[5]));
  });

  it('cubeFromTable(table) gives the same report as reading straight into a cube (the sample)', () => {
    const text = readFileSync('demo/data/dynamics-usage-sample.csv', 'utf8');
    const direct = createUsageCube();
    const stats = readUsageText(text, direct);
    const builder = createUsageTableBuilder();
    readUsageText(text, builder);
    const viaTable = cubeFromTable(builder.finish());
    assert.equal(stats.kind, 'rows');
    const counts = { emptyAvailable: 445 };
    assert.deepEqual(computeReport(viaTable, counts), computeReport(direct, counts));
  });
});

describe('cube subscriptions order', () => {
  it('is customer name, then SKU, then id, in code-unit order, whatever the order of the rows', () => {
    const base = handRecords()[0]!;
    // Ties on name and SKU (ordered by id), upper case before lower, names that are prefixes of others.
    const subscriptions = [
      ['s-9', 'beta', 'Sales'],
      ['s-10', 'beta', 'Sales'],
      ['s-2', 'Beta', 'Sales'],
      ['s-3', 'Beta', 'Finance'],
      ['s-1', 'Be', 'Sales'],
      ['s-7', 'beta', 'Field Service'],
      ['s-4', 'Beta', 'Sales'],
      ['S-5', 'Beta', 'Sales'],
    ];
    const builder = createUsageTableBuilder();
    for (const month of ['2026-02-01', '2026-01-01']) {
      for (const [id, name, sku] of [...subscriptions].reverse()) {
        builder.add(
          { ...base, month, subscriptionId: id!, customerName: name!, customerKey: name!, sku: sku! },
          [],
        );
      }
    }
    const cube = cubeFromTable(builder.finish());
    // Worked out by hand: 'B' (66) < 'b' (98); 'Be' < 'Beta'; 'F…' < 'S…'; 'S-5' < 's-2' < 's-4'; 's-10' < 's-9'.
    assert.deepEqual(
      cube.subscriptions.map((s) => s.subscriptionId),
      ['s-1', 's-3', 'S-5', 's-2', 's-4', 's-7', 's-10', 's-9'],
    );
  });
});

describe('computeReport(cube, counts, { subscriptions: false })', () => {
  it('leaves out the trends, top customers and insights, counts the subscriptions, and changes nothing else', () => {
    const cube = cubeFromTable(handTable());
    const counts = { emptyAvailable: 0 };
    const full = computeReport(cube, counts, { from: '2026-02' });
    const light = computeReport(cube, counts, { from: '2026-02', subscriptions: false });
    // Feb..Mar: S1, S2 and S3 all have rows (S3 in Mar only).
    assert.equal(full.subscriptions.total, 3);
    assert.deepEqual(light.subscriptions, { total: 3, rows: [] });
    assert.deepEqual(light.topCustomers, { rankedBy: 'billedRevenue', customers: [] });
    assert.equal(full.topCustomers.customers.length, 2);
    // Insights read every subscription: none without them.
    assert.equal(light.insights, null);
    assert.deepEqual(
      {
        ...light,
        subscriptions: full.subscriptions,
        topCustomers: full.topCustomers,
        insights: full.insights,
      },
      full,
    );
  });
});

describe('cubeFromTableInSlices(table, filter, pause)', () => {
  it('builds the same cube as cubeFromTable, pausing between slices', async () => {
    const text = readFileSync('demo/data/dynamics-usage-sample.csv', 'utf8');
    const builder = createUsageTableBuilder();
    readUsageText(text, builder);
    const table = builder.finish();
    let pauses = 0;
    // A zero budget pauses at every step: the arrays, their first use (one step per subscription array:
    // each is under 2^19 elements), 2 slices of 16,384 rows for 21,427 rows, 2 steps of totals and 5 of
    // subscriptions (2,200 of them: names ranked; SKUs ranked and keyed; sorted; ties ordered by id;
    // shaped in one batch).
    const sliced = await cubeFromTableInSlices(
      table,
      { sku: ['Dynamics 365 Finance'] },
      async () => void pauses++,
      0,
    );
    assert.equal(pauses, 1 + 2 + Math.ceil(table.length / 16384) + 2 + 5);
    const counts = { emptyAvailable: 0 };
    assert.deepEqual(
      computeReport(sliced, counts),
      computeReport(cubeFromTable(table, { sku: ['Dynamics 365 Finance'] }), counts),
    );
  });
});

describe('cubeFromTable(table, filter)', () => {
  it('keeps only the filtered country: NL is S2 alone', () => {
    const summary = computeSummary(cubeFromTable(handTable(), { country: ['NL'] }), Q1);
    assert.deepEqual(summary.available, [0, 5, 5]);
    assert.deepEqual(summary.active, [0, 5, 2]);
  });

  it('keeps only the filtered SKU: Sales is S1 + S3', () => {
    const summary = computeSummary(cubeFromTable(handTable(), { sku: ['Sales'] }), Q1);
    assert.deepEqual(summary.available, [10, 10, 32]);
  });

  it('combines dimensions with AND, values within one with OR', () => {
    const table = handTable();
    assert.deepEqual(
      computeSummary(cubeFromTable(table, { sku: ['Sales'], country: ['US', 'NL'] }), Q1).available,
      [10, 10, 12], // Sales ∩ (US ∪ NL) = S1
    );
    assert.deepEqual(
      computeSummary(cubeFromTable(table, { segment: ['Enterprise'] }), Q1).available,
      [0, 0, 0],
    );
  });

  it('filter helpers: without a dimension, emptiness, a stable key', () => {
    assert.deepEqual(filterWithout({ sku: ['A'], country: ['NL'] }, 'country'), { sku: ['A'] });
    assert.equal(isEmptyFilter({ sku: [] }), true);
    assert.equal(filterKey({ sku: ['B', 'A'] }), filterKey({ sku: ['A', 'B'] }));
    assert.notEqual(filterKey({ sku: ['A'] }), filterKey({ segment: ['A'] }));
  });
});
