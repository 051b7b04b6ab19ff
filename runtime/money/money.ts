import { z } from 'zod';
import { schemaMessage } from '../node/schema-message';
import { currencyExponent, currencySymbol, isKnownCurrency } from './currency';

/** An amount of money: an integer number of minor units (cents, fen) in an ISO 4217 currency. */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

export const currencyCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, {
    message: schemaMessage({
      en: 'a three-letter ISO 4217 code such as CNY or USD',
      zh: '应为三个字母的 ISO 4217 币种代码，例如 CNY 或 USD',
    }),
    abort: true,
  })
  .refine(isKnownCurrency, {
    message: schemaMessage({
      en: 'an ISO 4217 currency this product knows (see runtime/money/currency.ts)',
      zh: '应为本产品支持的 ISO 4217 币种代码',
    }),
  });

/**
 * The limits that keep money exact in doubles (docs/flow-format.md, "Money limits"): one money field is at most
 * 10^13 minor units, an order's subtotal (Σ quantity × unit price) at most 10^15, so every total the runtime
 * derives (subtotal + shipping − discount, sums over a batch of a few thousand orders) stays below 2^53.
 */
export const MAX_MONEY_AMOUNT = 1e13;
export const MAX_ORDER_SUBTOTAL = 1e15;

const noNegativeZero = {
  message: schemaMessage({ en: 'a number of minor units, not -0', zh: '金额不能为 -0' }),
  abort: true,
};

/** Integer minor units, signed (channel conversions use it before the sign is judged); never −0. */
export const minorUnitsSchema = z
  .number()
  .int(
    schemaMessage({
      en: 'an integer number of minor units (cents/fen), not a decimal',
      zh: '应为以最小货币单位（分）计的整数，不能有小数',
    }),
  )
  .min(-MAX_MONEY_AMOUNT)
  .max(MAX_MONEY_AMOUNT)
  .refine((amount) => !Object.is(amount, -0), noNegativeZero);

/** An amount of money as orders, contexts and expectations carry it: never negative. */
export const moneyAmountSchema = minorUnitsSchema.min(
  0,
  schemaMessage({
    en: 'a money amount of 0 or more minor units; refunds and discounts are recorded apart, never as a negative price',
    zh: '金额应大于或等于 0；退款和优惠另行记录，不能写成负价格',
  }),
);

export const moneySchema = z.strictObject({ amount: moneyAmountSchema, currency: currencyCodeSchema });

export function money(amount: number, currency: string): Money {
  return { amount, currency };
}

/** Splits `total` across `weights` so the parts sum exactly to `total` (largest-remainder method). */
export function allocate(total: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((sum, w) => sum + Math.max(0, w), 0);
  if (weights.length === 0) return [];
  if (weightSum === 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const sign = total < 0 ? -1 : 1;
  const absolute = Math.abs(total);
  const parts = weights.map((w) => Math.floor((absolute * Math.max(0, w)) / weightSum));
  let remainder = absolute - parts.reduce((a, b) => a + b, 0);
  // Hand the leftover minor units to the largest fractional parts; ties go to the earlier line.
  const order = weights
    .map((w, i) => ({ i, frac: ((absolute * Math.max(0, w)) % weightSum) / weightSum }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; remainder > 0; k = (k + 1) % order.length, remainder--) parts[order[k]!.i]! += 1;
  return parts.map((p) => p * sign);
}

/** Rounds a fractional number of minor units half away from zero (used after percentage maths). */
export function roundMinor(value: number): number {
  return value < 0 ? -Math.round(-value) : Math.round(value);
}

/** Formats minor units for people: 123456 CNY → "¥1,234.56". Never used for arithmetic. */
export function formatMoney(amount: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const negative = amount < 0;
  const digits = Math.abs(amount)
    .toString()
    .padStart(exponent + 1, '0');
  const wholeDigits = digits.slice(0, digits.length - exponent);
  // Integers (all real money) are grouped by hand: the regex made most of a routed order's note garbage.
  const whole = Number.isSafeInteger(amount)
    ? groupThousands(wholeDigits)
    : wholeDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return `${negative ? '-' : ''}${currencySymbol(currency)}${whole}${fraction}`;
}

/** "1234567" → "1,234,567" (digits only). */
function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  const lead = digits.length % 3 || 3;
  let out = digits.slice(0, lead);
  for (let at = lead; at < digits.length; at += 3) out += ',' + digits.slice(at, at + 3);
  return out;
}

/** Converts a major-unit amount typed by a person ("12.5") to minor units without binary floats. */
export function parseMajorUnits(text: string, currency: string): number | undefined {
  const exponent = currencyExponent(currency);
  const match = /^\s*(-)?(\d+)(?:\.(\d*))?\s*$/.exec(text);
  if (!match) return undefined;
  const [, minus, whole = '0', fraction = ''] = match;
  if (fraction.length > exponent) return undefined;
  const minor = Number(whole + fraction.padEnd(exponent, '0'));
  return minus ? -minor : minor;
}

/** Minor units as a plain major-unit string for form inputs: 1250 CNY → "12.50". */
export function toMajorUnitsString(amount: number, currency: string): string {
  return formatMoney(amount, currency)
    .replace(/^-?[^\d]*/, amount < 0 ? '-' : '')
    .replace(/,/g, '');
}
