// Facets list what kept rows use: a value seen only in skipped rows is not offered, whichever reader
// read the export (the byte reader interns cells before it knows a row is skipped; the text reader does not).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readUsageTable } from '../../src/table/read-usage-table.js';
import { tableFacets } from '../../src/view/table-facets.js';
import type { UsageFacets } from '../../src/view/table-facets.js';

const HEADER = [
  'SubscriptionId',
  'Month',
  'SKU',
  'CustomerName',
  'CustomerSegment',
  'CustomerMarket',
  'SalesModel',
  'PartnerLocation',
  'PartnerAttachType',
  'AvailableSeats',
  'AssignedSeats',
  'ActiveSeats',
];

// Rows 1–2 are kept; rows 3–5 are skipped (seats "x", month "soon", negative seats), and every value of
// rows 3 and 4 appears nowhere else: month 2026-03, SKU Ghost, Japan, Korea, Ghost segment and filters.
const ROWS = [
  ['s1', '2026-01-01', 'Sales', 'Alpha', 'SMB', 'Germany', 'CSP', 'Netherlands', 'Transact', '10', '8', '5'],
  [
    's2',
    '2026-02-01',
    'Finance',
    'Beta',
    'Enterprise',
    'France',
    'Direct',
    'Germany',
    'Influence',
    '5',
    '5',
    '5',
  ],
  [
    's3',
    '2026-03-01',
    'Ghost',
    'Gamma',
    'Ghost seg',
    'Japan',
    'Ghost model',
    'Ghost loc',
    'Ghost attach',
    'x',
    '1',
    '1',
  ],
  [
    's4',
    'soon',
    'Ghost 2',
    'Delta',
    'Ghost seg 2',
    'Korea',
    'Ghost model 2',
    'Ghost loc 2',
    'Ghost attach 2',
    '1',
    '1',
    '1',
  ],
  ['s1', '2026-02-01', 'Sales', 'Alpha', 'SMB', 'Germany', 'CSP', 'Netherlands', 'Transact', '1', '1', '-1'],
];

const EXPECTED: UsageFacets = {
  months: ['2026-01', '2026-02'],
  sku: ['Finance', 'Sales'],
  country: [
    { code: 'DE', market: 'Germany' },
    { code: 'FR', market: 'France' },
  ],
  segment: ['Enterprise', 'SMB'],
  salesModel: ['CSP', 'Direct'],
  partnerLocation: ['Germany', 'Netherlands'],
  partnerAttachType: ['Influence', 'Transact'],
};

const csv = [HEADER, ...ROWS].map((row) => row.join(',')).join('\n');
const json = JSON.stringify(ROWS.map((row) => Object.fromEntries(HEADER.map((name, i) => [name, row[i]]))));

async function facetsOf(chunks: (Uint8Array | string)[]): Promise<UsageFacets> {
  async function* source() {
    yield* chunks;
  }
  const result = await readUsageTable(source());
  assert.equal(result.kind, 'table');
  if (result.kind !== 'table') throw new Error('not a table');
  assert.equal(result.table.length, 2);
  assert.equal(result.table.skippedCount, 3);
  return tableFacets(result.table);
}

describe('tableFacets(table) after skipped rows', () => {
  it('offers no value that only skipped rows hold: CSV bytes (the byte reader)', async () => {
    assert.deepEqual(await facetsOf([new TextEncoder().encode(csv)]), EXPECTED);
  });

  it('offers no value that only skipped rows hold: CSV text (the text reader)', async () => {
    assert.deepEqual(await facetsOf([csv]), EXPECTED);
  });

  it('offers no value that only skipped rows hold: the same rows as JSON', async () => {
    assert.deepEqual(await facetsOf([new TextEncoder().encode(json)]), EXPECTED);
  });
});
