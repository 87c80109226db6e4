import { compareText } from './compare-text.js';
import { marketKeys, marketLabel, sortedIds } from './market-keys.js';
import { runInSlices, runToEnd } from './run-steps.js';
import { subscriptionLedgerSteps } from './subscription-ledger.js';
import type { CustomerLedger, MarketTotals, SeatTotals, UsageCube } from './usage-cube.js';
import type { UsageFilter } from './usage-filter.js';
import type { TextColumn, UsageTable } from '../table/usage-table.js';

/** The cube of the table's rows that pass `filter` (all rows without one). */
export function cubeFromTable(table: UsageTable, filter: UsageFilter = {}): UsageCube {
  return runToEnd(cubeSteps(table, filter));
}

/**
 * `cubeFromTable` in slices, awaiting `pause()` whenever a slice has used `budgetMs`, so that a page
 * building the cube of a million rows stays responsive. No DOM: the caller says how to pause.
 */
export function cubeFromTableInSlices(
  table: UsageTable,
  filter: UsageFilter,
  pause: () => Promise<void>,
  budgetMs = 10,
): Promise<UsageCube> {
  return runInSlices(cubeSteps(table, filter), pause, budgetMs);
}

/** Rows summed between two yields of `cubeSteps`: a few milliseconds of work. */
const STEP_ROWS = 16384;
/** Array elements first written between two yields (4 MB of doubles). */
const TOUCH_ELEMENTS = 1 << 19;

function* cubeSteps(table: UsageTable, filter: UsageFilter): Generator<void, UsageCube> {
  const builder = createCubeBuilder(table, filter);
  // Its arrays alone (tens of megabytes, zeroed) are a step of their own; then their pages are touched a
  // few megabytes a step: left to the rows, a shuffled export's first rows touched them all at random, and
  // the memory's first use made one step of 16,384 rows a 59 ms task on a 400 MB export.
  yield;
  yield* builder.touchSteps();
  for (let start = 0; start < table.length; start += STEP_ROWS) {
    builder.addRows(start, Math.min(table.length, start + STEP_ROWS));
    yield;
  }
  return yield* builder.finishSteps();
}

/**
 * Sums rows into flat arrays indexed by dictionary id (no map lookup and no object per row), then
 * shapes the totals as a cube. Two rows of one subscription and month add up. Nothing depends on the
 * order of the rows (README "The report document", tie rules): a subscription's attributes come from
 * its latest month, the least in code-unit order on a tie (`compareAttributes`); a customer's name is
 * the least of its latest month's; a country's market label in a month is its most frequent spelling,
 * then the least.
 */
