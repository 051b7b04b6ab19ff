import { describe, expect, it } from 'vitest';
import { intervalFrom, quantileSorted } from './intervals';

describe('empirical prediction intervals', () => {
  it('interpolates quantiles linearly', () => {
    expect(quantileSorted([0, 10], 0.5)).toBe(5);
    expect(quantileSorted([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4, 12);
  });

  it('is the point plus the error quantiles when demand stays above zero', () => {
    // samples 8..12: 10% at 8.4, 90% at 11.6
    const i = intervalFrom(10, [-2, -1, 0, 1, 2], 0.8);
    expect(i.lo).toBeCloseTo(8.4, 12);
    expect(i.hi).toBeCloseTo(11.6, 12);
  });

  it('starts at zero and keeps its level when the lower tail is cut at zero', () => {
    // samples max(0, 1 + e) = 0, 0, 1, 2, 5: lower 10% is 0, so the interval is [0, 80% quantile] = [0, 2.6]
    const i = intervalFrom(1, [-3, -2, 0, 1, 4], 0.8);
    expect(i).toEqual({ lo: 0, hi: expect.closeTo(2.6, 12) as number });
  });

  it('is a point without errors to learn from', () => {
    expect(intervalFrom(4, [], 0.95)).toEqual({ lo: 4, hi: 4 });
  });
});
