// The CLI's peer for issue 20's single-thread target: `dyn-usage report FILE` with udsv in place of the
// kit's reader. udsv's incremental parser gives string arrays, each handed to the kit's own row reader
// (the same trimming, validation, table, cube, report and JSON output), which is the closest
// "udsv + the same aggregation" can get: no object per row, no extra copy.
import { createReadStream } from 'node:fs';
import { inferSchema, initParser } from 'udsv';
import type { Parser } from 'udsv';
import { computeReport } from '../../src/core/compute-report.js';
import { cubeFromTable } from '../../src/core/cube-from-table.js';
import { jsonPieces } from '../../src/data/json-pieces.js';
import { createUsageRowReader } from '../../src/data/usage-row-reader.js';
import type { UsageRowReader } from '../../src/data/usage-row-reader.js';
import { createUsageTableBuilder } from '../../src/table/usage-table.js';
import { writePieces } from '../../src/cli/write-pieces.js';

const file = process.argv[2];
if (!file) throw new Error('usage: udsv-report FILE');
const builder = createUsageTableBuilder();
const decoder = new TextDecoder();
let parser: Parser | null = null;
let reader: UsageRowReader | null = null;
let line = 1;
const onRow = (fields: string[]): void => reader!.row(fields, ++line);
const push = (text: string): void => {
  if (!parser) {
    const schema = inferSchema(text);
    parser = initParser(schema);
    reader = createUsageRowReader(
      schema.cols.map((column) => column.name),
      builder,
    );
  }
  parser.chunk<string[]>(text, parser.stringArrs, onRow);
};
for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }))
  push(decoder.decode(chunk as Buffer, { stream: true }));
const tail = decoder.decode();
if (tail) push(tail);
(parser as Parser | null)?.end();
if (!reader) throw new Error(`${file} has no header`);
const stats = { format: 'csv' as const, ...(reader as UsageRowReader).stats() };
const report = computeReport(cubeFromTable(builder.finish()), stats);
await writePieces(process.stdout, jsonPieces(report, undefined));
await writePieces(process.stdout, ['\n']);
