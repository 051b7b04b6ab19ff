import { bestOf, constant, type ForecastMethod } from './method';

const GRID = [0.05, 0.1, 0.2, 0.3] as const;

export interface CrostonRun {
  /** Smoothed size of a non-zero demand. */
  readonly size: number;
  /** Smoothed interval between non-zero demands, in steps. */
  readonly interval: number;
  /** One-step squared error of size/interval over the history. */
  readonly sse: number;
}

/**
 * Croston (1972): sizes and intervals are smoothed separately, updated only when demand occurs.
 * Starts from the first demand and its position (interval = steps up to and including it).
 */
export function crostonRun(history: readonly number[], alpha: number, debias = 1): CrostonRun | undefined {
  const first = history.findIndex((y) => y > 0);
  if (first < 0) return undefined;
  let size = history[first]!;
  let interval = first + 1;
  let since = 0;
  let sse = 0;
  for (let t = first + 1; t < history.length; t++) {
    const y = history[t]!;
    const e = y - (debias * size) / interval;
    sse += e * e;
    since++;
    if (y > 0) {
      size += alpha * (y - size);
      interval += alpha * (since - interval);
      since = 0;
    }
  }
  return { size, interval, sse };
}

function crostonLike(name: 'croston' | 'sba', debias: (alpha: number) => number): ForecastMethod {
  return {
    name,
    fit(history, horizon) {
      const alpha = bestOf(GRID, (a) => crostonRun(history, a, debias(a))?.sse ?? 0);
      const run = crostonRun(history, alpha, debias(alpha));
      return { forecast: constant(run ? (debias(alpha) * run.size) / run.interval : 0, horizon), params: { alpha } };
    },
  };
}

export const croston = crostonLike('croston', () => 1);
/** Syntetos–Boylan approximation: Croston's z/p is biased upwards; (1 − α/2) corrects it. */
export const sba = crostonLike('sba', (alpha) => 1 - alpha / 2);

export interface TsbRun {
  readonly probability: number;
  readonly size: number;
  readonly sse: number;
}

/**
 * Teunter–Syntetos–Babai (2011): the probability of demand is updated every step (so a product that
 * stopped selling fades out, which Croston never does), the size only when demand occurs.
 */
export function tsbRun(history: readonly number[], alpha: number, beta: number): TsbRun | undefined {
  const sizes = history.filter((y) => y > 0);
  if (sizes.length === 0) return undefined;
  let probability = sizes.length / history.length;
  let size = sizes.reduce((a, b) => a + b, 0) / sizes.length;
  let sse = 0;
  for (const y of history) {
    const e = y - probability * size;
    sse += e * e;
    probability += beta * ((y > 0 ? 1 : 0) - probability);
    if (y > 0) size += alpha * (y - size);
  }
  return { probability, size, sse };
}

export const tsb: ForecastMethod = {
  name: 'tsb',
  fit(history, horizon) {
    const pairs = GRID.flatMap((alpha) => GRID.map((beta) => ({ alpha, beta })));
    const { alpha, beta } = bestOf(pairs, (p) => tsbRun(history, p.alpha, p.beta)?.sse ?? 0);
    const run = tsbRun(history, alpha, beta);
    return { forecast: constant(run ? run.probability * run.size : 0, horizon), params: { alpha, beta } };
  },
};
