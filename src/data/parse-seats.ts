const ZERO = 48;
const NINE = 57;
const DOT = 46;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads a seat count: a non-negative whole number, also as Excel writes it (`12.0`, `12.00`).
 * Returns `'empty'` for a blank cell and `null` for anything else (negative, fractional, `1,234`, text).
 */
export function parseSeats(text: string): number | 'empty' | null {
  const t = text.trim();
  const n = t.length;
  if (n === 0) return 'empty';
  let value = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c < ZERO || c > NINE) break;
    value = value * 10 + (c - ZERO);
  }
  if (i === 0) return null;
  if (i < n) {
    if (t.charCodeAt(i) !== DOT || i === n - 1) return null;
    for (i++; i < n; i++) if (t.charCodeAt(i) !== ZERO) return null;
  }
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * Reads a `BilledRevenueUSD` cell: a plain decimal number, negative for credits (no currency sign or
 * thousands separator). Returns `null` for a blank cell and `'invalid'` for anything else.
 */
export function parseRevenue(text: string): number | null | 'invalid' {
  const t = text.trim();
  if (t === '') return null;
  if (!NUMBER.test(t)) return 'invalid';
  const value = Number(t);
  return Number.isFinite(value) ? value : 'invalid';
}
