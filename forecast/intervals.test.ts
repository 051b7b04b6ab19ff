import { describe, expect, it } from 'vitest';
import { finiteSampleLevel, intervalFrom, nearestCoverage, quantileSorted } from './intervals';

describe('empirical prediction intervals', () => {
  it('interpolates quantiles linearly', () => {
    expect(quantileSorted([0, 10], 0.5)).toBe(5);
    expect(quantileSorted([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4, 12);
  });

  it('holds ⌈level·(n + 1)⌉ of n samples, so an interval learnt from few errors still covers its level', () => {
    expect(finiteSampleLevel(0.8, 52)).toBe(43 / 52);
    expect(finiteSampleLevel(0.8, 364)).toBe(292 / 364);
    expect(finiteSampleLevel(0.8, 4)).toBe(1);
    expect(finiteSampleLevel(0.8, 0)).toBe(0.8);
  });

  it('is the point plus the error quantiles when demand stays above zero', () => {
    // samples 6..14 (9 of them): held ⌈0.8·10⌉/9 = 8/9, tails 1/18 each; position 8/18 = 4/9 from either end.
    const i = intervalFrom(10, [-4, -3, -2, -1, 0, 1, 2, 3, 4], 0.8);
    expect(i.lo).toBeCloseTo(6 + 4 / 9, 12);
    expect(i.hi).toBeCloseTo(14 - 4 / 9, 12);
  });

  it('starts at zero and keeps its level when the lower tail is cut at zero', () => {
    // samples max(0, 1 + e) = 0, 0, 0, 0, 1, 2, 3, 4, 5: the lower tail is 0, so the interval is [0, the 8/9
    // quantile]: position 8 · 8/9 = 7 1/9, between 4 and 5 → 4 1/9.
    const i = intervalFrom(1, [-3, -3, -2, -1, 0, 1, 2, 3, 4], 0.8);
    expect(i).toEqual({ lo: 0, hi: expect.closeTo(37 / 9, 12) as number });
  });

  it('is a point without errors to learn from', () => {
    expect(intervalFrom(4, [], 0.95)).toEqual({ lo: 4, hi: 4 });
  });
});

describe('intervals in whole units', () => {
  it('bounds are whole sample values, the top the one whose share at or below is nearest the level', () => {
    // samples round(0.4 + e): 0 ×7, 1 ×2, 3 ×1; 10 samples, so the interval holds ⌈0.8·11⌉/10 = 90% of them.
    // At or below 0: 70%, at or below 1: 90%: the interval says [0, 1], never [0, 0.6].
    const errors = [-0.4, -0.4, -0.4, -0.4, -0.4, -0.4, -0.4, 0.6, 0.6, 2.6];
    expect(intervalFrom(0.4, errors, 0.8, true)).toEqual({ lo: 0, hi: 1 });
    // with 0 ×9 the top is 0 (90% at or below 0 exactly).
    expect(intervalFrom(0.4, [...errors.slice(0, 7), -0.4, -0.4, 2.6], 0.8, true)).toEqual({ lo: 0, hi: 0 });
  });

  it('nearestCoverage picks the lower value when it is nearer the level', () => {
    // at or below 0: 75%, at or below 5: 100%: 75% is nearer 80%.
    expect(nearestCoverage([0, 0, 0, 5], 0.8)).toBe(0);
    expect(nearestCoverage([0, 2, 2, 2, 2], 0.8)).toBe(2);
  });
});
