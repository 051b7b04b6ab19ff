import { bestOf, constant, mean, type ForecastMethod, type MethodFit } from './method';

/** Smoothing constants tried; the one with the lowest one-step squared error on the history wins. */
export const ALPHA_GRID = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.7, 0.9] as const;
const BETA_GRID = [0.01, 0.05, 0.1, 0.2] as const;
/** Damped trend: a daily trend extrapolated 14 steps is rarely right, so it fades. */
export const PHI = 0.9;

export interface SesRun {
  readonly level: number;
  /** Sum of squared one-step errors over the history. */
  readonly sse: number;
}

/** Simple exponential smoothing from an initial level. */
export function sesRun(history: readonly number[], alpha: number, level0: number): SesRun {
  let level = level0;
  let sse = 0;
  for (const y of history) {
    const e = y - level;
    sse += e * e;
    level += alpha * (y - level);
  }
  return { level, sse };
}

/** The initial level: the mean of the first cycle, less hostage to one odd first day than y[0]. */
export function initialLevel(history: readonly number[], period: number): number {
  return mean(history.slice(0, Math.max(1, Math.min(period, history.length))));
}

export const ses: ForecastMethod = {
  name: 'ses',
  fit(history, horizon, period) {
    const level0 = initialLevel(history, period);
    const alpha = bestOf(ALPHA_GRID, (a) => sesRun(history, a, level0).sse);
    return { forecast: constant(sesRun(history, alpha, level0).level, horizon), params: { alpha } };
  },
};

export interface HoltRun extends SesRun {
  readonly trend: number;
}

/** Holt's linear method with a damped trend (Gardner & McKenzie). */
export function holtRun(history: readonly number[], alpha: number, beta: number, phi: number, level0: number): HoltRun {
  let level = level0;
  let trend = 0;
  let sse = 0;
  for (const y of history) {
    const predicted = level + phi * trend;
    const e = y - predicted;
    sse += e * e;
    const nextLevel = alpha * y + (1 - alpha) * predicted;
    trend = beta * (nextLevel - level) + (1 - beta) * phi * trend;
    level = nextLevel;
  }
  return { level, trend, sse };
}

export function dampedPath(level: number, trend: number, phi: number, horizon: number): number[] {
  const out: number[] = [];
  let damp = 0;
  for (let h = 1; h <= horizon; h++) {
    damp += phi ** h;
    out.push(Math.max(0, level + damp * trend));
  }
  return out;
}

export const holt: ForecastMethod = {
  name: 'holt',
  fit(history, horizon, period): MethodFit {
    if (history.length === 0) return { forecast: constant(0, horizon), params: {} };
    const level0 = initialLevel(history, period);
    const pairs = ALPHA_GRID.flatMap((alpha) => BETA_GRID.map((beta) => ({ alpha, beta })));
    const { alpha, beta } = bestOf(pairs, (p) => holtRun(history, p.alpha, p.beta, PHI, level0).sse);
    const run = holtRun(history, alpha, beta, PHI, level0);
    return { forecast: dampedPath(run.level, run.trend, PHI, horizon), params: { alpha, beta, phi: PHI } };
  },
};
