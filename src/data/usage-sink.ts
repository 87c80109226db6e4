import type { InputWarning } from './input-warning.js';
import type { SkippedRow, UsageRecord } from './usage-record.js';

/**
 * Where a reader delivers rows, one at a time, so a 1 GB export never has to exist as one array.
 * `fields` are the row's cells in `columns` order (kept for a raw-data download); do not keep the array
 * unless you need it: the reader may reuse nothing, but holding every row costs memory.
 */
export interface UsageSink {
  /** Called once, before any row, with the export's column names as written in its header. */
  columns?(columns: readonly string[]): void;
  add(record: UsageRecord, fields: readonly string[]): void;
  skip(row: SkippedRow): void;
}

/** What a reader saw, beside the rows it delivered. */
export interface ReadStats {
  format: 'csv' | 'tsv' | 'json';
  /** Rows delivered to `add`. */
  rows: number;
  /** Rows delivered to `skip`. */
  skippedCount: number;
  /** Delivered rows whose `AvailableSeats` cell was empty (read as 0). */
  emptyAvailable: number;
  /** Whether the export has a `BilledRevenueUSD` column. */
  hasRevenue: boolean;
  /** What the reader guessed or recovered (see `InputWarning`); absent when nothing. */
  warnings?: InputWarning[];
}
