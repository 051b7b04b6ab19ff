import { classify, type Classification } from './classify';
import { intervalFrom } from './intervals';
import type { PooledModel } from './global/pooled';
import { promoEffect, withoutPromotions } from './promo-effect';
import { correctedErrors, type BiasCorrection } from './bias';
import { levelScaledErrors } from './level-scaled';
import type { SchemeChoice } from './scheme';
import {
  candidatesFor,
  combine,
  rank,
  type CandidateName,
  type Fitter,
  type Selection,
  type Validation,
  type ValidationPlan,
} from './select';
import type { Series } from './series/series';

/** How a series' method is picked: by its demand class (auto) or one method for all (a baseline, or the global model alone). */
export type Strategy = 'auto' | CandidateName;

export interface ForecastSettings {
  readonly horizon: number;
  /** Steps in the seasonal cycle: 7 for daily data, 52 for weekly. */
  readonly period: number;
  readonly strategy: Strategy;
  readonly plan: ValidationPlan;
  /** Promotion days ahead (a calendar is known in advance), to apply a series' promotion lift to. */
  readonly isPromo?: (labels: Readonly<Record<string, string>>, day: number) => boolean;
  /**
   * Whether 'auto' adds the global model (pooled across the series forecast together) to each class's
   * candidates; on unless false (it beat the per-series candidates alone on both data sets' development windows).
   */
  readonly pooled?: boolean;
}

export function defaultSettings(step: number, horizonSteps: number, strategy: Strategy = 'auto'): ForecastSettings {
  const period = step === 7 ? 52 : 7;
  return {
    horizon: horizonSteps,
    period,
    strategy,
    plan: { horizon: horizonSteps, period, origins: 26, spacing: step === 7 ? 1 : 7, minTrain: 2 * period },
  };
}

/** A forecast with everything needed to explain it. */
export interface SeriesForecast {
  readonly key: string;
  readonly labels: Readonly<Record<string, string>>;
  /** 'bottom' for the forecast level, else the label names summed over ('sku', 'region', 'total'). */
  readonly level: string;
  /** Day number of the first forecast step. */
  readonly firstDay: number;
  readonly step: number;
  readonly method: CandidateName | 'new-sku-profile' | 'own-rate' | 'bottom-up';
  /** The methods 'auto' combines, heaviest first (the first is \`method\`). */
  readonly methods?: readonly CandidateName[];
  /** Their weights (summing to 1), in the order of \`methods\`. */
  readonly weights?: readonly number[];
  readonly params: Readonly<Record<string, number>>;
  readonly classification?: Classification;
  /** Why this method: class, and how the candidates scored inside the training window. */
  readonly why: string;
  readonly point: readonly number[];
  readonly lo80: readonly number[];
  readonly hi80: readonly number[];
  readonly lo95: readonly number[];
  readonly hi95: readonly number[];
  /**
   * Inner-validation errors (actual − forecast) by inner origin and step, as made (not rescaled): for pre-allocation's
   * demand samples, summing upwards and the upper levels' intervals; none for new SKUs.
   */
  readonly errors: readonly (readonly number[])[];
  readonly history: readonly number[];
  readonly historyStart: number;
  readonly promo: readonly boolean[];
  /** Promotion steps in the horizon (all false without a calendar). */
  readonly promoAhead: readonly boolean[];
}

/** Steps a series needs to be forecast on its own; shorter ones are new SKUs. */
export function minHistory(settings: ForecastSettings): number {
  return settings.plan.minTrain + settings.horizon;
}

