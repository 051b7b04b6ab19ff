/**
 * Prediction intervals from empirical errors. The errors are those the chosen method made at the
 * inner validation origins (inside the training window): actual − forecast, 1..h steps ahead. They
 * carry the real shape of demand (skewed, many zeros) that a normal approximation would miss, and need
 * no model of the error variance. Demand cannot be negative, so each sample is cut at 0; when that cut
 * already holds more than the lower tail, the interval starts at 0 and its upper end is the level's
 * quantile, so an 80% interval still aims at 80%, not 90%.
 */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/** Linear-interpolation quantile (type 7) of sorted values. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const at = (sorted.length - 1) * p;
  const below = Math.floor(at);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (at - below) * (sorted[above]! - sorted[below]!);
}

export function intervalFrom(point: number, errors: readonly number[], level: number): Interval {
  if (errors.length === 0) return { lo: point, hi: point };
  const samples = errors.map((e) => Math.max(0, point + e)).sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  const lo = quantileSorted(samples, tail);
  if (lo > 0) return { lo, hi: quantileSorted(samples, 1 - tail) };
  return { lo: 0, hi: quantileSorted(samples, level) };
}
