import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, featuresAt, featureTable, naiveScale } from './features';

const feature = (x: readonly number[], name: (typeof FEATURE_NAMES)[number]) => x[FEATURE_NAMES.indexOf(name)]!;

describe('pooled-model features (daily, weekly cycle)', () => {
  it('a steady 2 a day: every mean is the scale, the TSB level is still catching up from its start', () => {
    const row = featuresAt(featureTable(new Array<number>(56).fill(2), 7), 56, 1, 7)!;
    expect(row.scale).toBe(2);
    expect(feature(row.x, 'intercept')).toBe(1);
    expect(feature(row.x, 'short mean')).toBe(1);
    expect(feature(row.x, 'long mean')).toBe(1);
    expect(feature(row.x, 'same point in cycle')).toBe(1);
    expect(feature(row.x, 'idle')).toBe(0);
    // TSB from probability 0.5 and size 1, α = β = 0.1, 56 sales of 2: p = 1 − 0.5·0.9⁵⁶, size = 2 − 0.9⁵⁶.
    const d = 0.9 ** 56;
    expect(feature(row.x, 'tsb level')).toBeCloseTo(((1 - 0.5 * d) * (2 - d)) / 2, 12);
  });

  it('9 units every Monday: the Monday ahead is 7× the mean, the Tuesday 0, and the series is 6 days idle', () => {
    const values = Array.from({ length: 56 }, (_, i) => (i % 7 === 0 ? 9 : 0));
    const table = featureTable(values, 7);
    const monday = featuresAt(table, 56, 1, 7)!;
    expect(monday.scale).toBeCloseTo(9 / 7, 12);
    expect(feature(monday.x, 'same point in cycle')).toBeCloseTo(7, 12);
    expect(feature(monday.x, 'short mean')).toBeCloseTo(1, 12);
    expect(feature(monday.x, 'idle')).toBeCloseTo(6 / 28, 12);
    expect(feature(featuresAt(table, 56, 2, 7)!.x, 'same point in cycle')).toBe(0);
    // Eight days ahead is a Monday again, taken from the Mondays before the origin (never from the future).
    expect(feature(featuresAt(table, 56, 8, 7)!.x, 'same point in cycle')).toBeCloseTo(7, 12);
  });

  it('weekly data: the same week a year ago with its neighbours', () => {
    const values = Array.from({ length: 60 }, (_, i) => (i === 9 ? 26 : 1));
    const row = featuresAt(featureTable(values, 52), 60, 1, 52)!;
    // The week ahead is week 60; a year before it is week 8, averaged with weeks 7 and 9: (1 + 1 + 26) / 3.
    expect(row.scale).toBe(1);
    expect(feature(row.x, 'same point in cycle')).toBeCloseTo(28 / 3, 12);
  });

  it('says nothing for a series that sold nothing lately, or before a full window of history', () => {
    const quiet = [...new Array<number>(10).fill(3), ...new Array<number>(56).fill(0)];
    expect(featuresAt(featureTable(quiet, 7), 66, 1, 7)).toBeUndefined();
    expect(featuresAt(featureTable(new Array<number>(40).fill(1), 7), 40, 1, 7)).toBeUndefined();
  });

  it("RMSSE's yardstick: the in-sample seasonal naive MSE up to a point", () => {
    // period 3: differences y[j] − y[j − 3] for j = 3, 4, 5 are 0, 0, 2 → (0 + 0 + 4) / 3
    const table = featureTable([1, 2, 3, 1, 2, 5], 3);
    expect(naiveScale(table, 6)).toBeCloseTo(4 / 3, 12);
    expect(naiveScale(table, 5)).toBe(0);
    expect(naiveScale(table, 3)).toBe(0);
  });

  it('only reads the history before the origin', () => {
    const values = Array.from({ length: 70 }, (_, i) => 1 + (i % 3));
    const planted = [...values.slice(0, 60), 500, ...values.slice(61)];
    for (let step = 1; step <= 14; step++)
      expect(featuresAt(featureTable(planted, 7), 60, step, 7)).toEqual(
        featuresAt(featureTable(values, 7), 60, step, 7),
      );
  });
});
