import { ByteInterner, hashBytes } from './byte-interner.js';
import { TEXT_COLUMNS } from '../text-columns.js';
import type { TextColumn } from '../text-columns.js';
import { mapHeader } from '../header-map.js';
import type { ColumnIndex } from '../header-map.js';
import { marketToAlpha2 } from '../markets.js';
import { rawRowColumns } from '../raw-row-columns.js';
import { createRawRowsBuilder } from '../raw-rows.js';
import { SubscriptionProfiles } from './subscription-profiles.js';
import type { RawRows, RawRowsBuilder } from '../raw-rows.js';
import { decodeText, EncodingTally } from '../text-encoding.js';
import { DECIMAL_COMMA_WARNING, RecoveredRows, strayQuoteReason, withWarnings } from '../reader-warnings.js';
import { UsageInputError } from '../usage-input-error.js';
import { chooseDelimiter } from '../delimiter-detector.js';
import { createUsageRowReader } from '../usage-row-reader.js';
import type { UsageRowReader } from '../usage-row-reader.js';
import type { ReadStats, UsageSink } from '../usage-sink.js';

const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;
const SEMICOLON = 59;
const ZERO = 48;
const DOT = 46;
const MINUS = 45;
const MAX_FIELDS_START = 64;
/** Past 15 digits a decimal is no longer exact in a double: such cells take the careful path. */
const MAX_FAST_DIGITS = 15;
const KEY_NOT_YET = -2;
/** `scanRow`'s answer for a row a stray quote broke (see `swallowsRow`). */
const BROKEN = -2;
const EMPTY = -1;
const INVALID = -2;
const POWERS_OF_TEN = Array.from({ length: MAX_FAST_DIGITS + 1 }, (_, k) => 10 ** k);

/** Where the reader puts rows: by dictionary ids (see `UsageTableBuilder`), or as records for odd rows. */
export interface IdRowSink extends UsageSink {
  textId(column: TextColumn, value: string, marketCode?: string | null): number;
  addIds(ids: ArrayLike<number>, available: number, assigned: number, active: number, revenue: number): void;
  readonly length: number;
}

// Positions in the row of ids, as in the table's TEXT_COLUMNS.
const SUB = 0;
const MONTH = 1;
const END_DATE = 2;
const SKU = 3;
const NAME = 4;
const KEY = 5;
const TENANT = 6;
const MARKET = 7;
const HEADER_NAME: Record<TextColumn, keyof ColumnIndex | null> = {
  subscriptionId: 'SubscriptionId',
  month: 'Month',
  subscriptionEndDate: 'SubscriptionEndDate',
  sku: 'SKU',
  customerName: 'CustomerName',
  customerKey: null,
  customerTenantId: 'CustomerTenantId',
  market: 'CustomerMarket',
  segment: 'CustomerSegment',
  salesModel: 'SalesModel',
  partnerLocation: 'PartnerLocation',
  partnerAttachType: 'PartnerAttachType',
};

/**
 * Reads a UTF-8 CSV or TSV export from bytes, with no string per cell and no object per row: cells are
 * found by a byte scan, text cells are looked up by their bytes (each distinct value decoded once), seat
 * counts are read from their digits, and the row goes to the sink as numbers. A row that is anything but
 * plain (wrong width, an empty or odd cell, a seat count like `12.0`) is decoded and handed to the same
 * row reader the text path uses, so every rule and message is the text path's own.
 */
