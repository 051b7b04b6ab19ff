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

/** Inverse-CDF quantile (type 1) of sorted values: the smallest value with at least share p at or below it. */
export function quantileStep(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length - 1e-9) - 1))]!;
}

/**
 * The upper bound among whole sample values whose share at or below it is nearest p: with few distinct
 * values (0, 1, 2 units) no bound covers exactly 80%, and always rounding up would cover far more.
 */
export function nearestCoverage(sorted: readonly number[], p: number): number {
  const v = quantileStep(sorted, p);
  const atOrBelow = (x: number) => sorted.filter((s) => s <= x).length / sorted.length;
  const lower = sorted.filter((s) => s < v).at(-1);
  if (lower === undefined) return v;
  return p - atOrBelow(lower) < atOrBelow(v) - p ? lower : v;
}

/**
 * The share of n samples an interval must hold to cover \`level\` of new data: ⌈level·(n + 1)⌉ / n, the
 * finite-sample correction of split conformal prediction. With 52 samples (26 inner origins × 2 weeks)
 * an 80% interval holds 43 of them (82.7%); with 364 (× 14 days) it holds 292 (80.2%).
 */
export function finiteSampleLevel(level: number, n: number): number {
  return n === 0 ? level : Math.min(1, Math.ceil(level * (n + 1) - 1e-9) / n);
}

/**
 * `whole`: demand comes in whole units, so each sample is rounded to a whole number and the bounds are
 * sample values (no interpolation). An interval such as [0, 0.6] would leave out every day that sold one
 * unit while claiming to cover 80%; [0, 1] says what is meant.
 */
export function intervalFrom(point: number, errors: readonly number[], level: number, whole = false): Interval {
  if (errors.length === 0) return { lo: point, hi: point };
  const samples = errors.map((e) => Math.max(0, whole ? Math.round(point + e) : point + e)).sort((a, b) => a - b);
  const q = whole ? quantileStep : quantileSorted;
  const top = whole ? nearestCoverage : quantileSorted;
  const held = finiteSampleLevel(level, samples.length);
  const tail = (1 - held) / 2;
  const lo = q(samples, tail);
  if (lo > 0) return { lo, hi: top(samples, 1 - tail) };
  return { lo: 0, hi: top(samples, held) };
}
