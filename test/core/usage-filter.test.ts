import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cubeFromTable } from '../../src/core/cube-from-table.js';
import { computeSummary } from '../../src/core/summary.js';
import { computeReport } from '../../src/core/compute-report.js';
import { filterValueCount, toggleFilterValue, withValues } from '../../src/core/usage-filter.js';
import { createUsageTableBuilder } from '../../src/table/usage-table.js';
import { handRecords } from './hand-fixture.js';

const Q1 = ['2026-01', '2026-02', '2026-03'];
const COUNTS = { emptyAvailable: 0 };

function handTable() {
  const builder = createUsageTableBuilder();
  for (const record of handRecords()) builder.add(record, []);
  return builder.finish();
}

describe('a filter with several values per dimension', () => {
  it('two countries sum their seats: US (S1) + NL (S2), Atlantis (S3) left out', () => {
    const summary = computeSummary(cubeFromTable(handTable(), { country: ['US', 'NL'] }), Q1);
    // Jan: S1 10. Feb: S1 10 + S2 5 = 15. Mar: S1 12 + S2 5 = 17.
    assert.deepEqual(summary.available, [10, 15, 17]);
    // Jan: S1 8. Feb: 9 + 5 = 14. Mar: 10 + 4 = 14.
    assert.deepEqual(summary.assigned, [8, 14, 14]);
    // Jan: 5. Feb: 7 + 5 = 12. Mar: 13 + 2 = 15.
    assert.deepEqual(summary.active, [5, 12, 15]);
  });

  it('two SKUs are every row: Sales (S1, S3) + Finance (S2)', () => {
    const summary = computeSummary(cubeFromTable(handTable(), { sku: ['Sales', 'Finance'] }), Q1);
    // Jan: 10 + 0. Feb: 10 + 5. Mar: 12 + 5 + 20.
    assert.deepEqual(summary.available, [10, 15, 37]);
  });

  it('the order values were chosen in does not change a figure', () => {
    const table = handTable();
    const months = { from: '2026-01', to: '2026-03' };
    assert.deepEqual(
      computeReport(cubeFromTable(table, { country: ['NL', 'US'] }), COUNTS, months),
      computeReport(cubeFromTable(table, { country: ['US', 'NL'] }), COUNTS, months),
    );
  });

  it('the geography of two countries lists both, by seats in the snapshot month (Mar: US 12, NL 5)', () => {
    const report = computeReport(cubeFromTable(handTable(), { country: ['NL', 'US'] }), COUNTS, {
      to: '2026-03',
    });
    assert.deepEqual(
      report.geo.countries.map((c) => [c.code, c.available]),
      [
        ['US', 12],
        ['NL', 5],
      ],
    );
  });
});

describe('toggleFilterValue(filter, dimension, value)', () => {
  it('adds a value after those chosen, and takes it out on a second toggle', () => {
    const one = toggleFilterValue({}, 'country', 'NL');
    assert.deepEqual(one, { country: ['NL'] });
    const two = toggleFilterValue(one, 'country', 'US');
    assert.deepEqual(two, { country: ['NL', 'US'] });
    assert.deepEqual(toggleFilterValue(two, 'country', 'NL'), { country: ['US'] });
  });

  it('removes the dimension with its last value, and leaves the other dimensions alone', () => {
    assert.deepEqual(toggleFilterValue({ country: ['NL'], sku: ['Sales'] }, 'country', 'NL'), {
      sku: ['Sales'],
    });
  });

  it('withValues(filter, dimension, values) keeps each value once', () => {
    assert.deepEqual(withValues({}, 'sku', ['A', 'B', 'A']), { sku: ['A', 'B'] });
    assert.deepEqual(withValues({ sku: ['A'] }, 'sku', []), {});
  });

  it('filterValueCount(filter) counts values over every dimension: 2 countries + 1 SKU = 3', () => {
    assert.equal(filterValueCount({ country: ['NL', 'US'], sku: ['Sales'], segment: [] }), 3);
    assert.equal(filterValueCount({}), 0);
  });
});