export class Utf8DelimitedReader {
  /** The header's column names, once read. */
  header: string[] | null = null;
  private work = new Uint8Array(1 << 16);
  private workView = new DataView(this.work.buffer);
  private length = 0;
  private pos = 0;
  /** Bytes the unread tail must reach before the next try: a row longer than a chunk is scanned O(n) times, not O(n²). */
  private retryAt = 0;
  private delimiter = -1;
  /** Bytes above it are never a delimiter or line end: the scan skips them without a comparison each. */
  private plainAbove = COMMA;
  private line = 1;
  /** The line of the row being taken, for a month reader that names where it saw a date. */
  private rowLine = 1;
  private fieldStart = new Int32Array(MAX_FIELDS_START);
  private fieldEnd = new Int32Array(MAX_FIELDS_START);
  private fieldCount = 0;
  private rowBreaks = 0;
  private rowContentEnd = 0;
  private width = 0;
  private at: ColumnIndex | null = null;
  private cellOf = new Int32Array(TEXT_COLUMNS.length).fill(-1);
  private interners = TEXT_COLUMNS.map(() => new ByteInterner());
  private absentIds = new Uint32Array(TEXT_COLUMNS.length);
  private rowIds = new Uint32Array(TEXT_COLUMNS.length);
  private slow: UsageRowReader | null = null;
  /** Cells that were not UTF-8 (read as Windows-1252), for the file's encoding warning. */
  private readonly encoding = new EncodingTally();
  private readonly recovered = new RecoveredRows();
  private fastRows = 0;
  private fastEmptyAvailable = 0;
  /**
   * The cells from a subscription's first attribute cell (a text column other than the id, month and end
   * date) to its last: the span its profile remembers. -1 when the header puts the subscription id after
   * it, or a month, end date, seat or revenue cell inside it; every row then looks its cells up one by one.
   */
  private spanFirst = -1;
  private spanLast = -1;
  private profiles: SubscriptionProfiles | null = null;
  /** The row's subscription entry when the scan looked it up (-1: not yet), and whether its span matched. */
  private rowEntry = -1;
  private spanMatched = false;
  /** Where the matched span starts in `work`, and whether its cells' bounds are set (see `placeSpanCells`). */
  private spanAt = 0;
  private spanPlaced = false;
  /** Line breaks inside quoted cells of the matched span. */
  private spanBreaks = 0;
  private raw: RawRowsBuilder | null = null;
  /** The cells a kept row keeps (those the table does not hold), as runs of adjacent cells: first, last. */
  private keptRuns: Int32Array = new Int32Array(0);
  /** The text of each name and tenant id entry, for its customer key id when first needed. */
  private readonly keyTexts = new Map<ByteInterner, string[]>();

  constructor(
    private readonly sink: IdRowSink,
    private readonly keepRows = false,
  ) {}

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

