import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCY_EXPONENTS, currencySymbol } from './currency';
import { formatMoney } from './money';

/** formatMoney as it was before digits were grouped by hand: the regex that every explanation was written with. */
function regexFormat(amount: number, currency: string): string {
  const exponent = CURRENCY_EXPONENTS[currency]!;
  const digits = Math.abs(amount)
    .toString()
    .padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return `${amount < 0 ? '-' : ''}${currencySymbol(currency)}${whole}${fraction}`;
}

describe('formatMoney', () => {
  it('groups thousands in the whole part and keeps the minor digits', () => {
    expect(formatMoney(123456, 'CNY')).toBe('¥1,234.56');
    expect(formatMoney(-100000000, 'CNY')).toBe('-¥1,000,000.00');
    expect(formatMoney(999, 'JPY')).toBe(`${currencySymbol('JPY')}999`);
    expect(formatMoney(1000, 'JPY')).toBe(`${currencySymbol('JPY')}1,000`);
    expect(formatMoney(5, 'KWD')).toBe(`${currencySymbol('KWD')}0.005`);
  });

  it('writes every integer amount byte for byte as the regex grouping did, in every currency', () => {
    const currencies = Object.keys(CURRENCY_EXPONENTS);
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.integer({ min: -999_999, max: 999_999 }), fc.maxSafeInteger(), fc.constant(0)),
        fc.constantFrom(...currencies),
        (amount, currency) => {
          expect(formatMoney(amount, currency)).toBe(regexFormat(amount, currency));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
