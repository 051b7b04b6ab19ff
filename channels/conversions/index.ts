import type { Decimal, Rounding } from './decimal';
import { convertMoney, type MoneyForm, type MoneyOptions } from './money';
import type { Converted } from './result';
import { toBool, toCountry, toCurrency, toId, toInt, toIntText, toScalar, toText } from './text';
import { convertTime, type TimeForm } from './time';
import type { Zone } from './zone';

/** What a conversion produces; the mapping checker matches it to the canonical field it fills. */
export type ValueKind = 'text' | 'int' | 'bool' | 'money' | 'time' | 'scalar';

export interface ConversionEnv {
  readonly currency?: string;
  readonly zone?: Zone;
  readonly rounding?: Rounding;
  readonly divisor?: Decimal;
  readonly divideBy?: bigint;
}

export interface Conversion {
  readonly kind: ValueKind;
  readonly help: string;
  readonly convert: (value: unknown, env: ConversionEnv) => Converted<unknown>;
}

const money = (form: MoneyForm, help: string): Conversion => ({
  kind: 'money',
  help,
  convert: (value, env) =>
    env.currency
      ? convertMoney(value, form, env as MoneyOptions) // the currency is there: no copy of the environment
      : { ok: false, problem: 'no currency is known for this amount' },
});
const time = (form: TimeForm, help: string): Conversion => ({
  kind: 'time',
  help,
  convert: (value, env) => convertTime(value, form, env.zone),
});

/** The standard conversions a mapping names per field. Add one here, never per-channel code. */
export const CONVERSIONS = {
  scalar: {
    kind: 'scalar',
    help: 'For attributes: text trimmed, booleans as they are, numbers as numbers when exact (else their digits).',
    convert: toScalar,
  },
  text: { kind: 'text', help: 'Text, trimmed; numbers by their digits; blank is missing.', convert: toText },
  id: {
    kind: 'text',
    help: 'An identifier: text or an integer kept digit for digit (ids above 2^53 stay exact).',
    convert: (value) => toId(value),
  },
  'id.signed': {
    kind: 'text',
    help: 'An identifier that may be a negative integer (id refuses those as a sign of a broken payload).',
    convert: (value) => toId(value, true),
  },
  int: { kind: 'int', help: 'A whole number written as a JSON number (text "2" is refused).', convert: toInt },
  'int.text': { kind: 'int', help: 'A whole number, also written as digit text ("1").', convert: toIntText },
  bool: { kind: 'bool', help: 'true/false, also "true"/"false".', convert: toBool },
  country: { kind: 'text', help: 'ISO 3166-1 alpha-2 code; map names with "map".', convert: toCountry },
  currency: {
    kind: 'text',
    help: 'ISO 4217 code the product knows, upper case as the standard writes it.',
    convert: (value) => toCurrency(value),
  },
  'currency.anyCase': {
    kind: 'text',
    help: 'ISO 4217 code in any case ("usd"), upper-cased.',
    convert: (value) => toCurrency(value, true),
  },
  'money.decimalString': money('decimalString', 'Major units written as text: "409.94", "0.0100", "1.2".'),
  'money.decimalNumber': money(
    'decimalNumber',
    'Major units written as a JSON number (11.01, 30), read by its digits, never as a float.',
  ),
  'money.major': money('major', 'Major units as text or JSON number.'),
  'money.minor': money('minor', 'Whole minor units (fen, cents) as a number or digit text: 1 = ¥0.01.'),
  'money.scientific': money(
    'scientific',
    'Major units as text or JSON number that may use an exponent ("1.99e2"); the other money conversions refuse one.',
  ),
  'money.scaled': money('scaled', 'Value ÷ divisor major units (e.g. JD cent ÷ centFactor); needs "divisor".'),
  'time.iso': time('iso', 'ISO 8601; its own offset is kept; without one the mapping timeZone applies.'),
  'time.local': time('local', '"2023-03-01 12:00:00" wall-clock time in the mapping timeZone.'),
  'time.utc': time('utc', 'ISO 8601 without offset that is UTC (WooCommerce *_gmt); shown in the mapping timeZone.'),
  'time.unixSeconds': time('unixSeconds', 'Unix seconds (number or digits); shown in the mapping timeZone, else UTC.'),
  'time.unixMillis': time(
    'unixMillis',
    'Unix milliseconds (number or digits); shown in the mapping timeZone, else UTC.',
  ),
  'time.rfc2822': time('rfc2822', '"Fri, 02 Mar 2012 21:36:24 +0000"; its own offset is kept.'),
} satisfies Record<string, Conversion>;

export type ConversionName = keyof typeof CONVERSIONS;
export const CONVERSION_NAMES = Object.keys(CONVERSIONS) as [ConversionName, ...ConversionName[]];