  private append(chunk: Uint8Array): void {
    const tail = this.length - this.pos;
    const needed = tail + chunk.length + 1;
    if (needed > this.work.length) {
      const bigger = new Uint8Array(Math.max(needed, this.work.length * 2));
      bigger.set(this.work.subarray(this.pos, this.length));
      this.work = bigger;
      this.workView = new DataView(bigger.buffer);
    } else if (this.pos > 0) {
      this.work.copyWithin(0, this.pos, this.length);
    }
    this.work.set(chunk, tail);
    this.length = tail + chunk.length;
    this.pos = 0;
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

  /** The delimiter from the first non-empty line, by the text path's rule (`chooseDelimiter`). */
  private detectDelimiter(final: boolean): boolean {
    const bytes = this.work;
    let i = this.pos;
    if (this.line === 1 && bytes[i] === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) i += 3;
    let first = i;
    while (first < this.length && (bytes[first] === LF || bytes[first] === CR)) first++;
    if (first === this.length) return false;
    let stop = first;
    let tabs = 0;
    let commas = 0;
    let semicolons = 0;
    for (; stop < this.length && bytes[stop] !== LF && bytes[stop] !== CR; stop++) {
      if (bytes[stop] === TAB) tabs++;
      else if (bytes[stop] === COMMA) commas++;
      else if (bytes[stop] === SEMICOLON) semicolons++;
    }
    if (stop === this.length && !final) return false;
    this.delimiter = chooseDelimiter(commas, tabs, semicolons).charCodeAt(0);
    this.plainAbove = Math.max(COMMA, this.delimiter);
    this.pos = i;
    return true;
  }

  /**
   * Finds the cells of the row at `start`: sets `fieldStart`/`fieldEnd` (a quoted cell keeps its quotes),
   * `rowContentEnd` (before the line end) and `rowBreaks` (line breaks inside quotes). Returns where the
   * next row starts, or -1 when the row may go on in the next chunk.
   */
  private scanRow(start: number, final: boolean): number {
    const bytes = this.work;
    const end = this.length;
    const delimiter = this.delimiter;
    const plainAbove = this.plainAbove;
    if (start >= end) return -1;
    let i = start;
    let f = 0;
    let breaks = 0;
    this.rowEntry = -1;
    this.spanMatched = false;
    this.spanPlaced = false;
    for (;;) {
      if (f === this.fieldStart.length) this.growFields();
      let cellStart = i;
      if (f === this.spanFirst) {
        const spanEnd = this.skipKnownSpan(i, end);
        if (spanEnd >= 0) {
          // The row's ids are the span's; the scan goes on in its last cell, whose bounds it sets as usual.
          breaks += this.spanBreaks;
          f = this.spanLast;
          cellStart = this.spanAt + (this.profiles as SubscriptionProfiles).lastCellStart(this.rowEntry);
          i = spanEnd;
        }
      }
      let b = bytes[i] as number;
      if (b === QUOTE && i < end) {
        i++;
        for (;;) {
          while (i < end && (b = bytes[i] as number) !== QUOTE) {
            if (b === CR || (b === LF && bytes[i - 1] !== CR)) {
              breaks++;
              if (this.width > 1 && this.swallowsRow(i)) return BROKEN;
            }
            i++;
          }
          if (i >= end) break;
          if (bytes[i + 1] !== QUOTE || i + 1 >= end) {
            i++;
            break;
          }
          i += 2;
        }
        if (i >= end && !final) return -1;
      }
      // Unquoted text, or what follows a closing quote: up to the delimiter or the line end.
      for (;;) {
        b = bytes[i] as number;
        if (b > plainAbove) {
          i++;
          continue;
        }
        if (b === delimiter || b === LF || b === CR) break;
        i++;
      }
      this.fieldStart[f] = cellStart;
      this.fieldEnd[f] = i;
      f++;
      if (i < end && b === delimiter) {
        i++;
        continue;
      }
      if (i >= end && !final) return -1;
      this.fieldCount = f;
      this.rowBreaks = breaks;
      this.rowContentEnd = i;
      if (i >= end) return end;
      if (b === CR) {
        // A CR as the chunk's last byte may be the first half of a CRLF.
        if (i + 1 >= end && !final) return -1;
        return bytes[i + 1] === LF ? i + 2 : i + 1;
      }
      return i + 1;
    }
  }

  /**
   * Whether the line after the line break inside quotes at `at` holds no quote and at least width − 1
   * delimiters before its own line break: a row a stray quote swallowed (the text tokenizer's rule).
   */
  private swallowsRow(at: number): boolean {
    const bytes = this.work;
    let i = bytes[at] === CR && bytes[at + 1] === LF ? at + 2 : at + 1;
    let delimiters = 0;
    for (; i < this.length; i++) {
      const b = bytes[i] as number;
      if (b === this.delimiter) delimiters++;
      else if (b === LF || b === CR) return delimiters >= this.width - 1;
      else if (b === QUOTE) return false;
    }
    return false;
  }

  /**
   * Skips the first line of the row at `rowStart` (on `line`), which a stray quote broke, and goes on
   * reading at the line after it, as the text tokenizer does.
   */
  private recover(rowStart: number, line: number): void {
    (this.slow as UsageRowReader).skip(line, strayQuoteReason(line));
    this.recovered.add(line);
    const bytes = this.work;
    let i = rowStart;
    let quoted = false;
    let cellStart = true;
    // The row's first line ends inside quotes: find that line break as the scan did.
    for (; ; i++) {
      const b = bytes[i] as number;
      if (quoted) {
        if (b === CR || b === LF) break;
        if (b === QUOTE) {
          if (bytes[i + 1] === QUOTE) i++;
          else quoted = false;
        }
      } else if (b === QUOTE && cellStart) {
        quoted = true;
      }
      cellStart = !quoted && b === this.delimiter;
    }
    this.pos = bytes[i] === CR && bytes[i + 1] === LF ? i + 2 : i + 1;
    this.line = line + 1;
  }

  /**
   * At the start of the row's first attribute cell: when the subscription's remembered span is there byte
   * for byte, and a cell ends right after it, sets the row's ids from it and returns where it ends; else
   * -1. Its cells' bounds are set only when needed (`placeSpanCells`).
   * Only looks the subscription up: a row that turns out odd must leave no dictionary entry behind.
   */
  private skipKnownSpan(at: number, end: number): number {
    const profiles = this.profiles as SubscriptionProfiles;
    const bytes = this.work;
    const cell = this.cellOf[SUB] as number;
    const s = this.fieldStart[cell] as number;
    const e = this.fieldEnd[cell] as number;
    const entry = (this.interners[SUB] as ByteInterner).find(
      bytes,
      this.workView,
      s,
      e,
      hashBytes(bytes, s, e),
    );
    this.rowEntry = entry;
    if (entry < 0) return -1;
    const length = profiles.match(entry, this.workView, at, end);
    if (length < 0) return -1;
    const next = bytes[at + length] as number;
    if (next !== this.delimiter && next !== LF && next !== CR) return -1;
    this.spanBreaks = profiles.apply(entry, this.rowIds);
    this.spanMatched = true;
    this.spanAt = at;
    return at + length;
  }

  /** Sets the bounds of a matched span's cells, for a row that is decoded or kept. */
  private placeSpanCells(): void {
    if (!this.spanMatched || this.spanPlaced) return;
    const profiles = this.profiles as SubscriptionProfiles;
    profiles.placeCells(this.rowEntry, this.spanAt, this.fieldStart, this.fieldEnd, this.spanFirst);
    this.spanPlaced = true;
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
    const at = mapHeader(header);
    this.header = header;
    this.at = at;
    this.width = header.length;
    TEXT_COLUMNS.forEach((column, c) => {
      const name = HEADER_NAME[column];
      const cell = name === null ? -1 : at[name];
      this.cellOf[c] = cell;
      if (cell === -1 && column !== 'customerKey') {
        this.absentIds[c] = this.sink.textId(column, '', null);
        this.rowIds[c] = this.absentIds[c] as number;
      }
    });
    this.planSpan(at);
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
      const fromTable = rawRowColumns(header);
      this.keptRuns = keptRuns(fromTable.flatMap((column, cell) => (column === null ? [cell] : [])));
      this.raw = createRawRowsBuilder(String.fromCharCode(this.delimiter), fromTable);
    }
  }

