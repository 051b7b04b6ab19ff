import { currencyExponent } from '../../runtime/index';
import { isKnownCurrency, MAX_MONEY_AMOUNT } from '../../runtime/node/index';
import { numberText, describeValue } from '../json/values';
import { formatUnits, parseDecimal, toScaledUnits, type Decimal, type Rounding } from './decimal';
import type { Converted } from './result';

/** How a channel writes an amount. */
export type MoneyForm = 'decimalString' | 'decimalNumber' | 'major' | 'minor' | 'scaled' | 'scientific';

export interface MoneyOptions {
  readonly currency: string;
  readonly rounding?: Rounding;
  /** For `scaled`: the amount is value ÷ divisor major units (JD `cent` / `centFactor`). */
  readonly divisor?: Decimal;
  /** Divide the converted amount by this (line total ÷ quantity), exactly or by the rounding rule. */
  readonly divideBy?: bigint;
}

function decimalText(value: unknown, form: MoneyForm): string | { problem: string } {
  const digits = numberText(value);
  if (form === 'decimalString' || (form !== 'decimalNumber' && digits === undefined)) {
    if (typeof value === 'string') return value;
    return { problem: `expected an amount written as text, got ${describeValue(value)}` };
  }
  if (digits !== undefined) return digits;
  return { problem: `expected an amount written as a JSON number, got ${describeValue(value)}` };
}

/**
 * Converts a channel amount to integer minor units of the currency's ISO 4217 exponent, exactly.
 * An amount finer than the currency allows ("25.99" JPY, "0.015" USD) is refused unless the mapping
 * names a rounding rule: money is never rounded silently.
 */
export function convertMoney(value: unknown, form: MoneyForm, options: MoneyOptions): Converted<number> {
  if (!isKnownCurrency(options.currency)) return { ok: false, problem: `unknown currency "${options.currency}"` };
  const text = decimalText(value, form);
  if (typeof text !== 'string') return { ok: false, problem: text.problem };
  const simple = simpleAmount(text, form, options);
  if (simple !== undefined) return { ok: true, value: simple };
  const decimal = parseDecimal(text.trim());
  if (!decimal) return { ok: false, problem: `"${text}" is not a plain decimal amount` };
  if (form !== 'scientific' && /[eE]/.test(text))
    return {
      ok: false,
      problem: `"${text}" is written with an exponent; name the conversion "money.scientific" if this channel writes amounts so`,
    };
  // Orders carry no negative money (a refund is a status, a discount its own line): a minus is a broken payload.
  if (text.trim().startsWith('-'))
    return { ok: false, problem: `${text} is negative; an order's amounts are never below zero` };
  const exponent = currencyExponent(options.currency);
  let units: bigint | undefined;
  if (form === 'minor') {
    units = toScaledUnits(decimal, 0);
    if (units === undefined)
      return { ok: false, problem: `"${text}" should be a whole number of minor units (fen, cents)` };
  } else {
    units = toScaledUnits(decimal, exponent, options.rounding, form === 'scaled' ? options.divisor : undefined);
    if (units === undefined) {
      const what =
        form === 'scaled'
          ? `${text} ÷ ${options.divisor ? formatUnits(options.divisor.units, options.divisor.scale) : '?'}`
          : text;
      return {
        ok: false,
        problem: `${what} has more decimals than ${options.currency} allows (${exponent}); name a rounding rule in the mapping to accept it`,
      };
    }
  }
  if (options.divideBy !== undefined) {
    const perUnit = toScaledUnits({ units, scale: 0 }, 0, options.rounding, { units: options.divideBy, scale: 0 });
    if (perUnit === undefined) {
      return {
        ok: false,
        problem: `${formatUnits(units, exponent)} ${options.currency} does not divide evenly by ${options.divideBy}; name a rounding rule to accept it`,
      };
    }
    units = perUnit;
  }
  const amount = Number(units);
  // minorUnitsSchema's bounds, checked without zod (jitless zod costs more than the whole conversion); a
  // number made from a BigInt is an integer and never -0.
  if (!(amount >= -MAX_MONEY_AMOUNT && amount <= MAX_MONEY_AMOUNT))
    return { ok: false, problem: `${formatUnits(units, exponent)} ${options.currency} is outside the supported range` };
  return { ok: true, value: amount };
}

/** Plain digits with at most three decimals and twelve whole digits: every result below 10^15, exact as a double. */
const SIMPLE = /^(\d{1,12})(?:\.(\d{1,3}))?$/;

/**
 * The usual amount ("409.94", 30, "1"), in minor units without BigInt: plain digits with no more decimals than
 * the currency has, read by a major-unit form without a divisor or a per-unit division. Undefined for anything
 * else, which the exact BigInt path decides (and words its problem).
 */
function simpleAmount(text: string, form: MoneyForm, options: MoneyOptions): number | undefined {
  if (form === 'scaled' || options.divideBy !== undefined) return undefined;
  const match = SIMPLE.exec(text);
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  if (form === 'minor') return fraction === '' ? Number(match[1]) : undefined;
  const exponent = currencyExponent(options.currency);
  if (fraction.length > exponent) return undefined;
  const amount = Number(match[1]) * 10 ** exponent + (fraction === '' ? 0 : Number(fraction.padEnd(exponent, '0')));
  return amount <= MAX_MONEY_AMOUNT ? amount : undefined;
}

/** Minor units for messages: 59700 USD → "597.00 USD". */
export function describeMoney(amount: number, currency: string): string {
  return `${formatUnits(BigInt(amount), isKnownCurrency(currency) ? currencyExponent(currency) : 0)} ${currency}`;
}
