/** A change is unusual when its distance from the median change is above this many robust deviations. */
export const ANOMALY_SCORE = 3.5;
/** MAD × 1.4826 estimates the standard deviation of normally distributed changes. */
export const MAD_SCALE = 1.4826;
/** When over half the changes are equal (MAD 0): mean absolute deviation × 1.2533 (√(π/2)) instead. */
export const MEAN_AD_SCALE = 1.2533;
/** Fewer changes than this say too little of what is usual: the series is not judged. */
export const MIN_CHANGES = 5;
/** Seat series: a flagged change is at least 5 seats off the median change and 2 % of the series' median. */
export const MIN_SEATS = 5;
export const MIN_SHARE = 0.02;
/** Active % series (in hundredths): at least 2 percentage points off. */
export const MIN_HUNDREDTHS = 200;

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
 * With d the changes between consecutive months that both have a figure, m their median and MAD the
 * median of |d − m|: scale = 1.4826 × MAD (or 1.2533 × the mean of |d − m| when MAD is 0), score =
 * |d − m| / scale. A month is unusual when its score is above 3.5 and |d − m| is at least the minimum size;
 * it was expected between previous + m − 3.5 × scale and previous + m + 3.5 × scale.
 */
export function madOutlier(values: readonly (number | null)[], unit: 'seats' | 'points'): Outlier[] {
  const changes: { index: number; change: number }[] = [];
  for (let i = 1; i < values.length; i++) {
    const before = values[i - 1];
    const now = values[i];
    if (before !== null && before !== undefined && now !== null && now !== undefined)
      changes.push({ index: i, change: now - before });
  }
  if (changes.length < MIN_CHANGES) return [];
  const m = median(changes.map((c) => c.change));
  const deviations = changes.map((c) => Math.abs(c.change - m));
  const mad = median(deviations);
  const scale =
    mad > 0
      ? MAD_SCALE * mad
      : (MEAN_AD_SCALE * deviations.reduce((sum, d) => sum + d, 0)) / deviations.length;
  if (scale === 0) return [];
  const levels = values.filter((v): v is number => v !== null);
  const minimum =
    unit === 'points' ? MIN_HUNDREDTHS : Math.max(MIN_SEATS, MIN_SHARE * Math.abs(median(levels)));
  const outliers: Outlier[] = [];
  changes.forEach(({ index }, k) => {
    const deviation = deviations[k] as number;
    const score = deviation / scale;
    if (score <= ANOMALY_SCORE || deviation < minimum) return;
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

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
