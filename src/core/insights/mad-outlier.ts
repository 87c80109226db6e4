import { median } from './median.js';

/**
 * A change is unusual when it is more than this many robust deviations from the series' usual change.
 * Not the textbook 3.5 (Iglewicz & Hoaglin): a 12-month window gives 11 changes, whose MAD is uncertain
 * by about a third (standard error ≈ 1.17 / √11 ≈ 0.35 of it), and a report judges some 80 series at
 * once. At 3.5 the bundled sample flagged 49 months, nearly all the ordinary lumps of seats that arrive
 * by whole subscriptions; 3.5 ÷ (1 − 0.35) ≈ 5 allows for a MAD a third too small.
 */
export const ANOMALY_SCORE = 5;
/** MAD × 1.4826 estimates the standard deviation of normally distributed changes. */
export const MAD_SCALE = 1.4826;
/**
 * No series is taken as steadier than 1 % of its median size a month (seats). Without a floor, a series
 * whose changes are mostly equal has a MAD of 0 and any wobble scores without bound. On the sample the
 * seat series' 1.4826 × MAD runs from 0.3 % to 12 % of their size (10th percentile 1 %, median 2.8 %).
 */
export const MIN_SCALE_SHARE = 0.01;
/** Active % (in hundredths): at least 1 point, the sample's 10th percentile (its series: 0.7 to 5.5 points). */
export const MIN_SCALE_HUNDREDTHS = 100;
/** Fewer changes than this say too little of what is usual: the series is not judged. */
export const MIN_CHANGES = 5;

export interface Outlier {
  /** The month's position in the series. */
  index: number;
  value: number;
  previous: number;
  expectedLow: number;
  expectedHigh: number;
  score: number;
}

/**
 * The months of `values` (`null`: no figure, left out) whose change from the month before is unusual.
 * With d the changes between consecutive months that both have a figure (a change out of 0 is a start,
 * not a change, and is left out), m their median and MAD the median of |d − m|:
 * scale = max(1.4826 × MAD, 1 % of the series' median or 1 point), score = |d − m| / scale. A month is
 * unusual when its score is above 5; it was expected between previous + m − 5 × scale and
 * previous + m + 5 × scale. The month right after an unusual one is not unusual when it lands back in
 * that range drawn from the month before the unusual one (plus two usual changes): a dip and its
 * recovery are one event.
 */
export function madOutlier(values: readonly (number | null)[], unit: 'seats' | 'points'): Outlier[] {
  const changes: { index: number; change: number }[] = [];
  for (let i = 1; i < values.length; i++) {
    const before = values[i - 1];
    const now = values[i];
    if (before !== null && before !== undefined && before !== 0 && now !== null && now !== undefined)
      changes.push({ index: i, change: now - before });
  }
  if (changes.length < MIN_CHANGES) return [];
  const m = median(changes.map((c) => c.change));
  const deviations = changes.map((c) => Math.abs(c.change - m));
  const levels = values.filter((v): v is number => v !== null && v !== undefined);
  const floor = unit === 'points' ? MIN_SCALE_HUNDREDTHS : MIN_SCALE_SHARE * Math.abs(median(levels));
  const scale = Math.max(MAD_SCALE * median(deviations), floor);
  if (scale === 0) return [];
  const outliers: Outlier[] = [];
  changes.forEach(({ index }, k) => {
    const score = (deviations[k] as number) / scale;
    if (score <= ANOMALY_SCORE) return;
    const last = outliers[outliers.length - 1];
    const before = values[index - 2];
    if (last?.index === index - 1 && before !== null && before !== undefined) {
      const back = Math.abs((values[index] as number) - before - 2 * m) / scale;
      if (back <= ANOMALY_SCORE) return;
    }
    const previous = values[index - 1] as number;
    outliers.push({
      index,
      value: values[index] as number,
      previous,
      expectedLow: previous + m - ANOMALY_SCORE * scale,
      expectedHigh: previous + m + ANOMALY_SCORE * scale,
      score,
    });
  });
  return outliers;
}
