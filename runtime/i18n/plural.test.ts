import { describe, expect, it } from 'vitest';
import { countEn } from './plural';

describe('countEn', () => {
  it('picks the English form for the count', () => {
    expect(countEn(1, 'day', 'days')).toBe('1 day');
    expect(countEn(0, 'day', 'days')).toBe('0 days');
    expect(countEn(2, 'argument', 'arguments')).toBe('2 arguments');
    expect(countEn(1.5, 'day', 'days')).toBe('1.5 days');
  });

  it('agrees with Intl.PluralRules for small, large, negative and fractional counts', () => {
    const rules = new Intl.PluralRules('en');
    for (const count of [0, 1, 2, 11, 21, 101, 127, 128, 1001, 1_000_000, -1, -2, 0.5, 1.0001, -0])
      expect(countEn(count, 'one', 'other')).toBe(`${count} ${rules.select(count)}`);
  });
});
