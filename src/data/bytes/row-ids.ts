import { ByteInterner, hashBytes } from './byte-interner.js';
import { TEXT_COLUMNS } from '../text-columns.js';
import type { TextColumn } from '../text-columns.js';
import type { ColumnIndex } from '../header-map.js';
import { marketToAlpha2 } from '../markets.js';
import type { UsageRowReader } from '../usage-row-reader.js';
import type { UsageSink } from '../usage-sink.js';
import { LF, CR } from './byte-codes.js';
import { RowScanner } from './row-scanner.js';
import { SubscriptionProfiles } from './subscription-profiles.js';

/** Where the reader puts rows: by dictionary ids (see `UsageTableBuilder`), or as records for odd rows. */
export interface IdRowSink extends UsageSink {
  textId(column: TextColumn, value: string, marketCode?: string | null): number;
  addIds(ids: ArrayLike<number>, available: number, assigned: number, active: number, revenue: number): void;
  readonly length: number;
}

// Positions in the row of ids, as in the table's TEXT_COLUMNS.
export const SUB = 0;
export const MONTH = 1;
export const END_DATE = 2;
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
/** A name or tenant id entry whose customer key has no id yet (see `keyOf`). */
const KEY_NOT_YET = -2;

/**
 * The byte reader's second job: a row's text cells to dictionary ids. Each distinct cell is decoded once
 * (its bytes interned, its id remembered), and a subscription's attribute span, the same every month, is
 * matched whole against its profile (see `SubscriptionProfiles`).
 */
export abstract class RowIds extends RowScanner {
  /** The careful path's row reader, made with the header: its month reader reads the byte path's months too. */
  protected slow: UsageRowReader | null = null;
  protected cellOf = new Int32Array(TEXT_COLUMNS.length).fill(-1);
  protected interners = TEXT_COLUMNS.map(() => new ByteInterner());
  private absentIds = new Uint32Array(TEXT_COLUMNS.length);
  protected rowIds = new Uint32Array(TEXT_COLUMNS.length);
  /** The line of the row being taken, for a month reader that names where it saw a date. */
  protected rowLine = 1;
  /** The text of each name and tenant id entry, for its customer key id when first needed. */
  private readonly keyTexts = new Map<ByteInterner, string[]>();

  constructor(protected readonly sink: IdRowSink) {
    super();
  }

  /** Which cell holds each text column (columns the header lacks get the empty text's id), and the span. */
  protected mapColumns(at: ColumnIndex): void {
    TEXT_COLUMNS.forEach((column, c) => {
      const name = HEADER_NAME[column];
      const cell = name === null ? -1 : at[name];
      this.cellOf[c] = cell;
      if (cell === -1 && column !== 'customerKey') {
        this.absentIds[c] = this.sink.textId(column, '', null);
        this.rowIds[c] = this.absentIds[c]!;
      }
    });
    this.planSpan(at);
  }

  /** Where the subscription profile's span is in a row, if the header allows one (see `spanFirst`). */
  private planSpan(at: ColumnIndex): void {
    const cells = TEXT_COLUMNS.flatMap((_, c) =>
      c === SUB || c === MONTH || c === END_DATE || this.cellOf[c] === -1 ? [] : [this.cellOf[c]!],
    );
    if (cells.length === 0) return;
    const first = Math.min(...cells);
    const last = Math.max(...cells);
    const perRow = [
      this.cellOf[MONTH]!,
      this.cellOf[END_DATE]!,
      at.AvailableSeats,
      at.AssignedSeats,
      at.ActiveSeats,
      at.BilledRevenueUSD,
    ];
    const subscription = this.cellOf[SUB]!;
    if (subscription === -1 || subscription > first || perRow.some((cell) => cell >= first && cell <= last))
      return;
    this.spanFirst = first;
    this.spanLast = last;
    this.profiles = new SubscriptionProfiles(last - first + 1, TEXT_COLUMNS.length, SKU);
    while (this.fieldStart.length <= this.width) this.growFields();
  }

