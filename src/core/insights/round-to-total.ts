/**
 * Whole numbers near `values` that add up to `total` exactly: each value rounded, and what rounding
 * left over (`total` minus their sum, a unit or two) added to the value of largest size, where it changes
 * the figure least in proportion. Used for hundredths of a percentage point, so that the parts a
 * reader sees add up to the change they see.
 */
export function roundToTotal(values: readonly number[], total: number): number[] {
  const rounded = values.map((value) => Math.round(value));
  const residual = total - rounded.reduce((sum, value) => sum + value, 0);
  if (residual !== 0 && rounded.length > 0) {
    let largest = 0;
    values.forEach((value, i) => {
      if (Math.abs(value) > Math.abs(values[largest] as number)) largest = i;
    });
    rounded[largest] = (rounded[largest] as number) + residual;
  }
  // `-0` would print as 0 but compare oddly in tests and sums.
  return rounded.map((value) => value + 0);
}