  /** Where the subscription profile's span is in a row, if the header allows one (see `spanFirst`). */
  private planSpan(at: ColumnIndex): void {
    const cells = TEXT_COLUMNS.flatMap((_, c) =>
      c === SUB || c === MONTH || c === END_DATE || this.cellOf[c] === -1 ? [] : [this.cellOf[c] as number],
    );
    if (cells.length === 0) return;
    const first = Math.min(...cells);
    const last = Math.max(...cells);
    const perRow = [
      this.cellOf[MONTH] as number,
      this.cellOf[END_DATE] as number,
      at.AvailableSeats,
      at.AssignedSeats,
      at.ActiveSeats,
      at.BilledRevenueUSD,
    ];
    const subscription = this.cellOf[SUB] as number;
    if (subscription === -1 || subscription > first || perRow.some((cell) => cell >= first && cell <= last))
      return;
    this.spanFirst = first;
    this.spanLast = last;
    this.profiles = new SubscriptionProfiles(last - first + 1, TEXT_COLUMNS.length, SKU);
    while (this.fieldStart.length <= this.width) this.growFields();
  }

  /** Reads a plain row straight into the sink; false when the row needs the careful path. */
  private fastRow(): boolean {
    const ids = this.rowIds;
    const subscription = this.rowEntry >= 0 ? this.rowEntry : this.entryOf(SUB, this.cellOf[SUB] as number);
    const month = this.entryOf(MONTH, this.cellOf[MONTH] as number);
    const subscriptionId = (this.interners[SUB] as ByteInterner).values[subscription] as number;
    const monthId = (this.interners[MONTH] as ByteInterner).values[month] as number;
    if (subscriptionId < 0 || monthId < 0) return false;
    ids[SUB] = subscriptionId;
    ids[MONTH] = monthId;
    // The end date is the row's own, like the month (never -1: any text is kept as written).
    const endCell = this.cellOf[END_DATE] as number;
    if (endCell !== -1)
      ids[END_DATE] = (this.interners[END_DATE] as ByteInterner).values[
        this.entryOf(END_DATE, endCell)
      ] as number;
    // When the scan matched the subscription's span, its attribute ids are in `ids` already.
    if (!this.spanMatched) {
      if (!this.attributeIds()) return false;
      this.profiles?.remember(subscription, this.work, this.fieldStart, this.fieldEnd, this.spanFirst, ids);
    }
    const at = this.at as ColumnIndex;
    const available = this.seats(at.AvailableSeats);
    const assigned = this.seats(at.AssignedSeats);
    const active = this.seats(at.ActiveSeats);
    if (available === INVALID || assigned === INVALID || active === INVALID) return false;
    let revenue = Number.NaN;
    if (at.BilledRevenueUSD !== -1) {
      const s = this.fieldStart[at.BilledRevenueUSD] as number;
      const e = this.fieldEnd[at.BilledRevenueUSD] as number;
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

  /** Looks up the row's attribute cells one by one (and its customer key); false when one is unusable. */
  private attributeIds(): boolean {
    const ids = this.rowIds;
    for (let c = SKU; c < TEXT_COLUMNS.length; c++) {
      if (c === KEY) continue;
      const cell = this.cellOf[c] as number;
      if (cell === -1) {
        ids[c] = this.absentIds[c] as number;
        continue;
      }
      const value = (this.interners[c] as ByteInterner).values[this.entryOf(c, cell)] as number;
      if (value < 0) return false;
      ids[c] = value;
    }
    const tenantKey = this.keyOf(TENANT);
    const key = tenantKey >= 0 ? tenantKey : this.keyOf(NAME);
    if (key < 0) return false;
    ids[KEY] = key;
    return true;
  }

  /** The customer key id of the row's name or tenant cell (`extras`), -1 when that cell is blank or absent. */
  private keyOf(c: number): number {
    const cell = this.cellOf[c] as number;
    if (cell === -1) return -1;
    const interner = this.interners[c] as ByteInterner;
    const entry = this.entryOf(c, cell);
    let key = interner.extras[entry] as number;
    if (key === KEY_NOT_YET) {
      // Interned on first use: a name is a key only for rows without a tenant id.
      key = this.sink.textId('customerKey', this.keyTexts.get(interner)?.[entry] ?? '');
      interner.extras[entry] = key;
    }
    return key;
  }

  private entryOf(c: number, cell: number): number {
    const bytes = this.work;
    const s = this.fieldStart[cell] as number;
    const e = this.fieldEnd[cell] as number;
    const interner = this.interners[c] as ByteInterner;
    const hash = hashBytes(bytes, s, e);
    const entry = interner.find(bytes, this.workView, s, e, hash);
    return entry >= 0 ? entry : this.addEntry(interner, c, s, e, hash);
  }

  /** First sight of a cell's bytes: decode once, and remember the dictionary id (-1: needs the careful path). */
  private addEntry(interner: ByteInterner, c: number, s: number, e: number, hash: number): number {
    const text = this.decodeCell(s, e).trim();
    const column = TEXT_COLUMNS[c] as TextColumn;
    let value: number;
    let extra = -1;
    if (c === MONTH) {
      // The careful path's month reader: one date order for the whole file, whichever path reads a row.
      const month = (this.slow as UsageRowReader).months.read(text, this.rowLine);
      value = month === null ? -1 : this.sink.textId('month', month);
    } else if (c === MARKET) {
      value = this.sink.textId('market', text, marketToAlpha2(text));
    } else if ((c === SUB || c === SKU) && text === '') {
      value = -1;
    } else {
      value = this.sink.textId(column, text);
      if ((c === NAME || c === TENANT) && text !== '') {
        extra = KEY_NOT_YET;
        const texts = this.keyTexts.get(interner) ?? [];
        this.keyTexts.set(interner, texts);
        texts[interner.size] = text;
      }
    }
    return interner.add(this.work, s, e, hash, value, extra);
  }

  /** A seat cell of plain digits; `EMPTY`; or `INVALID` (`12.0`, a sign, spaces, quotes: the careful path decides). */
  private seats(cell: number): number {
    const bytes = this.work;
    const s = this.fieldStart[cell] as number;
    const e = this.fieldEnd[cell] as number;
    if (e === s) return EMPTY;
    if (e - s > MAX_FAST_DIGITS) return INVALID;
    let value = 0;
    for (let i = s; i < e; i++) {
      const digit = (bytes[i] as number) - ZERO;
      if (digit < 0 || digit > 9) return INVALID;
      value = value * 10 + digit;
    }
    return value;
  }

  private decodedCells(): string[] {
    this.placeSpanCells();
    const cells: string[] = [];
    for (let f = 0; f < this.fieldCount; f++) {
      cells.push(this.decodeCell(this.fieldStart[f] as number, this.fieldEnd[f] as number));
    }
    return cells;
  }

  /** A cell's text, its bytes decoded once (see `decodeText`); the row's line is where it was first seen. */
  private decodeCell(start: number, end: number): string {
    // Read while the row is taken: `line` has moved past it already.
    const line = this.line - 1 - this.rowBreaks;
    return unquote(this.work, start, decodeText(this.work.subarray(start, end), this.encoding, line));
  }

  private growFields(): void {
    const grow = (array: Int32Array) => {
      const bigger = new Int32Array(array.length * 2);
      bigger.set(array);
      return bigger;
    };
    this.fieldStart = grow(this.fieldStart);
    this.fieldEnd = grow(this.fieldEnd);
  }
}

/** A cell's text: a quoted cell loses its quotes and doubled quotes become one; text after them stays. */
function unquote(bytes: Uint8Array, start: number, text: string): string {
  if (bytes[start] !== QUOTE) return text;
  let out = '';
  let i = 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q === -1) return out + text.slice(i);
    out += text.slice(i, q);
    if (text[q + 1] !== '"') return out + text.slice(q + 1);
    out += '"';
    i = q + 2;
  }
}

