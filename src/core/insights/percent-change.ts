import { activePercent } from '../active-percent.js';
import type { ChangeDriver, PercentChange } from './insights-report.js';
import { roundedDriverList } from './driver-list.js';
import type { Dimension, GroupSeats } from './group-seats.js';
import { roundToTotal } from './round-to-total.js';
import type { GroupsByDimension } from './seat-changes.js';

interface Totals {
  available: number;
  active: number;
}

/**
 * The change of active usage % P = 100 × T / A (T active, A available seats) from month 0 to month 1,
 * worked in exact hundredths of a point and rounded only at the end (`roundToTotal`):
 * - a group g's contribution is 100 × (T1g / A1 − T0g / A0): its active seats as a share of all available
 *   seats, then and now. These add up to P1 − P0 exactly.
 * - with SKU shares w = Ag / A and SKU rates p = Tg / Ag, P1 − P0 = Σ 100 × (w̄ Δp + p̄ Δw) exactly (bars:
 *   the two months' average). `mix` is Σ 100 × p̄ Δw, seats moving between SKUs of different usage (a SKU
 *   with no seats in one month takes its other month's rate there, so its seats arriving or leaving count
 *   as mix); `seats` is the rest, active seats gained or lost within SKUs.
 * `null` when either month has no available seats.
 */
export function percentChange(from: Totals, to: Totals, groups: GroupsByDimension): PercentChange | null {
  const before = activePercent(from.active, from.available);
  const after = activePercent(to.active, to.available);
  if (before === null || after === null) return null;
  const target = Math.round(after * 100) - Math.round(before * 100);
  const share = (t: GroupSeats | undefined, total: Totals) => (10000 * (t?.active ?? 0)) / total.available;
  const list = (dimension: Dimension) => {
    const { from: a, to: b } = groups[dimension];
    const drivers: ChangeDriver[] = [...new Set([...a.keys(), ...b.keys()])].map((key) => {
      const g0 = a.get(key);
      const g1 = b.get(key);
      return {
        key,
        name: (g1 ?? g0)!.name,
        from: g0 ? activePercent(g0.active, g0.available) : null,
        to: g1 ? activePercent(g1.active, g1.available) : null,
        contribution: share(g1, to) - share(g0, from),
      };
    });
    return roundedDriverList(drivers, target);
  };
  const exact = (10000 * to.active) / to.available - (10000 * from.active) / from.available;
  const mix = mixHundredths(from, to, groups.sku);
  const [seats, mixed] = roundToTotal([exact - mix, mix], target) as [number, number];
  return {
    from: before,
    to: after,
    change: target / 100,
    seats: seats / 100,
    mix: mixed / 100,
    drivers: { sku: list('sku'), country: list('country'), customer: list('customer') },
  };
}

/** Σ 10000 × p̄ Δw over SKUs: the mix part of the change, in hundredths of a point. */
function mixHundredths(from: Totals, to: Totals, skus: GroupsByDimension['sku']): number {
  let mix = 0;
  for (const key of new Set([...skus.from.keys(), ...skus.to.keys()])) {
    const g0 = skus.from.get(key);
    const g1 = skus.to.get(key);
    const a0 = g0?.available ?? 0;
    const a1 = g1?.available ?? 0;
    let p0 = a0 > 0 ? (g0?.active ?? 0) / a0 : null;
    let p1 = a1 > 0 ? (g1?.active ?? 0) / a1 : null;
    if (p0 === null && p1 === null) continue;
    p0 ??= p1 as number;
    p1 ??= p0;
    mix += 10000 * ((p0 + p1) / 2) * (a1 / to.available - a0 / from.available);
  }
  return mix;
}
