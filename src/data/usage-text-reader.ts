import { createDelimitedTokenizer } from './delimited-tokenizer.js';
import { classifyJson, readJsonRows } from './json-rows.js';
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
 * an optional BOM): `[` or `{` is JSON (kept until the end, then parsed), anything else CSV or TSV,
 * tokenized piece by piece so the whole file never exists as one string.
 */
export function createUsageTextReader(sink: UsageSink): UsageTextReader {
  let format: 'json' | 'delimited' | null = null;
  let parts: string[] = [];
  let reader: UsageRowReader | null = null;
  const tokenizer = createDelimitedTokenizer((fields, line) => {
    if (reader) reader.row(fields, line);
    else reader = createUsageRowReader(fields, sink);
  });

  function push(text: string): void {
    if (format === 'delimited') return tokenizer.push(text);
    parts.push(text);
    if (format === 'json') return;
    const first = /[^\s\uFEFF]/.exec(text)?.[0];
    if (first === undefined) return;
    format = first === '[' || first === '{' ? 'json' : 'delimited';
    if (format === 'json') return;
    for (const part of parts) tokenizer.push(part);
    parts = [];
  }

  function end(): ReadResult {
    if (format === null) throw new UsageInputError('The file is empty', 'empty');
    if (format === 'json') return endJson(parts.join(''), sink);
    tokenizer.end();
    if (!reader) throw new UsageInputError('The file is empty', 'empty');
    const stats: ReadStats = { format: tokenizer.delimiter === '\t' ? 'tsv' : 'csv', ...reader.stats() };
    return { kind: 'rows', stats };
  }

  return { push, end };
}

function endJson(text: string, sink: UsageSink): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageInputError(`The file is not valid JSON: ${detail}`, 'unreadable', { cause: error });
  }
  const input = classifyJson(value);
  if (input.kind === 'report') return input;
  return { kind: 'rows', stats: { format: 'json', ...readJsonRows(input.items, sink) } };
}
