import { describe, expect, it } from 'vitest';
import { crostonRun, sba, croston, tsb, tsbRun } from './croston';
import { movingAverage, seasonalNaive } from './naive';
import { seasonalHolt, seasonalIndices, seasonalSes } from './seasonal';
import { dampedPath, holt, holtRun, ses, sesRun } from './smoothing';

// Every expected value below was worked out by hand from the method's equations (see the comments).
describe('forecasting methods against hand-computed values', () => {
  it('seasonal naive repeats the last cycle', () => {
    // n = 9, m = 7: steps 1..3 are y[2], y[3], y[4]; step 8 wraps to y[2] again.
    expect(seasonalNaive.fit([1, 2, 3, 4, 5, 6, 7, 8, 9], 8, 7).forecast).toEqual([3, 4, 5, 6, 7, 8, 9, 3]);
  });

  it('moving average is the mean of the last window (28 days, or 8 weeks for weekly data)', () => {
    expect(movingAverage.fit([2, 4, 6], 2, 7).forecast).toEqual([4, 4]);
    // Weekly (period 52): window 8 → mean of 3..10 = 6.5.
    expect(movingAverage.fit([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 1, 52).forecast).toEqual([6.5]);
  });

  it('SES updates the level by alpha × error', () => {
    // level 1; y=3: error 2, level 2; y=5: error 3, level 3.5; SSE 4 + 9.
    expect(sesRun([3, 5], 0.5, 1)).toEqual({ level: 3.5, sse: 13 });
    expect(ses.fit([4, 4, 4, 4], 3, 7).forecast).toEqual([4, 4, 4]);
  });

  it("Holt's damped trend", () => {
    // level0 1: y=1 → level 1, trend 0; y=2 → level 1.5, trend 0.25; y=3 → predicted 1.75, level 2.375, trend 0.5625.
    const run = holtRun([1, 2, 3], 0.5, 0.5, 1, 1);
    expect(run.level).toBeCloseTo(2.375, 12);
    expect(run.trend).toBeCloseTo(0.5625, 12);
    expect(run.sse).toBeCloseTo(1 + 1.25 ** 2, 12);
    expect(dampedPath(2.375, 0.5625, 1, 2)).toEqual([2.9375, 3.5]);
    // Damped by 0.5: 10 + 0.5·2 = 11, then 10 + 0.75·2 = 11.5.
    expect(dampedPath(10, 2, 0.5, 2)).toEqual([11, 11.5]);
    const rising = holt.fit([10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36], 2, 7).forecast;
    expect(rising[0]!).toBeGreaterThan(36);
  });

  it('Croston smooths sizes and intervals; SBA takes (1 − α/2) of it', () => {
    // first demand 3 at index 1 → size 3, interval 2; next demand 6 after 3 steps → size 4.5, interval 2.5.
    const run = crostonRun([0, 3, 0, 0, 6], 0.5)!;
    expect(run).toEqual({ size: 4.5, interval: 2.5, sse: 2.25 + 2.25 + 20.25 });
    const history = [0, 0, 4, 0, 0, 4, 0, 0, 4, 0, 0, 4];
    // Sizes 4 every 3 steps: Croston converges on 4/3 whatever α; SBA is lower by α/2.
    expect(croston.fit(history, 1, 7).forecast[0]!).toBeCloseTo(4 / 3, 1);
    const sbaFit = sba.fit(history, 1, 7);
    expect(sbaFit.forecast[0]!).toBeCloseTo(
      (1 - sbaFit.params.alpha! / 2) * croston.fit(history, 1, 7).forecast[0]!,
      1,
    );
  });

  it('TSB updates the probability every step and the size on demand', () => {
    // p0 0.5, size0 3; y=0 → p 0.25; y=2 → p 0.625, size 2.5; y=0 → p 0.3125; y=4 → p 0.65625, size 3.25.
    const run = tsbRun([0, 2, 0, 4], 0.5, 0.5)!;
    expect(run.probability).toBeCloseTo(0.65625, 12);
    expect(run.size).toBeCloseTo(3.25, 12);
    expect(run.sse).toBeCloseTo(16.6142578125, 10);
    // A product that stopped selling fades towards 0 under TSB, never under Croston.
    const stopped = [5, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(tsb.fit(stopped, 1, 7).forecast[0]!).toBeLessThan(croston.fit(stopped, 1, 7).forecast[0]! / 2);
  });

  it('seasonal decomposition recovers a clean weekly profile', () => {
    const week = [1, 2, 3, 4, 5, 6, 7];
    expect(seasonalIndices([...week, ...week], 7).map((x) => Math.round(x * 1000) / 1000)).toEqual([
      0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75,
    ]);
    const forecast = seasonalSes.fit([...week, ...week, ...week], 7, 7).forecast;
    forecast.forEach((f, i) => expect(f).toBeCloseTo(week[i]!, 9));
    seasonalHolt.fit([...week, ...week, ...week], 7, 7).forecast.forEach((f, i) => expect(f).toBeCloseTo(week[i]!, 6));
  });

  it('a yearly profile is measured per year, so growth is not read as season', () => {
    // Year 2 is twice year 1 with the same shape: indices equal the shape, not a ramp.
    const shape = Array.from({ length: 52 }, (_, i) => (i < 26 ? 1 : 3));
    const indices = seasonalIndices([...shape, ...shape.map((x) => 2 * x)], 52);
    expect(indices[10]!).toBeCloseTo(0.5, 9);
    expect(indices[40]!).toBeCloseTo(1.5, 9);
  });
});
