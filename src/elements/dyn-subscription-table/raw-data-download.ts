import type { SubscriptionTrend, UsageReport } from '../../core/report.js';
import type { UsageTable } from '../../core/usage-table.js';
import { csvBlob, exportRowsTable, reportRowsTable } from './raw-data-csv.js';

export interface UsageDownloadDetail {
  /** The file name; a listener may change it. */
  fileName: string;
  /** The CSV file (UTF-8 with BOM); a listener may replace it. */
  blob: Blob;
  /** Data lines in the file, the header not counted. */
  rows: number;
  /** `export`: the export's own rows and columns; `report`: one line per subscription and month of a report document. */
  source: 'export' | 'report';
}

declare global {
  interface HTMLElementEventMap {
    'dyn-usage-download': CustomEvent<UsageDownloadDetail>;
  }
}

export interface RawDataInput {
  report: UsageReport;
  /** The export's columns and its rows (with their cells in `rawRows`); empty and `null` for a report document. */
  columns: readonly string[];
  table: UsageTable | null;
  /** The subscriptions to include, or `null` for all of them. */
  subscriptions: readonly SubscriptionTrend[] | null;
  hideRevenue: boolean;
}

/** The raw-data CSV of the window's rows for the chosen subscriptions, and its file name. */
export async function rawDataDownload(input: RawDataInput): Promise<UsageDownloadDetail> {
  const { report, columns, subscriptions, hideRevenue } = input;
  const fromExport = columns.length > 0 && input.table?.rawRows !== undefined;
  const table =
    fromExport && input.table
      ? exportRowsTable(input.table, columns, {
          months: new Set(report.months),
          subscriptionIds: subscriptions ? new Set(subscriptions.map((s) => s.subscriptionId)) : null,
          dropRevenue: hideRevenue,
        })
      : reportRowsTable(subscriptions ?? report.subscriptions.rows, report.months);
  const csv = await csvBlob(table);
  const from = report.months[0] ?? '';
  const to = report.months.at(-1) ?? '';
  return {
    fileName: `dynamics-usage-subscriptions-${from}-${to}.csv`,
    blob: csv.blob,
    rows: csv.rows,
    source: fromExport ? 'export' : 'report',
  };
}
