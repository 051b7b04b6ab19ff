import { LosslessNumber } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { convertMoney, type MoneyForm, type MoneyOptions } from './money';

const ok = (value: unknown, form: MoneyForm, options: MoneyOptions) => {
  const result = convertMoney(value, form, options);
  if (!result.ok) throw new Error(result.problem);
  return result.value;
};
const refused = (value: unknown, form: MoneyForm, options: MoneyOptions) => {
  const result = convertMoney(value, form, options);
  return result.ok ? `accepted as ${result.value}` : result.problem;
};

describe('convertMoney', () => {
  it.each([
    ['409.94', 'USD', 40994],
    ['0.0100', 'USD', 1], // BigCommerce: four decimals, the extra ones zero
    ['1.2', 'USD', 120], // WooCommerce tax: unpadded
    ['0.0', 'USD', 0],
    ['25', 'JPY', 25],
    ['1.500', 'KWD', 1500],
    ['5000', 'IDR', 500000],
  ])('decimal text %s %s → %i minor units', (text, currency, minor) => {
    expect(ok(text, 'decimalString', { currency })).toBe(minor);
  });

  it('reads JSON numbers by their digits, never through a float', () => {
    expect(ok(new LosslessNumber('11.01'), 'decimalNumber', { currency: 'CNY' })).toBe(1101);
    expect(ok(new LosslessNumber('30'), 'decimalNumber', { currency: 'USD' })).toBe(3000);
    expect(ok(new LosslessNumber('0.29'), 'decimalNumber', { currency: 'USD' })).toBe(29); // 0.29 * 100 = 28.999999999999996 in floats
  });

  it('refuses an exponent unless the mapping names money.scientific', () => {
    expect(refused(new LosslessNumber('1.99e2'), 'decimalNumber', { currency: 'USD' })).toBe(
      '"1.99e2" is written with an exponent; name the conversion "money.scientific" if this channel writes amounts so',
    );
    expect(refused('1.99e2', 'decimalString', { currency: 'USD' })).toMatch(/written with an exponent/);
    expect(ok(new LosslessNumber('1.5E2'), 'scientific', { currency: 'USD' })).toBe(15000);
    expect(ok('1.99e2', 'scientific', { currency: 'USD' })).toBe(19900);
  });

  it('refuses a negative amount, as the Shopify test webhook sends (subtotal_price "-5.00")', () => {
    expect(refused('-5.00', 'decimalString', { currency: 'USD' })).toBe(
      "-5.00 is negative; an order's amounts are never below zero",
    );
    expect(refused(new LosslessNumber('-0'), 'minor', { currency: 'CNY' })).toMatch(/is negative/);
    expect(refused('-0.015', 'decimalString', { currency: 'USD', rounding: 'halfUp' })).toMatch(/is negative/);
  });

  it('takes integer minor units as numbers or digit text', () => {
    expect(ok(new LosslessNumber('1'), 'minor', { currency: 'CNY' })).toBe(1);
    expect(ok('900', 'minor', { currency: 'CNY' })).toBe(900);
    expect(refused('9.5', 'minor', { currency: 'CNY' })).toMatch(/whole number of minor units/);
  });

  it('scales an amount with a divisor (JD cent ÷ centFactor)', () => {
    expect(ok(new LosslessNumber('12345'), 'scaled', { currency: 'CNY', divisor: { units: 100n, scale: 0 } })).toBe(
      12345,
    );
    expect(ok(new LosslessNumber('5'), 'scaled', { currency: 'JPY', divisor: { units: 1n, scale: 0 } })).toBe(5);
  });

  it('refuses amounts finer than the currency allows, unless a rounding rule is named', () => {
    expect(refused('25.99', 'decimalString', { currency: 'JPY' })).toMatch(/more decimals than JPY allows \(0\)/);
    expect(refused('0.015', 'decimalString', { currency: 'USD' })).toMatch(/rounding rule/);
    expect(ok('0.015', 'decimalString', { currency: 'USD', rounding: 'halfUp' })).toBe(2);
    expect(ok('0.025', 'decimalString', { currency: 'USD', rounding: 'halfEven' })).toBe(2);
    expect(ok('0.019', 'decimalString', { currency: 'USD', rounding: 'down' })).toBe(1);
  });

  it('divides a line total by its quantity only when it divides evenly', () => {
    expect(ok('20.00', 'decimalString', { currency: 'USD', divideBy: 2n })).toBe(1000);
    expect(refused('10.00', 'decimalString', { currency: 'USD', divideBy: 3n })).toMatch(/does not divide evenly by 3/);
    expect(ok('10.00', 'decimalString', { currency: 'USD', divideBy: 3n, rounding: 'halfUp' })).toBe(333);
  });

  it('says why a value is not an amount', () => {
    expect(refused(new LosslessNumber('1'), 'decimalString', { currency: 'USD' })).toMatch(
      /written as text, got the number 1/,
    );
    expect(refused('12.5', 'decimalNumber', { currency: 'USD' })).toMatch(/JSON number/);
    expect(refused('1,234.56', 'decimalString', { currency: 'USD' })).toMatch(/not a plain decimal/);
    expect(refused('abc', 'major', { currency: 'USD' })).toMatch(/not a plain decimal/);
    expect(refused('1', 'major', { currency: 'XXX' })).toMatch(/unknown currency/);
    expect(refused('1e20', 'scientific', { currency: 'USD' })).toMatch(/outside the supported range/);
  });
});
