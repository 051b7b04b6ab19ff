import type { MethodFit } from '../methods/index';
import type { Series } from '../series/series';
import { FEATURE_NAMES, featuresAt, featureTable, minOrigin, naiveScale, type FeatureTable } from './features';
import { ridge } from './ridge';

/**
 * The global model: one ridge regression pooled across every series of a data set (what won M5 — learning
 * across items — kept linear and explainable). Each training row is one series at one past origin and one
 * step ahead: its normalised features (features.ts) and the demand that followed, divided by the same
 * scale. A forecast is the series' scale times the fitted ratio, cut at zero.
 */
export interface PooledOptions {
  readonly horizon: number;
  readonly period: number;
  /** Steps between training origins (7 for daily data, 1 for weekly). */
  readonly spacing: number;
  /** Training origins per series, latest first. */
  readonly origins: number;
  /** Ridge penalty per unit of row weight (the intercept is not shrunk). */
  readonly lambda: number;
  /**
   * Weigh each row by scale² / the series' seasonal naive MSE, so the fit minimises the squared error the
   * backtest scores (RMSSE: units, over the series' own naive error) instead of the error of the ratio.
   */
  readonly rmsseWeights: boolean;
}

export function pooledOptions(horizon: number, period: number): PooledOptions {
  const daily = period <= 7;
  return { horizon, period, spacing: daily ? 7 : 1, origins: daily ? 52 : 104, lambda: 0.01, rmsseWeights: true };
}

export interface PooledCoefficients {
  /** In FEATURE_NAMES order. */
  readonly weights: readonly number[];
  /** Training rows (series × origins × steps) and how many series gave them. */
  readonly rows: number;
  readonly series: number;
}

/** A feature's share of a forecast: weight × mean feature value × scale, in units per step. */
export interface Contribution {
  readonly feature: string;
  readonly weight: number;
  readonly units: number;
}

export interface PooledForecast extends MethodFit {
  readonly coefficients: PooledCoefficients;
  /** Mean over the horizon of each feature's contribution (their sum is the mean forecast before the cut at zero). */
  readonly contributions: readonly Contribution[];
}

/** Predicts the long mean when there is nothing to learn from yet (too little history in every series). */
const FALLBACK: readonly number[] = FEATURE_NAMES.map((name) => (name === 'long mean' ? 1 : 0));

export interface PooledModel {
  /** Coefficients learnt from every series' demand before `endDay` (cached per day). */
  coefficientsAt(endDay: number): PooledCoefficients;
  /** Forecast of a history that starts on `startDay`, with the coefficients known at its end. */
  forecast(history: readonly number[], startDay: number, step: number): PooledForecast;
}

export function pooledModel(series: readonly Series[], options: PooledOptions): PooledModel {
  const tables = series.map((s) => ({ s, table: featureTable(s.values, options.period) }));
  const cache = new Map<number, PooledCoefficients>();
  const first = minOrigin(options.period);

  function train(endDay: number): PooledCoefficients {
    const rows: number[][] = [];
    const targets: number[] = [];
    const weights: number[] = [];
    let contributing = 0;
    for (const { s, table } of tables) {
      const end = Math.min(Math.floor((endDay - s.start) / s.step), s.values.length);
      const naive = naiveScale(table, end);
      if (options.rmsseWeights && !(naive > 0)) continue;
      const before = rows.length;
      for (let k = 0; k < options.origins; k++) {
        const origin = end - options.horizon - k * options.spacing;
        if (origin < first) break;
        for (let step = 1; step <= options.horizon; step++) {
          const row = featuresAt(table, origin, step, options.period);
          if (!row) continue;
          rows.push([...row.x]);
          targets.push(s.values[origin + step - 1]! / row.scale);
          weights.push(options.rmsseWeights ? (row.scale * row.scale) / naive : 1);
        }
      }
      if (rows.length > before) contributing++;
    }
    if (rows.length < 4 * FEATURE_NAMES.length) return { weights: FALLBACK, rows: rows.length, series: contributing };
    const total = weights.reduce((a, b) => a + b, 0);
    return { weights: ridge(rows, targets, options.lambda * total, weights), rows: rows.length, series: contributing };
  }

  function coefficientsAt(endDay: number): PooledCoefficients {
    let c = cache.get(endDay);
    if (!c) {
      c = train(endDay);
      cache.set(endDay, c);
    }
    return c;
  }

  return {
    coefficientsAt,
    forecast(history, startDay, step) {
      const coefficients = coefficientsAt(startDay + history.length * step);
      return forecastWith(coefficients, featureTable(history, options.period), options);
    },
  };
}

/** The forecast of one history's features with given coefficients, and what each feature added. */
export function forecastWith(
  coefficients: PooledCoefficients,
  table: FeatureTable,
  options: Pick<PooledOptions, 'horizon' | 'period'>,
): PooledForecast {
  const w = coefficients.weights;
  const sums = FEATURE_NAMES.map(() => 0);
  const forecast: number[] = [];
  for (let step = 1; step <= options.horizon; step++) {
    const row = featuresAt(table, table.values.length, step, options.period);
    if (!row) {
      forecast.push(0);
      continue;
    }
    let ratio = 0;
    row.x.forEach((x, i) => {
      ratio += w[i]! * x;
      sums[i]! += (w[i]! * x * row.scale) / options.horizon;
    });
    forecast.push(Math.max(0, ratio * row.scale));
  }
  return {
    forecast,
    params: Object.fromEntries(FEATURE_NAMES.map((name, i) => [`w ${name}`, w[i]!])),
    coefficients,
    contributions: FEATURE_NAMES.map((feature, i) => ({ feature, weight: w[i]!, units: sums[i]! })),
  };
}
