const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether `text` is a `YYYY-MM` month key. */
export function isMonthKey(text: string): boolean {
  return MONTH_PATTERN.test(text);
}

/** `month` moved by `delta` months: `addMonths('2026-01', -1)` is `'2025-12'`. */
export function addMonths(month: string, delta: number): string {
  const year = Number(month.slice(0, 4));
  const index = year * 12 + Number(month.slice(5, 7)) - 1 + delta;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included, oldest first; empty when `from` is after `to`. */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  // Counted, not compared: after 9999-12 comes "10000-01", which sorts before it as text.
  const count = monthIndex(to) - monthIndex(from) + 1;
  for (let k = 0; k < count; k++) months.push(addMonths(from, k));
  return months;
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}
