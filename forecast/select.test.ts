import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatesFor, combinationWeights, select, type ValidationPlan } from './select';

describe('combination weights', () => {
  it('are proportional to 1/MSE²: twice the error, a quarter of the weight', () => {
    // 1/1² : 1/2² = 1 : 0.25 → 0.8, 0.2
    const [a, b] = combinationWeights([1, 2]);
    expect(a).toBeCloseTo(0.8, 12);
    expect(b).toBeCloseTo(0.2, 12);
    // 1/1 : 1/4 : 1/16 → 16/21, 4/21, 1/21
    combinationWeights([1, 2, 4]).forEach((w, i) => expect(w).toBeCloseTo([16, 4, 1][i]! / 21, 12));
  });

  it('give a perfect candidate all the weight, and equal weights when nothing could be scored', () => {
    expect(combinationWeights([0, 3])).toEqual([1, 0]);
    expect(combinationWeights([0, 0, 5])).toEqual([0.5, 0.5, 0]);
    expect(combinationWeights([Infinity, Infinity])).toEqual([0.5, 0.5]);
    expect(combinationWeights([Infinity, 2])).toEqual([0, 1]);
  });

  it('sum to 1, are never negative, and a lower error never gets less weight (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 8 }), (mses) => {
        const w = combinationWeights(mses);
        expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        w.forEach((x) => expect(x).toBeGreaterThanOrEqual(0));
        for (let i = 0; i < mses.length; i++)
          for (let j = 0; j < mses.length; j++) if (mses[i]! < mses[j]!) expect(w[i]!).toBeGreaterThanOrEqual(w[j]!);
      }),
    );
  });
});

describe('select', () => {
  const plan: ValidationPlan = { horizon: 7, period: 7, origins: 4, spacing: 7, minTrain: 14 };

  it('a weekly pattern: seasonal naive is exact at every inner origin, so it takes all the weight', () => {
    const week = [0, 1, 2, 3, 4, 5, 6];
    const history = Array.from({ length: 8 }, () => week).flat();
    const s = select(history, ['moving-average', 'seasonal-naive'], plan);
    expect(s.methods).toEqual(['seasonal-naive']);
    expect(s.weights).toEqual([1]);
    expect(s.fit.forecast).toEqual(week);
    expect(s.winner.errors).toHaveLength(4);
    // The moving average forecasts 3 for every day of a week 0..6: squared errors 9,4,1,0,1,4,9 → MSE 4.
    expect(s.ranking.map((v) => [v.method, v.mse])).toEqual([
      ['seasonal-naive', 0],
      ['moving-average', 4],
    ]);
  });

  it('two methods that are both exact share the weight equally', () => {
    const s = select(
      Array.from({ length: 40 }, () => 5),
      ['ses', 'moving-average'],
      plan,
    );
    expect(s.weights).toEqual([0.5, 0.5]);
    s.fit.forecast.forEach((f) => expect(f).toBeCloseTo(5, 12));
  });

  it('combines forecasts and inner errors with the same weights', () => {
    // Units alternate 0 and 4 by week: every level method is wrong by about 2 a day, each differently.
    const history = Array.from({ length: 84 }, (_, t) => (Math.floor(t / 7) % 2 === 0 ? 0 : 4));
    const s = select(history, ['ses', 'moving-average', 'tsb'], plan);
    expect(s.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const mixed = s.winner.errors[0]![0]!;
    const byMethod = s.methods.map((m) => s.ranking.find((v) => v.method === m)!.errors[0]![0]!);
    expect(mixed).toBeCloseTo(
      byMethod.reduce((a, e, j) => a + e * s.weights[j]!, 0),
      12,
    );
  });
});

describe('candidates', () => {
  it('sparse daily demand gets the level methods only; weekly data keeps the seasonal ones', () => {
    expect(candidatesFor('intermittent', 7)).toEqual(['ses', 'tsb', 'moving-average']);
    expect(candidatesFor('lumpy', 7)).toEqual(['ses', 'tsb', 'moving-average']);
    expect(candidatesFor('lumpy', 52)).toContain('seasonal-ses');
    expect(candidatesFor('smooth', 7)).toContain('seasonal-holt');
  });
});
