import { readUsageRecords, readUsageText } from '../data/read-usage.js';
import { UsageInputError } from '../data/usage-input-error.js';
import { computeReport } from './compute-report.js';
import type { ReportOptions, UsageReport } from './report.js';
import { cubeFromTable } from './cube-from-table.js';
import { readUsageTable } from '../table/read-usage-table.js';
import { createUsageCube } from './usage-cube.js';

/** The report of an export held in memory as text (CSV, TSV or JSON). */
export function reportFromText(text: string, options: ReportOptions = {}): UsageReport {
  const cube = createUsageCube();
  const result = readUsageText(text, cube);
  if (result.kind === 'report')
    throw new UsageInputError('The input is already a report document', 'unreadable');
  return computeReport(cube, result.stats, options);
}

/** The report of raw row objects (PascalCase or camelCase keys). */
export function reportFromRecords(
  records: readonly Record<string, unknown>[],
  options: ReportOptions = {},
): UsageReport {
  const cube = createUsageCube();
  const stats = readUsageRecords(records, cube);
  return computeReport(cube, stats, options);
}

/** The report of an export streamed in chunks (a file stream, a fetch body), never held whole. */
export async function reportFromChunks(
  chunks: AsyncIterable<Uint8Array | string>,
  options: ReportOptions = {},
): Promise<UsageReport> {
  const result = await readUsageTable(chunks);
  if (result.kind === 'report')
    throw new UsageInputError('The input is already a report document', 'unreadable');
  return computeReport(cubeFromTable(result.table), result.stats, options);
}
