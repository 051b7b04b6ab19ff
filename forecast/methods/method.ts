/** What every forecasting method gives back: point forecasts for steps 1..h and the parameters it chose. */
export interface MethodFit {
  readonly forecast: readonly number[];
  readonly params: Readonly<Record<string, number>>;
}

/**
 * A method fits on the history it is given and nothing else, so a backtest that cuts the history at an
 * origin can never leak the future into it. `period` is the length of the seasonal cycle in steps
 * (7 for daily data with a weekly cycle, 52 for weekly data with a yearly one).
 */
export interface ForecastMethod {
  readonly name: MethodName;
  fit(history: readonly number[], horizon: number, period: number): MethodFit;
}

export const METHOD_NAMES = [
  'seasonal-naive',
  'moving-average',
  'ses',
  'holt',
  'seasonal-ses',
  'seasonal-holt',
  'croston',
  'sba',
  'tsb',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

export function constant(value: number, horizon: number): number[] {
  return Array.from({ length: horizon }, () => value);
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** The parameter value with the lowest loss (the first on ties, so the grid order decides). */
export function bestOf<T>(grid: readonly T[], loss: (value: T) => number): T {
  if (grid.length === 0) throw new Error('bestOf: empty grid');
  let best: T = grid[0] as T;
  let bestLoss = Infinity;
  for (const value of grid) {
    const l = loss(value);
    if (l < bestLoss) {
      best = value;
      bestLoss = l;
    }
  }
  return best;
}
