import { describe, expect, it } from 'vitest';
import { countEn } from './plural';

describe('countEn', () => {
  it('picks the English form for the count', () => {
    expect(countEn(1, 'day', 'days')).toBe('1 day');
    expect(countEn(0, 'day', 'days')).toBe('0 days');
    expect(countEn(2, 'argument', 'arguments')).toBe('2 arguments');
    expect(countEn(1.5, 'day', 'days')).toBe('1.5 days');
  });
});
