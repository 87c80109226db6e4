import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { jsonPieces } from '../data/json-pieces.js';
import { pageHref, reportParts } from '../core/report-parts.js';
import type { UsageReport } from '../core/report.js';
import { writePieces } from './write-pieces.js';

/** Where and how `dyn-usage report` writes the document. */
export interface ReportOutput {
  pretty: boolean;
  /** `--parts DIR`: the document in parts in DIR instead of on standard output. */
  parts?: { dir: string; pageSize: number };
}

/**
 * Writes the report: as one document on `out`, or with `--parts` as DIR/report.json (every section, the
 * subscription rows left out) and DIR/customers/page-N.json (the rows by customer, a page per file);
 * then says on `log` what it wrote. Every file is written in pieces, never as one string.
 */
export async function writeReportOutput(
  report: UsageReport,
  { pretty, parts }: ReportOutput,
  out: Writable,
  log: Writable,
): Promise<void> {
  const indent = pretty ? 2 : undefined;
  if (!parts) {
    await writePieces(out, jsonPieces(report, indent));
    await writePieces(out, ['\n']);
    return;
  }
  const { head, pages } = reportParts(report, parts.pageSize);
  await writeJsonFile(join(parts.dir, 'report.json'), head, indent);
  let page = 0;
  for (const file of pages) {
    page += 1;
    await writeJsonFile(join(parts.dir, pageHref(head.subscriptions.pages!.href, page)), file, indent);
  }
  const customers = head.subscriptions.pages!.customers;
  log.write(
    `dyn-usage: wrote ${join(parts.dir, 'report.json')} and ${page} page${page === 1 ? '' : 's'} of ${customers} customer${customers === 1 ? '' : 's'}\n`,
  );
}

async function writeJsonFile(path: string, value: unknown, indent: number | undefined): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const stream = createWriteStream(path);
  const closed = new Promise<void>((resolve, reject) => {
    stream.once('close', resolve);
    stream.once('error', reject);
  });
  await writePieces(stream, jsonPieces(value, indent));
  await writePieces(stream, ['\n']);
  stream.end();
  await closed;
}
