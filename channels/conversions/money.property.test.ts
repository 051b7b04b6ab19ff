import fc from 'fast-check';
import { LosslessNumber } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { convertMoney, type MoneyForm } from './money';
import type { Rounding } from './decimal';

/** Currencies by ISO exponent: 0 (JPY, VND), 2 (USD, CNY), 3 (KWD, BHD). */
const currency = fc.constantFrom('JPY', 'VND', 'USD', 'CNY', 'KWD', 'BHD');
const EXPONENT: Record<string, number> = { JPY: 0, VND: 0, USD: 2, CNY: 2, KWD: 3, BHD: 3 };
// One inside the canonical limit (±1e13 minor units): rounding 1e13 + .5 up would leave the supported range.
/** Orders carry no negative money, so amounts are drawn from 0 up (negatives: the last property). */
const minor = fc.bigInt({ min: 0n, max: 10n ** 13n - 1n });

/** Writes minor units as major-unit decimal text with `extraZeros` trailing zeros. */
function asText(units: bigint, exponent: number, extraZeros: number): string {
  const digits = (units < 0n ? -units : units).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent) + '0'.repeat(extraZeros);
  return `${units < 0n ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Rounds decimal text to `exponent` places by looking at the dropped digits (a separate method from BigInt division). */
function roundByDigits(text: string, exponent: number, rounding: Rounding): bigint {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const kept = BigInt(whole + fraction.slice(0, exponent).padEnd(exponent, '0'));
  const dropped = fraction.slice(exponent);
  const first = Number(dropped[0] ?? '0');
  const restNonZero = /[1-9]/.test(dropped.slice(1));
  let up = false;
  if (rounding === 'halfUp') up = first >= 5;
  if (rounding === 'halfEven') up = first > 5 || (first === 5 && (restNonZero || kept % 2n === 1n));
  const magnitude = up ? kept + 1n : kept;
  return negative ? -magnitude : magnitude;
}

describe('money conversion against exact decimal arithmetic', () => {
  it('decimal text with any number of trailing zeros converts to exactly its minor units', () => {
    fc.assert(
      fc.property(minor, currency, fc.nat(4), (units, code, zeros) => {
        const text = asText(units, EXPONENT[code]!, zeros);
        expect(convertMoney(text, 'decimalString', { currency: code })).toEqual({ ok: true, value: Number(units) });
        expect(convertMoney(new LosslessNumber(text), 'decimalNumber', { currency: code })).toEqual({
          ok: true,
          value: Number(units),
        });
      }),
    );
  });

  it('more decimals than the currency allows: refused without a rule, rounded as named with one', () => {
    fc.assert(
      fc.property(
        minor,
        currency,
        fc.integer({ min: 1, max: 9 }),
        fc.nat(3),
        fc.constantFrom<Rounding>('halfUp', 'halfEven', 'down'),
        (units, code, lastDigit, zeros, rounding) => {
          const exponent = EXPONENT[code]!;
          const base = asText(units, exponent, 0);
          const text = `${base}${exponent === 0 ? '.' : ''}${'0'.repeat(zeros)}${lastDigit}`;
          expect(convertMoney(text, 'decimalString', { currency: code }).ok).toBe(false);
          const rounded = convertMoney(text, 'decimalString', { currency: code, rounding });
          expect(rounded).toEqual({ ok: true, value: Number(roundByDigits(text, exponent, rounding)) });
        },
      ),
    );
  });

  it('integer minor units and per-unit division stay exact', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: 1, max: 1000 }),
        currency,
        (perUnit, quantity, code) => {
          const total = perUnit * BigInt(quantity);
          expect(convertMoney(total.toString(), 'minor', { currency: code, divideBy: BigInt(quantity) })).toEqual({
            ok: true,
            value: Number(perUnit),
          });
          if (quantity > 1)
            expect(
              convertMoney((total + 1n).toString(), 'minor', { currency: code, divideBy: BigInt(quantity) }).ok,
            ).toBe(false);
        },
      ),
    );
  });
  it('a negative amount (−0 included) is refused in every form, with or without a rounding rule', () => {
    fc.assert(
      fc.property(
        minor,
        currency,
        fc.constantFrom<MoneyForm>('decimalString', 'major', 'minor', 'scientific'),
        fc.option(fc.constantFrom<Rounding>('halfUp', 'halfEven', 'down'), { nil: undefined }),
        (units, code, form, rounding) => {
          const text = `-${form === 'minor' ? units.toString() : asText(units, EXPONENT[code]!, 0)}`;
          const result = convertMoney(text, form, { currency: code, ...(rounding ? { rounding } : {}) });
          expect(result).toEqual({
            ok: false,
            problem: `${text} is negative; an order's amounts are never below zero`,
          });
        },
      ),
    );
  });
});