export function withIntervals(point: readonly number[], errors: readonly (readonly number[])[], whole = true) {
  const pooled = errors.flat();
  const i80 = point.map((p) => intervalFrom(p, pooled, 0.8, whole));
  const i95 = point.map((p) => intervalFrom(p, pooled, 0.95, whole));
  return {
    lo80: i80.map((i) => i.lo),
    hi80: i80.map((i) => i.hi),
    lo95: i95.map((i) => i.lo),
    hi95: i95.map((i) => i.hi),
  };
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '∞');
const share = (w: number) => `${Math.round(w * 100)}%`;
/** "+0.85", "-0.20"; a tiny negative shows as "+0.00", not "-0.00". */
const signed = (x: number) => {
  const text = x.toFixed(2);
  return text.startsWith('-') && Number(text) !== 0 ? text : `+${text.replace('-', '')}`;
};

/** "weighted mean of tsb 40%, ses 35%, …" with every candidate's inner-validation score. */
function combinationWhy(selection: Selection): string {
  const origins = selection.winner.errors.length;
  const scores = selection.ranking.map((v) => `${v.method} ${fmt(v.mse)}`).join(', ');
  const mix =
    selection.methods.length === 1
      ? `${selection.methods[0]} alone`
      : `weighted mean of ${selection.methods.map((m, j) => `${m} ${share(selection.weights[j]!)}`).join(', ')}`;
  return `${mix}, weights ∝ 1/MSE² over ${origins} weekly origins inside the history (MSE: ${scores})`;
}

/** "global model (ridge over 7,280 rows from 10 series): short mean +1.20/step (w 0.45), …" for one series. */
function globalWhy(pooled: PooledModel, history: readonly number[], series: Series): string {
  const fit = pooled.forecast(history, series.start, series.step);
  const parts = fit.contributions
    .filter((c) => c.weight !== 0)
    .map((c) => `${c.feature} ${signed(c.units)} (w ${c.weight.toFixed(3)})`);
  return `. The global model is a ridge regression pooled over ${fit.coefficients.rows} rows from ${fit.coefficients.series} series, on features divided by each series' recent mean; for this series it adds per step: ${parts.join(', ')}.`;
}

/** A series classified and its candidates scored inside its history: the part of a forecast that does not depend on the scheme. */
export interface PreparedSeries {
  readonly series: Series;
  /** The history fitted on: promotion lift taken out. */
  readonly history: readonly number[];
  readonly effect: ReturnType<typeof promoEffect>;
  readonly classification: Classification;
  readonly ranking: readonly Validation[];
  readonly fitPooled?: Fitter;
}

export function prepareSeries(series: Series, settings: ForecastSettings, pooled?: PooledModel): PreparedSeries {
  const effect = promoEffect(series.values, series.promo);
  const history = effect ? withoutPromotions(series.values, series.promo, effect) : series.values;
  const classification = classify(series.values);
  const candidates: CandidateName[] =
    settings.strategy === 'auto'
      ? [...candidatesFor(classification.demandClass, settings.period), ...(pooled ? (['global'] as const) : [])]
      : [settings.strategy];
  const fitPooled = pooled && ((h: readonly number[]) => pooled.forecast(h, series.start, series.step));
  const ranking = rank(history, candidates, settings.plan, fitPooled);
  return { series, history, effect, classification, ranking, ...(fitPooled ? { fitPooled } : {}) };
}

/** The chosen scheme applied to a prepared series: its weighted combination, or the one method chosen alone. */
export function selectionFor(prepared: PreparedSeries, settings: ForecastSettings, choice?: SchemeChoice): Selection {
  const only = choice && choice.chosen !== 'combination' ? choice.chosen : undefined;
  return combine(prepared.history, prepared.ranking, settings.plan, prepared.fitPooled, only);
}

/**
 * Fits a prepared series by the scheme chosen for the series forecast together (the weighted combination
 * when none is given), adds intervals and the reason.
 */
