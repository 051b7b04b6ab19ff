import { constant, mean, type ForecastMethod } from './method';

/** Each step repeats the same step one cycle earlier (last Monday for next Monday). The yardstick of RMSSE. */
export const seasonalNaive: ForecastMethod = {
  name: 'seasonal-naive',
  fit(history, horizon, period) {
    const n = history.length;
    const m = Math.min(period, n);
    if (n === 0) return { forecast: constant(0, horizon), params: { period: m } };
    return { forecast: Array.from({ length: horizon }, (_, i) => history[n - m + (i % m)]!), params: { period: m } };
  },
};

/** The window of the moving-average baseline: four cycles of a weekly pattern, or eight weeks of weekly data. */
export function movingAverageWindow(period: number): number {
  return period <= 7 ? 4 * period : 8;
}

/** The mean of the last few steps, flat over the horizon. */
export const movingAverage: ForecastMethod = {
  name: 'moving-average',
  fit(history, horizon, period) {
    const window = Math.min(movingAverageWindow(period), history.length);
    return { forecast: constant(mean(history.slice(history.length - window)), horizon), params: { window } };
  },
};
