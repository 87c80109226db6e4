import { activePercent } from '../core/active-percent.js';
import type { SubscriptionTrend } from '../core/report.js';
import type { UsageTable } from '../table/usage-table.js';
import { exportRowCells } from '../core/export-row-cells.js';
import { csvRecord } from '../data/csv-writer.js';
import { normalizeColumnName } from '../data/header-map.js';
import { SLICE_MS, yieldToPage } from '../schedule/yield.js';

type Cell = string | number | null;

/** A CSV's header and its lines, made on demand so a million-line file never exists as arrays. */
export interface CsvTable {
  header: string[];
  lines: Iterable<Cell[]>;
}

export const RECOMPUTED_PERCENT_COLUMN = 'RecomputedActiveUsagePercent';

/**
 * The export's own rows for the subscriptions in `subscriptionIds` (all when `null`) in the window's
 * months that pass the cross-filter: every column as read, plus the active usage % recomputed from the row's seats.
 * `dropRevenue` leaves out `BilledRevenueUSD`, for viewers who may not see revenue.
 */
export function exportRowsTable(
  table: UsageTable,
  columns: readonly string[],
  options: {
    months: ReadonlySet<string>;
    subscriptionIds: ReadonlySet<string> | null;
    /** The cross-filter's test per row (`rowFilter`), or `null` for every row. */
    keep: ((row: number) => boolean) | null;
    dropRevenue: boolean;
  },
): CsvTable {
  const { months, subscriptionIds, keep, dropRevenue } = options;
  const kept = columns
    .map((name, i) => ({ name, i }))
    .filter(({ name }) => !(dropRevenue && normalizeColumnName(name) === 'billedrevenueusd'));
  const { rawRows, dictionaries: d, ids } = table;
  // Months and subscriptions are tested by dictionary id: a million rows, a few dozen distinct values.
  const monthKept = d.month.map((month) => months.has(month));
  const subscriptionKept = subscriptionIds && d.subscriptionId.map((id) => subscriptionIds.has(id));
  function* lines(): Generator<Cell[]> {
    if (!rawRows) return;
    for (let row = 0; row < table.length; row++) {
      if (!monthKept[ids.month[row] as number]) continue;
      if (subscriptionKept && !subscriptionKept[ids.subscriptionId[row] as number]) continue;
      if (keep && !keep(row)) continue;
      const cells = exportRowCells(table, row) ?? [];
      const percent = activePercent(table.active[row] as number, table.available[row] as number);
      yield [...kept.map(({ i }) => exportCell(cells[i] ?? '')), percent];
    }
  }
  return { header: [...kept.map(({ name }) => name), RECOMPUTED_PERCENT_COLUMN], lines: lines() };
}

/**
 * A report document keeps no export rows: one line per subscription and month from its figures instead.
 * A month where a subscription has neither available nor active seats is left out, as the report
 * cannot tell it from a month without a row.
 */
export function reportRowsTable(
  subscriptions: readonly SubscriptionTrend[],
  months: readonly string[],
): CsvTable {
  function* lines(): Generator<Cell[]> {
    for (const s of subscriptions) {
      for (let m = 0; m < months.length; m++) {
        const available = s.available[m] ?? 0;
        const active = s.active[m] ?? 0;
        if (available === 0 && active === 0) continue;
        const month = `${months[m]}-01`;
        const percent = activePercent(active, available);
        yield [
          s.subscriptionId,
          month,
          s.customerName,
          s.customerKey,
          s.sku,
          s.market,
          s.segment,
          available,
          active,
          percent,
        ];
      }
    }
  }
  const header = ['SubscriptionId', 'Month', 'CustomerName', 'CustomerKey', 'SKU', 'CustomerMarket'];
  return {
    header: [...header, 'CustomerSegment', 'AvailableSeats', 'ActiveSeats', RECOMPUTED_PERCENT_COLUMN],
    lines: lines(),
  };
}

/**
 * A negative number ("-2" in `DeploymentOpportunity`) is a figure, not a formula: written as a number it
 * escapes the `'` prefix that text starting with `-` gets. Anything else stays text, leading zeros and all.
 */
function exportCell(field: string): Cell {
  return /^-\d+(\.\d+)?$/.test(field) ? Number(field) : field;
}

/**
 * The CSV file of `table` (UTF-8 BOM, CRLF, RFC 4180, formula-safe), built in slices that yield to the
 * page. Text goes into a small blob every few thousand lines: encoding 100 MB of strings into one blob
 * at the end would hold the page for a long moment; a blob of blobs costs nothing.
 */
export async function csvBlob(table: CsvTable): Promise<{ blob: Blob; rows: number }> {
  const blobs: Blob[] = [];
  let lines = [`\uFEFF${csvRecord(table.header)}`];
  let rows = 0;
  let deadline = performance.now() + SLICE_MS;
  const flush = () => {
    blobs.push(new Blob([`${lines.join('\r\n')}\r\n`]));
    lines = [];
  };
  for (const line of table.lines) {
    lines.push(csvRecord(line));
    rows++;
    if (lines.length === 4096) flush();
    if (rows % 512 === 0 && performance.now() > deadline) {
      await yieldToPage();
      deadline = performance.now() + SLICE_MS;
    }
  }
  if (lines.length) flush();
  return { blob: new Blob(blobs, { type: 'text/csv;charset=utf-8' }), rows };
}
