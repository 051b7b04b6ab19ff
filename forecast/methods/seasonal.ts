import { bestOf, mean, type ForecastMethod } from './method';
import { ALPHA_GRID, dampedPath, holtRun, initialLevel, PHI, sesRun } from './smoothing';

/** How many recent cycles the seasonal profile is measured on: eight weeks of days; every full year of weeks. */
function profileCycles(period: number): number {
  return period <= 7 ? 8 : 4;
}

/**
 * Multiplicative seasonal indices by position in the cycle (position 0 = the first step of the
 * history): the mean at each position over the last full cycles, divided by the overall mean. Long
 * cycles (52 weeks) are smoothed over neighbouring weeks, since one week in each of three years is noise.
 */
export function seasonalIndices(history: readonly number[], period: number): number[] {
  const cycles = Math.min(profileCycles(period), Math.floor(history.length / period));
  if (period <= 1 || cycles < 1) return Array.from({ length: Math.max(1, period) }, () => 1);
  // A yearly cycle is measured against each year's own mean, so growth from one year to the next is
  // not read as season; a weekly one against the whole window (one week's mean is too noisy).
  const perCycle = period > 7;
  const windowMean = mean(history.slice(history.length - cycles * period));
  const sums = Array.from({ length: period }, () => 0);
  for (let c = 0; c < cycles; c++) {
    const from = history.length - (c + 1) * period;
    const cycle = history.slice(from, from + period);
    const cycleMean = perCycle ? mean(cycle) : windowMean;
    if (cycleMean > 0) cycle.forEach((y, i) => (sums[(from + i) % period]! += y / cycleMean));
  }
  if (sums.every((s) => s === 0)) return sums.map(() => 1);
  let indices = sums;
  if (period > 7)
    indices = indices.map((_, j) => (sums[(j + period - 1) % period]! + sums[j]! + sums[(j + 1) % period]!) / 3);
  const norm = mean(indices);
  return indices.map((s) => s / norm);
}

/**
 * Classical decomposition + SES: take the weekly (or yearly) profile out, smooth what is left, put
 * the profile back. Positions that never sell (index 0) forecast 0 and do not move the level.
 */
export const seasonalSes: ForecastMethod = {
  name: 'seasonal-ses',
  fit(history, horizon, period) {
    const s = seasonalIndices(history, period);
    const adjusted: number[] = [];
    for (let t = 0; t < history.length; t++) {
      const index = s[t % period]!;
      if (index > 0) adjusted.push(history[t]! / index);
    }
    const level0 = initialLevel(adjusted, period);
    const alpha = bestOf(ALPHA_GRID, (a) => sesRun(adjusted, a, level0).sse);
    const level = sesRun(adjusted, alpha, level0).level;
    const n = history.length;
    return {
      forecast: Array.from({ length: horizon }, (_, i) => level * s[(n + i) % period]!),
      params: { alpha, period },
    };
  },
};

const BETA_GRID = [0.01, 0.05, 0.1] as const;

/** The same decomposition with a damped Holt trend on what is left: for demand that grows or fades. */
export const seasonalHolt: ForecastMethod = {
  name: 'seasonal-holt',
  fit(history, horizon, period) {
    const s = seasonalIndices(history, period);
    const positions = history.map((_, t) => t).filter((t) => s[t % period]! > 0);
    const deseason = positions.map((t) => history[t]! / s[t % period]!);
    const level0 = initialLevel(deseason, period);
    const pairs = ALPHA_GRID.flatMap((alpha) => BETA_GRID.map((beta) => ({ alpha, beta })));
    const { alpha, beta } = bestOf(pairs, (p) => holtRun(deseason, p.alpha, p.beta, PHI, level0).sse);
    const run = holtRun(deseason, alpha, beta, PHI, level0);
    const path = dampedPath(run.level, run.trend, PHI, horizon);
    const n = history.length;
    return { forecast: path.map((v, i) => v * s[(n + i) % period]!), params: { alpha, beta, phi: PHI, period } };
  },
};
