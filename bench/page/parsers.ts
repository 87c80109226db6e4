// The parse + aggregate contenders, each from the same bytes into the same aggregation (the kit's usage
// table, then its cube, which every element computes its section from), so the ratios compare the
// reading, not the sums.
import { csvParse } from 'd3-dsv';
import { inferSchema, initParser } from 'udsv';
import type { Parser } from 'udsv';
import { cubeFromTable } from '../../src/core/cube-from-table.js';
import { readUsageTable } from '../../src/table/read-usage-table.js';
import type { UsageCube } from '../../src/core/usage-cube.js';
import { createUsageTableBuilder } from '../../src/table/usage-table.js';
import { readUsage, readUsageRecords } from '../../src/data/read-usage.js';
import { createDelimitedTokenizer } from '../../src/data/delimited-tokenizer.js';
import { createUsageRowReader } from '../../src/data/usage-row-reader.js';

export const METHODS = [
  'kit-bytes',
  'kit-text',
  'udsv',
  'd3-dsv',
  'bytescan',
  'kit-tokenize',
  'udsv-parse',
] as const;
export type Method = (typeof METHODS)[number];

/** What a contender produced, to check that they all read the same rows and seats. */
export interface Outcome {
  rows: number;
  availableSeats: number;
}

/** Chunks fed to the streaming readers: about what a fetch body or a file stream hands over. */
const CHUNK_BYTES = 1 << 20;

export async function* chunksOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES)
    yield bytes.subarray(start, start + CHUNK_BYTES);
}

export function runMethod(method: Method, bytes: Uint8Array): Promise<Outcome> {
  const run = {
    'kit-bytes': kitBytes,
    'kit-text': kitText,
    udsv: udsvStream,
    'd3-dsv': d3Dsv,
    bytescan: byteScan,
    'kit-tokenize': kitTokenize,
    'udsv-parse': udsvParse,
  };
  return run[method](bytes);
}

/** The kit as the elements use it: `readUsageTable` (the byte reader for UTF-8 CSV), then the cube. */
async function kitBytes(bytes: Uint8Array): Promise<Outcome> {
  const result = await readUsageTable(chunksOf(bytes));
  if (result.kind !== 'table') throw new Error('not an export');
  return outcomeOf(cubeFromTable(result.table));
}

/** The kit's text path (JSON, UTF-16, string input): decode, tokenize, a record per row, then the cube. */
async function kitText(bytes: Uint8Array): Promise<Outcome> {
  const builder = createUsageTableBuilder();
  await readUsage(chunksOf(bytes), builder);
  return outcomeOf(cubeFromTable(builder.finish()));
}

/**
 * udsv's incremental parser to string arrays, each row handed to the kit's own row reader (the same
 * trimming, validation and cube the kit uses), which is the closest "udsv + the same aggregation" can get:
 * no object per row, no extra copy.
 */
async function udsvStream(bytes: Uint8Array): Promise<Outcome> {
  const builder = createUsageTableBuilder();
  await udsvRows(bytes, (header) => {
    const reader = createUsageRowReader(header, builder);
    let line = 1;
    return (fields) => reader.row(fields, ++line);
  });
  return outcomeOf(cubeFromTable(builder.finish()));
}

/** udsv's incremental parse of `bytes`; `start` gets the header and returns what to do with each row. */
async function udsvRows(
  bytes: Uint8Array,
  start: (header: string[]) => (fields: string[]) => void,
): Promise<void> {
  const decoder = new TextDecoder();
  let parser: Parser | null = null;
  let onRow: (fields: string[]) => void = () => undefined;
  const push = (text: string): void => {
    if (!parser) {
      const schema = inferSchema(text);
      parser = initParser(schema);
      onRow = start(schema.cols.map((column) => column.name));
    }
    parser.chunk<string[]>(text, parser.stringArrs, (fields) => onRow(fields));
  };
  for await (const chunk of chunksOf(bytes)) push(decoder.decode(chunk, { stream: true }));
  const tail = decoder.decode();
  if (tail) push(tail);
  (parser as Parser | null)?.end();
}

/**
 * d3-dsv reads one whole string (it has no streaming API), so the bytes are decoded at once; its row
 * objects then go through `readUsageRecords`, the kit's path for the `records` property.
 */
async function d3Dsv(bytes: Uint8Array): Promise<Outcome> {
  const builder = createUsageTableBuilder();
  readUsageRecords(csvParse(new TextDecoder().decode(bytes)), builder);
  return outcomeOf(cubeFromTable(builder.finish()));
}

/** The practical limit: one pass over the same chunks counting commas and line feeds, nothing else. */
async function byteScan(bytes: Uint8Array): Promise<Outcome> {
  let commas = 0;
  let lines = 0;
  for await (const chunk of chunksOf(bytes)) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === 44) commas++;
      else if (byte === 10) lines++;
    }
  }
  // A line count is not a row count (one field holds a line break), so no rows to compare.
  return { rows: commas > 0 ? lines - 1 : 0, availableSeats: Number.NaN };
}

/** For diagnosis: the kit's tokenizer alone (decode + split into fields), with no row reader or cube. */
async function kitTokenize(bytes: Uint8Array): Promise<Outcome> {
  let rows = -1; // the header is not a row
  const decoder = new TextDecoder();
  const tokenizer = createDelimitedTokenizer(() => rows++);
  for await (const chunk of chunksOf(bytes)) tokenizer.push(decoder.decode(chunk, { stream: true }));
  tokenizer.push(decoder.decode());
  tokenizer.end();
  return { rows, availableSeats: Number.NaN };
}

/** For diagnosis: udsv alone (decode + split into fields), with no row reader or cube. */
async function udsvParse(bytes: Uint8Array): Promise<Outcome> {
  let rows = 0;
  await udsvRows(bytes, () => () => rows++);
  return { rows, availableSeats: Number.NaN };
}

function outcomeOf(cube: UsageCube): Outcome {
  let availableSeats = 0;
  for (const totals of cube.months.values()) availableSeats += totals.available;
  return { rows: cube.rows, availableSeats };
}
