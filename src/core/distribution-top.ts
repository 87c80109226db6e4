import { compareText } from './compare-text.js';
import type { DistributionEntry } from './report.js';

/** One row of the distribution with its shares of the totals: a SKU, or the long tail summed. */
export interface DistributionShare extends DistributionEntry {
  /** `100 × available / total available`, 2 decimals; `null` when no seat is available at all. */
  availableShare: number | null;
  /** `100 × active / total active`, 2 decimals; `null` when no seat is active at all. */
  activeShare: number | null;
  /** How many SKUs the row stands for: 1, or the size of the long tail for the "Other" row. */
  skuCount: number;
  /** Whether the row sums the SKUs beyond the top N (its `sku` is then `''`). */
  other: boolean;
}

export interface DistributionTop {
  /** The top N SKUs by available seats, then one "Other" row when more SKUs remain. */
  rows: DistributionShare[];
  /** SKUs folded into the "Other" row; 0 when there is none. */
  otherCount: number;
  /** Seats of all SKUs, the denominators of the shares. */
  total: { available: number; assigned: number; active: number };
}

/**
 * The `top` SKUs by available seats (then name), the rest summed into one "Other" row, each with its
 * share of all available and all active seats. `top` defaults to every SKU.
 * @throws RangeError for a `top` below 1.
 */
export function distributionTop(entries: readonly DistributionEntry[], top = Infinity): DistributionTop {
  if (!(top >= 1)) throw new RangeError(`invalid top: ${top}`);
  const sorted = [...entries].sort((a, b) => b.available - a.available || compareText(a.sku, b.sku));
  const total = { available: 0, assigned: 0, active: 0 };
  for (const entry of sorted) {
    total.available += entry.available;
    total.assigned += entry.assigned;
    total.active += entry.active;
  }
  const share = (entry: DistributionEntry, skuCount: number, other: boolean): DistributionShare => ({
    sku: entry.sku,
    available: entry.available,
    assigned: entry.assigned,
    active: entry.active,
    availableShare: percentOf(entry.available, total.available),
    activeShare: percentOf(entry.active, total.active),
    skuCount,
    other,
  });
  const head = sorted.slice(0, Math.floor(top));
  const tail = sorted.slice(head.length);
  const rows = head.map((entry) => share(entry, 1, false));
  if (tail.length > 0) {
    const summed = { sku: '', available: 0, assigned: 0, active: 0 };
    for (const entry of tail) {
      summed.available += entry.available;
      summed.assigned += entry.assigned;
      summed.active += entry.active;
    }
    rows.push(share(summed, tail.length, true));
  }
  return { rows, otherCount: tail.length, total };
}

function percentOf(value: number, total: number): number | null {
  return total > 0 ? Math.round((10000 * value) / total) / 100 : null;
}
