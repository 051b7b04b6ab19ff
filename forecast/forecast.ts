import {
  finishSeries,
  minHistory,
  prepareSeries,
  selectionFor,
  type ForecastSettings,
  type SeriesForecast,
} from './forecast-series';
import { pooledModel, pooledOptions } from './global/pooled';
import { biasCorrection } from './bias';
import { chooseScheme } from './scheme';
import { forecastNewSku } from './new-sku';
import { aggregate } from './reconcile';
import type { Series } from './series/series';

export interface LevelForecasts {
  /** 'bottom', one per key label when there are several (e.g. 'sku', 'region'), and 'total'. */
  readonly level: string;
  readonly forecasts: readonly SeriesForecast[];
}

/** The levels above the bottom: each key label alone (when the key has more than one) and the total. */
export function upperLevels(by: readonly string[]): string[][] {
  return [...(by.length > 1 ? by.map((name) => [name]) : []), []];
}

/**
 * Forecasts every series from its own history (and, with the global model, from what all of them taught it) (all must end on the same day), then sums them
 * upwards. Deterministic: the same series and settings give the same numbers.
 */
export function forecastAll(
  series: readonly Series[],
  by: readonly string[],
  settings: ForecastSettings,
): LevelForecasts[] {
  if (series.length === 0) return [{ level: 'bottom', forecasts: [] }];
  const end = series[0]!.start + series[0]!.values.length * series[0]!.step;
  for (const s of series) {
    const own = s.start + s.values.length * s.step;
    if (own !== end)
      throw new Error(`series ${s.key} ends on day ${own}, the others on day ${end}: cut them at the same origin`);
  }
  const enough = minHistory(settings);
  const wantsPooled = settings.strategy === 'global' || (settings.strategy === 'auto' && settings.pooled !== false);
  const pooled = wantsPooled ? pooledModel(series, pooledOptions(settings.horizon, settings.period)) : undefined;
  const prepared = series.filter((s) => s.values.length >= enough).map((s) => prepareSeries(s, settings, pooled));
  const choice = settings.strategy === 'auto' ? chooseScheme(prepared, settings.plan) : undefined;
  const selections = prepared.map((p) => selectionFor(p, settings, choice));
  // Baselines stay as their methods forecast; the model corrects a bias its inner origins agree on.
  const bias =
    settings.strategy === 'auto'
      ? biasCorrection(
          prepared.map((p, i) => ({ history: p.history, errors: selections[i]!.winner.errors })),
          settings.plan,
        )
      : undefined;
  const established = prepared.map((p, i) => finishSeries(p, settings, pooled, choice, selections[i], bias));
  const fresh = series
    .filter((s) => s.values.length < enough)
    .map((s) => forecastNewSku(s, established, settings.horizon, end));
  const bottom = [...established, ...fresh].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return [
    { level: 'bottom', forecasts: bottom },
    ...upperLevels(by).map((keep) => ({
      level: keep.length === 0 ? 'total' : keep.join(' × '),
      forecasts: aggregate(bottom, keep),
    })),
  ];
}
