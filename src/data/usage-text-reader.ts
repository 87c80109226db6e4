import { createDelimitedTokenizer } from './delimited-tokenizer.js';
import { createJsonRowReader } from './json-row-reader.js';
import type { JsonRowReader } from './json-row-reader.js';
import { classifyJson } from './json-rows.js';
import { createJsonStream } from './json-stream.js';
import type { JsonStream } from './json-stream.js';
import { withWarnings } from './reader-warnings.js';
import { UsageInputError } from './usage-input-error.js';
import { createUsageRowReader } from './usage-row-reader.js';
import type { UsageRowReader } from './usage-row-reader.js';
import type { ReadStats, UsageSink } from './usage-sink.js';

/** What an input turned out to be: rows (delivered to the sink) or a finished report document. */
export type ReadResult = { kind: 'rows'; stats: ReadStats } | { kind: 'report'; report: unknown };

export interface UsageTextReader {
  /** Feeds the next piece of decoded text. */
  push(text: string): void;
  /** @throws UsageInputError `'empty'`, `'unreadable'` or `'missing-columns'`. */
  end(): ReadResult;
}

/**
 * Reads usage text in pieces, telling the format from the first character that is not whitespace (after
 * an optional BOM): `[` or `{` is JSON, anything else CSV or TSV. Both are read piece by piece, a row at a
 * time, so the whole file never exists as one string (a JSON array's elements, or a top-level object's
 * `value` array's, are parsed one by one; only another top-level object, a report document, is kept whole).
 */
export function createUsageTextReader(sink: UsageSink): UsageTextReader {
  let format: 'json' | 'delimited' | null = null;
  let parts: string[] = [];
  let reader: UsageRowReader | null = null;
  let json: { stream: JsonStream; rows: JsonRowReader } | null = null;
  const tokenizer = createDelimitedTokenizer(
    (fields, line) => {
      if (reader) reader.row(fields, line);
      else reader = createUsageRowReader(fields, sink, tokenizer.delimiter === ';' ? ',' : '.');
    },
    (line, reason) => reader?.skip(line, reason),
  );

  function push(text: string): void {
    if (format === 'delimited') return tokenizer.push(text);
    if (json) return json.stream.push(text);
    parts.push(text);
    const first = /[^\s\uFEFF]/.exec(text)?.[0];
    if (first === undefined) return;
    format = first === '[' || first === '{' ? 'json' : 'delimited';
    if (format === 'json') {
      const rows = createJsonRowReader(sink);
      json = { stream: createJsonStream((item) => rows.item(item)), rows };
    }
    const into = json ? json.stream : tokenizer;
    for (const part of parts) into.push(part);
    parts = [];
  }

  function end(): ReadResult {
    if (format === null) throw new UsageInputError('The file is empty', 'empty');
    if (json) return endJson(json.stream, json.rows);
    tokenizer.end();
    if (!reader) throw new UsageInputError('The file is empty', 'empty');
    const counts = reader.stats();
    const delimited = tokenizer.delimiter === '\t' ? 'tsv' : 'csv';
    const stats: ReadStats = {
      format: delimited,
      ...counts,
      ...withWarnings(tokenizer.warnings(), counts.warnings),
    };
    return { kind: 'rows', stats };
  }

  return { push, end };
}

function endJson(stream: JsonStream, rows: JsonRowReader): ReadResult {
  const end = stream.end();
  if (end.kind === 'document') {
    const input = classifyJson(end.value);
    if (input.kind === 'report') return input;
    for (const item of input.items) rows.item(item);
  }
  return { kind: 'rows', stats: { format: 'json', ...rows.end() } };
}
