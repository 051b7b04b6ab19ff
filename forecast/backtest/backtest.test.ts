import { describe, expect, it } from 'vitest';
import type { SeriesForecast } from '../forecast-series';
import { dayNumber, isoDate } from '../series/day';
import type { Series } from '../series/series';
import { weeklySeries } from '../testing/synthetic';
import { backtest, type BacktestOptions } from './backtest';

const DAYS = 150;
const series = [
  weeklySeries('A', { sku: 'A' }, DAYS, 11, 9),
  weeklySeries('B', { sku: 'B' }, DAYS, 12, 2, 0.55),
  weeklySeries('C', { sku: 'C' }, DAYS, 13, 4, 0.3),
];
/** Each backtest fits every method hundreds of times: seconds on a busy machine. */
const SLOW = { timeout: 60_000 };
const options: BacktestOptions = {
  by: ['sku'],
  horizon: 14,
  origins: 8,
  strategies: ['auto', 'seasonal-naive', 'ses'],
};

/** Every forecast a backtest made, keyed by origin, strategy and series. */
function forecastsOf(data: readonly Series[]): Map<string, SeriesForecast> {
  const seen = new Map<string, SeriesForecast>();
  backtest(data, {
    ...options,
    onForecast: (origin, strategy, f) => seen.set(`${origin} ${strategy} ${f.level} ${f.key}`, f),
  });
  return seen;
}

function withSpike(data: readonly Series[], key: string, day: number): Series[] {
  return data.map((s) =>
    s.key !== key ? s : { ...s, values: s.values.map((v, t) => (s.start + t === day ? v + 500 : v)) },
  );
}

describe('rolling-origin backtest', SLOW, () => {
  const report = backtest(series, options);

  it('has 8 weekly origins, the last one leaving exactly 14 days to score', () => {
    const end = series[0]!.start + DAYS;
    expect(report.origins).toHaveLength(8);
    expect(report.origins.at(-1)).toBe(isoDate(end - 14));
    report.origins.slice(1).forEach((o, i) => expect(dayNumber(o) - dayNumber(report.origins[i]!)).toBe(7));
  });

  it('never sees the future: a spike on the first forecast day of the last origin moves no forecast', SLOW, () => {
    const lastOrigin = dayNumber(report.origins.at(-1)!);
    const before = forecastsOf(series);
    const after = forecastsOf(withSpike(series, 'A', lastOrigin));
    expect(after.size).toBe(before.size);
    for (const [id, f] of before) {
      const g = after.get(id)!;
      expect({ id, point: g.point, hi80: g.hi80, method: g.method }).toEqual({
        id,
        point: f.point,
        hi80: f.hi80,
        method: f.method,
      });
    }
    // The same spike one day earlier is history for the last origin, and does move its forecast:
    // the check above can fail.
    const moved = forecastsOf(withSpike(series, 'A', lastOrigin - 1));
    const id = `${report.origins.at(-1)} ses bottom A`;
    expect(moved.get(id)!.point).not.toEqual(before.get(id)!.point);
  });

  it('chooses methods, weights and the scheme at an origin from the data before it only', SLOW, () => {
    // Demand after every origin but the first multiplied by 5 in every series: nothing chosen at the first
    // origin may change, for any series — neither the mix nor the reason (which holds every candidate's score
    // and the scheme chosen across the series).
    const firstOrigin = dayNumber(report.origins[0]!);
    const boosted = series.map((s) => ({
      ...s,
      values: s.values.map((v, t) => (s.start + t >= firstOrigin ? 5 * v + 3 : v)),
    }));
    const choiceOf = (f: SeriesForecast) => ({ method: f.method, methods: f.methods, weights: f.weights, why: f.why });
    const before = forecastsOf(series);
    const after = forecastsOf(boosted);
    const atFirst = [...before.keys()].filter((id) => id.startsWith(`${report.origins[0]} auto bottom`));
    expect(atFirst).toHaveLength(3);
    for (const id of atFirst) expect({ id, ...choiceOf(after.get(id)!) }).toEqual({ id, ...choiceOf(before.get(id)!) });
    // At the last origin the boosted weeks are history, and the choice does change: the check above can fail.
    const last = `${report.origins.at(-1)} auto bottom A`;
    expect(choiceOf(after.get(last)!)).not.toEqual(choiceOf(before.get(last)!));
  });

  it('is deterministic', SLOW, () => {
    expect(backtest(series, options)).toEqual(report);
  });

  it('reports RMSSE, WAPE, bias and coverage per level and strategy; seasonal naive is beaten on noisy demand', () => {
    expect(report.rows.map((r) => `${r.level}/${r.strategy}`)).toEqual([
      'bottom/auto',
      'bottom/seasonal-naive',
      'bottom/ses',
      'total/auto',
      'total/seasonal-naive',
      'total/ses',
    ]);
    const row = (level: string, strategy: string) =>
      report.rows.find((r) => r.level === level && r.strategy === strategy)!;
    // White noise around a weekly profile: repeating last week doubles the noise, smoothing averages it out.
    expect(row('bottom', 'auto').rmsse).toBeLessThan(0.85 * row('bottom', 'seasonal-naive').rmsse);
    for (const r of report.rows) {
      expect(r.points).toBe(r.level === 'bottom' ? 3 * 8 * 14 : 8 * 14);
      expect(r.coverage80).toBeLessThanOrEqual(r.coverage95);
      expect(r.rmsseByOrigin).toHaveLength(8);
    }
    expect(Math.abs(row('total', 'auto').bias)).toBeLessThan(0.15);
  });

  it('says which method selection chose per demand class and which won after the fact', () => {
    const counted = report.classes.reduce((n, c) => n + c.count, 0);
    expect(counted).toBe(3 * 8);
    for (const c of report.classes) {
      expect(Object.values(c.chosen).reduce((a, b) => a + b, 0)).toBe(c.count);
      expect(Object.keys(c.rmsse)).toContain(c.winner);
    }
  });
});
