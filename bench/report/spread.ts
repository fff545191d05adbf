export interface Spread {
  median: number;
  min: number;
  max: number;
  /** How many runs gave a value (a run can give none, e.g. a form that never accepted typing). */
  n: number;
}

/** Median and range of the values that exist; null when there are none. */
export function spread(values: readonly (number | null)[]): Spread | null {
  const sorted = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return null;
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[n - 1] ?? 0, n };
}
