/**
 * Per-series-normalised features of the pooled (global) model. Every feature is a demand figure of the
 * series divided by its own scale (the mean of its recent history), so series of 2 and of 200 units a day
 * share one set of coefficients, and the forecast is the scale times the fitted ratio.
 */

/** Windows by cadence: daily data (weekly cycle) and weekly data (yearly cycle). */
export interface FeatureWindows {
  /** Recent mean ("this week"). */
  readonly short: number;
  /** Longer mean ("this month"). */
  readonly long: number;
  /** The scale every feature and the target are divided by. */
  readonly scale: number;
  /** Cycles averaged for the same-position-in-cycle feature. */
  readonly cycles: number;
}

export function windowsFor(period: number): FeatureWindows {
  return period <= 7 ? { short: 7, long: 28, scale: 56, cycles: 4 } : { short: 4, long: 13, scale: 26, cycles: 3 };
}

export const FEATURE_NAMES = [
  'intercept',
  'short mean',
  'long mean',
  'tsb level',
  'same point in cycle',
  'idle',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** TSB's smoothing constants for the level feature: fixed, so the feature costs one pass over the history. */
const TSB_ALPHA = 0.1;
const TSB_BETA = 0.1;

/** Running sums, TSB levels and last-sale positions of one history, so features at any origin cost O(cycles). */
export interface FeatureTable {
  readonly values: readonly number[];
  /** cum[i]: the sum of values[0..i). */
  readonly cum: readonly number[];
  /** tsb[i]: TSB's demand rate (probability × size) knowing values[0..i). */
  readonly tsb: readonly number[];
  /** lastSale[i]: the last index before i with a sale, or −1. */
  readonly lastSale: readonly number[];
  /** seasonalSq[i]: the sum of (y[j] − y[j − period])² for period ≤ j < i (RMSSE's scale, see naiveScale). */
  readonly seasonalSq: readonly number[];
  readonly period: number;
}

export function featureTable(values: readonly number[], period: number): FeatureTable {
  const n = values.length;
  const seasonalSq = new Array<number>(n + 1);
  seasonalSq[0] = 0;
  const cum = new Array<number>(n + 1);
  const tsb = new Array<number>(n + 1);
  const lastSale = new Array<number>(n + 1);
  cum[0] = 0;
  lastSale[0] = -1;
  // TSB starts from a rate of one unit every other day: the first weeks' features are never used (see minOrigin).
  let probability = 0.5;
  let size = 1;
  tsb[0] = probability * size;
  for (let i = 0; i < n; i++) {
    const y = values[i]!;
    cum[i + 1] = cum[i]! + y;
    lastSale[i + 1] = y > 0 ? i : lastSale[i]!;
    probability += TSB_BETA * ((y > 0 ? 1 : 0) - probability);
    if (y > 0) size += TSB_ALPHA * (y - size);
    tsb[i + 1] = probability * size;
    const d = i >= period ? y - values[i - period]! : 0;
    seasonalSq[i + 1] = seasonalSq[i]! + d * d;
  }
  return { values, cum, tsb, lastSale, seasonalSq, period };
}

/** The in-sample seasonal naive MSE of values[0..end): the yardstick RMSSE divides a series' errors by. */
export function naiveScale(table: FeatureTable, end: number): number {
  const count = end - table.period;
  return count <= 0 ? 0 : table.seasonalSq[end]! / count;
}

/** The first origin features can be taken at: a full scale window and one cycle behind it. */
export function minOrigin(period: number): number {
  const w = windowsFor(period);
  return Math.max(w.scale, period + 1);
}

export interface FeatureRow {
  /** The series' recent mean: features and target are divided by it. */
  readonly scale: number;
  /** Values in FEATURE_NAMES order. */
  readonly x: readonly number[];
}

const meanOf = (t: FeatureTable, from: number, to: number) => (t.cum[to]! - t.cum[from]!) / (to - from);

/**
 * Features at origin `origin` (values before it are known) for the step `step` ahead (1 = the first day
 * after the origin). Undefined when the series sold nothing over its scale window: the model then says 0.
 */
export function featuresAt(table: FeatureTable, origin: number, step: number, period: number): FeatureRow | undefined {
  const w = windowsFor(period);
  if (origin < minOrigin(period) || origin > table.values.length) return undefined;
  const scale = meanOf(table, origin - w.scale, origin);
  if (scale <= 0) return undefined;
  // The same point of the cycle in the last few cycles before the origin (last Mondays for a Monday; the same
  // week a year ago, with its neighbours, for weekly data).
  const target = origin + step - 1;
  const back = Math.ceil(step / period) * period;
  const spread = period > 7 ? 1 : 0;
  let sum = 0;
  let count = 0;
  for (let k = 0; k < w.cycles; k++) {
    const at = target - back - k * period;
    for (let d = -spread; d <= spread; d++) {
      const i = at + d;
      if (i < 0 || i >= origin) continue;
      sum += table.values[i]!;
      count++;
    }
  }
  const cycle = count === 0 ? scale : sum / count;
  const idle = Math.min(origin - 1 - table.lastSale[origin]!, w.long) / w.long;
  return {
    scale,
    x: [
      1,
      meanOf(table, origin - w.short, origin) / scale,
      meanOf(table, origin - w.long, origin) / scale,
      table.tsb[origin]! / scale,
      cycle / scale,
      idle,
    ],
  };
}
