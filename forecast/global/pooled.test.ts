import { describe, expect, it } from 'vitest';
import { forecastAll } from '../forecast';
import { defaultSettings, forecastSeries } from '../forecast-series';
import type { Series } from '../series/series';
import { FEATURE_NAMES } from './features';
import { pooledModel, pooledOptions } from './pooled';

const daily = (key: string, values: number[]): Series => ({
  key,
  labels: { sku: key },
  start: 0,
  step: 1,
  values,
  promo: values.map(() => false),
});

describe('the global (pooled) model', () => {
  it('steady series of 2, 5 and 40 a day: it learns "next day = the recent mean" and forecasts each its own level', () => {
    const series = [2, 5, 40].map((c) => daily(`s${c}`, new Array<number>(140).fill(c)));
    const model = pooledModel(series, { ...pooledOptions(14, 7), rmsseWeights: false });
    const c = model.coefficientsAt(140);
    // Every target ratio is 1 and every feature but TSB's (still warming up) is the same, so the unshrunk
    // intercept takes it all: any other weight would cost a penalty for nothing.
    expect(c.weights[FEATURE_NAMES.indexOf('intercept')]).toBeCloseTo(1, 6);
    expect(c.series).toBe(3);
    // Origins 140 − 14 = 126, 119, …, 56 (the first with a full 56-day scale window): 11 of them, 14 steps each.
    expect(c.rows).toBe(3 * 11 * 14);
    for (const s of series) {
      const fit = model.forecast(s.values, s.start, s.step);
      fit.forecast.forEach((f) => expect(f).toBeCloseTo(s.values[0]!, 4));
    }
  });

  it('learns a weekday pattern shared by every series and applies it to each at its own scale', () => {
    const pattern = [3, 1, 1, 1, 1, 2, 5];
    const series = [1, 4, 10].map((c) =>
      daily(
        `s${c}`,
        Array.from({ length: 140 }, (_, i) => c * pattern[i % 7]!),
      ),
    );
    const model = pooledModel(series, { ...pooledOptions(14, 7), lambda: 1e-9, rmsseWeights: false });
    expect(model.coefficientsAt(140).weights[FEATURE_NAMES.indexOf('same point in cycle')]).toBeCloseTo(1, 4);
    // The series of scale 4 gets the shared pattern times its own scale, day by day.
    const fit = model.forecast(series[1]!.values, 0, 1);
    fit.forecast.forEach((f, i) => expect(f).toBeCloseTo(4 * pattern[(140 + i) % 7]!, 3));
  });

  it('learns only from demand before the day it is asked about', () => {
    const values = Array.from({ length: 200 }, (_, i) => 2 + (i % 5));
    const planted = values.map((v, i) => (i >= 150 ? v * 50 : v));
    const a = pooledModel(
      [
        daily('a', values),
        daily(
          'b',
          values.map((v) => v * 3),
        ),
      ],
      pooledOptions(14, 7),
    );
    const b = pooledModel(
      [
        daily('a', planted),
        daily(
          'b',
          values.map((v) => v * 3),
        ),
      ],
      pooledOptions(14, 7),
    );
    expect(b.coefficientsAt(150)).toEqual(a.coefficientsAt(150));
    expect(b.coefficientsAt(170)).not.toEqual(a.coefficientsAt(170));
  });

  it("the model's reason names the global model's share and each feature's contribution when it is weighted", () => {
    const series = [1, 4, 10].map((c) =>
      daily(
        `s${c}`,
        Array.from({ length: 400 }, (_, i) => c * [3, 1, 1, 1, 1, 2, 5][i % 7]! + (i % 3)),
      ),
    );
    // Each series combined on its own (a weekly pattern this exact makes seasonal SES surely best across the
    // series, so forecastAll would use it alone).
    const settings = defaultSettings(1, 14);
    const pooled = pooledModel(series, pooledOptions(14, 7));
    for (const f of series.map((s) => forecastSeries(s, settings, pooled))) {
      expect(f.methods).toContain('global');
      const share = f.weights![f.methods!.indexOf('global')]!;
      expect(f.why).toContain(`global ${Math.round(share * 100)}%`);
      expect(f.why).toMatch(/ridge regression pooled over \d+ rows from 3 series/);
      expect(f.why).toMatch(/same point in cycle [+-]\d+\.\d\d \(w /);
      expect(f.why).toMatch(/\)\. The global model/);
      expect(f.why).not.toMatch(/ -0\.00 \(w /);
    }
  });

  it("the 'global' strategy alone forecasts every series from the pooled model", () => {
    const series = [2, 6].map((c) => daily(`s${c}`, new Array<number>(200).fill(c)));
    const bottom = forecastAll(series, ['sku'], defaultSettings(1, 14, 'global'))[0]!.forecasts;
    expect(bottom.map((f) => f.method)).toEqual(['global', 'global']);
    bottom.forEach((f, j) => f.point.forEach((p) => expect(p).toBeCloseTo([2, 6][j]!, 4)));
  });
});
