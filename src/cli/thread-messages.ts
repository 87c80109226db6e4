import type { UsageParts, UsagePartsReader } from '../table/usage-parts-reader.js';

/** The header part's decisions (columns and delimiter), for the threads that read other parts. */
export type Decisions = NonNullable<ReturnType<UsagePartsReader['decisions']>>;

/** To a reading thread, in order: start part `part` (numbered in file order), its bytes, the file's end. */
export type ThreadMessage =
  | { type: 'part'; part: number; decisions?: Decisions }
  | { type: 'bytes'; bytes: Uint8Array }
  | { type: 'end' };

/** From a reading thread: the parts it read into one table, or why it could not. */
export type ThreadReply = { type: 'parts'; parts: UsageParts } | { type: 'failed'; message: string };
