// The JavaScript half of the report as SQL: lookups of distinct cells, and sections from the rows a
// database returns. Figures worked out by hand in each test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { distinctCells, resolveLookups } from '../../src/sql/lookups.js';
import { geoSection, skuSections, subscriptionRow, topCustomer } from '../../src/sql/sections-from-rows.js';

describe('resolveLookups(cells)', () => {
  it('reads months by the file-wide date order, whatever order the engine lists them in', () => {
    // 3/5/2026 alone reads month first; 01/06/2026 says day first (the 1 is the day), so 3/5 is 3 May.
    const lookups = resolveLookups({ months: ['3/5/2026', '01/06/2026', 'June'], markets: [], seats: [] });
    assert.deepEqual(lookups.months, [
      ['01/06/2026', '2026-06'],
      ['3/5/2026', '2026-05'],
      ['June', null],
    ]);
    assert.equal(lookups.warnings[0]?.code, 'date-day-first');
    assert.equal(lookups.warnings[0]?.lines, undefined);
    assert.doesNotMatch(lookups.warnings[0]!.message, /line/);
  });

  it('reads markets by the kit’s names and seats by its seat rules', () => {
    const lookups = resolveLookups(
      { months: [], markets: ['Turkiye', 'Türkiye', 'Atlantis'], seats: ['', '12,0', '12.0', '-1'] },
      ',',
    );
    assert.deepEqual(lookups.markets, [
      ['Atlantis', null],
      ['Turkiye', 'TR'],
      ['Türkiye', 'TR'],
    ]);
    // With a decimal comma, 12,0 is twelve and 12.0 is refused; an empty cell is 0.
    assert.deepEqual(lookups.seats, [
      ['', 0],
      ['-1', null],
      ['12,0', 12],
      ['12.0', null],
    ]);
  });

  it('distinctCells groups the distinct statement’s rows by kind (NULL as empty)', () => {
    const cells = distinctCells([
      { kind: 'month', value: '2026-06-01' },
      { kind: 'seats', value: null },
      { kind: 'seats', value: '3' },
      { kind: 'market', value: 'Chile' },
    ]);
    assert.deepEqual(cells, { months: ['2026-06-01'], markets: ['Chile'], seats: ['', '3'] });
  });
});

describe('sections from rows', () => {
  it('geoSection labels a country by its spelling with the most rows, then the least, and adds its seats', () => {
    const geo = geoSection([
      { market_code: 'TR', market: 'Türkiye', row_count: 2n, available: 10n, assigned: 5n, active: 1n },
      { market_code: 'TR', market: 'Turkey', row_count: 2n, available: 4n, assigned: 4n, active: 4n },
      { market_code: 'NL', market: 'Netherlands', row_count: 1n, available: 14n, assigned: 0n, active: 0n },
      { market_code: null, market: 'Atlantis', row_count: 3n, available: 1n, assigned: 1n, active: 1n },
    ]);
    // Turkey < Türkiye in code-unit order ('r' < 'ü'); 10 + 4 = 14 seats ties NL, and NL < TR.
    assert.deepEqual(geo.countries, [
      { code: 'NL', market: 'Netherlands', available: 14, assigned: 0, active: 0 },
      { code: 'TR', market: 'Turkey', available: 14, assigned: 9, active: 5 },
    ]);
    assert.deepEqual(geo.unmatched, [{ market: 'Atlantis', rows: 3 }]);
    assert.equal(geo.countryCount, 2);
  });

  it('skuSections orders by the last month’s available seats, then SKU, with zeros for missing months', () => {
    const { sku, distribution } = skuSections(
      [
        { sku: 'B', month: '2026-01', available: 9, assigned: 1, active: 1 },
        { sku: 'A', month: '2026-02', available: 5, assigned: 2, active: 1 },
        { sku: 'C', month: '2026-02', available: 5, assigned: 3, active: 2 },
      ],
      ['2026-01', '2026-02'],
      '2026-02',
    );
    assert.deepEqual(
      sku.map((s) => [s.sku, s.available]),
      [
        ['A', [0, 5]],
        ['C', [0, 5]],
        ['B', [9, 0]],
      ],
    );
    assert.deepEqual(
      distribution.map((d) => d.sku),
      ['A', 'C'],
    );
  });

  it('topCustomer rounds summed revenue to cents and leaves it out with revenue: false', () => {
    const row = { customer_key: 't1', customer_name: 'Alpha', available_seats: 7n, revenue: 0.1 + 0.2 };
    assert.deepEqual(topCustomer(row, 'billedRevenue', undefined), {
      customerKey: 't1',
      customerName: 'Alpha',
      billedRevenue: 0.3,
      availableSeats: 7,
    });
    assert.equal(topCustomer(row, 'availableSeats', undefined).billedRevenue, null);
    assert.equal('billedRevenue' in topCustomer(row, 'billedRevenue', false), false);
  });

  it('subscriptionRow reads a0…, t0… and computes active % (null where nothing is available)', () => {
    const trend = subscriptionRow(
      {
        subscription_id: 's',
        customer_name: 'n',
        customer_key: 'k',
        sku: 'x',
        market: 'm',
        segment: null,
        a0: 0,
        t0: 0,
        a1: 3n,
        t1: 2n,
      },
      2,
    );
    assert.deepEqual(trend.available, [0, 3]);
    assert.deepEqual(trend.activePercent, [null, 66.67]);
    assert.equal(trend.segment, '');
  });
});