  /**
   * Its cells' bounds are set only when needed (`placeSpanCells`). Only looks the subscription up: a row
   * that turns out odd must leave no dictionary entry behind.
   */
  protected skipKnownSpan(at: number, end: number): number {
    const profiles = this.profiles!;
    const bytes = this.work;
    const cell = this.cellOf[SUB]!;
    const s = this.fieldStart[cell]!;
    const e = this.fieldEnd[cell]!;
    const record = profiles.find(this.workView, s, e, hashBytes(bytes, this.workView, s, e));
    if (record < 0) return -1;
    this.rowEntry = profiles.entry(record);
    const length = profiles.match(record, this.workView, at, end);
    if (length < 0) return -1;
    const next = bytes[at + length]!;
    if (next !== this.delimiter && next !== LF && next !== CR) return -1;
    this.spanRecord = record;
    this.spanBreaks = profiles.apply(record, this.rowIds);
    this.spanMatched = true;
    this.spanAt = at;
    return at + length;
  }

  /** Sets the bounds of a matched span's cells, for a row that is decoded or kept. */
  protected placeSpanCells(): void {
    if (!this.spanMatched || this.spanPlaced) return;
    this.profiles!.placeCells(this.spanRecord, this.spanAt, this.fieldStart, this.fieldEnd, this.spanFirst);
    this.spanPlaced = true;
  }

  /** Remembers the row's span and ids as the profile of `subscription` (its entry), when the header allows one. */
  protected rememberSpan(subscription: number): void {
    const profiles = this.profiles;
    if (!profiles) return;
    const cell = this.cellOf[SUB]!;
    const s = this.fieldStart[cell]!;
    const e = this.fieldEnd[cell]!;
    const hash = hashBytes(this.work, this.workView, s, e);
    const { fieldStart, fieldEnd } = this;
    profiles.remember(
      this.work,
      this.workView,
      s,
      e,
      hash,
      subscription,
      fieldStart,
      fieldEnd,
      this.spanFirst,
      this.rowIds,
    );
  }

  /** Looks up the row's attribute cells one by one (and its customer key); false when one is unusable. */
  protected attributeIds(): boolean {
    const ids = this.rowIds;
    for (let c = SKU; c < TEXT_COLUMNS.length; c++) {
      if (c === KEY) continue;
      const cell = this.cellOf[c]!;
      if (cell === -1) {
        ids[c] = this.absentIds[c]!;
        continue;
      }
      const value = this.interners[c]!.value(this.entryOf(c, cell));
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
    const cell = this.cellOf[c]!;
    if (cell === -1) return -1;
    const interner = this.interners[c]!;
    const entry = this.entryOf(c, cell);
    let key = interner.extra(entry);
    if (key === KEY_NOT_YET) {
      // Interned on first use: a name is a key only for rows without a tenant id.
      key = this.sink.textId('customerKey', this.keyTexts.get(interner)?.[entry] ?? '');
      interner.setExtra(entry, key);
    }
    return key;
  }

  /** The interner entry of column `c`'s text in `cell`, added on first sight. */
  protected entryOf(c: number, cell: number): number {
    const bytes = this.work;
    const s = this.fieldStart[cell]!;
    const e = this.fieldEnd[cell]!;
    const interner = this.interners[c]!;
    const hash = hashBytes(bytes, this.workView, s, e);
    const entry = interner.find(bytes, this.workView, s, e, hash);
    return entry >= 0 ? entry : this.addEntry(interner, c, s, e, hash);
  }

  /** First sight of a cell's bytes: decode once, and remember the dictionary id (-1: needs the careful path). */
  private addEntry(interner: ByteInterner, c: number, s: number, e: number, hash: number): number {
    const text = this.decodeCell(s, e).trim();
    const column = TEXT_COLUMNS[c]!;
    let value: number;
    let extra = -1;
    if (c === MONTH) {
      // The careful path's month reader: one date order for the whole file, whichever path reads a row.
      const month = this.slow!.months.read(text, this.rowLine);
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
}
