import type { DemandClass } from '../classify';
import { forecastAll, upperLevels } from '../forecast';
import { defaultSettings, type ForecastSettings, type SeriesForecast, type Strategy } from '../forecast-series';
import { isoDate } from '../series/day';
import { truncate, type Series } from '../series/series';
import { sumSeries } from '../series/sum-series';
import { addForecast, emptyTally, metricsOf, type Metrics, type Tally } from './metrics';

export interface BacktestOptions {
  /** Label names of the bottom level, e.g. ['sku', 'region']. */
  readonly by: readonly string[];
  /** Steps ahead (14 for daily data, 2 for weekly: both 14 days). */
  readonly horizon: number;
  /** Rolling origins, one week apart. */
  readonly origins: number;
  /** Moves every origin this many steps earlier: a development window that keeps the latest weeks unseen. */
  readonly holdBack?: number;
  /** 'auto' (the model) and the methods to compare it with. */
  readonly strategies: readonly Strategy[];
  /** The promotion calendar: known ahead of time, so the forecasts at an origin may use it. */
  readonly isPromo?: ForecastSettings['isPromo'];
  /** Whether the model ('auto') adds the global model to its candidates (ForecastSettings.pooled). */
  readonly pooled?: boolean;
  /** Sees every forecast made (for charts, and for tests that check what an origin knew). */
  readonly onForecast?: (origin: string, strategy: Strategy, forecast: SeriesForecast) => void;
}

export interface BacktestRow extends Metrics {
  readonly strategy: Strategy;
  readonly level: string;
  /** Mean RMSSE at each origin (oldest first), so "averaged over origins" can be checked. */
  readonly rmsseByOrigin: readonly number[];
}

export interface ClassReport {
  readonly demandClass: DemandClass;
  /** Bottom series × origins in this class. */
  readonly count: number;
  /** How often each method had the largest weight in the combination (weighted inside each training window). */
  readonly chosen: Readonly<Record<string, number>>;
  /** Mean RMSSE of each strategy on this class's series (after the fact). */
  readonly rmsse: Readonly<Record<string, number>>;
  /** The strategy with the lowest mean RMSSE on this class. */
  readonly winner: string;
}

export interface BacktestReport {
  readonly horizon: number;
  readonly step: number;
  /** The first forecast day of each origin, oldest first. */
  readonly origins: readonly string[];
  readonly levels: readonly string[];
  readonly rows: readonly BacktestRow[];
  readonly classes: readonly ClassReport[];
}

/**
 * Rolling-origin backtest: at each origin every series is cut there, the whole pipeline (classify,
 * select inside the cut history, fit, intervals, reconcile) runs on the cut, and the next `horizon`
 * steps score it. Nothing after an origin reaches the forecasts made at it.
 */
export function backtest(series: readonly Series[], options: BacktestOptions): BacktestReport {
  if (series.length === 0) throw new Error('backtest: no series to test');
  const step = series[0]!.step;
  const end = Math.max(...series.map((s) => s.start + s.values.length * step));
  const spacing = step === 7 ? 1 : 7;
  const origins = Array.from(
    { length: options.origins },
    (_, k) => end - (options.horizon + (options.holdBack ?? 0) + k * spacing) * step,
  ).reverse();
  const levels = ['bottom', ...upperLevels(options.by).map((keep) => (keep.length === 0 ? 'total' : keep.join(' × ')))];
  const actualByLevel = new Map<string, Map<string, Series>>([
    ['bottom', new Map(series.map((s) => [s.key, s]))],
    ...upperLevels(options.by).map((keep): [string, Map<string, Series>] => [
      keep.length === 0 ? 'total' : keep.join(' × '),
      sumSeries(series, keep),
    ]),
  ]);
  const tallies = new Map<string, Tally>();
  const perOrigin = new Map<string, number[][]>();
  const bottomScores = new Map<string, { demandClass?: DemandClass; method?: string; rmsse: Map<string, number> }>();
  const minStart = Math.min(...series.map((s) => s.start));
  if (origins[0]! - minStart < 2 * step)
    throw new Error(
      `backtest: ${options.origins} origins of ${options.horizon} steps need more history than the data holds`,
    );

  origins.forEach((origin, o) => {
    const cut = series.filter((s) => s.start < origin).map((s) => truncate(s, (origin - s.start) / step));
    for (const strategy of options.strategies) {
      const settings = {
        ...defaultSettings(step, options.horizon, strategy),
        ...(options.isPromo ? { isPromo: options.isPromo } : {}),
        ...(options.pooled !== undefined ? { pooled: options.pooled } : {}),
      };
      for (const { level, forecasts } of forecastAll(cut, options.by, settings)) {
        const id = `${strategy}\u0000${level}`;
        const tally = tallies.get(id) ?? emptyTally();
        tallies.set(id, tally);
        const byOrigin = perOrigin.get(id) ?? origins.map(() => []);
        perOrigin.set(id, byOrigin);
        for (const f of forecasts) {
          options.onForecast?.(isoDate(origin), strategy, f);
          const full = actualByLevel.get(level)?.get(f.key);
          if (!full) throw new Error(`backtest: no actuals for ${level} ${f.key}`);
          const from = (origin - full.start) / step;
          const actual = full.values.slice(from, from + options.horizon);
          const rmsse = addForecast(tally, f, actual, settings.period);
          if (rmsse === undefined) continue;
          byOrigin[o]!.push(rmsse);
          if (level !== 'bottom') continue;
          const score = bottomScores.get(`${f.key}@${o}`) ?? { rmsse: new Map() };
          score.rmsse.set(strategy, rmsse);
          if (strategy === 'auto')
            Object.assign(score, { demandClass: f.classification?.demandClass, method: f.method });
          bottomScores.set(`${f.key}@${o}`, score);
        }
      }
    }
  });
  const rows: BacktestRow[] = [];
  for (const level of levels) {
    for (const strategy of options.strategies) {
      const id = `${strategy}\u0000${level}`;
      const tally = tallies.get(id);
      if (!tally) continue;
      const rmsseByOrigin = (perOrigin.get(id) ?? []).map((xs) =>
        xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length,
      );
      rows.push({ strategy, level, ...metricsOf(tally), rmsseByOrigin });
    }
  }
  return {
    horizon: options.horizon,
    step,
    origins: origins.map(isoDate),
    levels,
    rows,
    classes: classReports(bottomScores, options.strategies),
  };
}

function classReports(
  scores: Map<string, { demandClass?: DemandClass; method?: string; rmsse: Map<string, number> }>,
  strategies: readonly Strategy[],
): ClassReport[] {
  const out: ClassReport[] = [];
  for (const demandClass of ['smooth', 'erratic', 'intermittent', 'lumpy'] as const) {
    const members = [...scores.values()].filter((s) => s.demandClass === demandClass);
    if (members.length === 0) continue;
    const chosen: Record<string, number> = {};
    for (const m of members) if (m.method) chosen[m.method] = (chosen[m.method] ?? 0) + 1;
    const rmsse: Record<string, number> = {};
    for (const strategy of strategies) {
      const xs = members.map((m) => m.rmsse.get(strategy)).filter((x): x is number => x !== undefined);
      if (xs.length > 0) rmsse[strategy] = xs.reduce((a, b) => a + b, 0) / xs.length;
    }
    const winner = Object.entries(rmsse).sort(([, a], [, b]) => a - b)[0]?.[0] ?? '';
    out.push({ demandClass, count: members.length, chosen, rmsse, winner });
  }
  return out;
}
