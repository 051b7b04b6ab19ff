import type { DemandClass } from './classify';
import { METHODS, type MethodFit, type MethodName } from './methods/index';

/** A per-series method, or 'global': the regression pooled across every series of the data set (global/). */
export type CandidateName = MethodName | 'global';

/** Fits one candidate on a prefix of the series' history (the pooled model knows which series it serves). */
export type Fitter = (history: readonly number[], horizon: number, period: number) => MethodFit;

/**
 * The methods tried for each demand class, by cadence. Weekly series (yearly cycle) and frequent daily
 * demand get level/trend/seasonal smoothing beside the Croston family. Sparse daily demand (intermittent,
 * lumpy) gets the three level methods only: on the development windows (`bench/forecast-dev.ts`, M5) a
 * weekday profile, Croston and SBA all forecast worse there, and weighting them in cost accuracy.
 */
const WEEKLY: Readonly<Record<DemandClass, readonly MethodName[]>> = {
  smooth: ['ses', 'holt', 'seasonal-ses', 'seasonal-holt', 'moving-average', 'tsb'],
  erratic: ['ses', 'seasonal-ses', 'seasonal-holt', 'moving-average', 'tsb'],
  intermittent: ['sba', 'tsb', 'croston', 'ses', 'seasonal-ses', 'moving-average'],
  lumpy: ['sba', 'tsb', 'ses', 'seasonal-ses', 'moving-average'],
};
const DAILY: Readonly<Record<DemandClass, readonly MethodName[]>> = {
  smooth: WEEKLY.smooth,
  erratic: WEEKLY.erratic,
  intermittent: ['ses', 'tsb', 'moving-average'],
  lumpy: ['ses', 'tsb', 'moving-average'],
};
export const CANDIDATES: Readonly<Record<'daily' | 'weekly', Readonly<Record<DemandClass, readonly MethodName[]>>>> = {
  daily: DAILY,
  weekly: WEEKLY,
};

/** The candidate methods of a class at a cadence (period 52: weekly data; otherwise daily). */
export function candidatesFor(demandClass: DemandClass, period: number): readonly MethodName[] {
  return CANDIDATES[period > 7 ? 'weekly' : 'daily'][demandClass];
}

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
  readonly method: CandidateName;
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
export function validate(
  history: readonly number[],
  method: CandidateName,
  plan: ValidationPlan,
  fitter: Fitter = fitterOf(method),
): Validation {
  const errors: number[][] = [];
  let sum = 0;
  let count = 0;
  for (const origin of innerOrigins(history.length, plan)) {
    const fit = fitter(history.slice(0, origin), plan.horizon, plan.period);
    const row = fit.forecast.map((f, i) => history[origin + i]! - f);
    for (const e of row) sum += e * e;
    count += row.length;
    errors.push(row);
  }
  return { method, mse: count === 0 ? Infinity : sum / count, errors };
}

export interface Selection {
  /** The combination's own inner-validation errors (the weighted errors of its members). */
  readonly winner: Validation;
  /** The methods combined, heaviest first. */
  readonly methods: readonly CandidateName[];
  /** Each method's weight (they sum to 1), in the order of `methods`. */
  readonly weights: readonly number[];
  /** Every candidate's score, best first. */
  readonly ranking: readonly Validation[];
  readonly fit: MethodFit;
}

/**
 * Weights inversely proportional to the squared inner-validation MSE: a candidate twice as wrong
 * counts a quarter as much. Close scores give near-equal weights (picking one winner among methods that
 * score alike is noise; their mean is rarely worse than the better of them — the M4 lesson), while a
 * clearly worse method fades out. A perfect candidate (MSE 0) takes all the weight. On the development
 * windows, the power 2 did as well as equal weights on M5 and better than powers 0, 1 or 4 on Superstore.
 */
export function combinationWeights(mses: readonly number[]): number[] {
  if (mses.length === 0) return [];
  const finite = mses.map((m) => (Number.isFinite(m) ? m : Infinity));
  if (finite.every((m) => m === Infinity)) return mses.map(() => 1 / mses.length);
  const perfect = finite.filter((m) => m === 0).length;
  if (perfect > 0) return finite.map((m) => (m === 0 ? 1 / perfect : 0));
  const raw = finite.map((m) => (m === Infinity ? 0 : 1 / (m * m)));
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => w / total);
}