function createCubeBuilder(table: UsageTable, filter: UsageFilter) {
  const { dictionaries: d, ids } = table;
  const keep = rowFilter(table, filter);
  const monthCount = d.month.length;
  const monthOrder = d.month.map((_, id) => id).sort((a, b) => compareText(d.month[a]!, d.month[b]!));
  const columnOf = new Int32Array(monthCount);
  monthOrder.forEach((id, column) => (columnOf[id] = column));
  const markets = marketKeys(table);
  const keyCount = markets.keys.length;

  const monthTotals = new Float64Array(monthCount * 4);
  const marketTotals = new Float64Array(monthCount * keyCount * 4);
  const marketRows = new Uint32Array(monthCount * d.market.length);
  const skuTotals = new Float64Array(d.sku.length * monthCount * 4);
  const subscriptionSeats = new Float64Array(d.subscriptionId.length * monthCount * 3);
  const subscriptionAssigned = new Float64Array(d.subscriptionId.length * monthCount);
  const attributesColumn = new Int32Array(d.subscriptionId.length).fill(-1);
  const attributesRow = new Int32Array(d.subscriptionId.length);
  const customerAvailable = new Float64Array(d.customerKey.length * monthCount);
  const customerRows = new Uint32Array(d.customerKey.length * monthCount);
  const customerRevenue = new Float64Array(d.customerKey.length * monthCount).fill(Number.NaN);
  const nameColumn = new Int32Array(d.customerKey.length).fill(-1);
  const nameId = new Int32Array(d.customerKey.length);
  let rows = 0;
  let hasRevenue = false;

  function addRows(start: number, end: number): void {
    const { available, assigned, active, revenue } = table;
    for (let row = start; row < end; row++) {
      if (keep && !keep(row)) continue;
      const column = columnOf[ids.month[row]!]!;
      const a = available[row]!;
      const s = assigned[row]!;
      const t = active[row]!;
      add4(monthTotals, column * 4, a, s, t);
      const market = ids.market[row]!;
      const cell = column * keyCount + markets.keyOf[market]!;
      add4(marketTotals, cell * 4, a, s, t);
      const spelling = column * d.market.length + market;
      marketRows[spelling] = marketRows[spelling]! + 1;
      add4(skuTotals, (ids.sku[row]! * monthCount + column) * 4, a, s, t);

      const subscription = ids.subscriptionId[row]!;
      const seats = (subscription * monthCount + column) * 3;
      subscriptionSeats[seats] = (subscriptionSeats[seats] as number) + a;
      subscriptionSeats[seats + 1] = (subscriptionSeats[seats + 1] as number) + t;
      subscriptionSeats[seats + 2] = (subscriptionSeats[seats + 2] as number) + 1;
      const assignedAt = subscription * monthCount + column;
      subscriptionAssigned[assignedAt] = (subscriptionAssigned[assignedAt] as number) + s;
      const latest = attributesColumn[subscription]!;
      if (
        column > latest ||
        (column === latest && compareAttributes(row, attributesRow[subscription]!) < 0)
      ) {
        attributesColumn[subscription] = column;
        attributesRow[subscription] = row;
      }

      const customer = ids.customerKey[row]!;
      const at = customer * monthCount + column;
      customerAvailable[at] = (customerAvailable[at] as number) + a;
      customerRows[at] = (customerRows[at] as number) + 1;
      const name = ids.customerName[row]!;
      if (
        column > nameColumn[customer]! ||
        (column === nameColumn[customer] &&
          name !== nameId[customer] &&
          compareText(d.customerName[name]!, d.customerName[nameId[customer]!]!) < 0)
      ) {
        nameColumn[customer] = column;
        nameId[customer] = name;
      }
      const billed = revenue[row]!;
      if (!Number.isNaN(billed)) {
        const sum = customerRevenue[at]!;
        customerRevenue[at] = Number.isNaN(sum) ? billed : sum + billed;
        hasRevenue = true;
      }
      rows++;
    }
  }

  function* touchSteps(): Generator<void, void> {
    for (const array of [subscriptionSeats, subscriptionAssigned]) {
      for (let start = 0; start < array.length; start += TOUCH_ELEMENTS) {
        array.fill(0, start, Math.min(array.length, start + TOUCH_ELEMENTS));
        yield;
      }
    }
  }

  function* finishSteps(): Generator<void, UsageCube> {
    const monthColumns = new Map(monthOrder.map((id, column) => [d.month[id]!, column]));
    const months = new Map<string, SeatTotals>();
    const byMarket = new Map<string, Map<string, MarketTotals>>();
    monthOrder.forEach((id, column) => {
      if (monthTotals[column * 4 + 3] === 0) return;
      const month = d.month[id]!;
      months.set(month, totalsAt(monthTotals, column * 4));
      const inMonth = new Map<string, MarketTotals>();
      for (const key of markets.order) {
        const cell = column * keyCount + key;
        if (marketTotals[cell * 4 + 3] === 0) continue;
        const label = marketLabel(markets.spellings[key]!, marketRows, column * d.market.length, d.market);
        inMonth.set(markets.keys[key]!, {
          ...totalsAt(marketTotals, cell * 4),
          code: table.marketCodes[label] ?? null,
          market: d.market[label]!,
        });
      }
      byMarket.set(month, inMonth);
    });
    const skus = new Map<string, Map<string, SeatTotals>>();
    // In code-unit order, as the markets: a map read in insertion order must not show the file's order.
    sortedIds(d.sku).forEach((id) => {
      const sku = d.sku[id]!;
      const byMonth = new Map<string, SeatTotals>();
      monthOrder.forEach((monthId, column) => {
        const at = (id * monthCount + column) * 4;
        if (skuTotals[at + 3] !== 0) byMonth.set(d.month[monthId]!, totalsAt(skuTotals, at));
      });
      if (byMonth.size > 0) skus.set(sku, byMonth);
    });
    yield;
    const customers: CustomerLedger[] = [];
    nameColumn.forEach((column, slot) => {
      if (column === -1) return;
      customers.push({
        customerKey: d.customerKey[slot]!,
        customerName: d.customerName[nameId[slot]!]!,
        slot,
      });
    });
    yield;
    const subscriptions = yield* subscriptionLedgerSteps(table, attributesColumn, attributesRow);
    return {
      months,
      markets: byMarket,
      skus,
      monthColumns,
      monthCount,
      subscriptions,
      subscriptionSeats,
      subscriptionAssigned,
      customers,
      customerAvailable,
      customerRows,
      customerRevenue,
      hasRevenue,
      rows,
      skipped: table.skipped,
      skippedCount: table.skippedCount,
    };
  }

  /**
   * Which of a subscription's rows in one month gives its attributes: the least by customer name,
   * customer key, SKU, market, segment and end date in code-unit order (ids compared first: ties are
   * rare, and most of their values are equal).
   */
  function compareAttributes(a: number, b: number): number {
    for (const column of ATTRIBUTE_ORDER) {
      const idA = ids[column][a]!;
      const idB = ids[column][b]!;
      if (idA !== idB) return compareText(d[column][idA]!, d[column][idB]!);
    }
    return 0;
  }

  return { addRows, touchSteps, finishSteps };
}

const ATTRIBUTE_ORDER = [
  'customerName',
  'customerKey',
  'sku',
  'market',
  'segment',
  'subscriptionEndDate',
] as const satisfies readonly TextColumn[];

function add4(totals: Float64Array, at: number, available: number, assigned: number, active: number): void {
  totals[at] = (totals[at] as number) + available;
  totals[at + 1] = (totals[at + 1] as number) + assigned;
  totals[at + 2] = (totals[at + 2] as number) + active;
  totals[at + 3] = (totals[at + 3] as number) + 1;
}

function totalsAt(totals: Float64Array, at: number): SeatTotals {
  return {
    available: totals[at]!,
    assigned: totals[at + 1]!,
    active: totals[at + 2]!,
    rows: totals[at + 3]!,
  };
}

/**
 * A test per row, or null when the filter keeps every row. Checks dictionary ids, not strings. Also what a
 * raw-data download keeps, so that it holds exactly the rows behind the figures.
 */
export function rowFilter(table: UsageTable, filter: UsageFilter): ((row: number) => boolean) | null {
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
