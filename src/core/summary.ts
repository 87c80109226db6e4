import { activePercent } from './active-percent.js';
import type { SummarySection } from './report.js';
import type { UsageCube } from './usage-cube.js';

/** Seat totals of every month of the window, and active usage % per month. */
export function computeSummary(cube: UsageCube, months: readonly string[]): SummarySection {
  const totals = months.map((month) => cube.months.get(month));
  const available = totals.map((t) => t?.available ?? 0);
  const active = totals.map((t) => t?.active ?? 0);
  return {
    available,
    assigned: totals.map((t) => t?.assigned ?? 0),
    active,
    activePercent: active.map((value, i) => activePercent(value, available[i] ?? 0)),
  };
}
