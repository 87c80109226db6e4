import type { SubscriptionTrend, UsageReport } from '../../core/report.js';
import type { UsageTable } from '../../table/usage-table.js';
import { rowFilter } from '../../core/cube-from-table.js';
import type { UsageFilter } from '../../core/usage-filter.js';
import { downloadFile, downloadName, fileSlug } from '../shared/download-file.js';
import { csvBlob, exportRowsTable, reportRowsTable } from '../../view/raw-data-csv.js';

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
  /** The subscriptions to include (those the search shows), or `null` for all of them. */
  subscriptions: readonly SubscriptionTrend[] | null;
  /** The cross-filter the figures were made with: its rows only (an export's; a report document has none). */
  filter: UsageFilter;
  /** The search text, for the file name. */
  search: string;
  hideRevenue: boolean;
  /** The file's name in the reader's language, before the window and filters ("Dynamics usage subscriptions"). */
  fileName: string;
  /** The word before a search in the file name ("search"). */
  searchWord: string;
}

/**
 * The raw-data CSV of exactly the rows behind what the table shows: the window's months, the cross-filter
 * and the search's subscriptions; and a file name that says them.
 */
export async function rawDataDownload(input: RawDataInput): Promise<UsageDownloadDetail> {
  const { report, columns, subscriptions, filter, search, hideRevenue } = input;
  const fromExport = columns.length > 0 && input.table?.rawRows !== undefined;
  const table =
    fromExport && input.table
      ? exportRowsTable(input.table, columns, {
          months: new Set(report.months),
          subscriptionIds: subscriptions ? new Set(subscriptions.map((s) => s.subscriptionId)) : null,
          keep: rowFilter(input.table, filter),
          dropRevenue: hideRevenue,
        })
      : reportRowsTable(subscriptions ?? report.subscriptions.rows, report.months);
  const csv = await csvBlob(table);
  const name = downloadName(fileSlug(input.fileName), report.months, fromExport ? filter : {}, search, {
    searchWord: input.searchWord,
  });
  return {
    fileName: `${name}.csv`,
    blob: csv.blob,
    rows: csv.rows,
    source: fromExport ? 'export' : 'report',
  };
}

/** Fires a cancelable `dyn-usage-download` from `element`, and saves the file unless a listener cancelled it. */
export function offerDownload(element: EventTarget, detail: UsageDownloadDetail): void {
  const event = new CustomEvent('dyn-usage-download', {
    detail,
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  if (element.dispatchEvent(event)) downloadFile(detail.blob, detail.fileName);
}
