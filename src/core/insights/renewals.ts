import type { InputWarning } from '../../data/input-warning.js';
import { parseDate } from '../../data/parse-month.js';
import { activePercent } from '../active-percent.js';
import { compareText } from '../compare-text.js';
import { DEFAULT_RENEWAL_ACTIVE_BELOW, DEFAULT_RENEWAL_DAYS } from '../report.js';
import type { ReportOptions } from '../report.js';
import { ReportOptionError } from '../report-window.js';
import type { UsageCube } from '../usage-cube.js';
import { endDateOrder } from './end-date-order.js';
import type { RenewalsInsight, RenewalSubscription } from './insights-report.js';
import { INSIGHT_STEP_SUBSCRIPTIONS } from './insight-steps.js';
import { runToEnd } from '../run-steps.js';

const DAY_MS = 86_400_000;

/**
 * Subscriptions with seats in the window's last month whose end date falls in the `renewalDays` days
 * after that month's last day, and whose active % that month is below `renewalActiveBelow`: the renewals
 * at risk, most seats at stake first (then the earliest end date, then id). Without end dates in the
 * export, `available: false` says so rather than list nothing.
 */
export function computeRenewals(
  cube: UsageCube,
  months: readonly string[],
  options: ReportOptions,
  warnings: readonly InputWarning[],
): RenewalsInsight {
  return runToEnd(renewalSteps(cube, months, options, warnings));
}

/** `computeRenewals`, yielding every `INSIGHT_STEP_SUBSCRIPTIONS` subscriptions. */
export function* renewalSteps(
  cube: UsageCube,
  months: readonly string[],
  options: ReportOptions,
  warnings: readonly InputWarning[],
): Generator<void, RenewalsInsight> {
  const days = option('renewalDays', options.renewalDays, DEFAULT_RENEWAL_DAYS, true);
  const activeBelow = option('renewalActiveBelow', options.renewalActiveBelow, DEFAULT_RENEWAL_ACTIVE_BELOW);
  const month = months.at(-1);
  const column = month === undefined ? undefined : cube.monthColumns.get(month);
  const texts = new Set(cube.subscriptions.map((s) => s.endDate).filter((text) => text !== ''));
  if (texts.size === 0)
    return {
      available: false,
      code: 'no-end-dates',
      reason: 'The export has no SubscriptionEndDate column (or no date in it): renewals need end dates',
    };
  const decided = endDateOrder(texts, warnings);
  if ('problem' in decided) return { available: false, reason: decided.problem };
  if (month === undefined) return { available: false, reason: 'The report has no months' };
  const monthEnd = Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0);
  const { subscriptionSeats: seats, subscriptionAssigned: assigned, monthCount } = cube;
  const subscriptions: RenewalSubscription[] = [];
  let unreadableDates = 0;
  const dates = new Map<string, string | null>();
  let read = 0;
  for (const ledger of cube.subscriptions) {
    if (++read % INSIGHT_STEP_SUBSCRIPTIONS === 0) yield;
    const at = column === undefined ? -1 : ledger.slot * monthCount + column;
    if (at === -1 || seats[at * 3 + 2] === 0 || ledger.endDate === '') continue;
    // A few distinct end dates over many subscriptions: each read once.
    let endDate = dates.get(ledger.endDate);
    if (endDate === undefined)
      dates.set(ledger.endDate, (endDate = parseDate(ledger.endDate, decided.order)));
    if (endDate === null) {
      unreadableDates++;
      continue;
    }
    const end = Date.UTC(
      Number(endDate.slice(0, 4)),
      Number(endDate.slice(5, 7)) - 1,
      Number(endDate.slice(8)),
    );
    const daysAfterMonth = Math.round((end - monthEnd) / DAY_MS);
    if (daysAfterMonth < 1 || daysAfterMonth > days) continue;
    const available = seats[at * 3]!;
    const active = seats[at * 3 + 1]!;
    const percent = activePercent(active, available);
    if (percent === null || percent >= activeBelow) continue;
    subscriptions.push({
      subscriptionId: ledger.subscriptionId,
      customerKey: ledger.customerKey,
      customerName: ledger.customerName,
      sku: ledger.sku,
      endDate,
      daysAfterMonth,
      available,
      assigned: assigned[at]!,
      active,
      activePercent: percent,
    });
  }
  subscriptions.sort(
    (a, b) =>
      b.available - a.available ||
      compareText(a.endDate, b.endDate) ||
      compareText(a.subscriptionId, b.subscriptionId),
  );
  return { available: true, month, days, activeBelow, subscriptions, unreadableDates };
}

function option(name: string, value: number | undefined, fallback: number, whole = false): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0 || (whole && !Number.isInteger(value)))
    throw new ReportOptionError(
      `invalid ${name}: ${value} (expected ${whole ? 'a whole number' : 'a number'} ≥ 0)`,
    );
  return value;
}
