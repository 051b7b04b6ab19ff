import { isKnownCurrency } from '../../runtime/node/index';
import { describeValue, numberText } from '../json/values';
import { divide, parseDecimal } from './decimal';
import type { Converted } from './result';

/** What "no value" looks like after trimming: nothing, or a pair of quotes (TikTok address_line3 is `"\"\""`). */
export const isBlank = (text: string) => text === '' || text === '""' || text === "''";

/** Text as given, trimmed; numbers by their exact digits. Blank text counts as missing (undefined). */
export function toText(value: unknown): Converted<string | undefined> {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return { ok: true, value: isBlank(trimmed) ? undefined : trimmed };
  }
  const digits = numberText(value);
  if (digits !== undefined) return { ok: true, value: digits };
  return { ok: false, problem: `expected text, got ${describeValue(value)}` };
}

/**
 * An identifier: text, or an integer JSON number taken by its digits so ids above 2^53 stay exact.
 * A plain JS number that is already unsafe lost its digits before we saw it, so it is refused. A negative
 * integer (a number, or text that is one) is refused too — no channel issues one, so it is a sign of a
 * broken payload — unless the mapping names `id.signed`.
 */
export function toId(value: unknown, signed = false): Converted<string | undefined> {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    return {
      ok: false,
      problem: `the id ${value} is not an exact integer (it was parsed as a float before normalize saw it; pass the payload text)`,
    };
  }
  const digits = numberText(value);
  if (digits !== undefined && !/^-?\d+$/.test(digits))
    return { ok: false, problem: `expected an id, got the number ${digits}` };
  const text =
    typeof value === 'string' ? toText(value) : digits !== undefined ? { ok: true as const, value: digits } : undefined;
  if (!text) return { ok: false, problem: `expected an id, got ${describeValue(value)}` };
  if (!signed && text.ok && text.value !== undefined && /^-\d+$/.test(text.value))
    return {
      ok: false,
      problem: `the id ${text.value} is negative; name the conversion "id.signed" if this channel really uses negative ids`,
    };
  return text;
}

/**
 * A whole number given as a JSON number; 2.0 passes, 2.5 does not. Text ("2") is refused, and so is an
 * exponent (1e2): a count the channel documents as a number that arrives otherwise is a broken payload,
 * unless the mapping says this channel writes counts as text (`int.text`, JD `itemTotal` is "1").
 */
export function toInt(value: unknown): Converted<number | undefined> {
  if (typeof value === 'string')
    return {
      ok: false,
      problem: `expected a whole number, got ${describeValue(value)}; name the conversion "int.text" if this channel writes counts as text`,
    };
  return wholeNumber(value, numberText(value));
}

/** A whole number from a JSON number or digit text ("1"). */
export function toIntText(value: unknown): Converted<number | undefined> {
  return wholeNumber(value, numberText(value) ?? (typeof value === 'string' ? value.trim() : undefined));
}

/** Plain digits that a double holds exactly (the usual count: 1, 12). */
const PLAIN_COUNT = /^\d{1,15}$/;

function wholeNumber(value: unknown, text: string | undefined): Converted<number | undefined> {
  if (text === '') return { ok: true, value: undefined };
  if (text !== undefined && PLAIN_COUNT.test(text)) return { ok: true, value: Number(text) };
  if (text !== undefined && /[eE]/.test(text))
    return { ok: false, problem: `${text} is written with an exponent; a count is written in plain digits` };
  const decimal = text === undefined ? undefined : parseDecimal(text);
  const whole = decimal && divide(decimal.units, 10n ** BigInt(decimal.scale));
  if (whole === undefined) return { ok: false, problem: `expected a whole number, got ${describeValue(value)}` };
  if (whole > BigInt(Number.MAX_SAFE_INTEGER) || whole < -BigInt(Number.MAX_SAFE_INTEGER))
    return { ok: false, problem: `${text} is too large for a count` };
  return { ok: true, value: Number(whole) };
}

/** true/false, also written as "true"/"false" (Amazon `IsGift`); nothing else passes as a boolean. */
export function toBool(value: unknown): Converted<boolean> {
  if (typeof value === 'boolean') return { ok: true, value };
  if (value === 'true' || value === 'false') return { ok: true, value: value === 'true' };
  return { ok: false, problem: `expected true or false, got ${describeValue(value)}` };
}

/** ISO 3166-1 alpha-2, upper-cased ("us" → "US"); names must go through the field's `map` table. */
export function toCountry(value: unknown): Converted<string | undefined> {
  const text = toText(value);
  if (!text.ok || text.value === undefined) return text;
  const code = text.value.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code))
    return {
      ok: false,
      problem: `"${text.value}" is not a two-letter country code; map country names with a "map" table`,
    };
  return { ok: true, value: code };
}

/**
 * An ISO 4217 code the product knows (its minor-unit exponent decides every amount), written as the
 * standard writes it: "usd" is refused unless the mapping names `currency.anyCase`.
 */
export function toCurrency(value: unknown, anyCase = false): Converted<string | undefined> {
  const text = toText(value);
  if (!text.ok || text.value === undefined) return text;
  const code = anyCase ? text.value.toUpperCase() : text.value;
  if (!anyCase && code !== code.toUpperCase())
    return {
      ok: false,
      problem: `"${text.value}" is not an ISO 4217 code (they are upper case); name the conversion "currency.anyCase" if this channel writes them otherwise`,
    };
  if (!isKnownCurrency(code))
    return { ok: false, problem: `"${text.value}" is not a currency this product knows (runtime/money/currency.ts)` };
  return { ok: true, value: code };
}

/** An attribute value as the channel wrote it: numbers stay numbers only when a double holds them exactly. */
export function toScalar(value: unknown): Converted<string | number | boolean | undefined> {
  if (typeof value === 'boolean') return { ok: true, value };
  const digits = numberText(value);
  if (digits !== undefined) {
    const number = Number(digits);
    return { ok: true, value: Number.isFinite(number) && String(number) === digits ? number : digits };
  }
  return toText(value);
}
