import { classify, type Classification } from './classify';
import { intervalFrom } from './intervals';
import type { MethodName } from './methods/index';
import { CANDIDATES, select, type ValidationPlan } from './select';
import type { Series } from './series/series';

/** How a series' method is picked: by its demand class (auto) or one method for all (a baseline). */
export type Strategy = 'auto' | MethodName;

export interface ForecastSettings {
  readonly horizon: number;
  /** Steps in the seasonal cycle: 7 for daily data, 52 for weekly. */
  readonly period: number;
  readonly strategy: Strategy;
  readonly plan: ValidationPlan;
  /** How many of the best candidates 'auto' averages. */
  readonly combine: number;
}

export function defaultSettings(step: number, horizonSteps: number, strategy: Strategy = 'auto'): ForecastSettings {
  const period = step === 7 ? 52 : 7;
  return {
    horizon: horizonSteps,
    period,
    strategy,
    combine: 2,
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
  readonly method: MethodName | 'new-sku-profile' | 'own-rate' | 'bottom-up';
  /** The methods averaged when 'auto' combines (the first is \`method\`). */
  readonly methods?: readonly MethodName[];
  readonly params: Readonly<Record<string, number>>;
  readonly classification?: Classification;
  /** Why this method: class, and how the candidates scored inside the training window. */
  readonly why: string;
  readonly point: readonly number[];
  readonly lo80: readonly number[];
  readonly hi80: readonly number[];
  readonly lo95: readonly number[];
  readonly hi95: readonly number[];
  /** Inner-validation errors (actual − forecast) by inner origin and step, for intervals and for summing upwards; none for new SKUs. */
  readonly errors: readonly (readonly number[])[];
  readonly history: readonly number[];
  readonly historyStart: number;
  readonly promo: readonly boolean[];
}

/** Steps a series needs to be forecast on its own; shorter ones are new SKUs. */
export function minHistory(settings: ForecastSettings): number {
  return settings.plan.minTrain + settings.horizon;
}

export function withIntervals(point: readonly number[], errors: readonly (readonly number[])[]) {
  const pooled = errors.flat();
  const i80 = point.map((p) => intervalFrom(p, pooled, 0.8));
  const i95 = point.map((p) => intervalFrom(p, pooled, 0.95));
  return {
    lo80: i80.map((i) => i.lo),
    hi80: i80.map((i) => i.hi),
    lo95: i95.map((i) => i.lo),
    hi95: i95.map((i) => i.hi),
  };
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '∞');

/** Forecasts one series with enough history: classify, pick by inner validation, fit, add intervals. */
export function forecastSeries(series: Series, settings: ForecastSettings): SeriesForecast {
  const history = series.values;
  const classification = classify(history);
  const candidates = settings.strategy === 'auto' ? CANDIDATES[classification.demandClass] : [settings.strategy];
  const selection = select(history, candidates, settings.plan, settings.strategy === 'auto' ? settings.combine : 1);
  const point = selection.fit.forecast.map((f) => Math.max(0, f));
  const scores = selection.ranking.map((v) => `${v.method} ${fmt(v.mse)}`).join(', ');
  const why =
    settings.strategy === 'auto'
      ? `${classification.demandClass} demand (ADI ${fmt(classification.adi)}, CV² ${fmt(classification.cv2)}); ` +
        `${selection.methods.length > 1 ? `mean of the ${selection.methods.length} best` : 'the best'} by mean squared error over ` +
        `${selection.winner.errors.length} weekly origins inside the history: ${scores}`
      : `baseline ${settings.strategy} for every series`;
  return {
    key: series.key,
    labels: series.labels,
    level: 'bottom',
    firstDay: series.start + history.length * series.step,
    step: series.step,
    method: selection.winner.method,
    methods: selection.methods,
    params: selection.fit.params,
    classification,
    why,
    point,
    ...withIntervals(point, selection.winner.errors),
    errors: selection.winner.errors,
    history,
    historyStart: series.start,
    promo: series.promo,
  };
}
