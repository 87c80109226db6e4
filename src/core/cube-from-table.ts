import type { UsageRecord } from '../data/usage-record.js';
import { createUsageCube } from './usage-cube.js';
import type { UsageCube } from './usage-cube.js';
import type { UsageFilter } from './usage-filter.js';
import type { TextColumn, UsageTable } from './usage-table.js';

/** The cube of the table's rows that pass `filter` (all rows without one). */
export function cubeFromTable(table: UsageTable, filter: UsageFilter = {}): UsageCube {
  const cube = createUsageCube();
  addRows(cube, table, rowFilter(table, filter), 0, table.length);
  return finishCube(cube, table);
}

/**
 * `cubeFromTable` in slices, awaiting `pause()` whenever a slice has used `budgetMs`, so that a page
 * building the cube of a million rows stays responsive. No DOM: the caller says how to pause.
 */
export async function cubeFromTableInSlices(
  table: UsageTable,
  filter: UsageFilter,
  pause: () => Promise<void>,
  budgetMs = 10,
): Promise<UsageCube> {
  const cube = createUsageCube();
  const keep = rowFilter(table, filter);
  const SLICE_ROWS = 4096;
  let sliceStart = performance.now();
  for (let start = 0; start < table.length; start += SLICE_ROWS) {
    addRows(cube, table, keep, start, Math.min(table.length, start + SLICE_ROWS));
    if (performance.now() - sliceStart > budgetMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
  return finishCube(cube, table);
}

function addRows(
  cube: ReturnType<typeof createUsageCube>,
  table: UsageTable,
  keep: ((row: number) => boolean) | null,
  start: number,
  end: number,
): void {
  const { dictionaries: d, ids } = table;
  for (let row = start; row < end; row++) {
    if (keep && !keep(row)) continue;
    const market = ids.market[row] ?? 0;
    const revenue = table.revenue[row] ?? Number.NaN;
    const record: UsageRecord = {
      subscriptionId: text(d, ids, 'subscriptionId', row),
      month: text(d, ids, 'month', row),
      sku: text(d, ids, 'sku', row),
      customerName: text(d, ids, 'customerName', row),
      customerKey: text(d, ids, 'customerKey', row),
      customerTenantId: text(d, ids, 'customerTenantId', row),
      market: d.market[market] ?? '',
      marketCode: table.marketCodes[market] ?? null,
      segment: text(d, ids, 'segment', row),
      available: table.available[row] ?? 0,
      assigned: table.assigned[row] ?? 0,
      active: table.active[row] ?? 0,
      billedRevenue: Number.isNaN(revenue) ? null : revenue,
    };
    cube.add(record, []);
  }
}

function finishCube(cube: ReturnType<typeof createUsageCube>, table: UsageTable): UsageCube {
  for (const row of table.skipped) cube.skip(row);
  cube.skippedCount = table.skippedCount;
  return cube;
}

function text(
  dictionaries: UsageTable['dictionaries'],
  ids: UsageTable['ids'],
  column: TextColumn,
  row: number,
): string {
  return dictionaries[column][ids[column][row] ?? 0] ?? '';
}

/** A test per row, or null when the filter keeps every row. Checks dictionary ids, not strings. */
function rowFilter(table: UsageTable, filter: UsageFilter): ((row: number) => boolean) | null {
  const tests: { ids: Uint32Array; allowed: Uint8Array }[] = [];
  const add = (column: TextColumn, allowedValue: (value: string, id: number) => boolean) => {
    const values = table.dictionaries[column];
    const allowed = new Uint8Array(values.length);
    values.forEach((value, id) => (allowed[id] = allowedValue(value, id) ? 1 : 0));
    tests.push({ ids: table.ids[column], allowed });
  };
  const sets = (list: readonly string[] | undefined) => (list?.length ? new Set(list) : null);
  const countries = sets(filter.country);
  if (countries) add('market', (_, id) => countries.has(table.marketCodes[id] ?? ''));
  for (const [column, list] of [
    ['sku', filter.sku],
    ['segment', filter.segment],
    ['salesModel', filter.salesModel],
    ['partnerLocation', filter.partnerLocation],
    ['partnerAttachType', filter.partnerAttachType],
  ] as const) {
    const set = sets(list);
    if (set) add(column, (value) => set.has(value));
  }
  if (tests.length === 0) return null;
  return (row) => tests.every((test) => test.allowed[test.ids[row] ?? 0] === 1);
}