export function finishSeries(
  prepared: PreparedSeries,
  settings: ForecastSettings,
  pooled?: PooledModel,
  choice?: SchemeChoice,
  selection: Selection = selectionFor(prepared, settings, choice),
  bias?: BiasCorrection,
): SeriesForecast {
  const factor = bias?.factor ?? 1;
  const { series, history, effect, classification } = prepared;
  const firstDay = series.start + series.values.length * series.step;
  const promoAhead = Array.from(
    { length: settings.horizon },
    (_, i) => settings.isPromo?.(series.labels, firstDay + i * series.step) ?? false,
  );
  const base = selection.fit.forecast.map((f) => Math.max(0, f * factor));
  const errors =
    factor === 1
      ? selection.winner.errors
      : correctedErrors({ history, errors: selection.winner.errors }, settings.plan, factor);
  const chosen =
    settings.strategy === 'auto'
      ? `${classification.demandClass} demand (ADI ${fmt(classification.adi)}, CV² ${fmt(classification.cv2)}); ` +
        combinationWhy(selection) +
        (choice ? schemeWhy(choice) : '') +
        (bias ? biasWhy(bias) : '')
      : `baseline ${settings.strategy} for every series`;
  const explained = pooled && selection.methods.includes('global') ? globalWhy(pooled, history, series) : '';
  const lifted = effect
    ? ` Promotion days sold ${effect.lift.toFixed(2)}× other days (${effect.promoDays} in the history); applied to ${promoAhead.filter(Boolean).length} day(s) ahead.`
    : '';
  const lift = (values: readonly number[]) => values.map((v, i) => (effect && promoAhead[i] ? v * effect.lift : v));
  // Widths from errors rescaled to today's level; \`errors\` (what pre-allocation samples) stay as they were.
  const intervals = withIntervals(base, levelScaledErrors(history, errors, base, settings.plan));
  return {
    key: series.key,
    labels: series.labels,
    level: 'bottom',
    firstDay,
    step: series.step,
    method: selection.winner.method,
    methods: selection.methods,
    weights: selection.weights,
    params: { ...selection.fit.params, ...(effect ? { promoLift: effect.lift } : {}) },
    classification,
    why: chosen + explained + lifted,
    point: lift(base),
    lo80: lift(intervals.lo80),
    hi80: lift(intervals.hi80),
    lo95: lift(intervals.lo95),
    hi95: lift(intervals.hi95),
    errors,
    history: series.values,
    historyStart: series.start,
    promo: series.promo,
    promoAhead,
  };
}

/** ". Across the 10 series forecast together, global alone scored 0.701 at the inner origins, the combination 0.712 …". */
function schemeWhy(choice: SchemeChoice): string {
  if (choice.scores.length === 0) return '';
  const name = (s: string) => (s === 'combination' ? 'the combination' : `${s} alone`);
  const scores = choice.scores.map((s) => `${name(s.scheme)} ${s.score.toFixed(3)}`).join(', ');
  const verdict =
    choice.chosen === 'combination'
      ? 'no single method was surely better, so the combination is kept'
      : `${choice.chosen} alone was surely better (paired t ${choice.t.toFixed(1)}), so it is used alone`;
  return `. Across the ${choice.series} series forecast together (scaled errors at the inner origins, the combination's with weights learnt only before each: ${scores}), ${verdict}`;
}

/** ". At the inner origins the series together sold 1.15× what was forecast (|t| 3.2 over 13 origins): forecast × 1.15". */
function biasWhy(bias: BiasCorrection): string {
  if (bias.origins === 0) return '';
  const seen = `. At the inner origins the series together sold ${bias.ratio.toFixed(2)}× what was forecast (|t| ${bias.t.toFixed(1)} over ${bias.origins} origins)`;
  return bias.factor === 1 ? `${seen}: not sure enough to correct` : `${seen}: forecast × ${bias.factor.toFixed(2)}`;
}

/**
 * Forecasts one series with enough history on its own: classify, score the candidates inside the history,
 * combine them, add intervals. `pooled`, the global model of the series forecast together, is one more
 * candidate when given.
 */
export function forecastSeries(series: Series, settings: ForecastSettings, pooled?: PooledModel): SeriesForecast {
  return finishSeries(prepareSeries(series, settings, pooled), settings, pooled);
}