const weighted = (rows: readonly (readonly number[])[], weights: readonly number[]) =>
  rows[0]!.map((_, i) => rows.reduce((a, r, j) => a + r[i]! * weights[j]!, 0));

function fitterOf(method: CandidateName, pooled?: Fitter): Fitter {
  if (method !== 'global') return (history, horizon, period) => METHODS[method].fit(history, horizon, period);
  if (!pooled) throw new Error("select: the 'global' candidate needs the pooled model of the series' data set");
  return pooled;
}

const mseOf = (rows: readonly (readonly number[])[]) => {
  const flat = rows.flat();
  return flat.length === 0 ? Infinity : flat.reduce((a, e) => a + e * e, 0) / flat.length;
};

/** Inner origins at least this many apart score disjoint steps: the later one's weights may use the earlier one's errors. */
const gapOf = (plan: ValidationPlan) => Math.ceil(plan.horizon / Math.max(1, plan.spacing));
/** Inner origins a nested combination learns its weights from, at the least. */
const MIN_WEIGHT_ORIGINS = 4;

/**
 * The combination's errors at each inner origin (latest first) with weights learnt only from the inner
 * origins whose scored steps all lie before it — an honest out-of-sample score of combining, where the
 * combination's own errors (weights from every origin, the scored one included) flatter it.
 */
export function nestedCombinationErrors(ranking: readonly Validation[], plan: ValidationPlan): number[][] {
  const n = ranking[0]?.errors.length ?? 0;
  const gap = gapOf(plan);
  const out: number[][] = [];
  for (let k = 0; k + gap + MIN_WEIGHT_ORIGINS <= n; k++) {
    const weights = combinationWeights(ranking.map((v) => mseOf(v.errors.slice(k + gap))));
    out.push(
      weighted(
        ranking.map((v) => v.errors[k]!),
        weights,
      ),
    );
  }
  return out;
}

/** Every candidate scored at the inner origins of `history`, best first (ties keep the candidates' order). */
export function rank(
  history: readonly number[],
  candidates: readonly CandidateName[],
  plan: ValidationPlan,
  pooled?: Fitter,
): Validation[] {
  if (candidates.length === 0) throw new Error('select: no candidate methods');
  return candidates
    .map((m) => validate(history, m, plan, fitterOf(m, pooled)))
    .sort((a, b) => a.mse - b.mse || candidates.indexOf(a.method) - candidates.indexOf(b.method));
}

/**
 * Weights the ranked candidates by `combinationWeights` and refits the weighted ones on the whole
 * history; `only` (a ranked candidate) takes all the weight instead.
 */
export function combine(
  history: readonly number[],
  ranking: readonly Validation[],
  plan: ValidationPlan,
  pooled?: Fitter,
  only?: CandidateName,
): Selection {
  const alone = only !== undefined && ranking.some((v) => v.method === only);
  const allWeights = alone
    ? ranking.map((v) => (v.method === only ? 1 : 0))
    : combinationWeights(ranking.map((v) => v.mse));
  const kept = ranking.map((v, j) => ({ v, w: allWeights[j]! })).filter((x) => x.w > 0);
  const weights = kept.map((x) => x.w);
  const fits = kept.map((x) => fitterOf(x.v.method, pooled)(history, plan.horizon, plan.period));
  const errors = kept[0]!.v.errors.map((_, k) =>
    weighted(
      kept.map((x) => x.v.errors[k]!),
      weights,
    ),
  );
  return {
    winner: kept.length === 1 ? kept[0]!.v : { method: kept[0]!.v.method, mse: mseOf(errors), errors },
    methods: kept.map((x) => x.v.method),
    weights,
    ranking,
    fit: {
      forecast: weighted(
        fits.map((f) => f.forecast),
        weights,
      ),
      params: kept.length === 1 ? fits[0]!.params : {},
    },
  };
}

/**
 * Scores every candidate at the inner origins, weights them by `combinationWeights` and refits the
 * weighted ones on the whole history. One candidate gives that method alone (a baseline). `pooled`
 * fits the 'global' candidate for this series.
 */
export function select(
  history: readonly number[],
  candidates: readonly CandidateName[],
  plan: ValidationPlan,
  pooled?: Fitter,
): Selection {
  return combine(history, rank(history, candidates, plan, pooled), plan, pooled);
}
