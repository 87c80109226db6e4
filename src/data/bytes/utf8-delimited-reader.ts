import { mapHeader } from '../header-map.js';
import type { ColumnIndex } from '../header-map.js';
import type { RawRows, RawRowsBuilder } from '../raw-rows.js';
import { DECIMAL_COMMA_WARNING, RecoveredRows, strayQuoteReason, withWarnings } from '../reader-warnings.js';
import { UsageInputError } from '../usage-input-error.js';
import { createUsageRowReader } from '../usage-row-reader.js';
import type { ReadStats } from '../usage-sink.js';
import { COMMA, DOT, LF, SEMICOLON, TAB } from './byte-codes.js';
import { EMPTY, INVALID, parseDecimal, seatCount } from './cell-numbers.js';
import { keptRowsFor } from './kept-rows.js';
import { END_DATE, MONTH, RowIds, SUB } from './row-ids.js';
import type { IdRowSink } from './row-ids.js';
import { BROKEN } from './row-scanner.js';
import type { PartFacts, ReaderDecisions } from './reader-parts.js';

export type { IdRowSink } from './row-ids.js';

/**
 * Reads a UTF-8 CSV or TSV export from bytes, with no string per cell and no object per row: cells are
 * found by a byte scan (`RowScanner`), text cells are looked up by their bytes (`RowIds`: each distinct
 * value decoded once), seat counts are read from their digits (cell-numbers.ts), and the row goes to the
 * sink as numbers. A row that is anything but plain (wrong width, an empty or odd cell, a seat count like
 * `12.0`) is decoded and handed to the same row reader the text path uses, so every rule and message is
 * the text path's own.
 */
export class Utf8DelimitedReader extends RowIds {
  /** The header's column names, once read. */
  header: string[] | null = null;
  private at: ColumnIndex | null = null;
  private readonly recovered = new RecoveredRows();
  private fastRows = 0;
  private fastEmptyAvailable = 0;
  private raw: RawRowsBuilder | null = null;
  /** The cells a kept row keeps (those the table does not hold), as runs of adjacent cells: first, last. */
  private keptRuns: Int32Array = new Int32Array(0);

  constructor(
    sink: IdRowSink,
    private readonly keepRows = false,
  ) {
    super(sink);
  }

  push(chunk: Uint8Array): void {
    this.append(chunk);
    this.process(false);
  }

  /**
   * Reads the last row. @throws UsageInputError `'empty'` when there was no header, `'missing-columns'`
   * (also from `push`) when the header lacks a required column.
   */
  end(): { stats: ReadStats; rawRows: RawRows | null } {
    this.process(true);
    if (!this.slow) throw new UsageInputError('The file is empty', 'empty');
    const counts = this.slow.stats();
    const stats: ReadStats = {
      format: this.delimiter === TAB ? 'tsv' : 'csv',
      ...counts,
      rows: counts.rows + this.fastRows,
      emptyAvailable: counts.emptyAvailable + this.fastEmptyAvailable,
      ...withWarnings(
        this.encoding.warnings(),
        this.delimiter === SEMICOLON ? [DECIMAL_COMMA_WARNING] : [],
        this.recovered.warnings(),
        counts.warnings,
      ),
    };
    return { stats, rawRows: this.raw ? this.raw.finish() : null };
  }

  /** The header and delimiter read, for the other parts of a split file; null before the header. */
  decisions(): ReaderDecisions | null {
    return this.header ? { header: [...this.header], delimiter: this.delimiter } : null;
  }

  /**
   * Goes on with another part of the same file, whose first row is on input line `line`: the part read so
   * far (which ended at a row's end) is read to its end, then reading starts afresh at the new part with
   * what was decided (`decisions`, from the part with the header, when this reader has not read it).
   * Returns the line after the rows read so far (1 + the lines of the parts read, when they began at 1).
   */
  readPart(line: number, decisions?: ReaderDecisions): number {
    this.process(true);
    const after = this.line;
    this.pos = this.length = this.retryAt = 0;
    this.line = line;
    if (decisions && !this.slow) {
      this.useDelimiter(decisions.delimiter);
      this.useHeader(decisions.header);
    }
    return after;
  }

  /** What the merge of a split file's readers needs beside the stats (see `mergeReadStats`). */
  partFacts(): PartFacts {
    const months = this.slow ? this.slow.months.state() : null;
    return { encoding: this.encoding.state(), recovered: this.recovered.warnings(), months };
  }

  private process(final: boolean): void {
    if (!final && this.length - this.pos < this.retryAt) return;
    if (this.delimiter === -1 && !this.detectDelimiter(final)) {
      this.retryAt = 2 * (this.length - this.pos);
      return;
    }
    // A line feed past the end stops every unquoted scan without a bounds check per byte.
    this.work[this.length] = LF;
    this.takeRows(final);
    this.retryAt = 2 * (this.length - this.pos);
  }