/**
 * `-?digits(.digits)?` of at most 15 digits (`,` for `.` in a decimal-comma file), exactly as `Number()`
 * reads it (an exact integer over an exact power of ten divides to the correctly rounded double); `NaN`
 * for anything else.
 */
function parseDecimal(bytes: Uint8Array, start: number, end: number, point: number): number {
  let i = start;
  const negative = bytes[i] === MINUS;
  if (negative) i++;
  let digits = 0;
  let scale = -1;
  let value = 0;
  for (; i < end; i++) {
    const b = bytes[i] as number;
    if (b === point && scale === -1) {
      scale = 0;
      continue;
    }
    const digit = b - ZERO;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
    digits++;
    if (scale !== -1) scale++;
  }
  if (digits === 0 || digits > MAX_FAST_DIGITS || scale === 0) return Number.NaN;
  const result = scale > 0 ? value / (POWERS_OF_TEN[scale] as number) : value;
  return negative ? -result : result;
}

/** Cells in increasing order as runs of adjacent ones, `[first, last, first, last, …]`. */
function keptRuns(cells: readonly number[]): Int32Array {
  const runs: number[] = [];
  for (const cell of cells) {
    if (runs.length > 0 && runs[runs.length - 1] === cell - 1) runs[runs.length - 1] = cell;
    else runs.push(cell, cell);
  }
  return Int32Array.from(runs);
}
