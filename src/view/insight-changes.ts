import type {
  ChangeDrivers,
  ChangesInsight,
  InsightMetric,
  PercentChange,
  SeatChange,
} from '../core/report.js';
import type { Localizer } from '../i18n/localizer.js';
import type { UsageFormatters } from './formatters.js';
import enInsights from '../i18n/locales/en/insights.js';
import { addEnglish } from '../i18n/registry.js';

addEnglish(enInsights);

/** One group's part of a change, ready to show: its name in the reader's language and its signed change. */
export interface DriverItem {
  name: string;
  change: string;
}

/** "What changed" for one metric: a sentence, and the biggest drivers by SKU, country and customer. */
export interface ChangeLine {
  metric: InsightMetric;
  sentence: string;
  drivers: { dimension: keyof ChangeDrivers; items: DriverItem[]; other: string | null }[];
}

/** How many drivers a line shows per dimension: the core keeps more, a sentence reads best with three. */
export const DRIVERS_SHOWN = 3;

const SEAT_METRICS = ['available', 'assigned', 'active'] as const;

/**
 * The insights' changes as sentences in the reader's language: seats rose, fell or stayed, with their
 * biggest drivers; active usage % split into seats gained or lost and the mix of SKUs. Drivers that add
 * nothing (a zero contribution) are left out.
 */
export function changeLines(changes: ChangesInsight, { t }: Localizer, f: UsageFormatters): ChangeLine[] {
  const lines: ChangeLine[] = SEAT_METRICS.map((metric) => seatLine(metric, changes[metric], t, f));
  const percent = changes.activePercent;
  lines.push(
    percent
      ? percentLine(percent, t, f)
      : { metric: 'activePercent', sentence: t('insights.percent.none'), drivers: [] },
  );
  return lines;
}

function seatLine(
  metric: (typeof SEAT_METRICS)[number],
  change: SeatChange,
  t: Localizer['t'],
  f: UsageFormatters,
): ChangeLine {
  const values = {
    metric: t(`metric.${metric}.label`),
    change: f.seats(Math.abs(change.change)),
    to: f.seats(change.to),
  };
  const key =
    change.change > 0
      ? 'insights.change.up'
      : change.change < 0
        ? 'insights.change.down'
        : 'insights.change.flat';
  return {
    metric,
    sentence: t(key, values),
    drivers:
      change.change === 0 ? [] : driverGroups(change.drivers, (value) => f.change(value, 'seats'), t, f),
  };
}

function percentLine(change: PercentChange, t: Localizer['t'], f: UsageFormatters): ChangeLine {
  const points = (value: number) => f.change(value, 'points');
  const to = f.percent(change.to);
  if (change.change === 0)
    return { metric: 'activePercent', sentence: t('insights.percent.flat', { to }), drivers: [] };
  const values = {
    change: Math.abs(change.change),
    to,
    seats: points(change.seats),
    mix: points(change.mix),
  };
  return {
    metric: 'activePercent',
    sentence: t(change.change > 0 ? 'insights.percent.up' : 'insights.percent.down', values),
    drivers: driverGroups(change.drivers, points, t, f),
  };
}

function driverGroups(
  drivers: ChangeDrivers,
  signed: (value: number) => string,
  t: Localizer['t'],
  f: UsageFormatters,
): ChangeLine['drivers'] {
  return (['sku', 'country', 'customer'] as const).map((dimension) => {
    const list = drivers[dimension];
    const shown = list.top.filter((driver) => driver.contribution !== 0).slice(0, DRIVERS_SHOWN);
    const rest = list.top.slice(shown.length).reduce((sum, driver) => sum + driver.contribution, list.other);
    const restCount = list.top.length - shown.length + list.otherCount;
    return {
      dimension,
      items: shown.map((driver) => ({
        // A country driver's key is its market code, `?name` when the market matched none.
        name:
          dimension === 'country' && !driver.key.startsWith('?')
            ? f.country(driver.key, driver.name)
            : driver.name,
        change: signed(driver.contribution),
      })),
      other:
        restCount > 0 && rest !== 0
          ? t('insights.drivers.other', { count: restCount, change: signed(rest) })
          : null,
    };
  });
}