  /**
   * The rows of the chunk. The loop is a method of its own, with nothing after it: it is compiled while
   * it runs (on-stack replacement), before anything after the loop has run, and code after it would have
   * sent that compiled loop back to the interpreter at the end of every chunk.
   */
  private takeRows(final: boolean): void {
    for (;;) {
      const rowStart = this.pos;
      const next = this.scanRow(rowStart, final);
      if (next === BROKEN) {
        this.recover(rowStart, this.line);
        continue;
      }
      if (next < 0) return;
      const line = this.line;
      this.line += 1 + this.rowBreaks;
      this.pos = next;
      this.takeRow(rowStart, line);
    }
  }

  /** Skips the row at `rowStart` (on `line`), whose first line a stray quote broke, and says so. */
  private recover(rowStart: number, line: number): void {
    this.slow!.skip(line, strayQuoteReason(line));
    this.recovered.add(line);
    this.skipBrokenLine(rowStart, line);
  }

  private takeRow(rowStart: number, line: number): void {
    this.rowLine = line;
    if (this.fieldCount === 1 && this.fieldEnd[0] === this.fieldStart[0]) return; // an empty line
    if (!this.slow) return this.readHeader();
    if (this.rowBreaks > 0 && this.fieldCount !== this.width) return this.recover(rowStart, line);
    if (this.fieldCount !== this.width || !this.fastRow()) {
      const before = this.sink.length;
      this.slow.row(this.decodedCells(), line);
      if (this.sink.length === before) return;
    }
    if (this.raw) this.keepRow();
  }

  /** Keeps the row's cells that the table does not hold, as read, delimited. */
  private keepRow(): void {
    this.placeSpanCells();
    this.raw?.appendRuns(this.work, this.fieldStart, this.fieldEnd, this.keptRuns, this.delimiter);
  }

  private readHeader(): void {
    const header = this.decodedCells();
    if (header.length === 1 && header[0] === '') return; // `""` alone: an empty line to the text path too
    this.useHeader(header);
  }

  /** Maps the header's columns and makes the careful path's row reader (and the kept rows' plan). */
  private useHeader(header: string[]): void {
    const at = mapHeader(header);
    this.header = header;
    this.at = at;
    this.width = header.length;
    this.mapColumns(at);
    this.sink.columns?.(header);
    // Odd rows go through the text path's row reader; it must not announce the columns a second time.
    const { sink } = this;
    const decimal = this.delimiter === SEMICOLON ? ',' : '.';
    this.slow = createUsageRowReader(
      header,
      { add: (r, f) => sink.add(r, f), skip: (s) => sink.skip(s) },
      decimal,
    );
    if (this.keepRows) {
      const kept = keptRowsFor(header, this.delimiter);
      this.raw = kept.raw;
      this.keptRuns = kept.runs;
    }
  }

  /** Reads a plain row straight into the sink; false when the row needs the careful path. */
  private fastRow(): boolean {
    const ids = this.rowIds;
    const subscription = this.rowEntry >= 0 ? this.rowEntry : this.entryOf(SUB, this.cellOf[SUB]!);
    const month = this.entryOf(MONTH, this.cellOf[MONTH]!);
    const subscriptionId = this.interners[SUB]!.value(subscription);
    const monthId = this.interners[MONTH]!.value(month);
    if (subscriptionId < 0 || monthId < 0) return false;
    ids[SUB] = subscriptionId;
    ids[MONTH] = monthId;
    // The end date is the row's own, like the month (never -1: any text is kept as written).
    const endCell = this.cellOf[END_DATE]!;
    if (endCell !== -1) ids[END_DATE] = this.interners[END_DATE]!.value(this.entryOf(END_DATE, endCell));
    // When the scan matched the subscription's span, its attribute ids are in `ids` already.
    if (!this.spanMatched) {
      if (!this.attributeIds()) return false;
      this.rememberSpan(subscription);
    }
    const at = this.at!;
    const available = this.seats(at.AvailableSeats);
    const assigned = this.seats(at.AssignedSeats);
    const active = this.seats(at.ActiveSeats);
    if (available === INVALID || assigned === INVALID || active === INVALID) return false;
    let revenue = Number.NaN;
    if (at.BilledRevenueUSD !== -1) {
      const s = this.fieldStart[at.BilledRevenueUSD]!;
      const e = this.fieldEnd[at.BilledRevenueUSD]!;
      if (e > s) {
        revenue = parseDecimal(this.work, s, e, this.delimiter === SEMICOLON ? COMMA : DOT);
        if (Number.isNaN(revenue)) return false;
      }
    }
    // Empty seat cells read as 0, as in the row reader; an empty AvailableSeats is counted.
    if (available === EMPTY) this.fastEmptyAvailable++;
    this.sink.addIds(ids, Math.max(available, 0), Math.max(assigned, 0), Math.max(active, 0), revenue);
    this.fastRows++;
    return true;
  }

  /** A seat cell: its count, `EMPTY` or `INVALID` (see `seatCount`). */
  private seats(cell: number): number {
    return seatCount(this.work, this.fieldStart[cell]!, this.fieldEnd[cell]!);
  }

  private decodedCells(): string[] {
    this.placeSpanCells();
    const cells: string[] = [];
    for (let f = 0; f < this.fieldCount; f++)
      cells.push(this.decodeCell(this.fieldStart[f]!, this.fieldEnd[f]!));
    return cells;
  }
}
