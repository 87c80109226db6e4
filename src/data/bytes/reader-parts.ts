import type { InputWarning } from '../input-warning.js';
import type { MonthReaderState } from '../month-reader.js';
import type { EncodingTallyState } from '../text-encoding.js';

/**
 * What the part of a split file that holds the header decided, for the other parts to read by (see
 * `Utf8DelimitedReader.readPart`): its columns as written and its delimiter byte. Nothing else is sniffed
 * from the header: encoding is judged per cell, and the date order is merged after (see `PartFacts`).
 */
export interface ReaderDecisions {
  header: string[];
  delimiter: number;
}

/** What a reader of parts saw, beside its stats, for the merge of a split file's readers. */
export interface PartFacts {
  encoding: EncodingTallyState;
  /** Its `rows-recovered` warning, if any. */
  recovered: InputWarning[];
  /** Its month reader's findings; null before a header. */
  months: MonthReaderState | null;
}
