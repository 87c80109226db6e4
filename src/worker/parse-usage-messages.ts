import { UsageInputError } from '../data/usage-input-error.js';
import type { UsageInputErrorCode } from '../data/usage-input-error.js';
import type { MessageValues } from '../data/input-warning.js';
import type { UsageTableResult } from '../table/read-usage-table.js';
import type { ReaderDecisions } from '../table/usage-parts-reader.js';
import type { PackedTable } from './packed-table.js';

/**
 * Page → worker: `start`, then the export's bytes as the page fetches them (the page fetches, so the
 * request is the page's own: its credentials, service worker and any fetch wrapper), then `end`. An
 * export split among workers (see parse-in-workers.ts) starts with `split`: the worker's number, and for
 * all but worker 0 a port to it, which merges; worker 0 gets each other worker's port as a `peer`. Each
 * part (numbered in file order) starts with `part`, with the decisions of the part with the header.
 */
export type ParseRequest =
  | { type: 'start'; keepRows: boolean; split?: { worker: number; port?: MessagePort } }
  | { type: 'part'; part: number; decisions?: ReaderDecisions }
  | { type: 'peer'; port: MessagePort }
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'end' };

/**
 * Worker → page. `ready` first, so the page can tell "could not start" from "failed while parsing";
 * `intl-ready` once the worker has made a formatter (ICU's data is then loaded for the page too: see
 * load/intl-warm-up.ts); `consumed` as the reader takes chunks, so the page sends more only as
 * fast as the worker reads; `decisions` from worker 0 of a split export once it has read the header.
 */
export type ParseReply =
  | { type: 'ready' }
  | { type: 'intl-ready' }
  | { type: 'consumed'; bytes: number }
  | { type: 'decisions'; decisions: ReaderDecisions }
  | { type: 'done'; result: PackedResult; mergeMs?: number }
  | { type: 'error'; error: SerializedError };

/** A read result as it crosses the boundary: a table with packed dictionaries (see `packTable`). */
export type PackedResult =
  | (Omit<Extract<UsageTableResult, { kind: 'table' }>, 'table'> & { table: PackedTable })
  | Extract<UsageTableResult, { kind: 'report' }>;

/** An error as plain data: structured clone keeps neither an Error subclass nor its own fields. */
export interface SerializedError {
  name: string;
  message: string;
  code?: UsageInputErrorCode;
  missingColumns?: string[];
  status?: number;
  /** A `UsageInputError`'s wording and values, so that the page can translate it. */
  variant?: string;
  values?: MessageValues;
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof UsageInputError) {
    const { name, message, code, missingColumns, variant, values } = error;
    return { name, message, code, missingColumns, values, ...(variant === undefined ? {} : { variant }) };
  }
  // By name, not class: the class lives with the page's loader (load/), which the worker must not import.
  if (error instanceof Error && error.name === 'UsageLoadError') {
    const { name, message } = error;
    const { status } = error as Error & { status?: number };
    return status === undefined ? { name, message } : { name, message, status };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}
