import type { DemandClass } from './classify';
import { METHODS, type MethodFit, type MethodName } from './methods/index';

/**
 * The methods tried for each demand class. Smooth and erratic demand get level/trend/seasonal
 * smoothing; intermittent and lumpy demand get the Croston family, with SES as a check.
 */
export const CANDIDATES: Readonly<Record<DemandClass, readonly MethodName[]>> = {
  smooth: ['ses', 'holt', 'seasonal-ses', 'seasonal-holt', 'moving-average', 'tsb'],
  erratic: ['ses', 'seasonal-ses', 'seasonal-holt', 'moving-average', 'tsb'],
  intermittent: ['sba', 'tsb', 'croston', 'ses', 'seasonal-ses', 'moving-average'],
  lumpy: ['sba', 'tsb', 'ses', 'seasonal-ses', 'moving-average'],
};

export interface ValidationPlan {
  readonly horizon: number;
  readonly period: number;
  /** Inner origins inside the training window. */
  readonly origins: number;
  /** Steps between inner origins (7 for daily data: weekly origins; 1 for weekly data). */
  readonly spacing: number;
  /** Shortest history a method is fitted on. */
  readonly minTrain: number;
}

export interface Validation {
  readonly method: MethodName;
  /** Mean squared error over the inner origins and steps. */
  readonly mse: number;
  /** errors[k][i]: actual − forecast at inner origin k (0 = latest), step i. */
  readonly errors: readonly (readonly number[])[];
}

/** Inner origins, latest first: each leaves `horizon` known steps after it. */
export function innerOrigins(length: number, plan: ValidationPlan): number[] {
  const out: number[] = [];
  for (let k = 0; k < plan.origins; k++) {
    const origin = length - plan.horizon - k * plan.spacing;
    if (origin < plan.minTrain) break;
    out.push(origin);
  }
  return out;
}

/** Fits `method` at each inner origin of `history` and measures it on the steps after. */
export function validate(history: readonly number[], method: MethodName, plan: ValidationPlan): Validation {
  const errors: number[][] = [];
  let sum = 0;
  let count = 0;
  for (const origin of innerOrigins(history.length, plan)) {
    const fit = METHODS[method].fit(history.slice(0, origin), plan.horizon, plan.period);
    const row = fit.forecast.map((f, i) => history[origin + i]! - f);
    for (const e of row) sum += e * e;
    count += row.length;
    errors.push(row);
  }
  return { method, mse: count === 0 ? Infinity : sum / count, errors };
}

export interface Selection {
  /** The best candidate, or the mean of the best ones when several are combined. */
  readonly winner: Validation;
  /** The methods averaged (one when not combined). */
  readonly methods: readonly MethodName[];
  /** Every candidate's score, best first. */
  readonly ranking: readonly Validation[];
  readonly fit: MethodFit;
}

/**
 * The candidates with the lowest inner-validation error, refitted on the whole history. With
 * `combine` > 1 the best few are averaged: picking one winner from eight noisy weeks is itself noisy,
 * and the mean of good forecasts is rarely worse than the better of them (the M4 lesson).
 */
export function select(
  history: readonly number[],
  candidates: readonly MethodName[],
  plan: ValidationPlan,
  combine = 1,
): Selection {
  const ranking = candidates
    .map((m) => validate(history, m, plan))
    .sort((a, b) => a.mse - b.mse || candidates.indexOf(a.method) - candidates.indexOf(b.method));
  const top = ranking.slice(0, Math.max(1, Math.min(combine, ranking.length)));
  const fits = top.map((v) => METHODS[v.method].fit(history, plan.horizon, plan.period));
  const meanOf = (rows: readonly (readonly number[])[]) =>
    rows[0]!.map((_, i) => rows.reduce((a, r) => a + r[i]!, 0) / rows.length);
  const errors = top[0]!.errors.map((_, k) => meanOf(top.map((v) => v.errors[k]!)));
  const mse = errors.length === 0 ? Infinity : errors.flat().reduce((a, e) => a + e * e, 0) / errors.flat().length;
  const winner: Validation = top.length === 1 ? top[0]! : { method: top[0]!.method, mse, errors };
  const params = top.length === 1 ? fits[0]!.params : {};
  return {
    winner,
    methods: top.map((v) => v.method),
    ranking,
    fit: { forecast: meanOf(fits.map((f) => f.forecast)), params },
  };
}
