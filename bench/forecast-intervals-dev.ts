/**
 * `npx tsx bench/forecast-intervals-dev.ts [m5|superstore]`: ways of turning the model's inner-validation errors
 * into 80%/95% intervals, on the development windows of `bench/forecast-dev.ts` only (never the held-out weeks).
 * One backtest of the model per window; every variant is rebuilt from the same bottom forecasts (point and raw
 * inner errors), so they differ in the intervals alone. Reports coverage and the interval score (width plus
 * 2/(1 − level) × how far outside an actual fell; lower is better, a proper score), over Σ actual.
 */
import { backtest } from '../forecast/backtest/backtest';
import { defaultSettings, withIntervals, type SeriesForecast } from '../forecast/forecast-series';
import { levelScaledErrors } from '../forecast/level-scaled';
import { percent } from '../forecast/report';
import type { Series } from '../forecast/series/series';
import { DEVELOPMENT_WINDOWS } from './forecast-windows';
import { say, table } from './print';

type Bounds = Readonly<Record<'lo80' | 'hi80' | 'lo95' | 'hi95', readonly number[]>>;
type Plan = ReturnType<typeof defaultSettings>['plan'];

const VARIANTS: Record<string, (f: SeriesForecast, plan: Plan) => Bounds> = {
  'raw errors (before)': (f) => withIntervals(f.point, f.errors),
  'level-scaled errors': (f, plan) => withIntervals(f.point, levelScaledErrors(f.history, f.errors, f.point, plan)),
  /** What the model gives now (with its levels calibrated at the inner origins, when it does). */
  'as forecast': (f) => ({ lo80: f.lo80, hi80: f.hi80, lo95: f.lo95, hi95: f.hi95 }),
};

interface Sums {
  in80: number;
  in95: number;
  score80: number;
  score95: number;
  width80: number;
  points: number;
  actual: number;
}

const only = process.argv.slice(2).find((a) => a === 'm5' || a === 'superstore');
for (const w of DEVELOPMENT_WINDOWS.filter((x) => !only || x.name.toLowerCase() === only)) {
  const series = w.series();
  const byKey = new Map<string, Series>(series.map((s) => [s.key, s]));
  const plan = defaultSettings(series[0]!.step, w.horizon).plan;
  const sums = new Map<string, Sums>();
  const perWindow = new Map<string, string[]>();
  for (const holdBack of w.holdBacks) {
    const window = new Map<string, Sums>();
    backtest(series, {
      by: w.by,
      horizon: w.horizon,
      origins: 8,
      holdBack,
      strategies: ['auto'],
      onForecast: (_origin, _strategy, f) => {
        if (f.level !== 'bottom' || f.errors.length === 0) return;
        const s = byKey.get(f.key)!;
        const from = (f.firstDay - s.start) / s.step;
        const actual = s.values.slice(from, from + w.horizon);
        for (const [name, variant] of Object.entries(VARIANTS)) {
          const b = variant(f, plan);
          for (const t of [sums, window]) {
            const x = t.get(name) ?? { in80: 0, in95: 0, score80: 0, score95: 0, width80: 0, points: 0, actual: 0 };
            actual.forEach((y, i) => {
              const [l8, h8, l9, h9] = [b.lo80[i]!, b.hi80[i]!, b.lo95[i]!, b.hi95[i]!];
              x.in80 += y >= l8 && y <= h8 ? 1 : 0;
              x.in95 += y >= l9 && y <= h9 ? 1 : 0;
              x.score80 += h8 - l8 + (2 / 0.2) * (Math.max(0, l8 - y) + Math.max(0, y - h8));
              x.score95 += h9 - l9 + (2 / 0.05) * (Math.max(0, l9 - y) + Math.max(0, y - h9));
              x.width80 += h8 - l8;
              x.points++;
              x.actual += y;
            });
            t.set(name, x);
          }
        }
      },
    });
    for (const [name, x] of window) perWindow.set(name, [...(perWindow.get(name) ?? []), percent(x.in80 / x.points)]);
  }
  say(`\n${w.name}, development windows, bottom level, the model's intervals (80% coverage per window, oldest last):`);
  const header = [
    'intervals',
    ...w.holdBacks.map((h) => `hold ${h}`),
    '80% covered',
    '95% covered',
    '80% score / Σ actual',
    '95% score / Σ actual',
    '80% width / Σ actual',
  ];
  say(
    table(
      header,
      [...sums].map(([name, x]) => [
        name,
        ...(perWindow.get(name) ?? []),
        percent(x.in80 / x.points),
        percent(x.in95 / x.points),
        (x.score80 / x.actual).toFixed(4),
        (x.score95 / x.actual).toFixed(4),
        (x.width80 / x.actual).toFixed(4),
      ]),
      header.map((_, i) => i).slice(1),
    ),
  );
}
