import type { PartFacts } from '../data/bytes/reader-parts.js';
import type { InputWarning } from '../data/input-warning.js';
import { monthWarnings } from '../data/month-reader.js';
import type { MonthReaderState, Sighting } from '../data/month-reader.js';
import { RecoveredRows, withWarnings } from '../data/reader-warnings.js';
import { EncodingTally } from '../data/text-encoding.js';
import type { ReadStats } from '../data/usage-sink.js';

/**
 * The readers of a split file read it in a way one reader would not have: its dates in two orders, or a
 * date read month first that one reader, having seen a day-first date before it, reads day first. The
 * file is then read again by one reader, which says what is wrong with it, or reads it right.
 */
export class PartsDisagree extends Error {
  override name = 'PartsDisagree';
}

/** One reader of a split file's parts: its stats (`Utf8DelimitedReader.end`) and `partFacts()`. */
export interface ReaderPart {
  stats: ReadStats;
  facts: PartFacts;
}

/**
 * The stats one reader would have given for the whole file: counts summed, and the warnings made again
 * from the readers' findings with their lines in the file (`fileLine` maps a line as a reader numbered it).
 * @throws PartsDisagree (see there).
 */
export function mergeReadStats(
  readers: readonly ReaderPart[],
  fileLine: (line: number) => number,
): ReadStats {
  const [first] = readers;
  if (!first) throw new RangeError('No reader to merge');
  const sum = (pick: (stats: ReadStats) => number) =>
    readers.reduce((total, { stats }) => total + pick(stats), 0);
  const encoding = EncodingTally.merged(
    readers.map(({ facts }) => ({ ...facts.encoding, lines: facts.encoding.lines.map(fileLine) })),
  );
  const decimalComma = readers
    .flatMap(({ stats }) => stats.warnings ?? [])
    .filter((warning) => warning.code === 'decimal-comma')
    .slice(0, 1);
  return {
    format: first.stats.format,
    rows: sum((stats) => stats.rows),
    skippedCount: sum((stats) => stats.skippedCount),
    emptyAvailable: sum((stats) => stats.emptyAvailable),
    hasRevenue: first.stats.hasRevenue,
    ...withWarnings(
      encoding.warnings(),
      decimalComma,
      recoveredWarnings(
        readers.flatMap(({ facts }) => facts.recovered),
        fileLine,
      ),
      monthWarnings(
        mergedMonths(
          readers.flatMap(({ facts }) => facts.months ?? []),
          fileLine,
        ),
      ),
    ),
  };
}

/** The `rows-recovered` warning of the whole file from the readers' (each lists its first lines and counts all). */
function recoveredWarnings(
  warnings: readonly InputWarning[],
  fileLine: (line: number) => number,
): InputWarning[] {
  const lines = warnings.flatMap((warning) => (warning.lines ?? []).map(fileLine)).sort((a, b) => a - b);
  const count = warnings.reduce((total, { values }) => total + 1 + Number(values?.count ?? 0), 0);
  const recovered = new RecoveredRows();
  for (const line of lines) recovered.add(line);
  // Past the listed lines only the count grows (each reader listed its first lines, all of the file's first).
  for (let more = lines.length; more < count; more++) recovered.add(Number.MAX_SAFE_INTEGER);
  return recovered.warnings();
}

/** The month findings of one reader of the whole file, or `PartsDisagree`. */
function mergedMonths(
  states: readonly MonthReaderState[],
  fileLine: (line: number) => number,
): MonthReaderState {
  const inFile = (sighting: Sighting | null) => sighting && { ...sighting, line: fileLine(sighting.line) };
  const decided = states
    .flatMap(({ order, decidedBy }) => (order && decidedBy ? [{ order, decidedBy: inFile(decidedBy)! }] : []))
    .sort((a, b) => a.decidedBy.line - b.decidedBy.line);
  const guesses = states.flatMap(({ guessed }) => (guessed ? [inFile(guessed)!] : []));
  const guessed = guesses.sort((a, b) => a.line - b.line)[0] ?? null;
  const order = decided[0]?.order ?? null;
  if (decided.some((decision) => decision.order !== order) || (order === 'day-first' && guessed))
    throw new PartsDisagree('The parts of the file were read in different date orders');
  return { order, decidedBy: decided[0]?.decidedBy ?? null, guessed };
}
